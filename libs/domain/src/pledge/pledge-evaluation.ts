import { DomainError, type LocalizedText } from '../domain.error.js';
import type { AppraisalWeights } from '../pipeline/pipeline-definition.types.js';

/**
 * 评议承诺 (document 1, part 三; SPEC §6 rule 18): 个人自评, 党员互评, 群众评议, 领导点评. Each gives
 * a score out of 100; the leader comment must name both 成绩 and 问题与方向. The result is the
 * weighted mean banded into 好 / 较好 / 一般 / 差 (practice defaults, configurable).
 */
export const EVALUATION_SOURCES = ['self', 'peer', 'public', 'leader'] as const;
export type EvaluationSource = (typeof EVALUATION_SOURCES)[number];

export const EVALUATION_SOURCE_NAMES: Readonly<Record<EvaluationSource, LocalizedText>> = {
  self: { zhCN: '个人自评', en: 'self-evaluation' },
  peer: { zhCN: '党员互评', en: 'peer evaluation' },
  public: { zhCN: '群众评议', en: 'public evaluation' },
  leader: { zhCN: '领导点评', en: 'leader comment' },
};

export interface PledgeEvaluation {
  readonly source: EvaluationSource;
  /** Member id (self, peer), user id (leader) or the token's id (public). */
  readonly evaluatorId: string;
  readonly score: number;
  readonly comment: string | null;
  /** 成绩 — required on the leader comment. */
  readonly achievements: string | null;
  /** 问题与方向 — required on the leader comment. */
  readonly problemsAndDirection: string | null;
}

/** Weights per source in percent, adding up to 100. */
export type EvaluationWeights = Readonly<Record<EvaluationSource, number>>;

/** 默认值，可配置: self 20, peers 20, public 20, leader 40. */
export const DEFAULT_EVALUATION_WEIGHTS: EvaluationWeights = { self: 20, peer: 20, public: 20, leader: 40 };

/**
 * The definition's appraisal weights (自评 / 党员群众评议 / 上级评定) as the four pledge sources: the
 * members-and-public share is split evenly between peers and the public; without weights in the
 * definition, the defaults apply.
 */
export function evaluationWeightsFrom(appraisal: AppraisalWeights | undefined): EvaluationWeights {
  if (!appraisal) return DEFAULT_EVALUATION_WEIGHTS;
  return {
    self: appraisal.self,
    peer: appraisal.membersAndPublic / 2,
    public: appraisal.membersAndPublic / 2,
    leader: appraisal.superior,
  };
}

/** The sources without which an evaluation cannot conclude; the public's is optional (its weight is shared out). */
export const REQUIRED_EVALUATION_SOURCES: readonly EvaluationSource[] = ['self', 'peer', 'leader'];

export interface ResultBand {
  readonly key: string;
  readonly name: LocalizedText;
  /** A mean score at or above this falls in the band (bands sorted from the highest). */
  readonly minScore: number;
}

export const DEFAULT_RESULT_BANDS: readonly ResultBand[] = [
  { key: 'excellent', name: { zhCN: '好', en: 'excellent' }, minScore: 90 },
  { key: 'good', name: { zhCN: '较好', en: 'good' }, minScore: 75 },
  { key: 'fair', name: { zhCN: '一般', en: 'fair' }, minScore: 60 },
  { key: 'poor', name: { zhCN: '差', en: 'poor' }, minScore: 0 },
];

const invalid = (code: string, field: string, zhCN: string, en: string) =>
  new DomainError(code, 'invalid', { zhCN, en }, field);

export interface EvaluationContext {
  /** The members bound by the pledge (self-evaluation is theirs). */
  readonly pledgeMemberIds: readonly string[];
  /** Members of the branch where it was pledged; peers must be among them and not bound by it. */
  readonly branchMemberIds: readonly string[] | null;
  readonly existing: readonly PledgeEvaluation[];
}

