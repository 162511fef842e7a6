// The engine's own ceiling: workflows that do nothing but what every real workflow does at least
// once (one activity; one Update), so the project's figures can be read as a share of it.
import { condition, defineSignal, defineUpdate, proxyActivities, setHandler } from '@temporalio/workflow';

export interface NoopActivities {
  noop(): Promise<void>;
}

const { noop } = proxyActivities<NoopActivities>({ startToCloseTimeout: '1 minute' });

export const pingUpdate = defineUpdate<number, [number]>('ping');
export const finishSignal = defineSignal('finish');

/** A no-op workflow with one no-op activity. */
export async function noopWorkflow(): Promise<void> {
  await noop();
}

/** Answers no-op Updates until told to finish: the latency floor of any approval. */
export async function pingableWorkflow(): Promise<number> {
  let pings = 0;
  let finished = false;
  setHandler(pingUpdate, (value) => {
    pings += 1;
    return value;
  });
  setHandler(finishSignal, () => {
    finished = true;
  });
  await condition(() => finished);
  return pings;
}
