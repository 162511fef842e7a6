import type { LocalizedText } from '../domain.error.js';
import { formatBeijingTime } from './notification-template.js';

/** One open step in a digest. */
export interface DigestItem {
  readonly process: LocalizedText;
  readonly step: LocalizedText;
  readonly deadlineAt: string;
  readonly link: string;
}

/**
 * 每日待办提醒 — what an organisation has overdue and due soon, in one message a day, overdue
 * first (the order the branch should work in).
 */
export function renderDailyDigest(input: {
  readonly organisationName: string;
  readonly date: string; // YYYY-MM-DD, Beijing
  readonly asOf: string; // ISO instant: before it is overdue
  readonly items: readonly DigestItem[];
}): { title: LocalizedText; body: LocalizedText } {
  const asOf = Date.parse(input.asOf);
  const sorted = [...input.items].sort((a, b) => a.deadlineAt.localeCompare(b.deadlineAt));
  const overdue = sorted.filter((i) => Date.parse(i.deadlineAt) < asOf);
  const dueSoon = sorted.filter((i) => Date.parse(i.deadlineAt) >= asOf);
  const line = (i: DigestItem, zh: boolean) => {
    const when = formatBeijingTime(i.deadlineAt);
    return zh
      ? `· ${i.process.zhCN}「${i.step.zhCN}」截止 ${when.zhCN}  ${i.link}`
      : `- ${i.process.en}: ${i.step.en}, due ${when.en}  ${i.link}`;
  };
  const section = (title: string, items: DigestItem[], zh: boolean) =>
    items.length ? [title, ...items.map((i) => line(i, zh))] : [];
  return {
    title: {
      zhCN: `【每日待办】${input.organisationName}：逾期 ${overdue.length} 项，即将到期 ${dueSoon.length} 项（${input.date}）`,
      en: `[Daily digest] ${input.organisationName}: ${overdue.length} overdue, ${dueSoon.length} due soon (${input.date})`,
    },
    body: {
      zhCN: [...section('已逾期：', overdue, true), ...section('即将到期：', dueSoon, true)].join('\n'),
      en: [...section('Overdue:', overdue, false), ...section('Due soon:', dueSoon, false)].join('\n'),
    },
  };
}
