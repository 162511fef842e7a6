import { levelRank } from '../pipeline/leading-line-level.js';
import type { LeadingLineLevel } from '../pipeline/pipeline-definition.types.js';
import type { Role } from '../user/role.js';
import type { OrganisationLines } from './organisation-lines.js';

/** People holding one of `roles` at `organisationId` receive the notice. */
export interface RecipientTarget {
  readonly organisationId: string;
  readonly roles: readonly Role[];
}

export interface StepRecipientTargets {
  readonly to: readonly RecipientTarget[];
  readonly copy: readonly RecipientTarget[];
}

/** An authority is reached through its supervisors; at the grading unit, its administrators too. */
const AUTHORITY_ROLES: readonly Role[] = ['supervisor'];
const GRADING_UNIT_ROLES: readonly Role[] = ['supervisor', 'administrator'];

/**
 * 催办对象 — who a reminder or escalation of a step reaches (SPEC §3.5, rules 17 and 20):
 * `self` is the assignee role at the organisation; a higher level is the authority that many hops
 * up the LEADING line (capped at the grading unit, the top of the scope); the other line is only
 * ever copied, at the same height, and the superior is copied on orange reminders.
 */
export function stepRecipientTargets(input: {
  readonly organisationId: string;
  readonly lines: OrganisationLines;
  readonly level: LeadingLineLevel;
  readonly assigneeRole: Role;
  readonly copyOtherLine: boolean;
  readonly copySuperior: boolean;
}): StepRecipientTargets {
  const { leadingLine, copyLine } = input.lines;
  const rank = levelRank(input.level);
  const authorityRoles = (index: number, line: OrganisationLines['leadingLine']) =>
    index === line.length - 1 ? GRADING_UNIT_ROLES : AUTHORITY_ROLES;

  const to: RecipientTarget[] = [];
  if (rank === 0) {
    to.push({ organisationId: input.organisationId, roles: [input.assigneeRole] });
  } else if (leadingLine.length === 0) {
    // The organisation is its own grading unit: escalations stay with its administrators.
    to.push({ organisationId: input.organisationId, roles: GRADING_UNIT_ROLES });
  } else {
    const index = Math.min(rank, leadingLine.length) - 1;
    to.push({ organisationId: leadingLine[index]!.id, roles: authorityRoles(index, leadingLine) });
  }

  const copy: RecipientTarget[] = [];
  if (input.copyOtherLine && rank > 0 && copyLine.length > 0) {
    const index = Math.min(rank, copyLine.length) - 1;
    copy.push({ organisationId: copyLine[index]!.id, roles: AUTHORITY_ROLES });
  }
  if (input.copySuperior && rank === 0 && leadingLine.length > 0) {
    copy.push({ organisationId: leadingLine[0]!.id, roles: authorityRoles(0, leadingLine) });
  }
  return { to, copy };
}
