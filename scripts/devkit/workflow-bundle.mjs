// @ts-check
// Builds the workflow bundle once (apps/worker/src/build-workflow-bundle.main.ts), for a run that
// starts many workers: each then loads it instead of running webpack (time and memory per worker).
import { spawnSync } from 'node:child_process';
import { repoRoot, tsArgs } from './app-processes.mjs';

/** @param {string} outputPath */
export function buildWorkflowBundle(outputPath) {
  const build = spawnSync(process.execPath, [...tsArgs, 'apps/worker/src/build-workflow-bundle.main.ts', outputPath], {
    cwd: repoRoot,
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  if (build.status !== 0) throw new Error('building the workflow bundle failed');
  return outputPath;
}
