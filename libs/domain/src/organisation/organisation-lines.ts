import type { Organisation } from './organisation.js';
import {
  danglingReference,
  gradingUnitMismatch,
  lineBroken,
  lineCycle,
  organisationNotFound,
  type OrganisationReference,
} from './organisation-errors.js';

/** 领导线 and 抄送线 of one organisation, nearest authority first. */
export interface OrganisationLines {
  /** Authorities that approve and receive escalations, ending at the grading unit. */
  readonly leadingLine: readonly Organisation[];
  /** The other line's authorities: kept informed, never asked to approve. */
  readonly copyLine: readonly Organisation[];
}

export interface NextAuthorities {
  /** The authority the organisation answers to for party building under its own management mode. */
  readonly lead: string | null;
  readonly leadField: 'territorialParentId' | 'verticalDepartmentId';
  /** The authority on the other line, if any: it is copied. */
  readonly copy: string | null;
  readonly copyField: 'territorialParentId' | 'verticalDepartmentId';
}

/**
 * One hop of document 5's rule: in modes 1 and 2 the local (territorial, 块) committee leads and
 * the sector department (vertical, 条) guides; in mode 3 the sector department's committee leads
 * and the local committee cooperates.
 */
export function nextAuthorities(org: Organisation): NextAuthorities {
  return org.managementMode === 3
    ? {
        lead: org.verticalDepartmentId,
        leadField: 'verticalDepartmentId',
        copy: org.territorialParentId,
        copyField: 'territorialParentId',
      }
    : {
        lead: org.territorialParentId,
        leadField: 'territorialParentId',
        copy: org.verticalDepartmentId,
        copyField: 'verticalDepartmentId',
      };
}

/**
 * 条块 — the leading line and the copy line of an organisation (SPEC §2, rule 20).
 *
 * The rule, exactly:
 * 1. A grading unit (组织实施单位) has empty lines: nothing above it takes part in its rounds.
 * 2. Otherwise start at the organisation and hop: the next leading authority is the current
 *    organisation's `lead` under ITS OWN management mode (modes 1, 2: territorial parent; mode 3:
 *    vertical department). Each hop follows the mode of the organisation it starts from, so a
 *    mode-1 branch inside a mode-3 tax bureau goes first to the bureau's committee (territorial)
 *    and from there up the tax system (vertical).
 * 3. The line stops at the first grading unit it reaches; that must be the organisation's
 *    recorded `gradingUnitId`.
 * 4. At every hop before the grading unit (the organisation itself included), the authority on the
 *    other line (`copy`) is collected. The copy line is those authorities, nearest first, without
 *    repeats and without any authority that is on the leading line (an authority that leads never
 *    only receives a copy).
 *
 * Refused with a DomainError naming the organisation's code: an unknown id (not-found), a
 * reference to an organisation not in `orgsById` (ORGANISATION_REFERENCE_DANGLING), a hop that
 * returns to an organisation already on the line (ORGANISATION_LINE_CYCLE), an organisation
 * without the reference its mode needs before a grading unit is reached
 * (ORGANISATION_LINE_BROKEN), and a line that ends at another grading unit than the recorded one
 * (ORGANISATION_GRADING_UNIT_MISMATCH). Every hop adds a new organisation or fails, so it
 * terminates after at most `orgsById.size` hops.
 */
export function resolveLines(orgId: string, orgsById: ReadonlyMap<string, Organisation>): OrganisationLines {
  const origin = orgsById.get(orgId);
  if (!origin) throw organisationNotFound(orgId);
  if (origin.isGradingUnit) return { leadingLine: [], copyLine: [] };

  const leadingLine: Organisation[] = [];
  const copies: Organisation[] = [];
  const onLine = new Set<string>([origin.id]);
  let current = origin;
  for (;;) {
    const next = nextAuthorities(current);
    if (next.copy !== null) copies.push(lookUp(current, next.copy, next.copyField, orgsById));
    if (next.lead === null) throw lineBroken(current, next.leadField);
    const lead = lookUp(current, next.lead, next.leadField, orgsById);
    if (onLine.has(lead.id)) throw lineCycle(current, cycleCodes([origin, ...leadingLine], lead), next.leadField);
    leadingLine.push(lead);
    onLine.add(lead.id);
    if (lead.isGradingUnit) {
      if (lead.id !== origin.gradingUnitId) throw gradingUnitMismatch(origin, lead, recordedCode(origin, orgsById));
      break;
    }
    current = lead;
  }

  const copyLine: Organisation[] = [];
  for (const copy of copies) {
    if (onLine.has(copy.id) || copyLine.some((c) => c.id === copy.id)) continue;
    copyLine.push(copy);
  }
  return { leadingLine, copyLine };
}

function lookUp(
  from: Organisation,
  id: string,
  field: OrganisationReference,
  orgsById: ReadonlyMap<string, Organisation>,
): Organisation {
  const found = orgsById.get(id);
  if (!found) throw danglingReference(from, field, id);
  return found;
}

function cycleCodes(path: readonly Organisation[], repeated: Organisation): string[] {
  const start = path.findIndex((o) => o.id === repeated.id);
  return [...path.slice(start).map((o) => o.code), repeated.code];
}

function recordedCode(origin: Organisation, orgsById: ReadonlyMap<string, Organisation>): string {
  return orgsById.get(origin.gradingUnitId)?.code ?? origin.gradingUnitId;
}
