import { DomainError } from '../domain.error.js';

/**
 * 党员类别 — the special cases of document 1 (党员承诺践诺): 无固定岗位 members get a post set for
 * them (设岗定责) before they pledge; 流动 members pledge with the branch where they are; 年老体弱
 * members may be excused or pledge what they can.
 */
export const MEMBER_CATEGORIES = ['regular', 'no-fixed-post', 'mobile', 'elderly-infirm'] as const;
export type MemberCategory = (typeof MEMBER_CATEGORIES)[number];

export const CATEGORY_NAMES: Readonly<Record<MemberCategory, { zhCN: string; en: string }>> = {
  regular: { zhCN: '在职党员', en: 'regular' },
  'no-fixed-post': { zhCN: '无固定岗位党员', en: 'no fixed post' },
  mobile: { zhCN: '流动党员', en: 'mobile' },
  'elderly-infirm': { zhCN: '年老体弱党员', en: 'elderly or infirm' },
};

export interface Member {
  readonly id: string;
  /** 公民身份号码: the key of a member across imports; never shown unmasked in lists. */
  readonly idNumber: string;
  readonly name: string;
  /** The branch holding the member's organisational relationship. */
  readonly organisationId: string;
  readonly category: MemberCategory;
  /** 设岗定责: the post set for the member (required for members without a fixed post). */
  readonly post: string | null;
  /** Where a mobile member is (流入地党组织): they pledge there. */
  readonly hostOrganisationId: string | null;
  /** An elderly or infirm member excused from pledging (no required pledges, no reminders). */
  readonly pledgeExempt: boolean;
  readonly phone: string | null;
}

export const isMemberCategory = (value: string): value is MemberCategory =>
  (MEMBER_CATEGORIES as readonly string[]).includes(value);

const rule = (code: string, field: string, zhCN: string, en: string) =>
  new DomainError(code, 'invalid', { zhCN, en }, field);

/** The rules of the categories (SPEC §6 rule 19), checked wherever a member is created or changed. */
export function checkMemberRules(member: Omit<Member, 'id'>): DomainError[] {
  const errors: DomainError[] = [];
  if (member.category === 'no-fixed-post' && !member.post) {
    errors.push(
      rule(
        'MEMBER_POST_REQUIRED',
        'post',
        '无固定岗位党员必须设岗定责：请填写为其设定的岗位',
        'a member without a fixed post needs a post set for them (设岗定责)',
      ),
    );
  }
  if (member.category === 'mobile' && !member.hostOrganisationId) {
    errors.push(
      rule(
        'MEMBER_HOST_REQUIRED',
        'hostOrganisationId',
        '流动党员必须填写所在地（流入地）党组织',
        'a mobile member needs the organisation where they are (host organisation)',
      ),
    );
  }
  if (member.category !== 'mobile' && member.hostOrganisationId) {
    errors.push(
      rule(
        'MEMBER_HOST_ONLY_FOR_MOBILE',
        'hostOrganisationId',
        '只有流动党员才有所在地（流入地）党组织',
        'only mobile members have a host organisation',
      ),
    );
  }
  if (member.hostOrganisationId && member.hostOrganisationId === member.organisationId) {
    errors.push(
      rule(
        'MEMBER_HOST_IS_HOME',
        'hostOrganisationId',
        '流入地党组织不能是党员组织关系所在的党组织',
        'the host organisation cannot be the organisation the member belongs to',
      ),
    );
  }
  if (member.pledgeExempt && member.category !== 'elderly-infirm') {
    errors.push(
      rule(
        'MEMBER_EXEMPTION_NOT_ALLOWED',
        'pledgeExempt',
        '只有年老体弱党员可以免于承诺',
        'only elderly or infirm members can be excused from pledging',
      ),
    );
  }
  return errors;
}

/** 流动党员 pledge with the branch where they are; everyone else with their own branch. */
export const pledgeOrganisationId = (member: Member): string =>
  member.category === 'mobile' && member.hostOrganisationId ? member.hostOrganisationId : member.organisationId;

/** Excused elderly or infirm members have no required pledges and get no reminders. */
export const requiresPledges = (member: Member): boolean => !member.pledgeExempt;

/** A member without a fixed post may propose a pledge only once a post is set (设岗定责 before 承诺). */
export const canProposePledge = (member: Member): boolean => member.category !== 'no-fixed-post' || !!member.post;
