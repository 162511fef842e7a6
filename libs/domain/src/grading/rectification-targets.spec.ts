import fc from 'fast-check';
import { INDICATOR_CODES, type IndicatorCode } from '../pipeline/indicators.js';
import type { IndicatorAttainment } from './composite-score.js';
import { thrown } from './grading-test-helpers.js';
import { rectificationTargets } from './rectification-targets.js';

const at = (code: IndicatorCode, attainment: number, weight = 10): IndicatorAttainment => ({
  code,
  weight,
  attainment,
  points: Math.round(attainment * weight * 100) / 100,
});

describe('rectificationTargets (SPEC §6 rule 12)', () => {
  it('picks the two indicators with the lowest attainment by default', () => {
    const targets = rectificationTargets([
      at('leader', 0.9, 20),
      at('venue', 0.5),
      at('rules', 0.7, 15),
      at('support', 0.6),
    ]);
    expect(targets.map((t) => t.code)).toEqual(['venue', 'support']);
  });

  it('compares attainment, not raw points, and breaks ties by weight, then the seed’s order', () => {
    // Both at half their points: leader weighs 20, so its gap costs more and it comes first.
    expect(rectificationTargets([at('venue', 0.5, 10), at('leader', 0.5, 20)], 1).map((t) => t.code)).toEqual([
      'leader',
    ]);
    expect(
      rectificationTargets([at('support', 0.5), at('venue', 0.5), at('work-plan', 0.5)], 2).map((t) => t.code),
    ).toEqual(['work-plan', 'venue']);
  });

  it('takes a configured count, all when it exceeds the sheet, and refuses a count below 1', () => {
    const all = INDICATOR_CODES.map((code, i) => at(code, i / 10));
    expect(rectificationTargets(all, 3).map((t) => t.code)).toEqual(['leader', 'work-plan', 'rules']);
    expect(rectificationTargets(all, 99)).toHaveLength(7);
    expect(thrown(() => rectificationTargets(all, 0))).toMatchObject({
      code: 'RECTIFICATION_TARGET_COUNT_INVALID',
      kind: 'invalid',
    });
  });

  it('returns the weakest, whatever the input order (property)', () => {
    const entry = fc.record({
      attainment: fc.integer({ min: 0, max: 4 }).map((n) => n / 4),
      weight: fc.constantFrom(5, 10, 20),
    });
    fc.assert(
      fc.property(
        fc.array(entry, { minLength: 7, maxLength: 7 }),
        fc.integer({ min: 1, max: 7 }),
        fc.func(fc.integer()),
        (entries, count, key) => {
          const indicators = entries.map((e, i) => at(INDICATOR_CODES[i]!, e.attainment, e.weight));
          const shuffled = [...indicators].sort((a, b) => key(a.code) - key(b.code));
          const targets = rectificationTargets(shuffled, count);
          expect(targets).toEqual(rectificationTargets(indicators, count));
          const worstKept = Math.max(...targets.map((t) => t.attainment));
          const left = indicators.filter((i) => !targets.includes(i));
          for (const other of left) expect(other.attainment).toBeGreaterThanOrEqual(worstKept);
        },
      ),
    );
  });
});
