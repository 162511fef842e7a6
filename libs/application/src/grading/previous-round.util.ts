import { summarisePreviousRound, type PreviousRoundSummary } from '@cxzy/domain';
import type { RectificationRepository } from '@cxzy/persistence';

/**
 * The unit's round of `year` as accepted so far (null: there was none): what the next round's
 * launch keeps, its progress view shows, and its finalisation waits for (SPEC §6 rule 13).
 */
export async function previousRoundSummary(
  rectifications: RectificationRepository,
  gradingUnitId: string,
  year: number,
): Promise<PreviousRoundSummary | null> {
  const previous = await rectifications.previousRound(gradingUnitId, year);
  return previous
    ? summarisePreviousRound(
        gradingUnitId,
        year,
        previous.branches.map((b) => ({
          organisationId: b.organisationId,
          tier: b.tier,
          passed: b.acceptance?.passed ?? null,
        })),
      )
    : null;
}
