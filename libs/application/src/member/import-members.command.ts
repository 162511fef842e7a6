import type { TabularFile } from '../import/tabular-file.js';

/** 批量导入党员: a CSV or .xlsx file, one member per row, organisations named by code; `dryRun` validates without writing. */
export interface ImportMembersCommand {
  readonly file: TabularFile;
  readonly dryRun: boolean;
}
