import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';

/**
 * Saves a finished workflow's history for the replay tests (test/replay/, docs/workflow-versioning.md)
 * — only when the run is asked to, by naming the file in `variable` (e.g.
 * `CXZY_RECORD_PLEDGE_HISTORY=test/replay/histories/pledge-v3.json`). With `keepWorkflowId`, the id
 * goes beside it (<name>.workflow-id), for workflows that derive their children's ids from their own.
 */
export function recordHistoryWhenAsked(variable: string, workflowId: string, keepWorkflowId = false): void {
  const file = process.env[variable];
  if (!file) return;
  execFileSync(process.execPath, ['scripts/record-workflow-history.mjs', workflowId, file], {
    env: { ...process.env, TEMPORAL_ADDRESS: process.env['CXZY_TEST_TEMPORAL_ADDRESS'] },
  });
  if (keepWorkflowId) writeFileSync(file.replace(/\.json$/, '.workflow-id'), `${workflowId}\n`);
}
