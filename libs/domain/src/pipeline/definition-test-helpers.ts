// Shared by the pipeline specs only (not exported from the library).
import { defaultPipelineDefinition } from './defaults/default-definitions.js';
import type { DefinitionProblem } from './validation/problems.js';

/** A mutable deep copy of a default body, typed loosely so tests can break it on purpose. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type LooseBody = Record<string, any>;

export function defaultBody(kind: 'grading-cycle' | 'pledge' = 'grading-cycle', sector = 'village'): LooseBody {
  const body = defaultPipelineDefinition(kind, sector);
  if (!body) throw new Error(`no default for ${kind}`);
  return JSON.parse(JSON.stringify(body)) as LooseBody;
}

export function withChange(change: (body: LooseBody) => void, kind?: 'grading-cycle' | 'pledge'): LooseBody {
  const body = defaultBody(kind);
  change(body);
  return body;
}

/** `CODE@path` for each problem: compact to compare, and a failure shows both at once. */
export const codesAt = (problems: readonly DefinitionProblem[]): string[] => problems.map((p) => `${p.code}@${p.path}`);
