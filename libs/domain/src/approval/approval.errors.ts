import { DomainError, type DomainErrorKind } from '../domain.error.js';

const refuse = (code: string, kind: DomainErrorKind, zhCN: string, en: string, field: string): DomainError =>
  new DomainError(code, kind, { zhCN, en }, field);

/** Every refusal of an approval operation: a stable code, zh-CN and English, and the field it concerns. */
export const approvalErrors = {
  processNotRunning: (status: string) =>
    refuse(
      'APPROVAL_NOT_RUNNING',
      'conflict',
      `审批已结束（${status}），不能再办理`,
      `the approval has ended (${status})`,
      'status',
    ),
  taskNotFound: (taskId: string) =>
    refuse(
      'APPROVAL_TASK_NOT_FOUND',
      'not-found',
      `审批任务不存在：${taskId}`,
      `no such approval task: ${taskId}`,
      'taskId',
    ),
  taskNotOpen: (taskId: string) =>
    refuse(
      'APPROVAL_TASK_NOT_OPEN',
      'conflict',
      `任务 ${taskId} 已办结或不在当前环节，不能办理`,
      `task ${taskId} is decided or not in the current step`,
      'taskId',
    ),
  taskWaiting: (taskId: string) =>
    refuse(
      'APPROVAL_TASK_WAITING',
      'conflict',
      `任务 ${taskId} 须等前序审批人办理后才能办理`,
      `task ${taskId} waits for an earlier signer`,
      'taskId',
    ),
  notAssignee: (taskId: string) =>
    refuse(
      'APPROVAL_NOT_ASSIGNEE',
      'forbidden',
      `您不是任务 ${taskId} 的办理人`,
      `you do not hold task ${taskId}`,
      'actor',
    ),
  delegationPending: (taskId: string) =>
    refuse(
      'APPROVAL_DELEGATION_PENDING',
      'conflict',
      `任务 ${taskId} 已委派他人，须等被委派人办理完退回后再决定`,
      `task ${taskId} is delegated; it must come back before you decide`,
      'taskId',
    ),
  notDelegate: (taskId: string) =>
    refuse(
      'APPROVAL_NOT_DELEGATE',
      'forbidden',
      `您不是任务 ${taskId} 的被委派人`,
      `you are not the delegate of task ${taskId}`,
      'actor',
    ),
  selfTarget: (field: string) =>
    refuse(
      'APPROVAL_TARGET_SELF',
      'invalid',
      '不能转给自己或当前办理人',
      'the target cannot be yourself or the current holder',
      field,
    ),
  alreadySigner: (userId: string, field: string) =>
    refuse(
      'APPROVAL_ALREADY_SIGNER',
      'conflict',
      `${userId} 已是本环节的审批人`,
      `${userId} already signs this step`,
      field,
    ),
  positionNotAllowed: (position: string) =>
    refuse(
      'APPROVAL_ADD_SIGNER_NOT_ALLOWED',
      'forbidden',
      `本环节不允许${position === 'before' ? '前' : position === 'after' ? '后' : '并'}加签（${position}）`,
      `this step does not allow adding a signer ${position}`,
      'position',
    ),
  tooManyAdded: (max: number) =>
    refuse(
      'APPROVAL_ADD_SIGNER_LIMIT',
      'conflict',
      `本环节最多加签 ${max} 人`,
      `at most ${max} signers may be added to this step`,
      'signer',
    ),
  removeNotAllowed: (taskId: string) =>
    refuse(
      'APPROVAL_REMOVE_SIGNER_NOT_ALLOWED',
      'forbidden',
      `不能减去任务 ${taskId} 的审批人：只能减去自己加签的人，或流程定义允许减签`,
      `cannot remove the signer of ${taskId}: only one you added, or when the definition allows it`,
      'taskId',
    ),
  quorumUnreachable: (stepKey: string) =>
    refuse(
      'APPROVAL_QUORUM_UNREACHABLE',
      'conflict',
      `减签后环节 ${stepKey} 的审批人数不足以达到通过要求`,
      `after removing, step ${stepKey} could no longer reach its quorum`,
      'taskId',
    ),
  returnTargetInvalid: (stepKey: string) =>
    refuse(
      'APPROVAL_RETURN_TARGET_INVALID',
      'invalid',
      `只能退回到已经过的前序环节，${stepKey} 不是`,
      `a return must go to an earlier step; ${stepKey} is not one`,
      'toStep',
    ),
  reasonRequired: () =>
    refuse(
      'APPROVAL_REASON_REQUIRED',
      'invalid',
      '驳回或退回必须填写理由',
      'a rejection or return needs a reason',
      'comment.text',
    ),
  commentRequired: () =>
    refuse('APPROVAL_COMMENT_REQUIRED', 'invalid', '意见内容不能为空', 'the comment text is required', 'comment.text'),
  commentTooLong: (max: number) =>
    refuse(
      'APPROVAL_COMMENT_TOO_LONG',
      'invalid',
      `意见不超过 ${max} 字`,
      `a comment is at most ${max} characters`,
      'comment.text',
    ),
  attachmentsInvalid: (max: number) =>
    refuse(
      'APPROVAL_ATTACHMENTS_INVALID',
      'invalid',
      `附件最多 ${max} 个，每个为非空的文件引用`,
      `at most ${max} attachments, each a non-blank file reference`,
      'comment.attachments',
    ),
  notSubmitter: () =>
    refuse('APPROVAL_NOT_SUBMITTER', 'forbidden', '只有发起人可以撤回', 'only the submitter may withdraw', 'actor'),
  alreadyActed: () =>
    refuse(
      'APPROVAL_ALREADY_ACTED',
      'conflict',
      '已有人办理，不能撤回',
      'someone has already acted on it; it cannot be withdrawn',
      'status',
    ),
  notAllowedToUrge: () =>
    refuse(
      'APPROVAL_URGE_FORBIDDEN',
      'forbidden',
      '只有发起人或督办人可以催办',
      'only the submitter or a supervisor may urge',
      'actor',
    ),
  urgedTooSoon: (minutes: number, nextAt: string) =>
    refuse(
      'APPROVAL_URGE_TOO_SOON',
      'rate-limited',
      `每 ${minutes} 分钟最多催办一次，下次可于 ${nextAt} 后催办`,
      `at most one urge per ${minutes} minutes; next after ${nextAt}`,
      'taskId',
    ),
  notParticipant: () =>
    refuse(
      'APPROVAL_NOT_PARTICIPANT',
      'forbidden',
      '只有发起人或审批人可以抄送或发表意见',
      'only the submitter or a signer may do this',
      'actor',
    ),
  ccInvalid: () =>
    refuse('APPROVAL_CC_INVALID', 'invalid', '抄送人应为 1–50 个不重复的用户', 'copy 1–50 distinct users', 'userIds'),
  ccAlready: () =>
    refuse('APPROVAL_CC_ALREADY', 'conflict', '所选人员均已抄送', 'everyone chosen is already copied', 'userIds'),
  notResubmittable: (status: string) =>
    refuse(
      'APPROVAL_NOT_RESUBMITTABLE',
      'conflict',
      `审批${status === 'approved' ? '已通过' : '仍在办理中'}，不能重新提交`,
      `the approval is ${status === 'approved' ? 'approved' : 'still running'}; it cannot be re-submitted`,
      'status',
    ),
  stepsInvalid: (zhCN: string, en: string) => refuse('APPROVAL_STEPS_INVALID', 'invalid', zhCN, en, 'steps'),
};
