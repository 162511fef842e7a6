// `npm run build:workflow-bundle -- <file>`: bundles the workflow sources once, so workers started
// with TEMPORAL_WORKFLOW_BUNDLE_PATH=<file> skip webpack at start (test runs start ~70 workers).
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { bundleWorkflowCode } from '@temporalio/worker';
import { workflowBundlerOptions, workflowsPath } from './workflow-bundle.options.js';

const output = process.argv[2];
if (!output) {
  console.error('usage: npm run build:workflow-bundle -- <output file>');
  process.exit(2);
}
// webpack's module list is info: only warnings and errors are worth a line here.
const quiet = () => undefined;
const logger = {
  log: quiet,
  trace: quiet,
  debug: quiet,
  info: quiet,
  warn: (message: string) => console.error(`[workflow-bundle] ${message}`),
  error: (message: string) => console.error(`[workflow-bundle] ${message}`),
};
const { code } = await bundleWorkflowCode({ workflowsPath, ...workflowBundlerOptions(), logger });
mkdirSync(dirname(resolve(output)), { recursive: true });
writeFileSync(output, code);
console.log(`[workflow-bundle] ${(code.length / 1e6).toFixed(1)} MB → ${output}`);
