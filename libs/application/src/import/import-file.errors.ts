import { DomainError } from '@cxzy/domain';

/** The file itself cannot be parsed (not a row's content): a broken quote, a damaged archive. */
export const unreadableFile = (format: 'csv' | 'xlsx', reason: string, row = 1): DomainError =>
  new DomainError(
    'IMPORT_FILE_UNREADABLE',
    'invalid',
    {
      zhCN: `无法读取 ${format.toUpperCase()} 文件（第 ${row} 行附近）：${reason}`,
      en: `cannot read the ${format.toUpperCase()} file (near row ${row}): ${reason}`,
    },
    'file',
  );
