/** The frame around every page: breadcrumbs, the page names they show, the refusal of a page. */
export const shellMessages = {
  home: { zh: '首页', en: 'Home' },
  breadcrumb: { zh: '当前位置', en: 'You are here' },
  mainMenu: { zh: '主菜单', en: 'Main menu' },
  forbiddenTitle: { zh: '无权访问此页面', en: 'You may not open this page' },
  forbiddenDetail: {
    zh: '此页面属于其他角色（如管理员）。如需使用，请联系本单位的系统管理员授权。',
    en: "This page belongs to another role (an administrator's, for instance). Ask your unit's administrator for access.",
  },
  pageRoundDashboard: { zh: '轮次看板', en: 'Round dashboard' },
  pageBranchRound: { zh: '支部晋位升级', en: 'Branch in the round' },
  pageRectification: { zh: '整改', en: 'Rectification' },
  pageClassification: { zh: '等次审定', en: 'Tier classification' },
  pagePledge: { zh: '承诺详情', en: 'Pledge' },
  pageCommendation: { zh: '评选详情', en: 'Commendation round' },
  pageCampaign: { zh: '活动详情', en: 'Campaign' },
  definitionSteps: { zh: '流程环节', en: 'Steps' },
  definitionIndicatorSheet: { zh: '指标体系', en: 'Indicator sheet' },
  draftHasProblems: {
    zh: '有 {n} 处问题需修改（见标红处），修改后才能发布',
    en: '{n} problems to fix (marked in red) before it can be published',
  },
} as const;
