import { jest } from '@jest/globals';
import ExcelJS from 'exceljs';
import { importGradingCounty, publishDefaultGradingPipelines } from '../../support/grading-county.js';
import { idOf } from '../../support/registry.js';
import { beijingYear } from '../../support/test-clock.js';
import { useTestStack } from '../../support/test-stack.js';

jest.setTimeout(180_000);

/** A Saturday of `year` (the first one in March): the make-up workday of the fixtures. */
function firstSaturdayOfMarch(year: number): string {
  const date = new Date(Date.UTC(year, 2, 1));
  while (date.getUTCDay() !== 6) date.setUTCDate(date.getUTCDate() + 1);
  return date.toISOString().slice(0, 10);
}
const compact = (date: string) => date.replace(/-/g, '');
const ics = (...events: string[]) =>
  [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    ...events.flatMap((e) => ['BEGIN:VEVENT', ...e.split('\n'), 'END:VEVENT']),
    'END:VCALENDAR',
  ].join('\r\n');

async function xlsx(rows: string[][]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('调休日历');
  sheet.addRow(['日期', '类型', '名称']);
  for (const row of rows) sheet.addRow(row);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/**
 * 调休日历 import and the warnings for a year without one (issue 19 item 7), on the real API,
 * PostgreSQL and Temporal. Years come from the clock: this year Y and the next three are cleared
 * first, so the test means the same on any date.
 */
describe('calendar import and missing-calendar warnings (real stack)', () => {
  // No worker: the launched round only has to start, and nothing of it runs.
  const stack = useTestStack('calendar-import', { worker: false });
  const Y = beijingYear();
  const next = Y + 1;
  const admin = () => stack.as('qs-admin');
  const upload = async (year: number, name: string, content: Buffer | string, as = 'qs-admin') =>
    (await stack.as(as)).post(`/calendar/${year}/import`).attach('file', Buffer.from(content), name);
  const yearRows = (year: number) =>
    stack.db.query<{ date: string; kind: string; recorded_by: string }>(
      `SELECT to_char(date, 'YYYY-MM-DD') AS date, kind, recorded_by FROM calendar_days
       WHERE date BETWEEN $1 AND $2 ORDER BY date`,
      [`${year}-01-01`, `${year}-12-31`],
    );

  beforeAll(async () => {
    await importGradingCounty(stack.api);
    await stack.db.query(`DELETE FROM calendar_days WHERE date BETWEEN $1 AND $2`, [`${Y}-01-01`, `${Y + 3}-12-31`]);
  });

  it('warns on GET for a year with no calendar, and stops warning once one is imported from .ics', async () => {
    const empty = (await (await admin()).get(`/calendar/${next}`).expect(200)).body;
    expect(empty).toMatchObject({ year: next, configured: false, holidays: [], makeUpWorkdays: [] });
    expect(empty.warnings).toEqual([
      {
        code: 'CALENDAR_YEAR_MISSING',
        year: next,
        text: { zhCN: expect.stringContaining(`${next} 年尚无节假日与调休安排`), en: expect.any(String) },
      },
    ]);

    const saturday = firstSaturdayOfMarch(next);
    const file = ics(
      `DTSTART;VALUE=DATE:${next}0501\nDTEND;VALUE=DATE:${next}0504\nSUMMARY:劳动节（休）`,
      `DTSTART;VALUE=DATE:${compact(saturday)}\nSUMMARY:测试调休 上班`,
      // Another year's day in the same feed is skipped, not imported.
      `DTSTART;VALUE=DATE:${Y + 2}0101\nSUMMARY:元旦`,
    );
    const imported = await upload(next, 'holidays.ics', file);
    expect(imported.status).toBe(200);
    expect(imported.body).toMatchObject({ year: next, configured: true, warnings: [] });
    expect(imported.body.holidays.map((d: { date: string }) => d.date)).toEqual([
      `${next}-05-01`,
      `${next}-05-02`,
      `${next}-05-03`,
    ]);
    expect(imported.body.makeUpWorkdays).toEqual([{ date: saturday, nameZhCN: '测试调休' }]);
    expect((await yearRows(next)).every((r) => r.recorded_by === 'qs-admin')).toBe(true);
    expect(await yearRows(Y + 2)).toEqual([]);
    const audited = await stack.db.query<{ actor_id: string; object_id: string }>(
      `SELECT actor_id, object_id FROM audit_records WHERE action = 'calendar.import-year'`,
    );
    expect(audited).toEqual([{ actor_id: 'qs-admin', object_id: String(next) }]);
    // The export reads back as the same year.
    const exported = await (await admin()).get(`/calendar/${next}/ics`).expect(200);
    expect(exported.headers['content-type']).toContain('text/calendar');
    expect(exported.text).toContain(`DTSTART;VALUE=DATE:${compact(saturday)}`);
  });

  it('imports an .xlsx sheet (日期 / 类型 / 名称), replacing the whole year', async () => {
    const saturday = firstSaturdayOfMarch(next);
    const sheet = await xlsx([
      [`${next}/10/1`, '放假', '国庆节'],
      [`${next}-10-02`, '放假', '国庆节'],
      [saturday, '上班', '国庆节'],
    ]);
    const imported = await upload(next, '调休日历.xlsx', sheet);
    expect(imported.status).toBe(200);
    expect((await yearRows(next)).map((r) => `${r.date}:${r.kind}`)).toEqual([
      `${saturday}:make-up-workday`,
      `${next}-10-01:holiday`,
      `${next}-10-02:holiday`,
    ]);
  });

  it('refuses bad rows with 422 naming the row and field, a huge file with 413, others with 403 — the year unchanged', async () => {
    const before = await yearRows(next);
    const monday = new Date(Date.UTC(next, 9, 12));
    while (monday.getUTCDay() !== 1) monday.setUTCDate(monday.getUTCDate() + 1);
    const bad = await upload(
      next,
      'bad.xlsx',
      await xlsx([
        [`${next}-10-01`, '放假', '国庆节'],
        [`${next}-10-03`, '休假', '国庆节'],
        [monday.toISOString().slice(0, 10), '上班', '国庆节'],
      ]),
    );
    expect(bad.status).toBe(422);
    expect(bad.body.errors.map((e: { rule: string; field: string }) => `${e.rule}@${e.field}`)).toEqual([
      'CALENDAR_IMPORT_KIND_UNKNOWN@$.rows[3].kind',
      'CALENDAR_MAKE_UP_NOT_WEEKEND@$.rows[4].date',
    ]);
    expect(bad.body.errors[0].messageZhCN).toBe('第 3 行「类型」：“休假”应为 放假 或 上班');

    const badIcs = await upload(next, 'bad.ics', ics(`DTSTART:${next}1001T080000Z\nSUMMARY:会议`));
    expect(badIcs.status).toBe(422);
    expect(badIcs.body.errors[0].field).toBe('$.events[0].DTSTART');

    const huge = await upload(next, 'huge.ics', 'X'.repeat(1024 * 1024 + 1));
    expect(huge.status).toBe(413);
    expect(
      (await upload(next, 'holidays.ics', ics(`DTSTART;VALUE=DATE:${next}0101\nSUMMARY:元旦`), 't01-supervisor'))
        .status,
    ).toBe(403);
    expect(await yearRows(next)).toEqual(before);
  });

  it('warns, without refusing, when a definition is published or a round launched whose deadlines fall in a year with no calendar', async () => {
    const publisher = await admin();
    const draft = await publisher
      .post('/pipeline-definitions')
      .send({ processKind: 'grading-cycle', sectorCode: 'village' })
      .expect(201);
    const published = await publisher.post(`/pipeline-definitions/${draft.body.id}/publish`).send({}).expect(200);
    // Published today: this year (cleared) and next (imported above).
    expect(published.body.warnings.map((w: { year: number }) => w.year)).toEqual([Y]);
    expect(published.body.warnings[0].text.zhCN).toContain(`${Y} 年尚无节假日与调休安排`);
    await publishDefaultGradingPipelines(stack.api, ['urban-community']);

    // A round of Y + 2 launched today runs from now to its acceptance early in Y + 3.
    const launched = await publisher.post('/grading-rounds').send({
      gradingUnitId: await idOf(publisher, 'QS'),
      year: Y + 2,
      overrideReason: '测试：在部署窗口外部署',
      acknowledgeBy: new Date(Date.now() + 3_600_000).toISOString(),
    });
    expect(launched.status).toBe(201);
    expect(launched.body.warnings.map((w: { year: number }) => w.year)).toEqual([Y, Y + 2, Y + 3]);
    expect(launched.body.warnings[0]).toMatchObject({
      code: 'CALENDAR_YEAR_MISSING',
      text: { en: expect.stringContaining(`${Y} has no holidays`) },
    });
    await stack.client.workflow
      .getHandle(launched.body.workflowId)
      .terminate('calendar test: nothing of the round runs');
  });
});
