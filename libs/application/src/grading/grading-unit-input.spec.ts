import type { BranchGradingRow } from '@cxzy/persistence';
import { branchGradingInput, notRatedProblems } from './grading-unit-input.js';

const row = (extra: Partial<BranchGradingRow> = {}): BranchGradingRow => ({
  organisationId: 'o1',
  organisationCode: 'B1',
  sectorCode: 'village',
  state: 'grade.rated',
  selfAssessment: { items: { a: 10 } },
  superiorRating: { overall: 90 },
  facts: { secretaryPostVacantSince: null, lastPartyActivityOn: '2025-03-01' },
  publicBase: 20,
  reachableMembers: 5,
  memberAppraisers: 3,
  publicRaters: 2,
  publicSatisfied: 1,
  appraisalSum: 400,
  ...extra,
});

describe('branchGradingInput (the classification input of one projection row)', () => {
  it('averages the appraisals into the members-and-public source and counts participation', () => {
    const input = branchGradingInput(row());
    expect(input.sources).toEqual({
      self: { items: { a: 10 } },
      membersAndPublic: { overall: 80 },
      superior: { overall: 90 },
    });
    expect(input.participation).toEqual({ reachableMembers: 5, memberAppraisers: 3, publicBase: 20, publicRaters: 2 });
    expect(input.facts).toEqual({
      secretaryPostVacantSince: null,
      lastPartyActivityOn: '2025-03-01',
      publicSatisfactionPercent: 50,
    });
  });

  it('leaves out a source not in yet, drops the rating comment, and leaves unrecorded facts and no public raters unknown', () => {
    const input = branchGradingInput(
      row({
        selfAssessment: null,
        superiorRating: { items: { a: 9 }, comment: 'ok' } as never,
        facts: null,
        memberAppraisers: 0,
        publicRaters: 0,
        appraisalSum: 0,
      }),
    );
    expect(input.sources).toEqual({ superior: { items: { a: 9 } } });
    // Not "no activity on record", not "100 % satisfied": classification names what is missing.
    expect(input.facts).toEqual({ publicSatisfactionPercent: null });
  });
});

describe('notRatedProblems', () => {
  it('names every branch not yet in grade.rated, with its state', () => {
    const problems = notRatedProblems([row(), row({ organisationCode: 'B2', state: 'grade.awaiting-rating' })]);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ path: '$.branches["B2"]', code: 'GRADING_BRANCH_NOT_RATED' });
    expect(problems[0]!.text.zhCN).toContain('待上级评定');
    expect(problems[0]!.text.en).not.toContain('grade.');
  });
});
