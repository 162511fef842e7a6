import ExcelJS from 'exceljs';
import type { Http } from './auth.js';
import { generateDemoCounty, membersCsv, organisationsCsv, type DemoCounty } from '@cxzy/demo-data';

/** Uploads `content` as the multipart `file` part of POST `path` (an import endpoint), as the caller `http`. */
export function upload(http: Http, path: string, fileName: string, content: string | Buffer | Uint8Array) {
  const bytes = typeof content === 'string' ? Buffer.from(content, 'utf8') : Buffer.from(content);
  return http.post(path).attach('file', bytes, fileName);
}

/** A demo county and its two import files. */
export function demoCounty(organisations: number): DemoCounty & { organisationsCsv: string; membersCsv: string } {
  const county = generateDemoCounty({ organisations });
  return {
    ...county,
    organisationsCsv: organisationsCsv(county.organisations),
    membersCsv: membersCsv(county.members),
  };
}

/** An .xlsx workbook whose first sheet holds `rows` (the first row is the header). */
export async function xlsx(rows: readonly (readonly (string | number)[])[]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('导入');
  for (const row of rows) sheet.addRow([...row]);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** Finds an organisation's id by its code through the API (as a caller who may see it). */
export async function idOf(http: Http, code: string): Promise<string> {
  const response = await http.get('/organisations').query({ q: code, pageSize: 200 }).expect(200);
  const found = (response.body.items as { id: string; code: string }[]).find((o) => o.code === code);
  if (!found) throw new Error(`organisation ${code} not found`);
  return found.id;
}

/** Row/column/code triples of a refused import, for compact assertions. */
export const rowErrors = (body: { rowErrors?: { row: number; column: string | null; code: string }[] }) =>
  (body.rowErrors ?? []).map((e) => `${e.row}:${e.column}:${e.code}`);
