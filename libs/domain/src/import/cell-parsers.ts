import { issue, type ImportIssue } from './import-issue.js';

/** Where a cell is, and where its problems go. */
export interface CellContext {
  readonly row: number;
  readonly column: string;
  /** The column's Chinese name, for the zh-CN text. */
  readonly label: string;
  readonly issues: ImportIssue[];
}

const CODE_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/;

/** Counts characters, not UTF-16 units, so a Chinese name is measured as users count it. */
const length = (value: string) => [...value].length;

export function requiredText(value: string, at: CellContext, maxLength: number): string | null {
  if (value === '') {
    at.issues.push(issue(at.row, at.column, 'IMPORT_REQUIRED', `${at.label}不能为空`, `${at.column} is required`));
    return null;
  }
  return optionalText(value, at, maxLength);
}

export function optionalText(value: string, at: CellContext, maxLength: number): string | null {
  if (value === '') return null;
  if (length(value) > maxLength) {
    at.issues.push(
      issue(
        at.row,
        at.column,
        'IMPORT_TOO_LONG',
        `${at.label}超过 ${maxLength} 个字符`,
        `${at.column} is longer than ${maxLength} characters`,
      ),
    );
    return null;
  }
  return value;
}

/** A business key: letters, digits, `.`, `_`, `-`; 1–64 characters. */
export function codeCell(value: string, at: CellContext, required: boolean): string | null {
  if (value === '') {
    if (required)
      at.issues.push(issue(at.row, at.column, 'IMPORT_REQUIRED', `${at.label}不能为空`, `${at.column} is required`));
    return null;
  }
  if (!CODE_PATTERN.test(value)) {
    at.issues.push(
      issue(
        at.row,
        at.column,
        'IMPORT_CODE_FORMAT',
        `${at.label}“${value}”格式错误：只能包含字母、数字、点、下划线和连字符，最长 64 个字符`,
        `${at.column} "${value}" is malformed: letters, digits, '.', '_' and '-' only, at most 64 characters`,
      ),
    );
    return null;
  }
  return value;
}

/** One of a fixed set of values, each accepted under several spellings (English key, Chinese name, digit). */
export function choiceCell<T>(
  value: string,
  at: CellContext,
  choices: ReadonlyMap<string, T>,
  fallback: T | null,
): T | null {
  if (value === '') {
    if (fallback === null) {
      at.issues.push(issue(at.row, at.column, 'IMPORT_REQUIRED', `${at.label}不能为空`, `${at.column} is required`));
    }
    return fallback;
  }
  const found = choices.get(value.toLowerCase());
  if (found === undefined) {
    const allowed = [...choices.keys()].join(' / ');
    at.issues.push(
      issue(
        at.row,
        at.column,
        'IMPORT_NOT_ALLOWED',
        `${at.label}“${value}”不是允许的值（${allowed}）`,
        `${at.column} "${value}" is not one of: ${allowed}`,
      ),
    );
    return null;
  }
  return found;
}

const BOOLEANS = new Map<string, boolean>([
  ['true', true],
  ['false', false],
  ['1', true],
  ['0', false],
  ['yes', true],
  ['no', false],
  ['y', true],
  ['n', false],
  ['是', true],
  ['否', false],
]);

export const booleanCell = (value: string, at: CellContext): boolean | null => choiceCell(value, at, BOOLEANS, false);
