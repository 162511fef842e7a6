/** Names of the round and branch states (libs/domain/src/grading state machines) in both languages. */
export const STATE_LABELS: Record<string, { zh: string; en: string }> = {
  'deploy.pending': { zh: '待部署', en: 'Deploy pending' },
  'deploy.notified': { zh: '已通知待确认', en: 'Notified, awaiting acknowledgement' },
  'grade.collecting': { zh: '收集中', en: 'Collecting' },
  'grade.self-assessing': { zh: '自评中', en: 'Self-assessing' },
  'grade.awaiting-rating': { zh: '待上级评定', en: 'Awaiting rating' },
  'grade.rated': { zh: '已评定', en: 'Rated' },
  'grade.proposed': { zh: '已提出定级', en: 'Tier proposed' },
  'grade.publicity': { zh: '公示中', en: 'In publicity' },
  'grade.final': { zh: '定级完成', en: 'Tier final' },
  'rectify.open': { zh: '整改开启', en: 'Rectification open' },
  'rectify.plan-due': { zh: '待交整改方案', en: 'Plan due' },
  'rectify.plan-submitted': { zh: '方案已提交', en: 'Plan submitted' },
  'rectify.in-progress': { zh: '整改中', en: 'Rectifying' },
  'rectify.completed': { zh: '整改完成', en: 'Rectification done' },
  'accept.open': { zh: '验收中', en: 'Acceptance open' },
  'accept.done': { zh: '验收完成', en: 'Accepted' },
};

/** Names of the pledge states (libs/domain/src/pledge/pledge-state.ts) in both languages. */
export const PLEDGE_STATE_LABELS: Record<string, { zh: string; en: string }> = {
  proposed: { zh: '待审核', en: 'Awaiting review' },
  returned: { zh: '退回修改', en: 'Returned for revision' },
  approved: { zh: '已入台账，待公开', en: 'In the ledger, to publicise' },
  fulfilling: { zh: '履行中', en: 'Being fulfilled' },
  evaluating: { zh: '评议中', en: 'Being evaluated' },
  evaluated: { zh: '已评议，待反馈', en: 'Evaluated, feedback due' },
  closed: { zh: '已反馈', en: 'Closed' },
};

/** 先进 / 一般 / 后进 (libs/domain/src/grading/tier.ts). */
export const TIER_LABELS: Record<string, { zh: string; en: string }> = {
  advanced: { zh: '先进', en: 'Advanced' },
  average: { zh: '一般', en: 'Average' },
  lagging: { zh: '后进', en: 'Lagging' },
};

/** Approval task and approval statuses, and objection statuses, as the API names them. */
export const STATUS_LABELS: Record<string, { zh: string; en: string }> = {
  pending: { zh: '待办理', en: 'Pending' },
  approved: { zh: '已同意', en: 'Approved' },
  rejected: { zh: '不同意', en: 'Rejected' },
  removed: { zh: '已减签', en: 'Removed' },
  cancelled: { zh: '已取消', en: 'Cancelled' },
  discarded: { zh: '已作废', en: 'Discarded' },
  running: { zh: '审批中', en: 'In progress' },
  withdrawn: { zh: '已撤回', en: 'Withdrawn' },
  returned: { zh: '已退回发起人', en: 'Returned to the submitter' },
  open: { zh: '待处理', en: 'Open' },
  upheld: { zh: '已采纳', en: 'Upheld' },
};
