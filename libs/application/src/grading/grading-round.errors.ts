import { DomainError } from '@cxzy/domain';

export const gradingRoundNotFound = (id: string): DomainError =>
  new DomainError(
    'GRADING_ROUND_NOT_FOUND',
    'not-found',
    { zhCN: `未找到晋位升级轮次 ${id}`, en: `grading round ${id} not found` },
    'roundId',
  );

export const notAGradingUnit = (code: string): DomainError =>
  new DomainError(
    'GRADING_UNIT_NOT_GRADING_UNIT',
    'invalid',
    {
      zhCN: `${code} 不是组织实施单位，不能部署晋位升级`,
      en: `${code} is not a grading unit; it cannot launch a round`,
    },
    'gradingUnitId',
  );

export const nothingInScope = (code: string): DomainError =>
  new DomainError(
    'GRADING_ROUND_EMPTY',
    'invalid',
    { zhCN: `${code} 下没有基层党组织，无需部署`, en: `${code} has no branches to grade` },
    'gradingUnitId',
  );

export const acknowledgeByInvalid = (): DomainError =>
  new DomainError(
    'GRADING_ACKNOWLEDGE_BY_INVALID',
    'invalid',
    { zhCN: '确认期限须晚于当前时间', en: 'the acknowledgement deadline must be in the future' },
    'acknowledgeBy',
  );

export const branchNotInRound = (roundId: string, organisationId: string): DomainError =>
  new DomainError(
    'GRADING_BRANCH_NOT_IN_ROUND',
    'not-found',
    {
      zhCN: `党组织 ${organisationId} 不在晋位升级轮次 ${roundId} 中`,
      en: `organisation ${organisationId} is not in grading round ${roundId}`,
    },
    'orgId',
  );

export const notOnLeadingLine = (actor: string, organisationId: string): DomainError =>
  new DomainError('GRADING_ACTOR_NOT_ON_LEADING_LINE', 'forbidden', {
    zhCN: `${actor} 不是该党组织（${organisationId}）领导线上的上级党组织负责人，不能评定`,
    en: `${actor} is not a supervisor on the leading line of organisation ${organisationId}`,
  });

export const notBranchSecretary = (actor: string, organisationId: string): DomainError =>
  new DomainError('GRADING_ACTOR_NOT_BRANCH_SECRETARY', 'forbidden', {
    zhCN: `${actor} 不是该党组织（${organisationId}）的书记，不能办理`,
    en: `${actor} is not the secretary of organisation ${organisationId}`,
  });

export const roundNotCollecting = (state: string): DomainError =>
  new DomainError(
    'GRADING_APPRAISAL_CLOSED',
    'conflict',
    {
      zhCN: `本轮当前状态为 ${state}，不在党员群众评议期间`,
      en: `the round is ${state}; appraisals are taken only while it collects (grade.collecting)`,
    },
    'roundId',
  );

export const alreadyAppraised = (): DomainError =>
  new DomainError(
    'GRADING_ALREADY_APPRAISED',
    'conflict',
    { zhCN: '您已评议过该党组织', en: 'you have already appraised this branch' },
    'actor',
  );

export const objectionOutsidePublicity = (): DomainError =>
  new DomainError(
    'OBJECTION_OUTSIDE_PUBLICITY',
    'conflict',
    { zhCN: '异议应在公示期内提出', en: 'objections are taken during the publicity period only' },
    'roundId',
  );

export const objectionNotFound = (id: string): DomainError =>
  new DomainError(
    'OBJECTION_NOT_FOUND',
    'not-found',
    { zhCN: `未找到异议 ${id}`, en: `objection ${id} not found` },
    'objectionId',
  );

export const branchNotClassified = (organisationId: string): DomainError =>
  new DomainError(
    'GRADING_BRANCH_NOT_CLASSIFIED',
    'conflict',
    {
      zhCN: `党组织 ${organisationId} 尚无拟定等次，不能对其提出异议`,
      en: `organisation ${organisationId} has no proposed tier to object to`,
    },
    'orgId',
  );

export const branchClosed = (organisationId: string): DomainError =>
  new DomainError(
    'GRADING_BRANCH_CLOSED',
    'conflict',
    {
      zhCN: `党组织 ${organisationId} 本轮晋位升级已考核验收完毕，不能再操作`,
      en: `branch ${organisationId} has been accepted; its round is over`,
    },
    'action',
  );

/** The branch is enrolled but its workflow has not started yet (the fan-out runs in pages): try again shortly. */
export const branchNotStarted = (organisationId: string): DomainError =>
  new DomainError(
    'GRADING_BRANCH_NOT_STARTED',
    'conflict',
    {
      zhCN: `党组织 ${organisationId} 的本轮流程正在启动，请稍后再试`,
      en: `branch ${organisationId} is still being started in this round; try again shortly`,
    },
    'organisationId',
  );

/**
 * 403 for a round's unit-wide results (every branch's score, rank and tier, the tier distribution,
 * the objections) read by anyone but the grading unit's administrators and supervisors.
 */
export const roundResultsOutOfScope = (): DomainError =>
  new DomainError('GRADING_RESULTS_OUT_OF_SCOPE', 'forbidden', {
    zhCN: '本轮的得分、排名、等次和异议只向本组织实施单位的组织部门管理员和上级党组织开放',
    en: "a round's scores, ranks, tiers and objections are read only by its grading unit's administrators and supervisors",
  });
