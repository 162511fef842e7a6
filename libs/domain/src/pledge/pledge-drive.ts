import type { MemberCategory } from '../member/member.js';

/** A member on a branch's annual pledge drive roster (年度承诺动员). */
export interface DriveMember {
  readonly memberId: string;
  readonly name: string;
  readonly category: MemberCategory;
  readonly pledgeExempt: boolean;
  /** Annual pledges of the year this member is bound by (any state). */
  readonly annualPledges: number;
}

export interface PledgeDriveStatus {
  /** Members who must pledge: everyone but the excused. */
  readonly required: number;
  readonly proposed: readonly DriveMember[];
  /** Who has not yet proposed: the branch reminds and helps them. */
  readonly notProposed: readonly DriveMember[];
  /** Excused elderly/infirm members: nothing required (SPEC §6 rule 19); listed if they pledged anyway. */
  readonly excused: readonly DriveMember[];
}

/**
 * Who of a branch's roster has proposed an annual pledge. The roster is the branch's own members
 * (mobile ones pledge where they are) plus the mobile members it hosts.
 */
export function pledgeDriveStatus(roster: readonly DriveMember[]): PledgeDriveStatus {
  const excused = roster.filter((m) => m.pledgeExempt);
  const required = roster.filter((m) => !m.pledgeExempt);
  return {
    required: required.length,
    proposed: required.filter((m) => m.annualPledges > 0),
    notProposed: required.filter((m) => m.annualPledges === 0),
    excused,
  };
}
