import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { CalendarDayKind } from '@cxzy/domain';

/** 工作日历 — a holiday or a make-up workday (调休上班); every other day follows Monday–Friday. */
@Entity({ name: 'calendar_days' })
export class CalendarDayEntity {
  /** 'YYYY-MM-DD' (a PostgreSQL date, no time zone). */
  @PrimaryColumn('date')
  date!: string;

  @Column('varchar', { length: 16 })
  kind!: CalendarDayKind;

  @Column('text', { name: 'name_zh_cn' })
  nameZhCN!: string;

  @Column('timestamptz', { name: 'recorded_at' })
  recordedAt!: Date;

  @Column('text', { name: 'recorded_by' })
  recordedBy!: string;
}
