import type { LocalizedText } from '../domain.error.js';

export interface ApprovalNotice {
  readonly title: LocalizedText;
  readonly body: LocalizedText;
}

/** 新的待办 — a task became someone's to act on (marked when they stand in for someone away). */
export function taskAssignedNotice(title: string, step: LocalizedText, deputyFor: string | null): ApprovalNotice {
  const zhDeputy = deputyFor ? `（代 ${deputyFor} 办理）` : '';
  const enDeputy = deputyFor ? ` (standing in for ${deputyFor})` : '';
  return {
    title: { zhCN: `【待办】${title}`, en: `[To do] ${title}` },
    body: {
      zhCN: `“${title}”的“${step.zhCN}”环节需要您审批${zhDeputy}。`,
      en: `"${title}" needs your approval at "${step.en}"${enDeputy}.`,
    },
  };
}

/** 抄送我 — copied for information; nothing to do. */
export function copiedNotice(title: string, step: LocalizedText): ApprovalNotice {
  return {
    title: { zhCN: `【抄送】${title}`, en: `[Copy] ${title}` },
    body: {
      zhCN: `“${title}”（${step.zhCN}环节）抄送给您，仅供知悉。`,
      en: `"${title}" (step "${step.en}") is copied to you for information.`,
    },
  };
}

/** 催办 — someone asks for the task to be done now. */
export function urgedNotice(title: string, step: LocalizedText, count: number): ApprovalNotice {
  return {
    title: { zhCN: `【催办】${title}`, en: `[Reminder] ${title}` },
    body: {
      zhCN: `“${title}”的“${step.zhCN}”环节正在等待您办理（第 ${count} 次催办）。`,
      en: `"${title}" is waiting for you at "${step.en}" (reminder ${count}).`,
    },
  };
}

const OUTCOME: Record<string, LocalizedText> = {
  approved: { zhCN: '已通过', en: 'approved' },
  rejected: { zhCN: '未通过', en: 'rejected' },
  withdrawn: { zhCN: '已撤回', en: 'withdrawn' },
  returned: { zhCN: '已退回修改', en: 'returned for revision' },
};

/** The submitter learns how it ended. */
export function finishedNotice(title: string, status: string): ApprovalNotice {
  const outcome = OUTCOME[status] ?? { zhCN: status, en: status };
  return {
    title: { zhCN: `【审批结果】${title}：${outcome.zhCN}`, en: `[Result] ${title}: ${outcome.en}` },
    body: { zhCN: `您发起的“${title}”${outcome.zhCN}。`, en: `"${title}", which you submitted, was ${outcome.en}.` },
  };
}
