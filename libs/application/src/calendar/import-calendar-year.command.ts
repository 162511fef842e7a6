import type { TabularFile } from '../import/tabular-file.js';

/** 导入某年的节假日与调休 — from an .ics feed or a 日期/类型/名称 sheet (.xlsx or .csv). */
export interface ImportCalendarYearCommand {
  readonly year: number;
  readonly file: TabularFile;
  readonly actor: string;
}
