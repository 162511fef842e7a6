import { DomainError, type DomainErrorDetail, type DomainErrorKind, type LocalizedText } from '../domain.error.js';

/** How many problems a message spells out before "…and N more"; the details carry them all. */
const SHOWN = 5;

/**
 * One DomainError for a list of problems found at once: the code is the problems' code when they
 * share one, else `fallbackCode`; the text joins the first few; `details` carries every one.
 */
export function refusal(
  kind: DomainErrorKind,
  fallbackCode: string,
  summary: LocalizedText,
  problems: readonly DomainErrorDetail[],
): DomainError {
  const codes = new Set(problems.map((p) => p.code));
  const code = codes.size === 1 ? [...codes][0]! : fallbackCode;
  const shown = problems.slice(0, SHOWN);
  const rest = problems.length - shown.length;
  const text: LocalizedText = {
    zhCN: `${summary.zhCN}：${shown.map((p) => p.text.zhCN).join('；')}${rest > 0 ? `；另有 ${rest} 个问题` : ''}`,
    en: `${summary.en}: ${shown.map((p) => p.text.en).join('; ')}${rest > 0 ? `; and ${rest} more` : ''}`,
  };
  return new DomainError(code, kind, text, problems[0]?.path, problems);
}

export const problem = (path: string, code: string, zhCN: string, en: string): DomainErrorDetail => ({
  path,
  code,
  text: { zhCN, en },
});

export const isBlank = (value: unknown): boolean => typeof value !== 'string' || value.trim().length === 0;
