import { compositeScoreProblems, DomainError, type DomainErrorDetail, type GradingRules } from '@cxzy/domain';
import type { SubmitSelfAssessmentRequest, SubmitSuperiorRatingRequest } from '@cxzy/contracts';

const notReady = () =>
  new DomainError(
    'GRADING_BRANCH_NOT_READY',
    'conflict',
    {
      zhCN: '本党组织的评价指标尚在加载，请稍后再提交',
      en: 'the indicator sheet is still loading; submit again shortly',
    },
    'items',
  );

/** Checks one source with compositeScore's own rules; problems at `$.items.<key>` or `$.overall`. */
function assertSourceValid(
  source: 'self' | 'superior',
  scores: { items: Readonly<Record<string, number>> } | { overall: number },
  organisationCode: string,
  rules: GradingRules | undefined,
  what: { zhCN: string; en: string },
): void {
  if (!rules) throw notReady();
  const { problems } = compositeScoreProblems(
    { organisationCode, sources: { [source]: scores } },
    { sheet: rules.sheet, appraisalWeights: rules.appraisalWeights },
  );
  const prefix = `$.sources.${source}`;
  const own: DomainErrorDetail[] = problems
    .filter((p) => p.path.startsWith(prefix))
    .map((p) => ({ ...p, path: `$${p.path.slice(prefix.length)}` }));
  if (own.length === 0) return;
  throw new DomainError(
    own.every((p) => p.code === own[0]!.code) ? own[0]!.code : 'GRADING_SCORE_INVALID',
    'invalid',
    { zhCN: `党组织 ${organisationCode} 的${what.zhCN}有误`, en: `the ${what.en} of ${organisationCode} is not valid` },
    'items',
    own,
  );
}

/** 自评: every item of the sheet, each within its points. */
export function assertSelfAssessmentValid(
  request: SubmitSelfAssessmentRequest,
  organisationCode: string,
  rules: GradingRules | undefined,
): void {
  assertSourceValid('self', { items: request.items }, organisationCode, rules, { zhCN: '自评', en: 'self-assessment' });
}

/** 上级评定: item by item or one overall score, never both. */
export function assertSuperiorRatingValid(
  request: SubmitSuperiorRatingRequest,
  organisationCode: string,
  rules: GradingRules | undefined,
): void {
  if ((request.items === undefined) === (request.overall === undefined)) {
    throw new DomainError(
      'GRADING_RATING_SHAPE',
      'invalid',
      {
        zhCN: '上级评定须逐项打分或给出总分，二者选其一',
        en: 'rate item by item or give one overall score, not both and not neither',
      },
      'items',
    );
  }
  const scores = request.items !== undefined ? { items: request.items } : { overall: request.overall! };
  assertSourceValid('superior', scores, organisationCode, rules, { zhCN: '上级评定', en: 'superior rating' });
}
