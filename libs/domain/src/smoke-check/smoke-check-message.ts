import { DomainError, type LocalizedText } from '../domain.error.js';

/**
 * 连通性检查 — the smoke check proves the wiring (API → Temporal → activities → PostgreSQL).
 * Its only rule: a short, non-blank message.
 */
export const SMOKE_CHECK_MESSAGE_MAX_LENGTH = 200;

export function validateSmokeCheckMessage(message: string): string {
  const trimmed = message.trim();
  if (trimmed.length === 0) {
    throw new DomainError(
      'SMOKE_CHECK_MESSAGE_BLANK',
      'invalid',
      { zhCN: '留言不能为空', en: 'message must not be blank' },
      'message',
    );
  }
  if ([...trimmed].length > SMOKE_CHECK_MESSAGE_MAX_LENGTH) {
    throw new DomainError(
      'SMOKE_CHECK_MESSAGE_TOO_LONG',
      'invalid',
      {
        zhCN: `留言不能超过 ${SMOKE_CHECK_MESSAGE_MAX_LENGTH} 个字`,
        en: `message must be at most ${SMOKE_CHECK_MESSAGE_MAX_LENGTH} characters`,
      },
      'message',
    );
  }
  return trimmed;
}

/** The inbox notice the smoke check leaves for whoever started it. */
export function smokeCheckNotice(message: string): { title: LocalizedText; body: LocalizedText } {
  return {
    title: { zhCN: '连通性检查已完成', en: 'Connectivity check completed' },
    body: { zhCN: `工作流已运行完毕：${message}`, en: `The workflow ran to completion: ${message}` },
  };
}
