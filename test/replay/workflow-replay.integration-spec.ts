import { jest } from '@jest/globals';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { bundleWorkflowCode, Worker } from '@temporalio/worker';
import { historyFromJSON } from '@temporalio/common/lib/proto-utils.js';
import { installTemporalRuntime, workflowBundlerOptions, workflowsPath } from '@cxzy/worker';

jest.setTimeout(180_000);

const historiesDir = fileURLToPath(new URL('./histories/', import.meta.url));

describe('workflow code', () => {
  beforeAll(() => installTemporalRuntime('warn'));

  it('bundles for the Temporal sandbox (no Node-only or impure imports)', async () => {
    const { code } = await bundleWorkflowCode({ workflowsPath, ...workflowBundlerOptions(), logger: quietLogger });
    expect(code).toContain('smokeCheckWorkflow');
  });

  it('refuses to bundle a workflow that imports a non-pure workspace library', async () => {
    const impure = fileURLToPath(new URL('./fixtures/impure.workflow.ts', import.meta.url));
    const logged: string[] = [];
    const recordingLogger = { ...quietLogger, error: (message: string) => void logged.push(message) };
    await expect(
      bundleWorkflowCode({ workflowsPath: impure, ...workflowBundlerOptions(), logger: recordingLogger }),
    ).rejects.toThrow(/Webpack finished with errors/);
    expect(logged.join('\n')).toMatch(/Can't resolve '@cxzy\/persistence'/);
  });

  it('replays every recorded history deterministically', async () => {
    const files = readdirSync(historiesDir).filter((name) => name.endsWith('.json'));
    expect(files.length).toBeGreaterThan(0);
    // A workflow that derives ids from its own (child workflow ids) replays under its recorded id,
    // kept beside the history in <name>.workflow-id.
    const idFile = (name: string) => `${historiesDir}${name.replace(/\.json$/, '.workflow-id')}`;
    const histories = files.map((name) => ({
      workflowId: existsSync(idFile(name)) ? readFileSync(idFile(name), 'utf8').trim() : name,
      history: historyFromJSON(JSON.parse(readFileSync(`${historiesDir}${name}`, 'utf8'))),
    }));
    const failures: string[] = [];
    // The run's shared bundle (test/support/test-workflow-bundle.mjs: the same bundler options, the
    // code every worker of this run executes) rather than a third webpack build in this file.
    const bundlePath = process.env.TEMPORAL_WORKFLOW_BUNDLE_PATH;
    const workflows = bundlePath
      ? { workflowBundle: { codePath: bundlePath } }
      : { workflowsPath, bundlerOptions: workflowBundlerOptions() };
    for await (const result of Worker.runReplayHistories(workflows, histories)) {
      if (result.error) failures.push(`${result.workflowId}: ${result.error.message}`);
    }
    expect(failures).toEqual([]);
  });
});

const quietLogger = {
  log: () => undefined,
  trace: () => undefined,
  debug: () => undefined,
  info: () => undefined,
  warn: () => undefined,
  error: () => undefined,
};
