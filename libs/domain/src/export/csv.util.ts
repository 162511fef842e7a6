/**
 * CSV for spreadsheets opened by people: RFC 4180 quoting, and any cell that a spreadsheet would
 * run as a formula (= + - @, tab, carriage return) is prefixed with an apostrophe so it shows as text.
 */
const FORMULA_START = /^[=+\-@\t\r]/;

export function neutraliseSpreadsheetCell(value: string): string {
  return FORMULA_START.test(value) ? `'${value}` : value;
}

function cell(value: unknown): string {
  const text = neutraliseSpreadsheetCell(
    value === null || value === undefined
      ? ''
      : value instanceof Date
        ? value.toISOString()
        : typeof value === 'object'
          ? JSON.stringify(value)
          : String(value),
  );
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

export interface CsvColumn<T> {
  readonly header: string;
  readonly value: (row: T) => unknown;
}

/** With a UTF-8 byte-order mark, so Excel opens Chinese text correctly. */
export function toCsv<T>(rows: readonly T[], columns: readonly CsvColumn<T>[]): string {
  const lines = [
    columns.map((c) => cell(c.header)).join(','),
    ...rows.map((row) => columns.map((c) => cell(c.value(row))).join(',')),
  ];
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}
