// @ts-check
// Saves a finished workflow's event history for the replay tests (test/replay/):
//   TEMPORAL_ADDRESS=127.0.0.1:7233 node scripts/record-workflow-history.mjs <workflowId> <out.json>
// Record one whenever a workflow's code path changes and keep the old files: they are the promise
// that workflows already running still replay (see docs/workflow-versioning.md).
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { findOrBuildTemporalCli } from './devkit/temporal-cli.mjs';

const [workflowId, outFile] = process.argv.slice(2);
if (!workflowId || !outFile) {
  console.error('usage: node scripts/record-workflow-history.mjs <workflowId> <out.json>');
  process.exit(2);
}
const address = process.env.TEMPORAL_ADDRESS ?? '127.0.0.1:7233';
const cli = await findOrBuildTemporalCli();
const status = JSON.parse(
  execFileSync(cli, ['workflow', 'describe', '-w', workflowId, '--address', address, '-o', 'json'], {
    encoding: 'utf8',
  }),
).workflowExecutionInfo.status;
if (status !== 'WORKFLOW_EXECUTION_STATUS_COMPLETED') {
  console.error(`${workflowId} is ${status}; record only completed workflows`);
  process.exit(1);
}
const history = execFileSync(cli, ['workflow', 'show', '-w', workflowId, '--address', address, '-o', 'json'], {
  encoding: 'utf8',
  maxBuffer: 256 * 1024 * 1024,
});
writeFileSync(outFile, history);
console.log(`saved the history of ${workflowId} to ${outFile}`);
