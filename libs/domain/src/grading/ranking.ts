/** What the ranking reads of a graded branch. */
export interface Rankable {
  readonly organisationCode: string;
  readonly score: {
    readonly total: number;
    readonly sources: { readonly superior: number; readonly membersAndPublic: number };
  };
}

/**
 * 排名 — the documented, deterministic order of a quota group, best first:
 * 1. higher composite total (two decimals, as shown to users);
 * 2. then higher 上级评定 (superior rating) — the source the seed puts in the superior's hands and
 *    the heaviest by default (65 %);
 * 3. then higher 党员群众评议 (members and public appraisal);
 * 4. then the organisation code, in ascending code-point order (not locale order, which may differ
 *    between machines).
 * Codes are unique in a unit, so this is a total order: the ranking never depends on input order.
 */
export function compareForRanking(a: Rankable, b: Rankable): number {
  return (
    b.score.total - a.score.total ||
    b.score.sources.superior - a.score.sources.superior ||
    b.score.sources.membersAndPublic - a.score.sources.membersAndPublic ||
    (a.organisationCode < b.organisationCode ? -1 : a.organisationCode > b.organisationCode ? 1 : 0)
  );
}

/** A sorted copy, best first. */
export const rankBranches = <T extends Rankable>(branches: readonly T[]): T[] => [...branches].sort(compareForRanking);
