import { namePathOf, type FieldName } from '../components/field-errors';
import type { MessageKey } from '../i18n/messages';

type Texts = { t: (key: MessageKey) => string; pick: (zh: string, en: string) => string };
type Named = { name?: { zhCN: string; en: string }; code?: string; key?: string };

/** The settings the form edits, by their path in the definition's body (the API names problems by it). */
const NUMBER_FIELDS: { name: FieldName; label: MessageKey }[] = [
  { name: ['publicityWorkingDays'], label: 'publicityWorkingDays' },
  { name: ['appraisalWeights', 'self'], label: 'weightSelf' },
  { name: ['appraisalWeights', 'membersAndPublic'], label: 'weightMembersAndPublic' },
  { name: ['appraisalWeights', 'superior'], label: 'weightSuperior' },
  { name: ['tiers', 'advancedMinScore'], label: 'advancedMinScore' },
  { name: ['tiers', 'laggingBelowScore'], label: 'laggingBelowScore' },
  { name: ['tiers', 'advancedMaxPercent'], label: 'advancedMaxPercent' },
  { name: ['tiers', 'laggingMinPercent'], label: 'laggingMinPercent' },
  { name: ['tiers', 'laggingQuotaMinScopeSize'], label: 'laggingQuotaMinScopeSize' },
  { name: ['advancedMinPublicSatisfactionPercent'], label: 'advancedMinPublicSatisfactionPercent' },
  { name: ['participation', 'reachableMembersPercent'], label: 'reachableMembersPercent' },
  { name: ['participation', 'publicRatersPercentOfBase'], label: 'publicRatersPercentOfBase' },
];

/** The groups of the body without a field of their own, for a problem named by a path the form does not edit. */
const SECTIONS: Record<string, MessageKey> = {
  name: 'definitionName',
  publicityWorkingDays: 'publicityWorkingDays',
  appraisalWeights: 'appraisalWeights',
  tiers: 'tierRules',
  participation: 'participation',
  indicatorSheet: 'definitionIndicatorSheet',
  steps: 'definitionSteps',
};

export interface DefinitionRow {
  readonly name: FieldName;
  /** The field's words; an indicator's or step's as "group · its name". */
  readonly label: string;
}

export const getAt = (value: unknown, name: FieldName): unknown =>
  name.reduce<unknown>(
    (v, key) => (v !== null && typeof v === 'object' ? (v as Record<string, unknown>)[key] : undefined),
    value,
  );

const nameOf = (item: Named, { pick }: Texts) =>
  item.name ? pick(item.name.zhCN, item.name.en) : (item.code ?? item.key ?? '');

/** The fields the draft form edits, for this body (its indicators and steps as they are). */
export function definitionRows(body: unknown, texts: Texts, all = false): DefinitionRow[] {
  const { t } = texts;
  const list: DefinitionRow[] = [
    { name: ['name', 'zhCN'], label: t('definitionName') },
    { name: ['name', 'en'], label: t('definitionNameEn') },
    ...NUMBER_FIELDS.filter((f) => all || getAt(body, f.name) !== undefined).map((f) => ({
      name: f.name,
      label: t(f.label),
    })),
  ];
  const indicators = getAt(body, ['indicatorSheet', 'indicators']);
  if (Array.isArray(indicators))
    indicators.forEach((indicator: Named, i) =>
      list.push({
        name: ['indicatorSheet', 'indicators', i, 'weight'],
        label: `${t('indicatorWeights')} · ${nameOf(indicator, texts)}`,
      }),
    );
  const steps = getAt(body, ['steps']);
  if (Array.isArray(steps))
    steps.forEach((step: Named & { deadline?: { days?: number } }, i) => {
      if (typeof step.deadline?.days === 'number')
        list.push({ name: ['steps', i, 'deadline', 'days'], label: `${t('stepDeadlines')} · ${nameOf(step, texts)}` });
    });
  return list;
}

/**
 * A problem's JSON path (`$.steps[1].deadline.days`) in the user's words: the form field it names
 * or lies in, else its section and the indicator's or step's name — never the path itself.
 */
export function describeDefinitionPath(path: string, body: unknown, texts: Texts): string {
  const name = namePathOf(path);
  const rows = definitionRows(body, texts, true);
  for (let length = name.length; length > 0; length--) {
    const prefix = JSON.stringify(name.slice(0, length));
    const row = rows.find((r) => JSON.stringify(r.name) === prefix);
    if (row) return row.label;
  }
  const section = SECTIONS[String(name[0])];
  if (!section) return texts.t('definitionBody');
  const listed = name[0] === 'steps' ? name[1] : name[0] === 'indicatorSheet' ? name[2] : undefined;
  const item = typeof listed === 'number' ? getAt(body, name.slice(0, name[0] === 'steps' ? 2 : 3)) : undefined;
  if (item && typeof item === 'object') return `${texts.t(section)} · ${nameOf(item as Named, texts)}`;
  return typeof listed === 'number' ? `${texts.t(section)} · ${listed + 1}` : texts.t(section);
}
