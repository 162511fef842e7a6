import { defineSearchAttributeKey } from '@temporalio/common';

/**
 * Custom search attributes the project registers on every Temporal server. The dev server's
 * SQLite store has room for about 10 Keyword and 3 of each other type: plan within that.
 * scripts/devkit/search-attributes.json lists the same names for the server start; a unit test
 * keeps the two equal.
 */
export const searchAttributes = {
  GradingUnit: defineSearchAttributeKey('GradingUnit', 'KEYWORD'),
  RoundYear: defineSearchAttributeKey('RoundYear', 'INT'),
  ProcessKind: defineSearchAttributeKey('ProcessKind', 'KEYWORD'),
  SectorCode: defineSearchAttributeKey('SectorCode', 'KEYWORD'),
  OrgCode: defineSearchAttributeKey('OrgCode', 'KEYWORD'),
  /** The state a grading round or branch is in now (e.g. grade.awaiting-rating), kept current by the workflow. */
  CurrentStep: defineSearchAttributeKey('CurrentStep', 'KEYWORD'),
} as const;
