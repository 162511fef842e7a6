import fc from 'fast-check';
import { defaultPipelineDefinition, KINDS_WITH_DEFAULTS, KNOWN_SECTOR_CODES } from './defaults/default-definitions.js';
import { codesAt, defaultBody, type LooseBody } from './definition-test-helpers.js';
import { parsePath, type PathSegment } from './json-path.js';
import { validatePipelineDefinition } from './validate-pipeline-definition.js';

const sector = fc.oneof(fc.constantFrom(...KNOWN_SECTOR_CODES), fc.string());
const kind = fc.constantFrom(...KINDS_WITH_DEFAULTS);

/** Every path of a JSON value, containers included. */
function allPaths(value: unknown, at: PathSegment[] = []): PathSegment[][] {
  const children =
    Array.isArray(value) || (typeof value === 'object' && value !== null)
      ? Object.entries(value).flatMap(([key, child]) =>
          allPaths(child, [...at, Array.isArray(value) ? Number(key) : key]),
        )
      : [];
  return [at, ...children];
}

function setAt(body: LooseBody, path: PathSegment[], value: unknown): void {
  if (path.length === 0) return;
  let parent: LooseBody = body;
  for (const segment of path.slice(0, -1)) parent = parent[segment as string];
  parent[path[path.length - 1] as string] = value;
}

/** A weight in tenths of a point changed by a non-zero amount, staying a valid weight. */
const perturbed = (weight: number) =>
  fc
    .integer({ min: 1, max: 1000 })
    .filter((tenths) => tenths !== Math.round(weight * 10))
    .map((tenths) => tenths / 10);

describe('validatePipelineDefinition — properties', () => {
  it('finds nothing wrong with any default, for any sector, known or new', () => {
    fc.assert(
      fc.property(kind, sector, (k, s) => {
        expect(validatePipelineDefinition(defaultPipelineDefinition(k, s))).toEqual([]);
      }),
    );
  });

  it('reports exactly the one weight error when a single item weight changes', () => {
    const sheet = defaultBody().indicatorSheet;
    const indicatorIndex = (code: string) => sheet.indicators.findIndex((i: { code: string }) => i.code === code);
    fc.assert(
      fc.property(
        fc
          .nat({ max: sheet.items.length - 1 })
          .chain((index) => fc.tuple(fc.constant(index), perturbed(sheet.items[index].weight))),
        ([index, weight]) => {
          const body = defaultBody();
          body.indicatorSheet.items[index].weight = weight;
          const at = indicatorIndex(body.indicatorSheet.items[index].indicator);
          expect(codesAt(validatePipelineDefinition(body))).toEqual([
            `INDICATOR_ITEMS_SUM_MISMATCH@$.indicatorSheet.indicators[${at}].weight`,
          ]);
        },
      ),
    );
  });

  it('reports the total and that indicator’s mismatch when a single indicator weight changes', () => {
    const sheet = defaultBody().indicatorSheet;
    fc.assert(
      fc.property(
        fc
          .nat({ max: sheet.indicators.length - 1 })
          .chain((index) => fc.tuple(fc.constant(index), perturbed(sheet.indicators[index].weight))),
        ([index, weight]) => {
          const body = defaultBody();
          body.indicatorSheet.indicators[index].weight = weight;
          expect(codesAt(validatePipelineDefinition(body))).toEqual([
            'INDICATOR_SHEET_TOTAL_NOT_100@$.indicatorSheet.indicators',
            `INDICATOR_ITEMS_SUM_MISMATCH@$.indicatorSheet.indicators[${index}].weight`,
          ]);
        },
      ),
    );
  });

  it('reports exactly the total error when a single appraisal weight changes', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('self', 'membersAndPublic', 'superior'),
        fc.integer({ min: 1, max: 1000 }),
        (key, tenths) => {
          const body = defaultBody();
          fc.pre(tenths !== body.appraisalWeights[key] * 10);
          body.appraisalWeights[key] = tenths / 10;
          expect(codesAt(validatePipelineDefinition(body))).toEqual([
            'APPRAISAL_WEIGHTS_TOTAL_NOT_100@$.appraisalWeights',
          ]);
        },
      ),
    );
  });

  it('never throws, whatever it is given, and every problem is located and worded in both languages', () => {
    const check = (input: unknown) => {
      const problems = validatePipelineDefinition(input);
      expect(Array.isArray(problems)).toBe(true);
      for (const problem of problems) {
        expect(parsePath(problem.path)).toBeDefined();
        expect(problem.code).toMatch(/^[A-Z][A-Z0-9_]+$/);
        expect(problem.text.zhCN.trim()).not.toBe('');
        expect(problem.text.en.trim()).not.toBe('');
      }
    };
    fc.assert(fc.property(fc.anything({ withBigInt: true, withDate: true, withMap: true }), check));
    fc.assert(fc.property(fc.jsonValue(), check));
  });

  it('reports any part of a default replaced by a value of another JSON type', () => {
    const paths = allPaths(defaultBody()).filter((p) => p.length > 0);
    const typeOf = (v: unknown) => (v === null ? 'null' : Array.isArray(v) ? 'array' : typeof v);
    fc.assert(
      fc.property(fc.constantFrom(...paths), fc.jsonValue(), (path, value) => {
        const body = defaultBody();
        const old = path.reduce<unknown>((node, segment) => (node as LooseBody)[segment as string], body);
        fc.pre(typeOf(old) !== typeOf(value));
        setAt(body, path, value);
        const problems = validatePipelineDefinition(body);
        expect(problems.length).toBeGreaterThan(0);
        for (const problem of problems) expect(parsePath(problem.path)).toBeDefined();
      }),
    );
  });
});
