import { DomainError } from '../domain.error.js';

/**
 * 互评 — members of the unit rate each other (0–100), never themselves, and a reviewer rates each
 * colleague once per campaign (a second review replaces nothing: it is refused).
 */
export function checkPeerReview(args: {
  reviewerMemberId: string;
  memberId: string;
  score: unknown;
  unitMemberIds: readonly string[];
  alreadyReviewed: boolean;
}): number {
  const refuse = (code: string, kind: 'invalid' | 'forbidden' | 'conflict', field: string, zhCN: string, en: string) =>
    new DomainError(code, kind, { zhCN, en }, field);
  if (!args.unitMemberIds.includes(args.reviewerMemberId)) {
    throw refuse(
      'PEER_REVIEWER_NOT_IN_UNIT',
      'forbidden',
      'memberId',
      '只有本单位党员可以互评',
      'only members of the unit review each other',
    );
  }
  if (!args.unitMemberIds.includes(args.memberId)) {
    throw refuse(
      'PEER_REVIEW_INVALID',
      'invalid',
      'memberId',
      '被评议人不是本单位党员',
      'the member reviewed is not in the unit',
    );
  }
  if (args.reviewerMemberId === args.memberId) {
    throw refuse('PEER_REVIEW_INVALID', 'invalid', 'memberId', '不能评议自己', 'a member cannot review themselves');
  }
  const score = args.score;
  if (typeof score !== 'number' || !Number.isInteger(score) || score < 0 || score > 100) {
    throw refuse(
      'PEER_REVIEW_INVALID',
      'invalid',
      'score',
      '评分应为 0–100 的整数',
      'score must be an integer from 0 to 100',
    );
  }
  if (args.alreadyReviewed) {
    throw refuse(
      'PEER_REVIEW_DUPLICATE',
      'conflict',
      'memberId',
      '已评议过该党员',
      'you have already reviewed this member',
    );
  }
  return score;
}
