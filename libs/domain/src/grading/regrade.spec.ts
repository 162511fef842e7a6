import { classifyGradingUnit } from './classify-grading-unit.js';
import { branchScoring, thrown, unitInput } from './grading-test-helpers.js';
import type { Objection } from './objections.js';
import { diffClassifications, regradeAfterObjection } from './regrade.js';

const code = (n: number) => `B${String(n).padStart(2, '0')}`;
/** 10 branches scoring 95, 94, …, 86: cap 3 advanced, floor 1 lagging (B10). */
const input = unitInput(Array.from({ length: 10 }, (_, i) => branchScoring(code(i + 1), 95 - i)));
const objection = (status: Objection['status'], organisationId = 'org-B05'): Objection => ({
  id: 'obj-1',
  organisationId,
  filedOn: '2025-04-02',
  objector: { realName: '王建国', contact: '13800138000' },
  reason: '上级评定漏记了该支部的工作业绩',
  status,
});

describe('regradeAfterObjection (SPEC §6 rule 11)', () => {
  it('re-grades only the objected branch and reports every branch whose tier changed', () => {
    // B05 (91, average by the cap) is corrected to 99: it becomes advanced and pushes B03 out.
    const corrected = branchScoring('B05', 99);
    const result = regradeAfterObjection(input, objection('upheld'), corrected);
    expect(result.regraded).toMatchObject({ organisationCode: 'B05', rank: 1, proposedTier: 'advanced' });
    expect(result.changes).toEqual([
      {
        organisationId: 'org-B03',
        organisationCode: 'B03',
        from: 'advanced',
        to: 'average',
        scoreFrom: 93,
        scoreTo: 93,
      },
      {
        organisationId: 'org-B05',
        organisationCode: 'B05',
        from: 'average',
        to: 'advanced',
        scoreFrom: 91,
        scoreTo: 99,
      },
    ]);
    expect(result.input.branches.filter((b, i) => b !== input.branches[i]).map((b) => b.organisationCode)).toEqual([
      'B05',
    ]);
  });

  it('reports no change when the correction does not move any tier', () => {
    expect(regradeAfterObjection(input, objection('upheld'), branchScoring('B05', 90.5)).changes).toEqual([]);
  });

  it('refuses an objection not upheld, another branch, or a change of identity', () => {
    expect(thrown(() => regradeAfterObjection(input, objection('open'), branchScoring('B05', 99)))).toMatchObject({
      code: 'GRADING_OBJECTION_NOT_UPHELD',
      kind: 'conflict',
    });
    expect(thrown(() => regradeAfterObjection(input, objection('upheld'), branchScoring('B04', 99))).code).toBe(
      'GRADING_REGRADE_WRONG_BRANCH',
    );
    expect(
      thrown(() => regradeAfterObjection(input, objection('upheld', 'org-X'), branchScoring('B05', 99))).code,
    ).toBe('GRADING_REGRADE_WRONG_BRANCH');
    const moved = { ...branchScoring('B05', 99), sectorCode: 'agency' };
    expect(thrown(() => regradeAfterObjection(input, objection('upheld'), moved)).code).toBe(
      'GRADING_REGRADE_IDENTITY_CHANGED',
    );
  });

  it('diffs two classifications of the same unit', () => {
    const before = classifyGradingUnit(input);
    expect(diffClassifications(before, before)).toEqual([]);
  });
});
