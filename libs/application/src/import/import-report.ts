import type { TabularFormat } from './tabular-file.js';

/** What an import did (or, in a dry run, would do). A re-import of the same file reports only `unchanged`. */
export interface ImportReport {
  readonly format: TabularFormat;
  readonly dryRun: boolean;
  /** Data rows read (blank rows are skipped). */
  readonly rows: number;
  readonly created: number;
  readonly updated: number;
  readonly unchanged: number;
  /** Members linked to users by the `username` column (member imports only). */
  readonly linked?: number;
}
