/** The texts of the pledge ledger, 公示 and evaluation pages and of evidence upload (zh-CN first, en); part of `messages`. */
export const pledgeMessages = {
  // ledger (台账)
  navPledgeLedger: { zh: '承诺台账', en: 'Pledge ledger' },
  pledgeLedger: { zh: '承诺台账', en: 'Pledge ledger' },
  allYears: { zh: '全部年度', en: 'All years' },
  ledgerVersion: { zh: '台账版本', en: 'Ledger version' },
  amendmentReason: { zh: '修订理由', en: 'Reason for the amendment' },
  recordedAt: { zh: '登记时间', en: 'Recorded at' },
  pledgeState: { zh: '承诺状态', en: 'State' },
  evaluationResult: { zh: '评议结果', en: 'Evaluation result' },
  noLedgerLines: { zh: '台账中暂无承诺', en: 'No pledge in the ledger yet' },
  ledgerLineCount: { zh: '共 {n} 条台账记录', en: '{n} ledger lines' },
  noLedgerRole: {
    zh: '您没有党组织的角色，无法查看台账',
    en: 'You hold no role in a branch, so there is no ledger to show',
  },
  // 公示
  navPledgeBoard: { zh: '承诺公示', en: 'Pledges on display' },
  pledgeBoard: { zh: '承诺公示', en: 'Pledges on display' },
  pledgeBoardIntro: {
    zh: '本支部公开的承诺（公示期内）。承诺进入评议后，可打开承诺进行自评或互评。',
    en: 'The branch’s publicised pledges (while on display). Once a pledge is being evaluated, open it to evaluate it yourself or as a peer.',
  },
  noBoardEntries: { zh: '暂无公示中的承诺', en: 'No pledge on display' },
  publishedAt: { zh: '公示时间', en: 'On display since' },
  expiresAt: { zh: '公示截止', en: 'On display until' },
  openToEvaluate: { zh: '查看 / 评议', en: 'View / evaluate' },
  // evaluation (自评 / 互评)
  evaluations: { zh: '评议情况', en: 'Evaluations' },
  noEvaluations: { zh: '尚无评议', en: 'No evaluation yet' },
  evaluationSource: { zh: '评议类别', en: 'Kind' },
  evaluator: { zh: '评议人', en: 'Evaluator' },
  sourceSelf: { zh: '个人自评', en: 'Self-evaluation' },
  sourcePeer: { zh: '党员互评', en: 'Peer evaluation' },
  sourcePublic: { zh: '群众评议', en: 'Public evaluation' },
  sourceLeader: { zh: '领导点评', en: 'Leader comment' },
  selfEvaluation: { zh: '个人自评', en: 'Self-evaluation' },
  selfEvaluationHint: {
    zh: '承诺党员对照承诺事项给自己打分（百分制）。',
    en: 'The pledging member scores how they kept the pledge (0–100).',
  },
  peerEvaluation: { zh: '党员互评', en: 'Peer evaluation' },
  peerEvaluationHint: {
    zh: '本支部其他党员对该承诺打分（百分制）；评议人选择您本人。',
    en: 'Another member of the branch scores this pledge (0–100); pick yourself as the evaluator.',
  },
  evaluationScore: { zh: '得分（0–100）', en: 'Score (0–100)' },
  evaluationComment: { zh: '评议意见（选填）', en: 'Comment (optional)' },
  submitEvaluation: { zh: '提交评议', en: 'Submit the evaluation' },
  evaluationRecorded: { zh: '评议已提交', en: 'The evaluation was recorded' },
  resultScore: { zh: '{score} 分 · {band}', en: '{score} points · {band}' },
  // self-assessment evidence
  evidence: { zh: '佐证材料', en: 'Evidence' },
  evidenceHint: {
    zh: '每个子项可上传佐证材料（PDF、图片、Word、Excel、PowerPoint，单个不超过 {mb} MB），提交自评时一并引用。',
    en: 'Upload evidence per item (PDF, image, Word, Excel, PowerPoint; up to {mb} MB each); the self-assessment refers to it.',
  },
  uploadEvidence: { zh: '上传佐证', en: 'Upload evidence' },
  evidenceUploaded: { zh: '已上传：{name}', en: 'Uploaded: {name}' },
  noEvidence: { zh: '未上传', en: 'None uploaded' },
  download: { zh: '下载', en: 'Download' },
} as const;
