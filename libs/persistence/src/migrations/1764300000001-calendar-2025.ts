import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Data, kept apart from the schema change: the State Council's 2025 holiday schedule
 * (国务院办公厅关于2025年部分节假日安排的通知), the same days as CHINA_2025_CALENDAR in the domain
 * (an integration test compares them). Literal values, so this migration never changes meaning.
 */
export class Calendar20251764300000001 implements MigrationInterface {
  name = 'Calendar20251764300000001';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      INSERT INTO calendar_days (date, kind, name_zh_cn, recorded_by)
      SELECT day::date, 'holiday', holiday.name, 'migration:calendar-2025'
      FROM (VALUES
        (DATE '2025-01-01', DATE '2025-01-01', '元旦'),
        (DATE '2025-01-28', DATE '2025-02-04', '春节'),
        (DATE '2025-04-04', DATE '2025-04-06', '清明节'),
        (DATE '2025-05-01', DATE '2025-05-05', '劳动节'),
        (DATE '2025-05-31', DATE '2025-06-02', '端午节'),
        (DATE '2025-10-01', DATE '2025-10-08', '国庆节、中秋节')
      ) AS holiday (first_day, last_day, name)
      CROSS JOIN LATERAL generate_series(holiday.first_day, holiday.last_day, interval '1 day') AS day
      ON CONFLICT (date) DO NOTHING`);
    await db.query(`
      INSERT INTO calendar_days (date, kind, name_zh_cn, recorded_by)
      VALUES
        (DATE '2025-01-26', 'make-up-workday', '春节', 'migration:calendar-2025'),
        (DATE '2025-02-08', 'make-up-workday', '春节', 'migration:calendar-2025'),
        (DATE '2025-04-27', 'make-up-workday', '劳动节', 'migration:calendar-2025'),
        (DATE '2025-09-28', 'make-up-workday', '国庆节、中秋节', 'migration:calendar-2025'),
        (DATE '2025-10-11', 'make-up-workday', '国庆节、中秋节', 'migration:calendar-2025')
      ON CONFLICT (date) DO NOTHING`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DELETE FROM calendar_days WHERE recorded_by = 'migration:calendar-2025'`);
  }
}
