import { DomainError } from '../domain.error.js';
import { isIsoDate } from '../calendar/calendar-date.js';
import { canProposePledge, pledgeOrganisationId, type Member } from '../member/member.js';
import { FIVE_LEADS } from './pledge-suggestions.js';
import type { PledgeProposal } from './pledge.types.js';

const invalid = (code: string, field: string, zhCN: string, en: string) =>
  new DomainError(code, 'invalid', { zhCN, en }, field);

export const PLEDGE_CONTENT_MAX_LENGTH = 2000;
export const PLEDGE_MAX_ITEMS = 20;

/**
 * Every problem of a proposal's shape at once (SPEC §6 rules 14–16): items present and not too
 * long; an instant pledge names its trigger, an annual one does not; a collective pledge binds
 * several members; a branch pledge links ≥ 1 member pledge and each item has a responsible person,
 * measures and a completion date.
 */
export function checkPledgeProposal(proposal: PledgeProposal): DomainError[] {
  const errors: DomainError[] = [];
  if (proposal.items.length === 0 || proposal.items.length > PLEDGE_MAX_ITEMS)
    errors.push(
      invalid(
        'PLEDGE_ITEMS_COUNT',
        'items',
        `承诺事项应为 1 至 ${PLEDGE_MAX_ITEMS} 项`,
        `a pledge has 1 to ${PLEDGE_MAX_ITEMS} items`,
      ),
    );
  proposal.items.forEach((item, i) => {
    if (!item.content.trim() || item.content.length > PLEDGE_CONTENT_MAX_LENGTH)
      errors.push(
        invalid(
          'PLEDGE_ITEM_CONTENT',
          `items[${i}].content`,
          `承诺内容不能为空，且不超过 ${PLEDGE_CONTENT_MAX_LENGTH} 字`,
          `an item's content is required and at most ${PLEDGE_CONTENT_MAX_LENGTH} characters`,
        ),
      );
    if (proposal.pledgerKind !== 'branch') return;
    if (!item.responsiblePerson?.trim())
      errors.push(
        invalid(
          'PLEDGE_ITEM_RESPONSIBLE',
          `items[${i}].responsiblePerson`,
          '党组织承诺事项须明确责任人',
          'a branch pledge item needs a responsible person',
        ),
      );
    if (!item.measures?.trim())
      errors.push(
        invalid(
          'PLEDGE_ITEM_MEASURES',
          `items[${i}].measures`,
          '党组织承诺事项须有具体措施',
          'a branch pledge item needs measures',
        ),
      );
    if (!item.completionDate || !isIsoDate(item.completionDate))
      errors.push(
        invalid(
          'PLEDGE_ITEM_COMPLETION_DATE',
          `items[${i}].completionDate`,
          '党组织承诺事项须有完成时限（YYYY-MM-DD）',
          'a branch pledge item needs a completion date (YYYY-MM-DD)',
        ),
      );
  });
  if (proposal.kind === 'instant' && !proposal.trigger?.reference.trim())
    errors.push(
      invalid(
        'PLEDGE_TRIGGER_REQUIRED',
        'trigger',
        '即时承诺须注明所针对的任务或事件',
        'an instant pledge names the task or event that triggered it',
      ),
    );
  if (proposal.kind === 'annual' && proposal.trigger)
    errors.push(
      invalid(
        'PLEDGE_TRIGGER_ANNUAL',
        'trigger',
        '年度承诺不针对单一任务或事件',
        'an annual pledge has no triggering task or event',
      ),
    );
  if (proposal.kind === 'instant' && proposal.dueDate !== null && !isIsoDate(proposal.dueDate))
    errors.push(invalid('PLEDGE_DUE_DATE', 'dueDate', '完成时限须为 YYYY-MM-DD', 'the due date is YYYY-MM-DD'));
  if (proposal.pledgerKind === 'member') {
    if (!proposal.memberId)
      errors.push(
        invalid('PLEDGE_MEMBER_REQUIRED', 'memberId', '党员承诺须指明承诺党员', 'a member pledge names its member'),
      );
    else if (!proposal.memberIds.includes(proposal.memberId))
      errors.push(
        invalid(
          'PLEDGE_MEMBER_LIST',
          'memberIds',
          '承诺党员须在承诺人名单中',
          'the proposing member is one of the members',
        ),
      );
    if (new Set(proposal.memberIds).size !== proposal.memberIds.length)
      errors.push(invalid('PLEDGE_MEMBER_DUPLICATE', 'memberIds', '承诺人名单有重复', 'a member is listed twice'));
    if (proposal.form === 'collective' && proposal.memberIds.length < 2)
      errors.push(
        invalid(
          'PLEDGE_COLLECTIVE_MEMBERS',
          'memberIds',
          '集体承诺须有两名以上党员',
          'a collective pledge binds two or more members',
        ),
      );
    if (proposal.form !== 'collective' && proposal.memberIds.length !== 1)
      errors.push(
        invalid(
          'PLEDGE_INDIVIDUAL_MEMBERS',
          'memberIds',
          '个人承诺只有一名承诺党员',
          'an individual pledge has exactly one member',
        ),
      );
    if (proposal.linkedPledgeIds.length > 0)
      errors.push(
        invalid(
          'PLEDGE_LINKS_ONLY_BRANCH',
          'linkedPledgeIds',
          '只有党组织承诺关联党员承诺',
          'only branch pledges link member pledges',
        ),
      );
  } else {
    if (proposal.memberId || proposal.memberIds.length > 0)
      errors.push(
        invalid(
          'PLEDGE_BRANCH_NO_MEMBER',
          'memberIds',
          '党组织承诺不列承诺党员',
          'a branch pledge lists no pledging members',
        ),
      );
    if (proposal.linkedPledgeIds.length === 0)
      errors.push(
        invalid(
          'PLEDGE_BRANCH_LINK_REQUIRED',
          'linkedPledgeIds',
          '党组织承诺须关联至少一项党员承诺',
          'a branch pledge links at least one member pledge',
        ),
      );
  }
  const unknownLead = proposal.leads.find((lead) => !FIVE_LEADS.some((l) => l.key === lead));
  if (unknownLead !== undefined)
    errors.push(
      invalid(
        'PLEDGE_LEAD_UNKNOWN',
        'leads',
        `不是“五带头”之一：${unknownLead}`,
        `not one of the five leads: ${unknownLead}`,
      ),
    );
  return errors;
}

