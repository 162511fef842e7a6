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
const { code } = await bundleWorkflowCode({ workflowsPath, ...workflowBundlerOptions() });
mkdirSync(dirname(resolve(output)), { recursive: true });
writeFileSync(output, code);
console.log(`[workflow-bundle] ${(code.length / 1e6).toFixed(1)} MB → ${output}`);
