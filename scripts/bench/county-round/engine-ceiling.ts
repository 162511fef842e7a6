// (1) The engine ceiling: how fast this machine's Temporal server starts and completes a trivial
// workflow (one no-op activity), and the round trip of a no-op Workflow Update, alone and under the
// same concurrency as the approval benchmark. A worker in this process runs the no-op code.
import { fileURLToPath } from 'node:url';
import { Client, Connection } from '@temporalio/client';
import { DefaultLogger, NativeConnection, Runtime, Worker } from '@temporalio/worker';
import { inParallel, nowMs, percentiles, perSecond, type Percentiles } from './measure.js';
import { finishSignal, noopWorkflow, pingableWorkflow, pingUpdate } from './noop.workflows.js';

export interface EngineCeiling {
  readonly workflows: number;
  readonly startsPerSecond: number;
  readonly completedPerSecond: number;
  readonly updateSequential: Percentiles;
  readonly updateConcurrent: Percentiles;
  readonly updateConcurrency: number;
}

export async function measureEngineCeiling(options: {
  address: string;
  workflows: number;
  concurrency: number;
  updates: number;
}): Promise<EngineCeiling> {
  const taskQueue = `bench-ceiling-${process.pid}`;
  Runtime.install({ logger: new DefaultLogger('WARN') });
  const nativeConnection = await NativeConnection.connect({ address: options.address });
  const worker = await Worker.create({
    connection: nativeConnection,
    taskQueue,
    workflowsPath: fileURLToPath(new URL('./noop.workflows.ts', import.meta.url)),
    activities: { noop: async () => undefined },
  });
  const connection = await Connection.connect({ address: options.address });
  const client = new Client({ connection });
  const running = worker.run();
  try {
    const ids = Array.from({ length: options.workflows }, (_, i) => `bench-noop-${process.pid}-${i}`);
    const started = nowMs();
    const handles = await inParallel(ids, options.concurrency, (workflowId) =>
      client.workflow.start(noopWorkflow, { taskQueue, workflowId }),
    );
    const allStarted = nowMs();
    await Promise.all(handles.map((h) => h.result()));
    const allCompleted = nowMs();

    const pingable = await client.workflow.start(pingableWorkflow, {
      taskQueue,
      workflowId: `bench-ping-${process.pid}`,
    });
    const sequential: number[] = [];
    for (let i = 0; i < options.updates; i += 1) {
      const sent = nowMs();
      await pingable.executeUpdate(pingUpdate, { args: [i] });
      sequential.push(nowMs() - sent);
    }
    // Under load: the same number of Updates spread over `concurrency` workflows at once, as the
    // approval benchmark spreads supervisors over branches.
    const targets = await Promise.all(
      Array.from({ length: options.concurrency }, (_, i) =>
        client.workflow.start(pingableWorkflow, { taskQueue, workflowId: `bench-ping-${process.pid}-${i}` }),
      ),
    );
    const concurrent = await inParallel(
      Array.from({ length: options.updates }, (_, i) => i),
      options.concurrency,
      async (i) => {
        const sent = nowMs();
        await targets[i % targets.length]!.executeUpdate(pingUpdate, { args: [i] });
        return nowMs() - sent;
      },
    );
    await Promise.all([pingable, ...targets].map((h) => h.signal(finishSignal)));
    const pinged = await Promise.all([pingable, ...targets].map((h) => h.result()));
    const answered = pinged.reduce((a, b) => a + b, 0);
    if (answered !== options.updates * 2)
      throw new Error(`engine ceiling: ${answered} Updates answered, ${options.updates * 2} sent`);
    return {
      workflows: options.workflows,
      startsPerSecond: perSecond(options.workflows, allStarted - started),
      completedPerSecond: perSecond(options.workflows, allCompleted - started),
      updateSequential: percentiles(sequential),
      updateConcurrent: percentiles(concurrent),
      updateConcurrency: options.concurrency,
    };
  } finally {
    worker.shutdown();
    await running;
    await connection.close();
    await nativeConnection.close();
  }
}
