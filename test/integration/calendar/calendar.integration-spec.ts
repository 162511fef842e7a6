import { jest } from '@jest/globals';
import { CHINA_2025_CALENDAR, CHINA_2026_CALENDAR } from '@cxzy/domain';
import { startApiOnFreshDatabase, type ApiUnderTest } from '../../support/api-under-test.js';

jest.setTimeout(120_000);

const only = (kind: string) =>
  CHINA_2025_CALENDAR.filter((d) => d.kind === kind).map((d) => ({ date: d.date, nameZhCN: d.nameZhCN }));

/** Test data for a year whose official schedule this test does not claim to know. */
const YEAR_2031 = {
  holidays: [
    { date: '2031-01-01', nameZhCN: '元旦' },
    { date: '2031-05-01', nameZhCN: '劳动节' },
    { date: '2031-05-02', nameZhCN: '劳动节' },
  ],
  makeUpWorkdays: [{ date: '2031-04-27', nameZhCN: '劳动节' }], // a Sunday
};

describe('the working-day calendar over HTTP', () => {
  let app: ApiUnderTest;

  beforeAll(async () => {
    app = await startApiOnFreshDatabase('calendar');
  });

  afterAll(async () => {
    await app?.close();
  });

  it('comes with the official 2025 schedule: 248 working days', async () => {
    const year = (await app.http().get('/calendar/2025').expect(200)).body;
    expect(year.holidays).toEqual(only('holiday'));
    expect(year.makeUpWorkdays).toEqual(only('make-up-workday'));
    expect(year.workingDays).toBe(248);
    const rows = await app.db.query<{ date: string; kind: string }>(
      `SELECT to_char(date, 'YYYY-MM-DD') AS date, kind FROM calendar_days ORDER BY date`,
    );
    expect(rows).toEqual([...CHINA_2025_CALENDAR, ...CHINA_2026_CALENDAR].map((d) => ({ date: d.date, kind: d.kind })));
  });

  it('comes with the official 2026 schedule (notice of 2025-11-04): 248 working days', async () => {
    const year = (await app.http().get('/calendar/2026').expect(200)).body;
    expect(year.holidays).toEqual(
      CHINA_2026_CALENDAR.filter((d) => d.kind === 'holiday').map((d) => ({ date: d.date, nameZhCN: d.nameZhCN })),
    );
    expect(year.makeUpWorkdays.map((d: { date: string }) => d.date)).toEqual([
      '2026-01-04',
      '2026-02-14',
      '2026-02-28',
      '2026-05-09',
      '2026-09-20',
      '2026-10-10',
    ]);
    expect(year.workingDays).toBe(248);
  });

  it('answers an unconfigured year with weekends only', async () => {
    const year = (await app.http().get('/calendar/2030').expect(200)).body;
    expect(year).toMatchObject({ year: 2030, holidays: [], makeUpWorkdays: [], workingDays: 261, configured: false });
    expect(year.warnings.map((w: { code: string; year: number }) => `${w.code}:${w.year}`)).toEqual([
      'CALENDAR_YEAR_MISSING:2030',
    ]);
  });

  it('replaces a whole year, and a second PUT replaces the first', async () => {
    const saved = await (await app.as('admin-07')).put('/calendar/2031').send(YEAR_2031).expect(200);
    expect(saved.body).toMatchObject({ year: 2031, ...YEAR_2031 });
    // Without a token nothing is read or replaced.
    await app.anonymous().put('/calendar/2031').send(YEAR_2031).expect(401);
    await app.anonymous().get('/calendar/2031').expect(401);
    expect((await app.http().get('/calendar/2031').expect(200)).body).toMatchObject(YEAR_2031);
    const recorded = await app.db.query('SELECT DISTINCT recorded_by FROM calendar_days WHERE date >= $1', [
      '2031-01-01',
    ]);
    expect(recorded).toEqual([{ recorded_by: 'admin-07' }]);

    await app
      .http()
      .put('/calendar/2031')
      .send({ holidays: [{ date: '2031-10-01', nameZhCN: '国庆节' }], makeUpWorkdays: [] })
      .expect(200);
    const replaced = (await app.http().get('/calendar/2031').expect(200)).body;
    expect(replaced.holidays.map((d: { date: string }) => d.date)).toEqual(['2031-10-01']);
    expect(replaced.makeUpWorkdays).toEqual([]);
    // The other years are untouched.
    expect((await app.http().get('/calendar/2025').expect(200)).body.holidays).toHaveLength(28);
  });

  it('refuses a weekday make-up day, a date listed twice or outside the year — all in one 422, saving nothing', async () => {
    const before = (await app.http().get('/calendar/2031').expect(200)).body;
    const refused = await app
      .http()
      .put('/calendar/2031')
      .send({
        holidays: [
          { date: '2031-05-01', nameZhCN: '劳动节' },
          { date: '2031-05-01', nameZhCN: '劳动节' },
          { date: '2030-12-31', nameZhCN: '元旦' },
        ],
        makeUpWorkdays: [
          { date: '2031-04-28', nameZhCN: '劳动节' }, // a Monday
          { date: '2031-05-03', nameZhCN: '劳动节' }, // a Saturday
          { date: '2031-05-03', nameZhCN: '劳动节' }, // listed twice
        ],
      })
      .expect(422);
    expect(refused.body.code).toBe('CALENDAR_INVALID');
    expect(refused.body.errors.map((e: { rule: string; field: string }) => `${e.rule}@${e.field}`)).toEqual([
      'CALENDAR_DATE_DUPLICATE@$.holidays[1].date',
      'CALENDAR_DATE_OUTSIDE_YEAR@$.holidays[2].date',
      'CALENDAR_MAKE_UP_NOT_WEEKEND@$.makeUpWorkdays[0].date',
      'CALENDAR_DATE_DUPLICATE@$.makeUpWorkdays[2].date',
    ]);
    expect(refused.body.errors[2].messageZhCN).toBe('调休上班日 2031-04-28 是周一，只能是周六或周日');
    expect((await app.http().get('/calendar/2031').expect(200)).body).toEqual(before);
  });

  it('refuses malformed requests with 400 naming the field', async () => {
    const badDate = await app
      .http()
      .put('/calendar/2031')
      .send({ holidays: [{ date: '1 May', nameZhCN: '劳动节' }], makeUpWorkdays: [] })
      .expect(400);
    expect(badDate.body.field).toBe('holidays.0.date');
    const missing = await app.http().put('/calendar/2031').send({ holidays: [] }).expect(400);
    expect(missing.body.field).toBe('makeUpWorkdays');
    expect((await app.http().get('/calendar/20x1').expect(400)).body.field).toBe('year');
    expect((await app.http().get('/calendar/1800').expect(400)).body.field).toBe('year');
  });
});
