import fc from 'fast-check';
import { defaultPipelineDefinition } from '../pipeline/defaults/default-definitions.js';
import type { CampaignRules } from '../pipeline/pipeline-definition.types.js';
import {
  averageOf,
  campaignScore,
  checkLeaderComment,
  checkPeerReview,
  checkPublicRating,
  followUpReason,
  mapToPublicAppraisal,
  rankCampaign,
  scoreCompetitionEntry,
} from './index.js';

const rules = defaultPipelineDefinition('campaign', 'window-service')?.campaign as CampaignRules;

describe('public ratings (三评 — 意见箱, 电子评价, 网上投票)', () => {
  it('accepts a score, a vote and a trimmed suggestion', () => {
    expect(checkPublicRating({ score: 88, vote: 'satisfied', suggestion: '  办事快 ' })).toEqual({
      score: 88,
      vote: 'satisfied',
      suggestion: '办事快',
      complaint: false,
    });
  });

  it.each([
    [{ score: 101, vote: 'satisfied' }, 'score'],
    [{ score: 7.5, vote: 'satisfied' }, 'score'],
    [{ score: 50, vote: 'meh' }, 'vote'],
    [{ score: 50, vote: 'dissatisfied', suggestion: 42 }, 'suggestion'],
    [{ score: 50, vote: 'dissatisfied', complaint: true }, 'suggestion'],
    [{ score: 50, vote: 'dissatisfied', suggestion: 'x'.repeat(1001) }, 'suggestion'],
  ])('refuses case %# naming the field', (input, field) => {
    expect(() => checkPublicRating(input)).toThrow(expect.objectContaining({ code: 'PUBLIC_RATING_INVALID', field }));
  });

  it('opens a follow-up on a complaint or a score below the line, never otherwise', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 100 }), fc.boolean(), (score, complaint) => {
        const rating = checkPublicRating({ score, vote: 'satisfied', suggestion: '意见', complaint });
        const reason = followUpReason(rating, rules);
        if (complaint) expect(reason).toBe('complaint');
        else if (score < rules.lowPublicScoreBelow) expect(reason).toBe('low-score');
        else expect(reason).toBeNull();
      }),
    );
  });
});

describe('leader comments and peer review', () => {
  it('a collective comment is on the unit, an individual one names a member', () => {
    expect(checkLeaderComment({ kind: 'on-site', score: 90, text: '现场服务规范' }).memberId).toBeNull();
    expect(() => checkLeaderComment({ kind: 'collective', memberId: 'm1', score: 90, text: 'x' })).toThrow(
      expect.objectContaining({ field: 'memberId' }),
    );
    expect(() => checkLeaderComment({ kind: 'individual', score: 90, text: 'x' })).toThrow(
      expect.objectContaining({ field: 'memberId' }),
    );
    expect(() => checkLeaderComment({ kind: 'weekly', score: 90, text: 'x' })).toThrow(
      expect.objectContaining({ field: 'kind' }),
    );
  });

  it('members review colleagues once, never themselves', () => {
    const base = { reviewerMemberId: 'a', memberId: 'b', score: 80, unitMemberIds: ['a', 'b'], alreadyReviewed: false };
    expect(checkPeerReview(base)).toBe(80);
    expect(() => checkPeerReview({ ...base, memberId: 'a' })).toThrow(
      expect.objectContaining({ code: 'PEER_REVIEW_INVALID' }),
    );
    expect(() => checkPeerReview({ ...base, reviewerMemberId: 'z' })).toThrow(
      expect.objectContaining({ code: 'PEER_REVIEWER_NOT_IN_UNIT' }),
    );
    expect(() => checkPeerReview({ ...base, alreadyReviewed: true })).toThrow(
      expect.objectContaining({ code: 'PEER_REVIEW_DUPLICATE' }),
    );
  });
});

describe('三比 entries', () => {
  it('score on the sheet; every item scored, none invented', () => {
    expect(scoreCompetitionEntry(rules.competitionSheet, { skills: 100, 'work-style': 50, results: 80 })).toBe(78);
    expect(() => scoreCompetitionEntry(rules.competitionSheet, { skills: 100, 'work-style': 50 })).toThrow(
      expect.objectContaining({ field: 'itemScores.results' }),
    );
    expect(() =>
      scoreCompetitionEntry(rules.competitionSheet, { skills: 1, 'work-style': 1, results: 1, luck: 1 }),
    ).toThrow(expect.objectContaining({ field: 'itemScores.luck' }));
  });

  it('stay within 0–100 for any scores', () => {
    const score = fc.integer({ min: 0, max: 100 });
    fc.assert(
      fc.property(score, score, score, (a, b, c) => {
        const total = scoreCompetitionEntry(rules.competitionSheet, { skills: a, 'work-style': b, results: c });
        expect(total).toBeGreaterThanOrEqual(Math.min(a, b, c) - 0.01);
        expect(total).toBeLessThanOrEqual(Math.max(a, b, c) + 0.01);
      }),
    );
  });
});

describe('ranked result and the 群众评价 mapping', () => {
  const average = fc.option(fc.integer({ min: 0, max: 100 }), { nil: null });
  const subject = fc.record({
    kind: fc.constantFrom('unit' as const, 'member' as const),
    id: fc.string({ minLength: 1, maxLength: 4 }),
    averages: fc.record({ public: average, peer: average, leader: average, competition: average }),
  });
  const subjects = fc.uniqueArray(subject, { selector: (s) => `${s.kind}:${s.id}`, maxLength: 12 });

  it('re-weights over the sources a subject has', () => {
    expect(campaignScore({ public: 80, peer: null, leader: 60, competition: null }, rules.weights)).toBe(73.33);
    expect(campaignScore({ public: null, peer: null, leader: null, competition: null }, rules.weights)).toBe(0);
    expect(averageOf([90, 85, 40])).toBe(71.67);
    expect(averageOf([])).toBeNull();
  });

  it('ranks best first per kind, ties share a rank, whatever the input order', () => {
    fc.assert(
      fc.property(subjects, (list) => {
        const ranked = rankCampaign(list, rules.weights);
        expect(rankCampaign([...list].reverse(), rules.weights)).toEqual(ranked);
        for (const kind of ['unit', 'member']) {
          const group = ranked.filter((s) => s.kind === kind);
          group.forEach((s, i) => {
            if (i === 0) expect(s.rank).toBe(1);
            else {
              const prev = group[i - 1]!;
              expect(s.score).toBeLessThanOrEqual(prev.score);
              expect(s.rank).toBe(s.score === prev.score ? prev.rank : i + 1);
            }
          });
        }
      }),
    );
  });

  it('maps every score to a band, never rising when the score falls', () => {
    expect(mapToPublicAppraisal(95, rules.publicAppraisalMapping)).toBe(100);
    expect(mapToPublicAppraisal(80, rules.publicAppraisalMapping)).toBe(85);
    expect(mapToPublicAppraisal(10, rules.publicAppraisalMapping)).toBe(30);
    fc.assert(
      fc.property(
        fc.double({ min: 0, max: 100, noNaN: true }),
        fc.double({ min: 0, max: 100, noNaN: true }),
        (a, b) => {
          const [low, high] = a <= b ? [a, b] : [b, a];
          expect(mapToPublicAppraisal(low, rules.publicAppraisalMapping)).toBeLessThanOrEqual(
            mapToPublicAppraisal(high, rules.publicAppraisalMapping),
          );
        },
      ),
    );
  });
});
