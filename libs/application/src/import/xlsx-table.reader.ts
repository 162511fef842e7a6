import ExcelJS from 'exceljs';
import type { TabularRow } from '@cxzy/domain';
import { unreadableFile } from './import-file.errors.js';

/** Reads the first worksheet; each cell as the text a user sees in it (formula cells: their last result). */
export async function readXlsxTable(content: Uint8Array): Promise<TabularRow[]> {
  const workbook = new ExcelJS.Workbook();
  try {
    // exceljs declares its own `Buffer` (an ArrayBuffer); a Node Buffer is what it reads at run time.
    await workbook.xlsx.load(
      Buffer.from(content.buffer, content.byteOffset, content.byteLength) as unknown as ExcelJS.Buffer,
    );
  } catch (error) {
    throw unreadableFile('xlsx', (error as Error).message);
  }
  const sheet = workbook.worksheets[0];
  if (!sheet) return [];
  const rows: TabularRow[] = [];
  sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const cells: string[] = [];
    // `row.values` is 1-based (index 0 unused); holes are empty cells.
    const values = row.values as ExcelJS.CellValue[];
    for (let i = 1; i < values.length; i++) cells.push(cellText(values[i]));
    rows.push({ rowNumber, cells });
  });
  return rows;
}

function cellText(value: ExcelJS.CellValue | undefined): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if ('richText' in value) return value.richText.map((part) => part.text).join('');
  if ('formula' in value || 'sharedFormula' in value)
    return cellText((value as ExcelJS.CellFormulaValue).result as ExcelJS.CellValue);
  if ('text' in value) return String(value.text);
  return '';
}
