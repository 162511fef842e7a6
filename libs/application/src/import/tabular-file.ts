import { DomainError, type TabularRow } from '@cxzy/domain';
import { readCsvTable } from './csv-table.reader.js';
import { readXlsxTable } from './xlsx-table.reader.js';

/** An uploaded file, as the edge received it. */
export interface TabularFile {
  readonly fileName: string;
  readonly contentType?: string;
  readonly content: Uint8Array;
}

export type TabularFormat = 'csv' | 'xlsx';

/** The header row and the non-blank data rows of the file's first sheet, numbered as the spreadsheet numbers them. */
export interface TabularTable {
  readonly format: TabularFormat;
  readonly headers: string[];
  readonly rows: TabularRow[];
}

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const isZip = (bytes: Uint8Array) => bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;

/** The extension decides, then the content type, then the first bytes (an .xlsx is a zip archive). */
export function detectFormat(file: TabularFile): TabularFormat {
  const extension = /\.([a-z0-9]+)$/i.exec(file.fileName)?.[1]?.toLowerCase();
  if (extension === 'csv') return 'csv';
  if (extension === 'xlsx') return 'xlsx';
  const contentType = file.contentType?.split(';')[0]?.trim().toLowerCase();
  if (contentType === 'text/csv') return 'csv';
  if (contentType === XLSX_TYPE) return 'xlsx';
  if (extension === undefined && isZip(file.content)) return 'xlsx';
  throw new DomainError(
    'IMPORT_UNSUPPORTED_FORMAT',
    'invalid',
    {
      zhCN: `无法识别文件“${file.fileName}”的格式：请上传 .csv 或 .xlsx 文件（旧版 .xls 请另存为 .xlsx）`,
      en: `cannot tell the format of "${file.fileName}": upload a .csv or .xlsx file (save an old .xls as .xlsx)`,
    },
    'file',
  );
}

export async function readTabularFile(file: TabularFile): Promise<TabularTable> {
  const format = detectFormat(file);
  const cells = format === 'csv' ? readCsvTable(file.content) : await readXlsxTable(file.content);
  const [header, ...data] = cells;
  return {
    format,
    headers: header?.cells.map((h) => h.trim()) ?? [],
    rows: data.filter((row) => row.cells.some((cell) => cell.trim() !== '')),
  };
}
