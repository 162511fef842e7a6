// Shared by the grading specs only (not exported from the library).
import { defaultPipelineDefinition } from '../pipeline/defaults/default-definitions.js';
import type { IndicatorSheet, PipelineDefinitionBody } from '../pipeline/pipeline-definition.types.js';
import type { BranchFacts, BranchGradingInput, GradingUnitInput } from './grading-input.types.js';

/** Typed loosely so tests can change a body on purpose. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Loose = Record<string, any>;

/** A mutable deep copy of the default grading-cycle body of a sector, optionally changed. */
export function gradingBody(sector = 'village', change?: (body: Loose) => void): PipelineDefinitionBody {
  const body = JSON.parse(JSON.stringify(defaultPipelineDefinition('grading-cycle', sector))) as Loose;
  change?.(body);
  return body as PipelineDefinitionBody;
}

export const defaultSheet = (): IndicatorSheet => gradingBody().indicatorSheet!;

/** Every item of the sheet at `ratio` of its weight (two decimals). */
export function itemsAt(ratio: number, sheet: IndicatorSheet = defaultSheet()): Record<string, number> {
  return Object.fromEntries(sheet.items.map((i) => [i.key, Math.round(i.weight * ratio * 100) / 100]));
}

export const GOOD_FACTS: BranchFacts = {
  secretaryPostVacantSince: null,
  lastPartyActivityOn: '2025-03-01',
  publicSatisfactionPercent: 95,
};

export interface BranchSpec {
  readonly code: string;
  readonly sector?: string;
  /** Self-assessment ratio of every item (0–1); default 0.9. */
  readonly self?: number;
  readonly members?: number;
  readonly superior?: number;
  readonly facts?: Partial<BranchFacts>;
}

/**
 * A branch whose composite score is, with the default weights and self at ratio r,
 * 15 r + 0.2 members + 0.65 superior (per-item rounding aside).
 */
export function branch(spec: BranchSpec): BranchGradingInput {
  return {
    organisationId: `org-${spec.code}`,
    organisationCode: spec.code,
    sectorCode: spec.sector ?? 'village',
    sources: {
      self: { items: itemsAt(spec.self ?? 0.9) },
      membersAndPublic: { overall: spec.members ?? 80 },
      superior: { overall: spec.superior ?? 80 },
    },
    participation: { reachableMembers: 20, memberAppraisers: 20, publicBase: 100, publicRaters: 10 },
    facts: { ...GOOD_FACTS, ...spec.facts },
  };
}

/** A branch with all three sources at the same score, so the composite total is exactly `score`. */
export const branchScoring = (code: string, score: number, extra: Partial<BranchSpec> = {}): BranchGradingInput =>
  branch({ code, self: score / 100, members: score, superior: score, ...extra });

export function unitInput(
  branches: readonly BranchGradingInput[],
  definitions: Record<string, PipelineDefinitionBody> = {},
): GradingUnitInput {
  const sectors = [...new Set(branches.map((b) => b.sectorCode))];
  return {
    gradingUnitId: 'county-1',
    year: 2025,
    asOf: '2025-04-01',
    branches,
    definitions: { ...Object.fromEntries(sectors.map((s) => [s, gradingBody(s)])), ...definitions },
  };
}

/** The code of a thrown DomainError (or the message of anything else), for compact assertions. */
export function thrown(run: () => unknown): { code?: string; kind?: string; field?: string; error: Loose } {
  try {
    run();
  } catch (error) {
    const e = error as Loose;
    return { code: e.code, kind: e.kind, field: e.field, error: e };
  }
  throw new Error('expected a throw');
}
