import { jest } from '@jest/globals';
import type { INestApplication } from '@nestjs/common';
import request from 'supertest';
import { userWith, type Http } from '../../support/auth.js';
import { bootstrapAdministrator } from '../../support/bootstrap-registry.js';
import { bootApi } from '../../support/boot-apps.js';
import { demoCounty, rowErrors, upload, xlsx } from '../../support/registry.js';
import { createTestDatabase, type TestDatabase } from '../../support/test-database.js';
import { testConfig } from '../../support/test-config.js';

jest.setTimeout(120_000);

const HEADER =
  'code,name,kind,sector_code,territorial_parent_code,vertical_department_code,management_mode,grading_unit_code,is_grading_unit';

describe('POST /organisations/import — 批量导入组织 on the real PostgreSQL', () => {
  let db: TestDatabase;
  let api: INestApplication;
  let admin: Http;
  const county = demoCounty(150);
  const countRows = async () => (await db.query<{ n: number }>('SELECT count(*)::int AS n FROM organisations'))[0]!.n;

  beforeAll(async () => {
    db = await createTestDatabase();
    api = await bootApi(testConfig({ DATABASE_URL: db.url }));
    admin = await bootstrapAdministrator(api, county.organisationsCsv);
  });

  afterAll(async () => {
    await api?.close();
    await db?.drop();
  });

  it('validates a good CSV in a dry run and writes nothing', async () => {
    const response = await upload(
      admin,
      '/organisations/import?dryRun=true',
      'county.csv',
      county.organisationsCsv,
    ).expect(200);
    expect(response.body).toEqual({
      format: 'csv',
      dryRun: true,
      rows: 150,
      // The county's three grading units exist already: bootstrapped as admin:create makes them.
      created: 147,
      updated: 0,
      unchanged: 3,
      recomputed: 0,
    });
    expect(await countRows()).toBe(3);
  });

  it('imports a good CSV: every row, with derived grading units and territorial paths', async () => {
    const response = await upload(admin, '/organisations/import', 'county.csv', county.organisationsCsv).expect(200);
    expect(response.body).toMatchObject({
      format: 'csv',
      dryRun: false,
      rows: 150,
      created: 147,
      updated: 0,
      unchanged: 3,
    });
    expect(await countRows()).toBe(150);
    const [taxBranch] = await db.query<{ unit: string; parent_path: boolean }>(
      `SELECT gu.code AS unit, o.path LIKE p.path || '%' AS parent_path
       FROM organisations o JOIN organisations gu ON gu.id = o.grading_unit_id
       JOIN organisations p ON p.id = o.territorial_parent_id WHERE o.code = 'QS-TAX-B01'`,
    );
    expect(taxBranch).toEqual({ unit: 'QL-TAX', parent_path: true });
  });

  it('re-imports the same file idempotently: everything unchanged, no row touched', async () => {
    const before = await db.query('SELECT id, updated_at FROM organisations ORDER BY code');
    const response = await upload(admin, '/organisations/import', 'county.csv', county.organisationsCsv).expect(200);
    expect(response.body).toMatchObject({ created: 0, updated: 0, unchanged: 150, recomputed: 0 });
    expect(await db.query('SELECT id, updated_at FROM organisations ORDER BY code')).toEqual(before);
  });

  it('imports a good .xlsx with Chinese headers and values, updating what changed', async () => {
    const file = await xlsx([
      ['组织编码', '组织名称', '组织类别', '所属领域', '上级党组织编码', '管理模式'],
      ['QS-T01-V01', '改名后的村党支部', '党支部', '行政村', 'QS-T01', 1],
      ['QS-NEW-01', '新建社区党支部', '党支部', '城市社区', 'QS-T01', '1'],
    ]);
    const response = await upload(admin, '/organisations/import', '导入.xlsx', file).expect(200);
    expect(response.body).toMatchObject({ format: 'xlsx', rows: 2, created: 1, updated: 1, unchanged: 0 });
    expect(
      await db.query(
        "SELECT name, sector_code FROM organisations WHERE code IN ('QS-T01-V01', 'QS-NEW-01') ORDER BY code",
      ),
    ).toEqual([
      { name: '新建社区党支部', sector_code: 'urban-community' },
      { name: '改名后的村党支部', sector_code: 'village' },
    ]);
  });

  it('refuses a file with bad rows: every problem with row and column, zh-CN and en, nothing written', async () => {
    const csv = [
      HEADER,
      'QS-BAD-1,,branch,village,QS-T01,,,,',
      'QS-BAD-2,坏支部,cell,farm,NOWHERE,,7,,',
      'QS-BAD-3,模式三无条,committee,agency,QS,,3,,',
      'QS-BAD-1,重复,branch,village,QS-T01,,,,',
    ].join('\n');
    const before = await countRows();
    const response = await upload(admin, '/organisations/import', 'bad.csv', csv)
      .set('Accept-Language', 'en')
      .expect(422);
    expect(response.body).toMatchObject({ code: 'IMPORT_REJECTED', field: 'file' });
    expect(rowErrors(response.body)).toEqual([
      '2:name:IMPORT_REQUIRED',
      '3:kind:IMPORT_NOT_ALLOWED',
      '3:management_mode:IMPORT_NOT_ALLOWED',
      '3:sector_code:IMPORT_UNKNOWN_SECTOR',
      '3:territorial_parent_code:IMPORT_UNKNOWN_ORGANISATION',
      '4:vertical_department_code:ORGANISATION_VERTICAL_DEPARTMENT_REQUIRED',
      '5:code:IMPORT_DUPLICATE_CODE',
    ]);
    expect(response.body.rowErrors[0]).toEqual({
      row: 2,
      column: 'name',
      code: 'IMPORT_REQUIRED',
      messageZhCN: '组织名称不能为空',
      messageEn: 'name is required',
    });
    expect(response.body.message).toBe('import refused: the file has 7 error(s); nothing was written');
    expect(await countRows()).toBe(before);
  });

  it('refuses a cycle, even one closing through rows already stored, and writes nothing', async () => {
    const csv = [
      HEADER,
      'QS-T01,东岭镇党委,committee,agency,QS-CYC,,,,',
      'QS-CYC,循环党委,committee,agency,QS-T01-V04,,,,',
    ].join('\n');
    const response = await upload(admin, '/organisations/import', 'cycle.csv', csv).expect(422);
    expect(rowErrors(response.body)).toEqual([
      '2:territorial_parent_code:ORGANISATION_LINE_CYCLE',
      '3:territorial_parent_code:ORGANISATION_PARENT_KIND',
    ]);
    expect(response.body.rowErrors[0].messageZhCN).toContain('QS-T01 → QS-CYC → QS-T01-V04 → QS-T01');
    expect(await db.query("SELECT count(*)::int AS n FROM organisations WHERE code = 'QS-CYC'")).toEqual([{ n: 0 }]);
  });

  it('reads a CSV saved by Excel in GBK', async () => {
    const csv = `${HEADER}\nQS-GBK-01,青山县GBK编码测试党支部,branch,village,QS-T01,,,,\n`;
    const response = await upload(admin, '/organisations/import', 'gbk.csv', encodeGb18030(csv)).expect(200);
    expect(response.body).toMatchObject({ created: 1 });
    expect(await db.query("SELECT name FROM organisations WHERE code = 'QS-GBK-01'")).toEqual([
      { name: '青山县GBK编码测试党支部' },
    ]);
  });

  it('refuses an import without a token (401) and from a caller who is no administrator (403), writing nothing', async () => {
    const before = await countRows();
    const anonymous = await request(api.getHttpServer())
      .post('/organisations/import')
      .attach('file', Buffer.from(county.organisationsCsv), 'county.csv')
      .expect(401);
    expect(anonymous.body.code).toBe('NOT_AUTHENTICATED');
    const secretary = await userWith(api, 'v01-secretary', [
      { role: 'branch-secretary', organisationCode: 'QS-T01-V01' },
    ]);
    const refused = await upload(secretary, '/organisations/import', 'county.csv', county.organisationsCsv).expect(403);
    expect(refused.body).toMatchObject({ code: 'ROLE_REQUIRED' });
    expect(refused.body.message).toContain('组织部门管理员');
    expect(await countRows()).toBe(before);
  });

  it('answers 400 naming `file` without a file, and 422 for a format it cannot read', async () => {
    const none = await admin.post('/organisations/import').expect(400);
    expect(none.body).toMatchObject({ code: 'VALIDATION_FAILED', field: 'file' });
    const pdf = await upload(admin, '/organisations/import', 'county.pdf', '%PDF-1.7').expect(422);
    expect(pdf.body).toMatchObject({ code: 'IMPORT_UNSUPPORTED_FORMAT', field: 'file' });
    const badDryRun = await upload(
      admin,
      '/organisations/import?dryRun=maybe',
      'county.csv',
      county.organisationsCsv,
    ).expect(400);
    expect(badDryRun.body.field).toBe('dryRun');
  });
});

/** GB18030 bytes of ASCII + the CJK characters used above, via the WHATWG decoder's inverse table. */
function encodeGb18030(text: string): Uint8Array {
  const table = new Map<string, number[]>();
  const decoder = new TextDecoder('gb18030');
  for (let lead = 0x81; lead <= 0xfe; lead++) {
    for (let trail = 0x40; trail <= 0xfe; trail++) {
      if (trail === 0x7f) continue;
      const char = decoder.decode(new Uint8Array([lead, trail]));
      if (char.length === 1 && !table.has(char)) table.set(char, [lead, trail]);
    }
  }
  return new Uint8Array(
    [...text].flatMap((char) => (char.charCodeAt(0) < 0x80 ? [char.charCodeAt(0)] : table.get(char)!)),
  );
}
