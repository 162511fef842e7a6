import { defaultSheet, gradingBody, itemsAt } from './grading-test-helpers.js';
import { rectificationIndicators } from './rectification-basis.js';
import { rectificationRequirements } from './rectification-plan.js';

const rules = () => ({ sheet: defaultSheet(), appraisalWeights: gradingBody().appraisalWeights! });

describe('rectificationIndicators (the basis of the plan’s targets)', () => {
  it('reads the self-assessment alone while the other sources are not in', () => {
    const items = { ...itemsAt(1), 'venue-place': 1, 'venue-use': 1, 'support-funding': 2 };
    const indicators = rectificationIndicators('V01', { self: { items } }, rules())!;
    expect(indicators.find((i) => i.code === 'venue')?.attainment).toBe(0.2);
    expect(indicators.find((i) => i.code === 'leader')?.attainment).toBe(1);
    expect(rectificationRequirements('lagging', indicators).targets).toEqual(['venue', 'support']);
  });

  it('ignores an overall superior rating for single indicators, and weighs itemised sources', () => {
    const self = { items: { ...itemsAt(1), 'venue-place': 0, 'venue-use': 0 } };
    const alone = rectificationIndicators('V01', { self }, rules())!;
    const withOverall = rectificationIndicators('V01', { self, superior: { overall: 10 } }, rules())!;
    expect(withOverall).toEqual(alone);
    // An itemised superior rating that scores the venue fully lifts its attainment above 0.
    const both = rectificationIndicators('V01', { self, superior: { items: itemsAt(1) } }, rules())!;
    const venue = both.find((i) => i.code === 'venue')!.attainment;
    expect(venue).toBeGreaterThan(0);
    expect(venue).toBeLessThan(1);
  });

  it('is null when no source scores item by item, or the items do not fit the sheet', () => {
    expect(rectificationIndicators('V01', { superior: { overall: 80 } }, rules())).toBeNull();
    expect(rectificationIndicators('V01', {}, rules())).toBeNull();
    expect(rectificationIndicators('V01', { self: { items: { unknown: 3 } } }, rules())).toBeNull();
  });
});
