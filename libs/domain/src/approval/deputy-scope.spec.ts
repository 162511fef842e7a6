import fc from 'fast-check';
import { checkDeputyInScope } from './deputy.js';

describe('checkDeputyInScope — 代理 only within one of the user’s grading units', () => {
  it('accepts a deputy holding a role in a unit the user holds one in', () => {
    expect(() => checkDeputyInScope(['QS', 'TAX'], ['HX', 'TAX'])).not.toThrow();
  });

  it('refuses a deputy of other units, one with no role and an unknown user alike (422 naming deputyId)', () => {
    for (const deputyUnits of [['HX'], [], null]) {
      expect(() => checkDeputyInScope(['QS'], deputyUnits)).toThrow(
        expect.objectContaining({ code: 'DEPUTY_OUTSIDE_UNIT', kind: 'invalid', field: 'deputyId' }),
      );
    }
    // A user holding no role names nobody.
    expect(() => checkDeputyInScope([], ['QS'])).toThrow(expect.objectContaining({ code: 'DEPUTY_OUTSIDE_UNIT' }));
  });

  it('accepts exactly when the two sets of units meet', () => {
    const units = fc.uniqueArray(fc.constantFrom('QS', 'HX', 'TAX', 'MET'), { maxLength: 4 });
    fc.assert(
      fc.property(units, fc.option(units, { nil: null }), (user, deputy) => {
        const meet = (deputy ?? []).some((unit) => user.includes(unit));
        let accepted = true;
        try {
          checkDeputyInScope(user, deputy);
        } catch {
          accepted = false;
        }
        expect(accepted).toBe(meet);
      }),
    );
  });
});
