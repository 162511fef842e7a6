import { continueAsNew, proxyActivities } from '@temporalio/workflow';
import type { DailyDigestInput, DigestActivities } from '@cxzy/contracts';

const digests = proxyActivities<DigestActivities>({
  startToCloseTimeout: '5 minutes',
  retry: { initialInterval: '5 seconds', maximumInterval: '5 minutes', nonRetryableErrorTypes: ['DomainError'] },
});

/** Pages before the history is handed to a fresh run (a county of 10,000 branches is ~50 pages). */
const PAGES_PER_RUN = 100;

/** 每日待办提醒: page through the organisations with open steps due soon or overdue; one digest per person. */
export async function dailyDigestWorkflow(input: DailyDigestInput): Promise<{ digests: number }> {
  const asOf = input.asOf ?? new Date().toISOString();
  let after = input.afterOrganisationId ?? null;
  let total = input.digestsSoFar ?? 0;
  for (let page = 0; page < PAGES_PER_RUN; page += 1) {
    const result = await digests.sendDailyDigestPage({
      asOf,
      dueWithinDays: input.dueWithinDays,
      afterOrganisationId: after,
      organisations: input.organisationsPerPage,
    });
    total += result.digests;
    after = result.nextAfterOrganisationId;
    if (after === null) return { digests: total };
  }
  return continueAsNew<typeof dailyDigestWorkflow>({ ...input, asOf, afterOrganisationId: after, digestsSoFar: total });
}
