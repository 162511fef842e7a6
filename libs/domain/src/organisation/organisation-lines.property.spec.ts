import fc from 'fast-check';
import { isDomainError } from '../domain.error.js';
import type { ManagementMode, Organisation, OrganisationKind } from './organisation.js';
import { nextAuthorities, resolveLines } from './organisation-lines.js';
import { analyseOrganisationGraph } from './organisation-graph.js';

/** Per node, the random choices a valid tree is built from; references always point to earlier nodes. */
const choice = fc.record({
  parentPick: fc.nat(),
  nearParent: fc.boolean(),
  verticalPick: fc.nat(),
  withVertical: fc.boolean(),
  mode: fc.constantFrom<ManagementMode>(1, 2, 3),
  gradingUnit: fc.integer({ min: 0, max: 29 }),
  kindPick: fc.nat(),
});

const childKinds: Record<OrganisationKind, OrganisationKind[]> = {
  committee: ['committee', 'general-branch', 'branch', 'group'],
  'general-branch': ['branch', 'group'],
  branch: ['group'],
  group: [],
};

/** Random deep trees (near-parent picks make chains dozens of levels deep) with all three modes. */
const validTree = fc.array(choice, { minLength: 1, maxLength: 120, size: 'large' }).map((choices) => {
  const orgs: Organisation[] = [];
  choices.forEach((c, i) => {
    const id = `O${i}`;
    if (i === 0) {
      orgs.push(node(id, { isGradingUnit: true, gradingUnitId: id }));
      return;
    }
    const parents = orgs.filter((o) => o.kind !== 'group');
    const parent = c.nearParent
      ? parents[parents.length - 1 - (c.parentPick % Math.min(2, parents.length))]!
      : parents[c.parentPick % parents.length]!;
    const kinds = childKinds[parent.kind];
    // Committees may nest without limit: favour them so that lines get deep.
    const kind = kinds[c.kindPick % 3 === 0 ? c.kindPick % kinds.length : 0]!;
    const isGradingUnit = kind === 'committee' && c.gradingUnit === 0;
    const committees = orgs.filter((o) => o.kind === 'committee');
    const vertical = committees[c.verticalPick % committees.length]!;
    const mode = c.mode;
    const hasVertical = mode !== 1 || c.withVertical;
    const territorialParentId = isGradingUnit && c.withVertical ? null : parent.id;
    const draft = node(id, {
      kind,
      isGradingUnit,
      territorialParentId,
      verticalDepartmentId: hasVertical ? vertical.id : null,
      managementMode: mode,
    });
    const lead = nextAuthorities(draft).lead!;
    const gradingUnitId = isGradingUnit ? id : orgs.find((o) => o.id === lead)!.gradingUnitId;
    orgs.push({ ...draft, gradingUnitId });
  });
  return new Map(orgs.map((o) => [o.id, o]));
});

function node(id: string, fields: Partial<Organisation>): Organisation {
  return {
    id,
    code: `C-${id}`,
    name: id,
    kind: 'committee',
    sectorCode: 'agency',
    territorialParentId: null,
    verticalDepartmentId: null,
    managementMode: 1,
    gradingUnitId: '',
    isGradingUnit: false,
    ...fields,
  };
}

const ids = (orgs: readonly Organisation[]) => orgs.map((o) => o.id);
const same = (a: readonly unknown[], b: readonly unknown[]) => a.length === b.length && a.every((x, i) => x === b[i]);

/** A plain check: Jest's expect is too slow to call thousands of times per property. */
function check(condition: boolean, what: string, org: Organisation): void {
  if (!condition) throw new Error(`${what} (organisation ${org.id})`);
}