/** Every problem of one evaluation against the ones already given (400/422 at the edge). */
export function checkEvaluation(evaluation: PledgeEvaluation, context: EvaluationContext): DomainError[] {
  const errors: DomainError[] = [];
  if (!Number.isFinite(evaluation.score) || evaluation.score < 0 || evaluation.score > 100)
    errors.push(invalid('EVALUATION_SCORE', 'score', '评分须在 0 至 100 之间', 'the score is between 0 and 100'));
  const { source, evaluatorId } = evaluation;
  if (source === 'self' && context.pledgeMemberIds.length > 0 && !context.pledgeMemberIds.includes(evaluatorId))
    errors.push(
      invalid(
        'EVALUATION_SELF_NOT_PLEDGER',
        'evaluatorId',
        '个人自评须由承诺党员本人作出',
        'only a pledging member self-evaluates',
      ),
    );
  if (source === 'peer') {
    if (context.pledgeMemberIds.includes(evaluatorId))
      errors.push(
        invalid(
          'EVALUATION_PEER_IS_PLEDGER',
          'evaluatorId',
          '党员互评不能评自己的承诺',
          'a member does not peer-evaluate their own pledge',
        ),
      );
    else if (context.branchMemberIds && !context.branchMemberIds.includes(evaluatorId))
      errors.push(
        invalid(
          'EVALUATION_PEER_NOT_IN_BRANCH',
          'evaluatorId',
          '党员互评须由本支部党员作出',
          'peers are members of the branch',
        ),
      );
  }
  if (source === 'leader') {
    if (!evaluation.achievements?.trim())
      errors.push(
        invalid(
          'EVALUATION_LEADER_ACHIEVEMENTS',
          'achievements',
          '领导点评须肯定成绩',
          'the leader comment names the achievements (成绩)',
        ),
      );
    if (!evaluation.problemsAndDirection?.trim())
      errors.push(
        invalid(
          'EVALUATION_LEADER_PROBLEMS',
          'problemsAndDirection',
          '领导点评须指出存在的问题和努力方向',
          'the leader comment names the problems and the way forward (问题与方向)',
        ),
      );
  }
  if (context.existing.some((e) => e.source === source && e.evaluatorId === evaluatorId))
    errors.push(
      new DomainError(
        'EVALUATION_ALREADY_GIVEN',
        'conflict',
        {
          zhCN: `${EVALUATION_SOURCE_NAMES[source].zhCN}已提交，不能重复评议`,
          en: `this ${EVALUATION_SOURCE_NAMES[source].en} was already given`,
        },
        'evaluatorId',
      ),
    );
  return errors;
}

export interface EvaluationResult {
  /** Weighted mean, two decimals. */
  readonly score: number;
  readonly band: ResultBand;
  /** Mean score per source present. */
  readonly bySource: Partial<Record<EvaluationSource, number>>;
  /** The weights actually applied (a missing optional source's weight shared out in proportion). */
  readonly weights: Partial<Record<EvaluationSource, number>>;
}

/** The sources still missing before the evaluation may conclude (empty = ready). */
export const missingEvaluationSources = (evaluations: readonly PledgeEvaluation[]): EvaluationSource[] =>
  REQUIRED_EVALUATION_SOURCES.filter((s) => !evaluations.some((e) => e.source === s));

/** 评议结果: the mean of each source, weighted; refuses (422) while a required source is missing. */
export function computeEvaluationResult(
  evaluations: readonly PledgeEvaluation[],
  weights: EvaluationWeights = DEFAULT_EVALUATION_WEIGHTS,
  bands: readonly ResultBand[] = DEFAULT_RESULT_BANDS,
): EvaluationResult {
  const missing = missingEvaluationSources(evaluations);
  if (missing.length > 0)
    throw new DomainError(
      'EVALUATION_INCOMPLETE',
      'invalid',
      {
        zhCN: `评议尚缺：${missing.map((m) => EVALUATION_SOURCE_NAMES[m].zhCN).join('、')}`,
        en: `the evaluation still lacks: ${missing.map((m) => EVALUATION_SOURCE_NAMES[m].en).join(', ')}`,
      },
      'evaluations',
    );
  const bySource: Partial<Record<EvaluationSource, number>> = {};
  for (const source of EVALUATION_SOURCES) {
    const scores = evaluations.filter((e) => e.source === source).map((e) => e.score);
    if (scores.length > 0) bySource[source] = scores.reduce((a, b) => a + b, 0) / scores.length;
  }
  const present = EVALUATION_SOURCES.filter((s) => bySource[s] !== undefined && weights[s] > 0);
  const total = present.reduce((sum, s) => sum + weights[s], 0);
  const applied: Partial<Record<EvaluationSource, number>> = {};
  let score = 0;
  for (const source of present) {
    applied[source] = (weights[source] / total) * 100;
    score += (bySource[source] ?? 0) * (weights[source] / total);
  }
  const rounded = Math.round(score * 100) / 100;
  const sorted = [...bands].sort((a, b) => b.minScore - a.minScore);
  const band = sorted.find((b) => rounded >= b.minScore) ?? sorted[sorted.length - 1];
  if (!band) throw new RangeError('no result bands');
  return { score: rounded, band, bySource, weights: applied };
}
