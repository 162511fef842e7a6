/**
 * GET /grading-rounds/:id/classification and …/objections answer without a response schema in
 * OpenAPI yet, so the console reads only what the supervisor's page shows and refuses any other
 * shape loudly (no silent drift).
 */
export interface ClassifiedBranch {
  readonly organisationId: string;
  readonly organisationCode: string;
  readonly sectorCode: string;
  readonly score: number | null;
  readonly rank: number | null;
  readonly proposedTier: string | null;
  readonly finalTier: string | null;
}
export interface ObjectionRow {
  readonly id: string;
  readonly organisationCode: string;
  readonly filedOn: string;
  readonly status: string;
}

const text = (v: unknown) => (typeof v === 'string' ? v : null);
const num = (v: unknown) => (typeof v === 'number' ? v : v == null ? null : Number(v));

export function readClassification(answer: unknown): ClassifiedBranch[] {
  const branches = (answer as { branches?: unknown } | null)?.branches;
  if (!Array.isArray(branches)) throw new Error('GET …/classification answered an unexpected shape');
  return branches.map((b: Record<string, unknown>) => ({
    organisationId: String(b.organisationId),
    organisationCode: String(b.organisationCode),
    sectorCode: String(b.sectorCode),
    score: num(b.score),
    rank: num(b.rank),
    proposedTier: text(b.proposedTier),
    finalTier: text(b.finalTier),
  }));
}

export function readObjections(answer: unknown): { counts: Record<string, number>; objections: ObjectionRow[] } {
  const { counts, objections } = (answer ?? {}) as { counts?: Record<string, number>; objections?: unknown };
  if (!counts || !Array.isArray(objections)) throw new Error('GET …/objections answered an unexpected shape');
  return {
    counts,
    objections: objections.map((o: Record<string, unknown>) => ({
      id: String(o.id),
      organisationCode: String(o.organisationCode),
      filedOn: String(o.filedOn),
      status: String(o.status),
    })),
  };
}
