import type { LocalizedText } from '../../domain.error.js';
import { jsonEqual, valueAtPath } from '../json-path.js';
import type { ProcessKind } from '../pipeline-definition.types.js';
import { defaultPipelineDefinition } from './default-definitions.js';

/**
 * SPEC §6 tags each rule [seed] or [practice]; a practice default is shown to users as
 * "默认值，可配置". These are the values of the default bodies that come from practice, not from the
 * seed, with the rule they implement. A value still equal to its default is marked; once an
 * administrator changes it, it is theirs and the mark goes away.
 */
interface PracticeDefault {
  readonly path: string;
  readonly rule: string;
}

export const PRACTICE_DEFAULT_LABEL: LocalizedText = { zhCN: '默认值，可配置', en: 'Default, configurable' };

const COMMON: readonly PracticeDefault[] = [{ path: '$.publicityWorkingDays', rule: 'SPEC §6 rule 11' }];

const stepTiming = (count: number, rule: string): PracticeDefault[] =>
  Array.from({ length: count }, (_, index) =>
    ['deadline', 'reminders', 'escalation'].map((part) => ({ path: `$.steps[${index}].${part}`, rule })),
  ).flat();

const BY_KIND: Readonly<Record<string, readonly PracticeDefault[]>> = {
  'grading-cycle': [
    ...COMMON,
    { path: '$.steps[0].deadline', rule: 'SPEC §6 rule 2' },
    ...stepTiming(4, 'SPEC §3.5').filter((d) => d.path !== '$.steps[0].deadline'),
    { path: '$.steps[3].quorum', rule: 'SPEC §4' },
    { path: '$.indicatorSheet.indicators', rule: 'SPEC §6 rule 3' },
    { path: '$.indicatorSheet.items', rule: 'SPEC §6 rule 3' },
    { path: '$.tiers.advancedMinScore', rule: 'SPEC §3.1' },
    { path: '$.tiers.laggingBelowScore', rule: 'SPEC §3.1' },
    { path: '$.tiers.advancedMaxPercent', rule: 'SPEC §6 rule 6' },
    { path: '$.tiers.advancedCapRounding', rule: 'SPEC §6 rule 6' },
    { path: '$.tiers.laggingMinPercent', rule: 'SPEC §6 rule 7' },
    { path: '$.tiers.laggingFloorRounding', rule: 'SPEC §6 rule 7' },
    { path: '$.tiers.laggingQuotaMinScopeSize', rule: 'SPEC §6 rule 7' },
    { path: '$.vetoConditions', rule: 'SPEC §6 rule 8' },
    { path: '$.advancedMinPublicSatisfactionPercent', rule: 'SPEC §6 rule 9' },
    { path: '$.appraisalWeights', rule: 'SPEC §6 rule 4' },
    { path: '$.participation', rule: 'SPEC §6 rule 5' },
  ],
  pledge: [
    ...COMMON,
    { path: '$.steps[0].deadline', rule: 'SPEC §6 rule 14' },
    { path: '$.steps[0].reminders', rule: 'SPEC §6 rule 17' },
    { path: '$.steps[3].reminders', rule: 'SPEC §6 rule 17' },
    ...stepTiming(6, 'SPEC §3.5').filter(
      (d) => !['$.steps[0].deadline', '$.steps[0].reminders', '$.steps[3].reminders'].includes(d.path),
    ),
  ],
};

export interface PracticeDefaultMark {
  readonly path: string;
  readonly rule: string;
  readonly label: LocalizedText;
}

/** The paths of `body` that still hold a practice default of its kind and sector. */
export function practiceDefaultMarks(kind: ProcessKind, sectorCode: string, body: unknown): PracticeDefaultMark[] {
  const defaults = defaultPipelineDefinition(kind, sectorCode);
  const candidates = Object.hasOwn(BY_KIND, kind) ? (BY_KIND[kind] ?? []) : [];
  if (!defaults) return [];
  return candidates
    .filter(({ path }) => {
      const value = valueAtPath(body, path);
      return value !== undefined && jsonEqual(value, valueAtPath(defaults, path));
    })
    .map(({ path, rule }) => ({ path, rule, label: PRACTICE_DEFAULT_LABEL }));
}
