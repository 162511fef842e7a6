import type { TabularFile } from '../import/tabular-file.js';

/** 批量导入组织: a CSV or .xlsx file, one organisation per row; `dryRun` validates without writing. */
export interface ImportOrganisationsCommand {
  readonly file: TabularFile;
  readonly dryRun: boolean;
}
