import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Data, kept apart from the schema change: the State Council's 2026 holiday schedule
 * (国务院办公厅关于2026年部分节假日安排的通知, 2025-11-04), the same days as CHINA_2026_CALENDAR in
 * the domain (an integration test compares them). Literal values, so this migration never changes
 * meaning. A year an administrator already entered (PUT /calendar/2026) is left as it is.
 */
export class Calendar20261766500000025 implements MigrationInterface {
  name = 'Calendar20261766500000025';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      INSERT INTO calendar_days (date, kind, name_zh_cn, recorded_by)
      SELECT day.date, day.kind, day.name, 'migration:calendar-2026'
      FROM (
        SELECT generated::date AS date, 'holiday' AS kind, holiday.name
        FROM (VALUES
          (DATE '2026-01-01', DATE '2026-01-03', '元旦'),
          (DATE '2026-02-15', DATE '2026-02-23', '春节'),
          (DATE '2026-04-04', DATE '2026-04-06', '清明节'),
          (DATE '2026-05-01', DATE '2026-05-05', '劳动节'),
          (DATE '2026-06-19', DATE '2026-06-21', '端午节'),
          (DATE '2026-09-25', DATE '2026-09-27', '中秋节'),
          (DATE '2026-10-01', DATE '2026-10-07', '国庆节')
        ) AS holiday (first_day, last_day, name)
        CROSS JOIN LATERAL generate_series(holiday.first_day, holiday.last_day, interval '1 day') AS generated
        UNION ALL
        SELECT make_up.date, 'make-up-workday', make_up.name
        FROM (VALUES
          (DATE '2026-01-04', '元旦'),
          (DATE '2026-02-14', '春节'),
          (DATE '2026-02-28', '春节'),
          (DATE '2026-05-09', '劳动节'),
          (DATE '2026-09-20', '国庆节'),
          (DATE '2026-10-10', '国庆节')
        ) AS make_up (date, name)
      ) AS day
      WHERE NOT EXISTS (SELECT 1 FROM calendar_days WHERE date BETWEEN DATE '2026-01-01' AND DATE '2026-12-31')`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DELETE FROM calendar_days WHERE recorded_by = 'migration:calendar-2026'`);
  }
}
