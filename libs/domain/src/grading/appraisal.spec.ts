import fc from 'fast-check';
import { appraisalTotal, membersAndPublicSource, publicSatisfactionPercent } from './appraisal.js';
import { defaultSheet, itemsAt, thrown } from './grading-test-helpers.js';

const rules = { sheet: defaultSheet(), appraisalWeights: { self: 15, membersAndPublic: 20, superior: 65 } };

describe('appraisalTotal (党员群众评议, one rater)', () => {
  it('sums item scores against the sheet, or takes the overall score', () => {
    expect(appraisalTotal({ items: itemsAt(0.8) }, 'B1', rules)).toBe(80);
    expect(appraisalTotal({ overall: 72.5 }, 'B1', rules)).toBe(72.5);
  });

  it('refuses an overall score out of range at $.overall (invalid → 422)', () => {
    const error = thrown(() => appraisalTotal({ overall: 101 }, 'B1', rules));
    expect(error.kind).toBe('invalid');
    expect(error.error.details.map((d: { path: string }) => d.path)).toEqual(['$.overall']);
  });

  it('refuses a missing item at its path and both shapes at once', () => {
    const items = itemsAt(1);
    const firstKey = Object.keys(items)[0]!;
    delete items[firstKey];
    const missing = thrown(() => appraisalTotal({ items }, 'B1', rules));
    expect(missing.error.details.map((d: { path: string }) => d.path)).toContain(`$.items["${firstKey}"]`);
    const both = thrown(() => appraisalTotal({ items: itemsAt(1), overall: 90 } as never, 'B1', rules));
    expect(both.code).toBe('GRADING_APPRAISAL_SHAPE');
  });
});

describe('membersAndPublicSource', () => {
  it('is absent with no appraisal and the mean rounded half up otherwise', () => {
    expect(membersAndPublicSource(0, 0)).toBeUndefined();
    expect(membersAndPublicSource(170, 2)).toEqual({ overall: 85 });
    expect(membersAndPublicSource(100.01, 2)).toEqual({ overall: 50.01 }); // 50.005 → 50.01
    expect(membersAndPublicSource(200, 3)).toEqual({ overall: 66.67 });
  });

  it('always lies between the lowest and the highest total', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 10_000 }), { minLength: 1, maxLength: 50 }), (hundredths) => {
        const sum = hundredths.reduce((a, b) => a + b, 0) / 100;
        const { overall } = membersAndPublicSource(sum, hundredths.length)!;
        expect(overall).toBeGreaterThanOrEqual(Math.min(...hundredths) / 100);
        expect(overall).toBeLessThanOrEqual(Math.max(...hundredths) / 100);
      }),
    );
  });
});

describe('publicSatisfactionPercent', () => {
  it('is the satisfied share, one decimal; none (无群众评议) with no public rater', () => {
    expect(publicSatisfactionPercent(2, 3)).toBe(66.7);
    expect(publicSatisfactionPercent(0, 4)).toBe(0);
    expect(publicSatisfactionPercent(0, 0)).toBeNull();
  });
});
