import fc from 'fast-check';
import {
  checkEvaluation,
  computeEvaluationResult,
  DEFAULT_EVALUATION_WEIGHTS,
  evaluationWeightsFrom,
  EVALUATION_SOURCES,
  type EvaluationContext,
  type PledgeEvaluation,
} from './pledge-evaluation.js';

const evaluation = (over: Partial<PledgeEvaluation>): PledgeEvaluation => ({
  source: 'self',
  evaluatorId: 'm1',
  score: 90,
  comment: null,
  achievements: null,
  problemsAndDirection: null,
  ...over,
});
const context: EvaluationContext = { pledgeMemberIds: ['m1'], branchMemberIds: ['m1', 'm2', 'm3'], existing: [] };
const codes = (e: PledgeEvaluation, c = context) => checkEvaluation(e, c).map((x) => x.code);

describe('pledge evaluation', () => {
  it('the leader comment names both 成绩 and 问题与方向', () => {
    expect(codes(evaluation({ source: 'leader', evaluatorId: 'sec' }))).toEqual([
      'EVALUATION_LEADER_ACHIEVEMENTS',
      'EVALUATION_LEADER_PROBLEMS',
    ]);
    expect(
      codes(
        evaluation({
          source: 'leader',
          evaluatorId: 'sec',
          achievements: '走访到位',
          problemsAndDirection: '记录不全，下半年补齐',
        }),
      ),
    ).toEqual([]);
  });

  it('self by the pledger, peers from the branch but not the pledger, once each', () => {
    expect(codes(evaluation({ evaluatorId: 'm2' }))).toEqual(['EVALUATION_SELF_NOT_PLEDGER']);
    expect(codes(evaluation({ source: 'peer', evaluatorId: 'm1' }))).toEqual(['EVALUATION_PEER_IS_PLEDGER']);
    expect(codes(evaluation({ source: 'peer', evaluatorId: 'x9' }))).toEqual(['EVALUATION_PEER_NOT_IN_BRANCH']);
    const given = evaluation({ source: 'peer', evaluatorId: 'm2' });
    expect(codes(given, { ...context, existing: [given] })).toEqual(['EVALUATION_ALREADY_GIVEN']);
    expect(codes(evaluation({ score: 101 }))).toEqual(['EVALUATION_SCORE']);
  });

  it('computes the weighted result and bands it 好/较好/一般/差', () => {
    const result = computeEvaluationResult([
      evaluation({ score: 100 }),
      evaluation({ source: 'peer', evaluatorId: 'm2', score: 80 }),
      evaluation({ source: 'peer', evaluatorId: 'm3', score: 90 }),
      evaluation({ source: 'public', evaluatorId: 't1', score: 70 }),
      evaluation({ source: 'leader', evaluatorId: 'sec', score: 80 }),
    ]);
    // 0.2·100 + 0.2·85 + 0.2·70 + 0.4·80 = 83
    expect(result.score).toBe(83);
    expect(result.band.name.zhCN).toBe('较好');
  });

  it('without public ratings their weight is shared out; without a required source it refuses', () => {
    const result = computeEvaluationResult([
      evaluation({ score: 90 }),
      evaluation({ source: 'peer', evaluatorId: 'm2', score: 90 }),
      evaluation({ source: 'leader', evaluatorId: 'sec', score: 90 }),
    ]);
    expect(result.score).toBe(90);
    expect(result.weights).toEqual({ self: 25, peer: 25, leader: 50 });
    expect(() => computeEvaluationResult([evaluation({})])).toThrow('EVALUATION_INCOMPLETE');
  });

  it('takes the weights from the definition (members and public split evenly)', () => {
    expect(evaluationWeightsFrom({ self: 15, membersAndPublic: 20, superior: 65 })).toEqual({
      self: 15,
      peer: 10,
      public: 10,
      leader: 65,
    });
    expect(evaluationWeightsFrom(undefined)).toBe(DEFAULT_EVALUATION_WEIGHTS);
  });

  it('property: the result lies between the lowest and highest score given, whatever the weights', () => {
    const score = fc.integer({ min: 0, max: 100 });
    fc.assert(
      fc.property(
        fc.array(fc.record({ source: fc.constantFrom(...EVALUATION_SOURCES), score }), { maxLength: 12 }),
        fc.tuple(score, score, score),
        fc.tuple(
          fc.integer({ min: 1, max: 60 }),
          fc.integer({ min: 1, max: 60 }),
          fc.integer({ min: 0, max: 60 }),
          fc.integer({ min: 1, max: 60 }),
        ),
        (extra, [self, peer, leader], [ws, wp, wpub, wl]) => {
          const all = [
            evaluation({ score: self }),
            evaluation({ source: 'peer', evaluatorId: 'p', score: peer }),
            evaluation({ source: 'leader', evaluatorId: 'l', score: leader }),
            ...extra.map((e, i) => evaluation({ ...e, evaluatorId: `e${i}` })),
          ];
          const result = computeEvaluationResult(all, { self: ws, peer: wp, public: wpub, leader: wl });
          const scores = all.map((e) => e.score);
          expect(result.score).toBeGreaterThanOrEqual(Math.min(...scores) - 0.01);
          expect(result.score).toBeLessThanOrEqual(Math.max(...scores) + 0.01);
          expect(Object.values(result.weights).reduce((a, b) => a + (b ?? 0), 0)).toBeCloseTo(100, 6);
        },
      ),
    );
  });
});
