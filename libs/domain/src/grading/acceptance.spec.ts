import fc from 'fast-check';
import {
  acceptanceGate,
  acceptanceProblems,
  assertMayFinaliseRound,
  previousRoundLine,
  previousRoundLines,
  recordAcceptance,
  type AcceptanceInput,
  type AcceptanceRecord,
} from './acceptance.js';
import { defaultSheet, thrown } from './grading-test-helpers.js';

const sheet = defaultSheet();
const allComments = sheet.indicators.map((i) => ({ indicator: i.code, comment: `${i.name.zhCN}：有改进` }));
const good: AcceptanceInput = {
  checks: { organisationStrengthened: true, problemsSolved: true, membersAndPublicSatisfied: true },
  indicatorComments: allComments,
};
const record = (organisationId: string, input: AcceptanceInput = good, roundYear = 2025): AcceptanceRecord =>
  recordAcceptance({
    input,
    sheet,
    gradingUnitId: 'county-1',
    roundYear,
    organisationId,
    acceptedBy: 'sup-1',
    acceptedOn: '2026-01-10',
  });

describe('acceptance (SPEC §6 rule 13)', () => {
  it('passes only when all three checks hold', () => {
    expect(record('org-1').passed).toBe(true);
    expect(record('org-2', { ...good, checks: { ...good.checks, problemsSolved: false } }).passed).toBe(false);
  });

  it('needs all three checks answered and a comment on every indicator, reporting all at once', () => {
    const problems = acceptanceProblems(
      {
        checks: { organisationStrengthened: true } as never,
        indicatorComments: [
          ...allComments.slice(0, 5),
          { indicator: 'leader', comment: '重复' },
          { indicator: 'morale', comment: 'x' },
          { indicator: 'results', comment: ' ' },
        ],
      },
      sheet,
    );
    expect(problems.map((p) => `${p.code}@${p.path}`)).toEqual([
      'ACCEPTANCE_CHECK_REQUIRED@$.checks.problemsSolved',
      'ACCEPTANCE_CHECK_REQUIRED@$.checks.membersAndPublicSatisfied',
      'ACCEPTANCE_INDICATOR_DUPLICATE@$.indicatorComments[5].indicator',
      'ACCEPTANCE_INDICATOR_UNKNOWN@$.indicatorComments[6].indicator',
      'ACCEPTANCE_COMMENT_BLANK@$.indicatorComments[7].comment',
      'ACCEPTANCE_COMMENT_MISSING@$.indicatorComments',
    ]);
    expect(problems[5]?.text.zhCN).toBe('缺少对指标「群众评价」的验收意见');
    expect(thrown(() => record('org-3', { ...good, indicatorComments: [] }))).toMatchObject({
      code: 'ACCEPTANCE_COMMENT_MISSING',
      kind: 'invalid',
    });
  });

  it('lets round N+1 be finalised only when every branch of round N was accepted (conflict otherwise)', () => {
    const previous = { gradingUnitId: 'county-1', year: 2025, organisationIds: ['org-1', 'org-2', 'org-3'] };
    const acceptances = [record('org-1'), record('org-3'), record('org-2', good, 2024)];
    expect(acceptanceGate(previous, acceptances)).toEqual({ mayFinalise: false, missing: ['org-2'] });
    const error = thrown(() => assertMayFinaliseRound(previous, acceptances));
    expect(error).toMatchObject({ code: 'GRADING_PREVIOUS_ACCEPTANCE_MISSING', kind: 'conflict' });
    expect(error.error.text.zhCN).toBe('2025 年度尚有 1 个党组织未完成考核验收（org-2），本轮定级不能确定');
    expect(() => assertMayFinaliseRound(previous, [...acceptances, record('org-2')])).not.toThrow();
    expect(acceptanceGate(null, []).mayFinalise).toBe(true);
  });

  it('shows round N on the N+1 sheet: the tier and the acceptance, with the checks not met', () => {
    const failed = record('org-2', { ...good, checks: { ...good.checks, problemsSolved: false } });
    expect(previousRoundLine(2025, 'lagging', failed)).toEqual({
      year: 2025,
      tier: 'lagging',
      acceptance: 'not-passed',
      failedChecks: ['problemsSolved'],
      label: {
        zhCN: '2025 年度定级：后进；整改验收：未通过（未达到：突出问题得到较好解决）',
        en: '2025 grade: lagging; rectification acceptance: not passed (not met: outstanding problems solved)',
      },
    });
    const lines = previousRoundLines(2025, { 'org-1': 'advanced', 'org-9': 'average' }, [record('org-1')]);
    expect(lines.get('org-1')?.label.zhCN).toBe('2025 年度定级：先进；整改验收：通过');
    expect(lines.get('org-9')?.acceptance).toBe('missing');
  });

  it('may finalise exactly when no branch of round N lacks an acceptance (property)', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.integer({ min: 1, max: 40 }), { maxLength: 20 }),
        fc.array(fc.integer({ min: 1, max: 40 })),
        (graded, accepted) => {
          const previous = { gradingUnitId: 'county-1', year: 2025, organisationIds: graded.map((n) => `org-${n}`) };
          const gate = acceptanceGate(
            previous,
            accepted.map((n) => record(`org-${n}`)),
          );
          expect(gate.missing).toEqual(
            graded
              .filter((n) => !accepted.includes(n))
              .map((n) => `org-${n}`)
              .sort(),
          );
          expect(gate.mayFinalise).toBe(gate.missing.length === 0);
        },
      ),
    );
  });
});
