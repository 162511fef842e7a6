import type { LocalizedText } from '../domain.error.js';

/**
 * 通知模板 — every message a person receives, in zh-CN and English. Each one names the process
 * (round or pledge), the step, the deadline and a link, so it can be acted on without searching.
 */
export type NotificationTemplate =
  | 'step-due-soon' // 即将到期
  | 'step-due-today' // 今日到期
  | 'step-overdue' // 已逾期
  | 'step-escalated' // 上报上级（领导线）
  | 'step-escalated-copy'; // 抄送（另一条线）

export interface NotificationParams {
  readonly process: LocalizedText;
  readonly step: LocalizedText;
  /** ISO 8601 instant; shown in Beijing time. */
  readonly deadline: string;
  readonly link: string;
  /** The organisation that has to act (used by escalations and copies). */
  readonly assignee?: LocalizedText;
}

export interface RenderedNotification {
  readonly title: LocalizedText;
  readonly body: LocalizedText;
  readonly link: string;
}

const BEIJING_OFFSET_MS = 8 * 60 * 60 * 1000; // China keeps UTC+8 all year: no DST to handle.

/** `2026年3月31日 17:00` and `2026-03-31 17:00 Beijing time`. */
export function formatBeijingTime(iso: string): LocalizedText {
  const instant = Date.parse(iso);
  if (Number.isNaN(instant)) throw new RangeError(`not an ISO date-time: ${iso}`);
  const b = new Date(instant + BEIJING_OFFSET_MS);
  const pad = (n: number) => String(n).padStart(2, '0');
  const [y, m, d, hh, mm] = [
    b.getUTCFullYear(),
    b.getUTCMonth() + 1,
    b.getUTCDate(),
    b.getUTCHours(),
    b.getUTCMinutes(),
  ];
  return {
    zhCN: `${y}年${m}月${d}日 ${pad(hh)}:${pad(mm)}`,
    en: `${y}-${pad(m)}-${pad(d)} ${pad(hh)}:${pad(mm)} Beijing time`,
  };
}

export function renderNotification(template: NotificationTemplate, params: NotificationParams): RenderedNotification {
  const deadline = formatBeijingTime(params.deadline);
  const { process: p, step: s } = params;
  const who = params.assignee ?? { zhCN: '责任单位', en: 'the responsible organisation' };
  const texts: Record<NotificationTemplate, { title: LocalizedText; body: LocalizedText }> = {
    'step-due-soon': {
      title: { zhCN: `【提醒】${p.zhCN}·${s.zhCN}即将到期`, en: `[Reminder] ${p.en}: ${s.en} is due soon` },
      body: {
        zhCN: `${p.zhCN}的“${s.zhCN}”环节将于 ${deadline.zhCN} 截止，请及时办理。`,
        en: `The step "${s.en}" of ${p.en} is due on ${deadline.en}. Please complete it in time.`,
      },
    },
    'step-due-today': {
      title: { zhCN: `【今日到期】${p.zhCN}·${s.zhCN}`, en: `[Due today] ${p.en}: ${s.en}` },
      body: {
        zhCN: `${p.zhCN}的“${s.zhCN}”环节今天（${deadline.zhCN}）截止，请尽快办理。`,
        en: `The step "${s.en}" of ${p.en} is due today (${deadline.en}).`,
      },
    },
    'step-overdue': {
      title: { zhCN: `【已逾期】${p.zhCN}·${s.zhCN}`, en: `[Overdue] ${p.en}: ${s.en}` },
      body: {
        zhCN: `${p.zhCN}的“${s.zhCN}”环节已于 ${deadline.zhCN} 逾期，请立即办理；如有困难请联系上级党组织。`,
        en: `The step "${s.en}" of ${p.en} was due on ${deadline.en} and is overdue. Please act now or ask your superior organisation for help.`,
      },
    },
    'step-escalated': {
      title: { zhCN: `【督办】${who.zhCN}·${s.zhCN}逾期未办`, en: `[Follow up] ${who.en}: ${s.en} overdue` },
      body: {
        zhCN: `${who.zhCN}在${p.zhCN}中的“${s.zhCN}”环节已于 ${deadline.zhCN} 逾期，请督促并帮助其办理。`,
        en: `${who.en} has not completed "${s.en}" of ${p.en}, due ${deadline.en}. Please follow up and help.`,
      },
    },
    'step-escalated-copy': {
      title: { zhCN: `【抄送】${who.zhCN}·${s.zhCN}逾期未办`, en: `[Copy] ${who.en}: ${s.en} overdue` },
      body: {
        zhCN: `抄送知悉：${who.zhCN}在${p.zhCN}中的“${s.zhCN}”环节已于 ${deadline.zhCN} 逾期，已上报领导线督办。`,
        en: `For your information: ${who.en} has not completed "${s.en}" of ${p.en}, due ${deadline.en}; the leading line has been asked to follow up.`,
      },
    },
  };
  return { ...texts[template], link: params.link };
}
