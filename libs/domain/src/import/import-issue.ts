import { DomainError, type LocalizedText } from '../domain.error.js';

/** One problem in an import file: where (row as the spreadsheet numbers it, header = row 1; column key) and why. */
export interface ImportIssue {
  readonly row: number;
  /** The column's key (e.g. `parent_code`), or null for a problem with the whole row or file. */
  readonly column: string | null;
  readonly code: string;
  readonly text: LocalizedText;
}

export const issue = (row: number, column: string | null, code: string, zhCN: string, en: string): ImportIssue => ({
  row,
  column,
  code,
  text: { zhCN, en },
});

/** An import with any problem writes nothing; the error carries every problem found, in file order. */
export class ImportRejectedError extends DomainError {
  constructor(readonly issues: readonly ImportIssue[]) {
    super(
      'IMPORT_REJECTED',
      'invalid',
      {
        zhCN: `导入未执行：文件中有 ${issues.length} 处错误，未写入任何数据`,
        en: `import refused: the file has ${issues.length} error(s); nothing was written`,
      },
      'file',
    );
  }
}

export const isImportRejectedError = (error: unknown): error is ImportRejectedError =>
  error instanceof DomainError && Array.isArray((error as Partial<ImportRejectedError>).issues);

/** Sorts by row, then column, so users read the problems in file order. */
export const sortIssues = (issues: readonly ImportIssue[]): ImportIssue[] =>
  [...issues].sort((a, b) => a.row - b.row || (a.column ?? '').localeCompare(b.column ?? ''));
