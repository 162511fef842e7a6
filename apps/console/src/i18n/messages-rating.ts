/** The public rating page (群众评议), read on a phone by anyone with the link. */
export const ratingMessages = {
  rateWhat: { zh: '评议对象', en: 'What you are rating' },
  ratePublishedBy: { zh: '发布单位', en: 'Published by' },
  ratePledgeKind: { zh: '{year}年{kind}', en: '{kind}, {year}' },
  kindAnnual: { zh: '年度承诺', en: 'Annual pledge' },
  kindInstant: { zh: '即时承诺', en: 'Instant pledge' },
  ratePledgeItems: { zh: '承诺事项', en: 'Pledged' },
  rateLinkValidUntil: { zh: '链接有效期至 {date}', en: 'The link is valid until {date}' },
  rateLinkUsed: {
    zh: '该评议链接已使用过，每个链接只能评议一次。',
    en: 'This link was already used: each link rates once.',
  },
  rateChooseScore: { zh: '请选择或填写分数（0–100）', en: 'Choose or enter a score (0–100)' },
  rateQuickScores: { zh: '常用分数', en: 'Quick scores' },
} as const;
