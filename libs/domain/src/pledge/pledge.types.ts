import type { LocalizedText } from '../domain.error.js';

/**
 * 党员承诺践诺 — the shapes of a pledge (document 1, SPEC §3.2). Plain data, carried in workflow
 * inputs and stored as rows; the rules that act on them live beside this file.
 */

/** 年度承诺 (start of the year, evaluated once a year) or 即时承诺 (a task or an event, 一事一评). */
export const PLEDGE_KINDS = ['annual', 'instant'] as const;
export type PledgeKind = (typeof PLEDGE_KINDS)[number];

/** 个人承诺 / 集体承诺 (several members, one pledge) / 党员带领群众共同承诺. */
export const PLEDGE_FORMS = ['individual', 'collective', 'with-public'] as const;
export type PledgeForm = (typeof PLEDGE_FORMS)[number];

/** Who pledges: a member, or the branch organisation itself (党组织承诺). */
export const PLEDGER_KINDS = ['member', 'branch'] as const;
export type PledgerKind = (typeof PLEDGER_KINDS)[number];

/** What triggered an instant pledge: 阶段性重点工作, 临时性任务 or 突发性事件. */
export const INSTANT_TRIGGER_KINDS = ['phase-task', 'ad-hoc-task', 'emergency'] as const;
export type InstantTriggerKind = (typeof INSTANT_TRIGGER_KINDS)[number];

export interface InstantTrigger {
  readonly kind: InstantTriggerKind;
  /** The task or event the pledge answers, in words (e.g. "7月防汛抢险"). */
  readonly reference: string;
}

/** One item of a pledge. A branch pledge's items carry the three fields rule 16 asks for. */
export interface PledgeItem {
  readonly content: string;
  /** 责任人 — required on branch pledge items. */
  readonly responsiblePerson?: string | null;
  /** 措施 — required on branch pledge items. */
  readonly measures?: string | null;
  /** 完成时限 (YYYY-MM-DD) — required on branch pledge items. */
  readonly completionDate?: string | null;
}

/** What a member or a branch proposes (提出承诺). */
export interface PledgeProposal {
  readonly kind: PledgeKind;
  readonly form: PledgeForm;
  readonly pledgerKind: PledgerKind;
  /** The year an annual pledge is for; for an instant pledge, the year it was raised. */
  readonly year: number;
  /** The member who proposes (member pledges); collective pledges name the others in `memberIds`. */
  readonly memberId: string | null;
  /** Every member a collective pledge binds, the proposer included. */
  readonly memberIds: readonly string[];
  /** The branch where it is pledged: the member's own, or the host branch of a mobile member. */
  readonly organisationId: string;
  readonly items: readonly PledgeItem[];
  /** Required for instant pledges, absent for annual ones. */
  readonly trigger: InstantTrigger | null;
  /** Which of the five 带头 the pledge serves (optional guidance, see `FIVE_LEADS`). */
  readonly leads: readonly string[];
  /** Branch pledges link at least one member pledge (SPEC §6 rule 15). */
  readonly linkedPledgeIds: readonly string[];
  /** When an instant pledge is due (YYYY-MM-DD); annual pledges are due at year end. */
  readonly dueDate: string | null;
}

export type LocalizedList = readonly LocalizedText[];
