/**
 * The indicator sheet of a grading definition. The API serves a definition's body as free JSON
 * (its shape is checked when the definition is published, not described in OpenAPI; ADR 0012), so this
 * reads only the fields the self-assessment form needs and refuses anything else loudly.
 */
export interface SheetItem {
  readonly key: string;
  readonly indicator: string;
  readonly weight: number;
  readonly name: { readonly zhCN: string; readonly en: string };
}
export interface SheetIndicator {
  readonly code: string;
  readonly weight: number;
  readonly name: { readonly zhCN: string; readonly en: string };
}

const isText = (v: unknown): v is { zhCN: string; en: string } =>
  typeof v === 'object' && v !== null && typeof (v as { zhCN?: unknown }).zhCN === 'string';

export function readIndicatorSheet(body: Record<string, unknown>): {
  indicators: SheetIndicator[];
  items: SheetItem[];
} {
  const sheet = body.indicatorSheet as { indicators?: unknown; items?: unknown } | undefined;
  const indicators = Array.isArray(sheet?.indicators) ? (sheet.indicators as unknown[]) : [];
  const items = Array.isArray(sheet?.items) ? (sheet.items as unknown[]) : [];
  const okIndicators = indicators.filter(
    (i): i is SheetIndicator =>
      typeof (i as SheetIndicator).code === 'string' &&
      typeof (i as SheetIndicator).weight === 'number' &&
      isText((i as SheetIndicator).name),
  );
  const okItems = items.filter(
    (i): i is SheetItem =>
      typeof (i as SheetItem).key === 'string' &&
      typeof (i as SheetItem).indicator === 'string' &&
      typeof (i as SheetItem).weight === 'number' &&
      isText((i as SheetItem).name),
  );
  if (!okItems.length || okItems.length !== items.length || okIndicators.length !== indicators.length)
    throw new Error('the definition has no readable indicator sheet');
  return { indicators: okIndicators, items: okItems };
}