/**
 * Whether `member` may pledge at `organisationId` (SPEC §6 rule 19): a member without a fixed post
 * needs a post set first (设岗定责); a mobile member pledges with the branch where they are.
 * Excused elderly/infirm members may still pledge what they can: nothing is required of them.
 */
export function checkMemberMayPledge(member: Member, organisationId: string): DomainError[] {
  const errors: DomainError[] = [];
  if (!canProposePledge(member))
    errors.push(
      invalid(
        'PLEDGE_POST_NOT_SET',
        'memberId',
        `${member.name}为无固定岗位党员，须先设岗定责再承诺`,
        'a member without a fixed post needs a post set before pledging',
      ),
    );
  const where = pledgeOrganisationId(member);
  if (where !== organisationId)
    errors.push(
      member.category === 'mobile'
        ? invalid(
            'PLEDGE_MOBILE_AT_HOST',
            'organisationId',
            `${member.name}为流动党员，应在流入地党组织承诺`,
            'a mobile member pledges with the branch where they are',
          )
        : invalid(
            'PLEDGE_WRONG_BRANCH',
            'organisationId',
            `${member.name}不属于该党组织`,
            'the member does not pledge at this organisation',
          ),
    );
  return errors;
}

/** Throws the first problem, carrying all of them as details (the API shows every field at once). */
export function assertNoProblems(errors: readonly DomainError[]): void {
  const [first] = errors;
  if (!first) return;
  throw new DomainError(
    first.code,
    first.kind,
    first.text,
    first.field,
    errors.map((e) => ({ path: e.field ?? '', code: e.code, text: e.text })),
  );
}
