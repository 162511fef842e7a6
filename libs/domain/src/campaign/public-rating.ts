import { DomainError } from '../domain.error.js';
import type { CampaignRules } from '../pipeline/pipeline-definition.types.js';

/** 网上投票 — the online vote of a public rating. */
export const PUBLIC_VOTES = ['satisfied', 'basically-satisfied', 'dissatisfied'] as const;
export type PublicVote = (typeof PUBLIC_VOTES)[number];

export const SUGGESTION_MAX_LENGTH = 1000;

/**
 * One 三评 public rating, spent from one public token: 电子评价 score (0–100), 网上投票, and the
 * 意见箱 text (a suggestion; `complaint` marks it as a complaint about the unit's service).
 */
export interface PublicRating {
  readonly score: number;
  readonly vote: PublicVote;
  readonly suggestion: string | null;
  readonly complaint: boolean;
}

const invalid = (field: string, zhCN: string, en: string) =>
  new DomainError('PUBLIC_RATING_INVALID', 'invalid', { zhCN, en }, field);

/** Checks a rating from the public (any JSON); returns it trimmed or throws naming the field. */
export function checkPublicRating(input: {
  score: unknown;
  vote: unknown;
  suggestion?: unknown;
  complaint?: unknown;
}): PublicRating {
  const { score, vote } = input;
  if (typeof score !== 'number' || !Number.isInteger(score) || score < 0 || score > 100) {
    throw invalid('score', '评分应为 0–100 的整数', 'score must be an integer from 0 to 100');
  }
  if (typeof vote !== 'string' || !(PUBLIC_VOTES as readonly string[]).includes(vote)) {
    throw invalid('vote', '投票应为 满意 / 基本满意 / 不满意', `vote must be one of ${PUBLIC_VOTES.join(', ')}`);
  }
  const raw = input.suggestion ?? null;
  if (raw !== null && typeof raw !== 'string') throw invalid('suggestion', '意见应为文本', 'suggestion must be text');
  const suggestion = raw === null || raw.trim() === '' ? null : raw.trim();
  if (suggestion !== null && suggestion.length > SUGGESTION_MAX_LENGTH) {
    throw invalid(
      'suggestion',
      `意见不能超过 ${SUGGESTION_MAX_LENGTH} 字`,
      `suggestion must be at most ${SUGGESTION_MAX_LENGTH} characters`,
    );
  }
  const complaint = input.complaint ?? false;
  if (typeof complaint !== 'boolean')
    throw invalid('complaint', '投诉标记应为是或否', 'complaint must be true or false');
  if (complaint && suggestion === null) {
    throw invalid('suggestion', '投诉须写明问题', 'a complaint must say what went wrong (suggestion)');
  }
  return { score, vote: vote as PublicVote, suggestion, complaint };
}

export type FollowUpReason = 'low-score' | 'complaint';

/**
 * 整改存在问题: a complaint, or a score below the configured line, opens a follow-up task for the
 * unit. A complaint wins the reason when both hold (it carries the text to act on).
 */
export function followUpReason(
  rating: PublicRating,
  rules: Pick<CampaignRules, 'lowPublicScoreBelow'>,
): FollowUpReason | null {
  if (rating.complaint) return 'complaint';
  if (rating.score < rules.lowPublicScoreBelow) return 'low-score';
  return null;
}
