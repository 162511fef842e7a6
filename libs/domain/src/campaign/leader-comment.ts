import { DomainError } from '../domain.error.js';

/** 领导点评: 集体点评, 个别点评, 随机点评, 现场点评 (document 2). */
export const LEADER_COMMENT_KINDS = ['collective', 'individual', 'random', 'on-site'] as const;
export type LeaderCommentKind = (typeof LEADER_COMMENT_KINDS)[number];

export const LEADER_COMMENT_MAX_LENGTH = 2000;

export interface LeaderComment {
  readonly kind: LeaderCommentKind;
  /** The member commented on; null for a comment on the whole unit (collective). */
  readonly memberId: string | null;
  readonly score: number;
  readonly text: string;
}

const invalid = (field: string, zhCN: string, en: string) =>
  new DomainError('LEADER_COMMENT_INVALID', 'invalid', { zhCN, en }, field);

/** A collective comment is on the unit; an individual one names a member; the others may do either. */
export function checkLeaderComment(input: {
  kind: unknown;
  memberId?: unknown;
  score: unknown;
  text: unknown;
}): LeaderComment {
  if (typeof input.kind !== 'string' || !(LEADER_COMMENT_KINDS as readonly string[]).includes(input.kind)) {
    throw invalid(
      'kind',
      '点评方式应为 集体 / 个别 / 随机 / 现场',
      `kind must be one of ${LEADER_COMMENT_KINDS.join(', ')}`,
    );
  }
  const kind = input.kind as LeaderCommentKind;
  const memberId = input.memberId ?? null;
  if (memberId !== null && (typeof memberId !== 'string' || memberId.trim() === '')) {
    throw invalid('memberId', '党员标识无效', 'memberId must be a member id');
  }
  if (kind === 'collective' && memberId !== null) {
    throw invalid(
      'memberId',
      '集体点评针对整个单位，不能指定党员',
      'a collective comment is on the unit, not one member',
    );
  }
  if (kind === 'individual' && memberId === null) {
    throw invalid('memberId', '个别点评须指定党员', 'an individual comment names a member');
  }
  if (typeof input.score !== 'number' || !Number.isInteger(input.score) || input.score < 0 || input.score > 100) {
    throw invalid('score', '评分应为 0–100 的整数', 'score must be an integer from 0 to 100');
  }
  if (typeof input.text !== 'string' || input.text.trim() === '' || input.text.length > LEADER_COMMENT_MAX_LENGTH) {
    throw invalid(
      'text',
      `点评内容应为 1–${LEADER_COMMENT_MAX_LENGTH} 字`,
      `text must be 1–${LEADER_COMMENT_MAX_LENGTH} characters`,
    );
  }
  return { kind, memberId: memberId as string | null, score: input.score, text: input.text.trim() };
}
