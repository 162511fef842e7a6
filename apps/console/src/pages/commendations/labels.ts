/** Names of the 学习先进 phases and nomination states and the 三亮三比三评 values, in both languages. */
type Label = { zh: string; en: string };

export const PHASE_LABELS: Record<string, Label> = {
  nominate: { zh: '推荐', en: 'Nominating' },
  vet: { zh: '考察', en: 'Vetting' },
  publicise: { zh: '公示', en: 'Public notice' },
  decide: { zh: '审批', en: 'Deciding' },
  commended: { zh: '已表彰', en: 'Commended' },
  rejected: { zh: '未通过', en: 'Rejected' },
};

export const NOMINATION_LABELS: Record<string, Label> = {
  nominated: { zh: '已推荐', en: 'Nominated' },
  vetted: { zh: '考察通过', en: 'Vetted' },
  'not-vetted': { zh: '考察未通过', en: 'Not vetted' },
  publicised: { zh: '公示中', en: 'On notice' },
  withdrawn: { zh: '已撤销', en: 'Withdrawn' },
  approved: { zh: '已批准', en: 'Approved' },
  rejected: { zh: '未批准', en: 'Rejected' },
  commended: { zh: '已表彰', en: 'Commended' },
};

export const EVIDENCE_LABELS: Record<string, Label> = {
  'grading-tier': { zh: '定级结果（晋位升级评定编号）', en: 'Grading tier (grading round id)' },
  'pledge-evaluation': { zh: '承诺评议（承诺编号）', en: 'Pledge evaluation (pledge id)' },
  'campaign-result': { zh: '三亮三比三评结果（活动编号）', en: 'Campaign result (campaign id)' },
};

export const STANCE_LABELS: Record<string, Label> = {
  support: { zh: '赞成', en: 'Support' },
  oppose: { zh: '反对', en: 'Oppose' },
  abstain: { zh: '弃权', en: 'Abstain' },
};

export const OBJECTION_LABELS: Record<string, Label> = {
  open: { zh: '待处理', en: 'Open' },
  upheld: { zh: '成立（已撤销推荐）', en: 'Upheld (nomination withdrawn)' },
  rejected: { zh: '不成立', en: 'Rejected' },
};

/** The phase an administrator moves a round to from `phase` (null: none by hand). */
export const NEXT_PHASE: Record<string, 'vet' | 'publicise' | 'decide' | undefined> = {
  nominate: 'vet',
  vet: 'publicise',
  publicise: 'decide',
};

export const label = (labels: Record<string, Label>, key: string, pick: (zh: string, en: string) => string) =>
  labels[key] ? pick(labels[key].zh, labels[key].en) : key;
