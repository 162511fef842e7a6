import { parse } from 'csv-parse/sync';
import type { TabularRow } from '@cxzy/domain';
import { unreadableFile } from './import-file.errors.js';

/**
 * Reads CSV as UTF-8 (with or without BOM) or, when the bytes are not valid UTF-8, as GB18030 —
 * what Excel writes when a Chinese Windows user saves "CSV". Record n is row n, as Excel shows it.
 */
export function readCsvTable(content: Uint8Array): TabularRow[] {
  let records: string[][];
  try {
    records = parse(decode(content), { relax_column_count: true, skip_empty_lines: false, bom: true });
  } catch (error) {
    const line = (error as { lines?: number }).lines;
    throw unreadableFile('csv', (error as Error).message, line ?? 1);
  }
  return records.map((cells, i) => ({ rowNumber: i + 1, cells }));
}

function decode(content: Uint8Array): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(content);
  } catch {
    return new TextDecoder('gb18030').decode(content);
  }
}
