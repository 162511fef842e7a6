import type { DomainError } from '../domain.error.js';
import { nextAuthorities } from './organisation-lines.js';
import { lineBroken, lineCycle } from './organisation-errors.js';
import { checkOrganisationRules, type OrganisationNode } from './organisation-rules.js';

export interface GraphProblem {
  readonly orgId: string;
  readonly error: DomainError;
}

export interface OrganisationGraph {
  /** The grading unit each organisation's leading line reaches (absent where the line is broken). */
  readonly gradingUnitOf: ReadonlyMap<string, string>;
  /** Materialised territorial path `/<root id>/…/<own id>/` (absent inside a territorial cycle). */
  readonly pathOf: ReadonlyMap<string, string>;
  /** One problem per root cause; organisations that fail only because an authority above fails are not repeated. */
  readonly problems: readonly GraphProblem[];
}

/**
 * Checks a whole set of organisations at once (what an import needs): the per-organisation rules,
 * cycles in the territorial tree, cycles in the leading lines (which can mix both trees), and lines
 * that end before a grading unit. It also derives what is stored with each organisation: its
 * grading unit (the first grading unit on its leading line, see `resolveLines`) and its territorial
 * path (for subtree queries). Runs in O(n): every chain is walked once.
 */
export function analyseOrganisationGraph(nodes: ReadonlyMap<string, OrganisationNode>): OrganisationGraph {
  const problems = new ProblemList();
  for (const node of nodes.values()) {
    for (const error of checkOrganisationRules(node, nodes)) problems.add(node.id, error);
  }
  const known = (id: string | null): string | null => (id !== null && nodes.has(id) ? id : null);

  const territorial = walkChains(nodes.keys(), (id) => known(nodes.get(id)!.territorialParentId));
  for (const cycle of territorial.cycles) reportCycle(cycle, nodes, problems, () => 'territorialParentId');
  const pathOf = materialisePaths(nodes, territorial.tainted, known);

  const leadOf = (id: string): string | null => {
    const node = nodes.get(id)!;
    return node.isGradingUnit ? null : known(nextAuthorities({ ...node, gradingUnitId: '' }).lead);
  };
  const leading = walkChains(nodes.keys(), leadOf);
  for (const cycle of leading.cycles) {
    // A leading cycle through mode-1/2 organisations only is a territorial cycle, reported above.
    if (cycle.some((id) => nodes.get(id)!.managementMode === 3)) {
      reportCycle(cycle, nodes, problems, (id) => leadField(nodes.get(id)!));
    }
  }
  const gradingUnitOf = deriveGradingUnits(nodes, leading.tainted, leadOf, problems);
  return { gradingUnitOf, pathOf, problems: problems.list };
}

const leadField = (node: OrganisationNode) => nextAuthorities({ ...node, gradingUnitId: '' }).leadField;

/** Keeps the first problem per (organisation, field): a missing reference is not also a broken line. */
class ProblemList {
  readonly list: GraphProblem[] = [];
  private readonly seen = new Set<string>();
  add(orgId: string, error: DomainError): void {
    const key = `${orgId}|${error.field ?? ''}`;
    if (this.seen.has(key)) return;
    this.seen.add(key);
    this.list.push({ orgId, error });
  }
}

/**
 * Follows `next` from every node of a functional graph (out-degree ≤ 1). Returns each cycle once,
 * and the nodes that are on a cycle or lead into one.
 */
function walkChains(ids: Iterable<string>, next: (id: string) => string | null) {
  const done = new Set<string>();
  const tainted = new Set<string>();
  const cycles: string[][] = [];
  for (const start of ids) {
    if (done.has(start)) continue;
    const stack: string[] = [];
    const position = new Map<string, number>();
    let taint = false;
    for (let current: string | null = start; current !== null; current = next(current)) {
      const seenAt = position.get(current);
      if (seenAt !== undefined) {
        cycles.push(stack.slice(seenAt));
        taint = true;
        break;
      }
      if (done.has(current)) {
        taint = tainted.has(current);
        break;
      }
      position.set(current, stack.length);
      stack.push(current);
    }
    for (const id of stack) {
      done.add(id);
      if (taint) tainted.add(id);
    }
  }
  return { cycles, tainted };
}

function reportCycle(
  cycle: readonly string[],
  nodes: ReadonlyMap<string, OrganisationNode>,
  problems: ProblemList,
  fieldOf: (id: string) => 'territorialParentId' | 'verticalDepartmentId',
): void {
  const codes = cycle.map((id) => nodes.get(id)!.code);
  cycle.forEach((id, i) => {
    const rotated = [...codes.slice(i), ...codes.slice(0, i), codes[i]!];
    problems.add(id, lineCycle(nodes.get(id)!, rotated, fieldOf(id)));
  });
}

function materialisePaths(
  nodes: ReadonlyMap<string, OrganisationNode>,
  inCycle: ReadonlySet<string>,
  known: (id: string | null) => string | null,
): Map<string, string> {
  const pathOf = new Map<string, string>();
  for (const id of nodes.keys()) {
    if (inCycle.has(id) || pathOf.has(id)) continue;
    const chain: string[] = [];
    let base = '/';
    for (let current: string | null = id; current !== null; current = known(nodes.get(current)!.territorialParentId)) {
      const cached = pathOf.get(current);
      if (cached !== undefined) {
        base = cached;
        break;
      }
      chain.push(current);
    }
    for (let i = chain.length - 1; i >= 0; i--) {
      base = `${base}${chain[i]}/`;
      pathOf.set(chain[i]!, base);
    }
  }
  return pathOf;
}

function deriveGradingUnits(
  nodes: ReadonlyMap<string, OrganisationNode>,
  inCycle: ReadonlySet<string>,
  leadOf: (id: string) => string | null,
  problems: ProblemList,
): Map<string, string> {
  const resolved = new Map<string, string | null>();
  for (const id of nodes.keys()) {
    if (resolved.has(id)) continue;
    const chain: string[] = [];
    let unit: string | null = null;
    let current: string | null = id;
    while (current !== null) {
      if (resolved.has(current)) {
        unit = resolved.get(current)!;
        break;
      }
      chain.push(current);
      const node: OrganisationNode = nodes.get(current)!;
      if (inCycle.has(current)) break;
      if (node.isGradingUnit) {
        unit = current;
        break;
      }
      const lead = leadOf(current);
      if (lead === null) {
        const field = leadField(node);
        // A reference to an unknown organisation is reported by the rules; a missing one is reported here.
        if (node[field] === null) problems.add(current, lineBroken(node, field));
      }
      current = lead;
    }
    for (const member of chain) resolved.set(member, unit);
  }
  const gradingUnitOf = new Map<string, string>();
  for (const [id, unit] of resolved) if (unit !== null) gradingUnitOf.set(id, unit);
  return gradingUnitOf;
}
