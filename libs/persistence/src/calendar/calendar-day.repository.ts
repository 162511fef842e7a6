import { Injectable } from '@nestjs/common';
import { Between, DataSource } from 'typeorm';
import type { CalendarDay } from '@cxzy/domain';
import { CalendarDayEntity } from './calendar-day.entity.js';

const toDay = (row: CalendarDayEntity): CalendarDay => ({ date: row.date, kind: row.kind, nameZhCN: row.nameZhCN });

@Injectable()
export class CalendarDayRepository {
  constructor(private readonly dataSource: DataSource) {}

  async findYear(year: number): Promise<CalendarDay[]> {
    const rows = await this.dataSource.getRepository(CalendarDayEntity).find({
      where: { date: Between(`${year}-01-01`, `${year}-12-31`) },
      order: { date: 'ASC' },
    });
    return rows.map(toDay);
  }

  /** Every configured day: a few dozen a year, so callers build one WorkingDayCalendar from all. */
  async findAll(): Promise<CalendarDay[]> {
    const rows = await this.dataSource.getRepository(CalendarDayEntity).find({ order: { date: 'ASC' } });
    return rows.map(toDay);
  }

  /** The years that have at least one holiday or make-up workday configured. */
  async configuredYears(): Promise<Set<number>> {
    const rows: { year: number }[] = await this.dataSource.query(
      `SELECT DISTINCT extract(year FROM date)::int AS year FROM calendar_days`,
    );
    return new Set(rows.map((r) => Number(r.year)));
  }

  /** Replaces a year's days in one transaction: readers see the old year or the new one, never half. */
  async replaceYear(year: number, days: readonly CalendarDay[], actor: string): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const rows = manager.getRepository(CalendarDayEntity);
      await rows.delete({ date: Between(`${year}-01-01`, `${year}-12-31`) });
      if (days.length > 0) {
        await rows.insert(
          days.map((day) => ({ date: day.date, kind: day.kind, nameZhCN: day.nameZhCN, recordedBy: actor })),
        );
      }
    });
  }
}
