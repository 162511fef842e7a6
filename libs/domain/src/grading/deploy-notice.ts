import type { LocalizedText } from '../domain.error.js';
import type { IndicatorSheet } from '../pipeline/pipeline-definition.types.js';
import { formatBeijingTime } from '../notification/notification-template.js';

/**
 * 部署通知 — what each branch receives when a round is deployed: the round, its indicator sheet
 * (the seven indicators and their weights) and when to acknowledge it.
 */
export function renderDeployNotice(args: {
  readonly year: number;
  readonly sheet: IndicatorSheet;
  readonly acknowledgeBy: string;
  readonly link: string;
}): { title: LocalizedText; body: LocalizedText; link: string } {
  const by = formatBeijingTime(args.acknowledgeBy);
  const indicators = args.sheet.indicators;
  return {
    title: {
      zhCN: `【部署】${args.year}年度基层党组织晋位升级`,
      en: `[Deploy] the ${args.year} grading round`,
    },
    body: {
      zhCN: `${args.year}年度晋位升级已部署。评价指标：${indicators.map((i) => `${i.name.zhCN}（${i.weight}分）`).join('、')}。请于 ${by.zhCN} 前确认收到，并开展自评。`,
      en: `The ${args.year} grading round is deployed. Indicators: ${indicators.map((i) => `${i.name.en} (${i.weight})`).join(', ')}. Please acknowledge by ${by.en}, then assess your branch.`,
    },
    link: args.link,
  };
}
