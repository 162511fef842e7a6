// Small measuring tools of the county-round benchmark: latencies, rates, peak memory, the machine.
import { readFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';

export interface Percentiles {
  readonly p50: number;
  readonly p95: number;
  readonly p99: number;
  readonly samples: number;
}

/** Nearest-rank percentiles of millisecond samples. */
export function percentiles(samplesMs: readonly number[]): Percentiles {
  if (samplesMs.length === 0) throw new Error('no samples to take percentiles of');
  const sorted = [...samplesMs].sort((a, b) => a - b);
  const rank = (p: number) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
  return { p50: rank(50), p95: rank(95), p99: rank(99), samples: sorted.length };
}

export const nowMs = (): number => Number(process.hrtime.bigint()) / 1e6;

export async function timed<T>(work: () => Promise<T>): Promise<{ result: T; ms: number }> {
  const started = nowMs();
  const result = await work();
  return { result, ms: nowMs() - started };
}

/** Runs `work` for every item with at most `concurrency` in flight; resolves to the results in order. */
export async function inParallel<T, R>(
  items: readonly T[],
  concurrency: number,
  work: (item: T) => Promise<R>,
): Promise<R[]> {
  const results: R[] = new Array(items.length);
  let next = 0;
  const lane = async () => {
    while (next < items.length) {
      const index = next++;
      results[index] = await work(items[index]!);
    }
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, items.length) }, lane));
  return results;
}

/** Polls `probe` until `done` says so; throws with `what` after `timeoutMs`. */
export async function waitUntil<T>(
  what: string,
  probe: () => Promise<T>,
  done: (value: T) => boolean,
  timeoutMs: number,
  everyMs = 250,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (done(value)) return value;
    if (Date.now() > deadline)
      throw new Error(`${what}: not reached within ${timeoutMs / 1000} s (last: ${JSON.stringify(value)})`);
    await new Promise((r) => setTimeout(r, everyMs));
  }
}

/** The kernel's high-water mark of a process's resident memory (VmHWM), in MiB. */
export function peakRssMiB(pid: number): number {
  const line = readFileSync(`/proc/${pid}/status`, 'utf8')
    .split('\n')
    .find((l) => l.startsWith('VmHWM:'));
  if (!line) throw new Error(`no VmHWM for process ${pid}`);
  return Math.round(Number(line.replace(/\D+/g, '')) / 1024);
}

export function machine(): string {
  const cpu = cpus();
  return `${cpu.length} cores (${cpu[0]?.model.trim() ?? 'unknown'}), ${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.versions.node}`;
}

/** The 1-minute load average: other work on the machine skews every figure, so the report shows it. */
export const loadAverage = (): number => Math.round(loadavg()[0]! * 100) / 100;

export const perSecond = (count: number, ms: number): number => Math.round((count / ms) * 1000 * 10) / 10;
export const round1 = (value: number): number => Math.round(value * 10) / 10;
