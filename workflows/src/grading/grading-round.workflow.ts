import { continueAsNew, proxyActivities, startChild, workflowInfo } from '@temporalio/workflow';
import {
  GRADING_BRANCH_WORKFLOW_TYPE,
  gradingBranchWorkflowId,
  searchAttributes,
  type GradingActivities,
  type GradingBranchWorkflow,
  type GradingRoundInput,
  type GradingRoundResult,
  type GradingRoundWorkflow,
} from '@cxzy/contracts';
import { OWN_SERVICE_ACTIVITY } from '../activity-options.js';
import { roundGrading } from './round-grading.js';

const grading = proxyActivities<GradingActivities>(OWN_SERVICE_ACTIVITY);

/**
 * 安排部署 of a round: publishes the notice (the round moves to grading), then enrols the branches
 * in scope a page at a time and starts one branch workflow per branch. Children are abandoned by
 * the parent's close, so the round's history holds only ids and counts; after a number of pages
 * it continues as new, so a county of 10 000 branches stays far below the history limits. Then
 * 分类定级 runs at round level (round-grading.ts) until the tiers are final and rectification opens.
 */
export async function gradingRoundWorkflow(input: GradingRoundInput): Promise<GradingRoundResult> {
  const { workflowId } = workflowInfo();
  // The round's Updates and query answer from the first run on (refusing a proposal until fanned out).
  const round = roundGrading(input);
  if (input.grading) return round.run(input.started ?? 0);
  if (input.cursor === undefined) await grading.publishRoundNotice({ roundId: input.roundId, actor: input.launchedBy });
  let cursor = input.cursor ?? null;
  let started = input.started ?? 0;
  for (let batch = 0; batch < input.fanOut.batchesPerRun; batch += 1) {
    const page = await grading.enrolRoundBranchPage({
      roundId: input.roundId,
      after: cursor,
      limit: input.fanOut.batch,
    });
    if (page.cursor === null) return round.run(started);
    await Promise.all(
      page.branches.map((branch) =>
        startChild<GradingBranchWorkflow>(GRADING_BRANCH_WORKFLOW_TYPE, {
          workflowId: gradingBranchWorkflowId(workflowId, branch.organisationId),
          parentClosePolicy: 'ABANDON',
          workflowIdReusePolicy: 'REJECT_DUPLICATE',
          typedSearchAttributes: [
            { key: searchAttributes.GradingUnit, value: input.gradingUnitCode },
            { key: searchAttributes.RoundYear, value: input.year },
            { key: searchAttributes.ProcessKind, value: 'grading-cycle' },
            { key: searchAttributes.SectorCode, value: branch.sectorCode },
            { key: searchAttributes.OrgCode, value: branch.organisationCode },
          ],
          args: [
            {
              roundId: input.roundId,
              roundWorkflowId: workflowId,
              year: input.year,
              organisationId: branch.organisationId,
              organisationCode: branch.organisationCode,
              sectorCode: branch.sectorCode,
              definitionId: branch.definitionId,
              ...(input.acknowledgeBy ? { acknowledgeBy: input.acknowledgeBy } : {}),
              ...(input.identityKeys ? { identityKeys: input.identityKeys } : {}),
            },
          ],
        }),
      ),
    );
    started += page.branches.length;
    cursor = page.cursor;
  }
  return continueAsNew<GradingRoundWorkflow>({ ...input, cursor, started, run: (input.run ?? 0) + 1 });
}
