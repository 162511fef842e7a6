import type { LocalizedText } from '../domain.error.js';
import type { EvaluationResult } from './pledge-evaluation.js';

/** The inbox recipient of a member (members log in with the access-control issue; their inbox is keyed now). */
export const memberRecipient = (memberId: string): string => `member:${memberId}`;

export const PLEDGE_PROCESS_NAME: LocalizedText = { zhCN: '党员承诺践诺', en: 'party member pledge' };

/** 评议结果反馈 — what the member receives when the branch feeds the result back. */
export function pledgeFeedbackNotice(
  result: EvaluationResult | null,
  message: string,
): { title: LocalizedText; body: LocalizedText } {
  const grade = result ? result.band.name : { zhCN: '—', en: '—' };
  const score = result ? String(result.score) : '—';
  return {
    title: { zhCN: `【评议结果】承诺评议结果：${grade.zhCN}`, en: `[Evaluation] Your pledge was rated ${grade.en}` },
    body: {
      zhCN: `您的承诺评议结果为“${grade.zhCN}”（${score} 分）。党组织反馈：${message}`,
      en: `Your pledge was rated "${grade.en}" (${score} points). Your branch says: ${message}`,
    },
  };
}

/** 年度承诺动员 — the notice each member who has not yet proposed receives when the branch launches the drive. */
export function pledgeDriveNotice(
  organisationName: string,
  year: number,
  closes: string,
): { title: LocalizedText; body: LocalizedText } {
  return {
    title: { zhCN: `【承诺动员】请提出${year}年度承诺`, en: `[Pledge drive] Please propose your ${year} pledges` },
    body: {
      zhCN: `${organisationName}启动${year}年度党员承诺践诺，请于${closes}前提出年度承诺（可参考本领域承诺内容和“五带头”）。`,
      en: `${organisationName} has launched the ${year} pledge drive. Please propose your annual pledges by ${closes} (see your sector's suggestions and the five leads).`,
    },
  };
}
