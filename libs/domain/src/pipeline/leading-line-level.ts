import type { LocalizedText } from '../domain.error.js';
import { NAMED_LEVELS, type LeadingLineLevel } from './pipeline-definition.types.js';

/**
 * The deepest leading line we accept, in hops (党委 → 党总支 → 党支部 → 党小组 under a county, with
 * room for township and sector committees). A level further up could never be resolved.
 */
export const MAX_LEADING_LINE_HOPS = 8;

/** Levels are compared by height above the organisation the process runs for. */
const GRADING_UNIT_RANK = MAX_LEADING_LINE_HOPS + 1;

export const isNamedLevel = (value: unknown): value is (typeof NAMED_LEVELS)[number] =>
  typeof value === 'string' && (NAMED_LEVELS as readonly string[]).includes(value);

export const isHopCount = (value: unknown): value is number =>
  typeof value === 'number' && Number.isInteger(value) && value >= 1 && value <= MAX_LEADING_LINE_HOPS;

export const isLeadingLineLevel = (value: unknown): value is LeadingLineLevel =>
  isNamedLevel(value) || isHopCount(value);

/**
 * Height along the leading line: self 0, superior 1, n hops n, the grading unit above any hop
 * count (it is the top of the scope, however many hops that is for a given branch).
 */
export function levelRank(level: LeadingLineLevel): number {
  if (level === 'self') return 0;
  if (level === 'superior') return 1;
  if (level === 'grading-unit') return GRADING_UNIT_RANK;
  return level;
}

export function describeLevel(level: LeadingLineLevel): LocalizedText {
  if (level === 'self') return { zhCN: '本级', en: 'self' };
  if (level === 'superior') return { zhCN: '上级党组织', en: 'superior organisation' };
  if (level === 'grading-unit') return { zhCN: '组织实施单位', en: 'grading unit' };
  return { zhCN: `上溯 ${level} 级`, en: `${level} level(s) up` };
}
