// One workflow bundle per test run, shared by every worker the tests start (in-process ones read it
// through testConfig, spawned ones inherit TEMPORAL_WORKFLOW_BUNDLE_PATH): without it each of the ~70
// workers would run webpack, which costs minutes in all and grew Jest's heap until it ran out.
import { join } from 'node:path';
import { buildWorkflowBundle } from '../../scripts/devkit/workflow-bundle.mjs';

/** Builds the bundle into `dir` unless this run's other global set-up already has. @param {string} dir */
export function provideTestWorkflowBundle(dir) {
  globalThis.__cxzyTestWorkflowBundle ??= buildWorkflowBundle(join(dir, 'workflow-bundle.js'));
  process.env.TEMPORAL_WORKFLOW_BUNDLE_PATH = globalThis.__cxzyTestWorkflowBundle;
}