describe('resolveLines — properties over random deep trees in all three modes', () => {
  it('terminates with no repeats, never returns the organisation itself, and keeps the lines apart', () => {
    fc.assert(
      fc.property(validTree, (orgs) => {
        for (const org of orgs.values()) {
          const { leadingLine, copyLine } = resolveLines(org.id, orgs);
          const leading = ids(leadingLine);
          check(new Set(leading).size === leading.length, 'the leading line repeats', org);
          check(new Set(ids(copyLine)).size === copyLine.length, 'the copy line repeats', org);
          check(!leading.includes(org.id), 'the leading line contains the organisation', org);
          check(!copyLine.some((c) => leading.includes(c.id)), 'an authority both leads and is copied', org);
        }
      }),
    );
  });

  it('ends at the recorded grading unit, and passes no other grading unit', () => {
    fc.assert(
      fc.property(validTree, (orgs) => {
        for (const org of orgs.values()) {
          const { leadingLine, copyLine } = resolveLines(org.id, orgs);
          if (org.isGradingUnit) {
            check(leadingLine.length + copyLine.length === 0, 'a grading unit has lines', org);
            continue;
          }
          check(leadingLine.at(-1)?.id === org.gradingUnitId, 'the line does not end at the grading unit', org);
          check(!leadingLine.slice(0, -1).some((o) => o.isGradingUnit), 'the line passes a grading unit', org);
        }
      }),
    );
  });

  it('takes the first hop by the own mode (mode 3 leads through the vertical department) and every later hop by the mode of the authority it starts from', () => {
    fc.assert(
      fc.property(validTree, (orgs) => {
        for (const org of orgs.values()) {
          if (org.isGradingUnit) continue;
          const { leadingLine } = resolveLines(org.id, orgs);
          const first = org.managementMode === 3 ? org.verticalDepartmentId : org.territorialParentId;
          check(leadingLine[0]?.id === first, 'the first hop ignores the own mode', org);
          const hops = [org, ...leadingLine];
          for (let k = 0; k + 1 < hops.length; k++) {
            check(hops[k + 1]!.id === nextAuthorities(hops[k]!).lead, `hop ${k} ignores the authority's mode`, org);
          }
        }
      }),
    );
  });

  it('copies exactly the other-line authorities met on the way that do not lead', () => {
    fc.assert(
      fc.property(validTree, (orgs) => {
        for (const org of orgs.values()) {
          if (org.isGradingUnit) continue;
          const { leadingLine, copyLine } = resolveLines(org.id, orgs);
          const leading = new Set(ids(leadingLine));
          const expected = [org, ...leadingLine.slice(0, -1)]
            .map((o) => nextAuthorities(o).copy)
            .filter((id): id is string => id !== null && !leading.has(id));
          check(same(ids(copyLine), [...new Set(expected)]), 'the copy line is not the other-line authorities', org);
        }
      }),
    );
  });

  it('extends the parent’s leading line for a mode-1 child whose parent is not a grading unit', () => {
    fc.assert(
      fc.property(validTree, (orgs) => {
        for (const child of orgs.values()) {
          const parent = child.territorialParentId ? orgs.get(child.territorialParentId)! : undefined;
          if (child.isGradingUnit || child.managementMode !== 1 || !parent || parent.isGradingUnit) continue;
          const mine = ids(resolveLines(child.id, orgs).leadingLine);
          check(
            same(mine, [parent.id, ...ids(resolveLines(parent.id, orgs).leadingLine)]),
            'not the parent’s line',
            child,
          );
        }
      }),
    );
  });

  it('agrees with the import’s graph analysis: no problem, same grading units, territorial paths', () => {
    fc.assert(
      fc.property(validTree, (orgs) => {
        const analysis = analyseOrganisationGraph(orgs);
        expect(analysis.problems.map((p) => p.error.code)).toEqual([]);
        for (const org of orgs.values()) {
          check(analysis.gradingUnitOf.get(org.id) === org.gradingUnitId, 'another grading unit derived', org);
          const path = analysis.pathOf.get(org.id) ?? '';
          check(path.endsWith(`/${org.id}/`), 'the path does not end at the organisation', org);
          const parentPath = org.territorialParentId ? analysis.pathOf.get(org.territorialParentId)! : '/';
          check(path === `${parentPath}${org.id}/`, 'the path does not extend the parent’s', org);
        }
      }),
    );
  });
});

/** Any graph at all: references to anything (itself included), unknown ids, random modes and flags. */
const anyGraph = fc.integer({ min: 1, max: 25 }).chain((n) =>
  fc
    .array(
      fc.record({
        parent: fc.option(fc.integer({ min: 0, max: n }), { nil: null }),
        vertical: fc.option(fc.integer({ min: 0, max: n }), { nil: null }),
        mode: fc.constantFrom<ManagementMode>(1, 2, 3),
        isGradingUnit: fc.boolean(),
        unit: fc.integer({ min: 0, max: n - 1 }),
      }),
      { minLength: n, maxLength: n },
    )
    .map((rows) => {
      // Index n is an id that is never defined: a dangling reference.
      const ref = (k: number | null) => (k === null ? null : `O${k}`);
      const orgs = rows.map((r, i) =>
        node(`O${i}`, {
          territorialParentId: ref(r.parent),
          verticalDepartmentId: ref(r.vertical),
          managementMode: r.mode,
          isGradingUnit: r.isGradingUnit,
          gradingUnitId: `O${r.unit}`,
        }),
      );
      return new Map(orgs.map((o) => [o.id, o]));
    }),
);

const REFUSALS = [
  'ORGANISATION_REFERENCE_DANGLING',
  'ORGANISATION_LINE_CYCLE',
  'ORGANISATION_LINE_BROKEN',
  'ORGANISATION_GRADING_UNIT_MISMATCH',
];

describe('resolveLines — properties over arbitrary, possibly broken, graphs', () => {
  it('always terminates: a line, or a DomainError naming an organisation code', () => {
    fc.assert(
      fc.property(anyGraph, (orgs) => {
        for (const org of orgs.values()) {
          try {
            const { leadingLine } = resolveLines(org.id, orgs);
            check(leadingLine.length <= orgs.size - 1, 'the line is longer than the graph', org);
          } catch (error) {
            if (!isDomainError(error)) throw error;
            check(REFUSALS.includes(error.code), `unexpected refusal ${error.code}`, org);
            check(/C-O\d+/.test(error.text.zhCN) && /C-O\d+/.test(error.text.en), 'the refusal names no code', org);
          }
        }
      }),
    );
  });

  it('is refused for some organisation only if the graph analysis reports a problem, and never when it reports none', () => {
    fc.assert(
      fc.property(anyGraph, (raw) => {
        const analysis = analyseOrganisationGraph(raw);
        const orgs = new Map(
          [...raw].map(([id, o]) => [id, { ...o, gradingUnitId: analysis.gradingUnitOf.get(id) ?? o.gradingUnitId }]),
        );
        const refused = [...orgs.keys()].filter((id) => {
          try {
            resolveLines(id, orgs);
            return false;
          } catch {
            return true;
          }
        });
        if (refused.length > 0) expect(analysis.problems.length).toBeGreaterThan(0);
        if (analysis.problems.length === 0) expect(refused).toEqual([]);
      }),
    );
  });
});
