import fc from 'fast-check';
import { renderDailyDigest, type DigestItem } from './daily-digest.js';

const item = (step: string, deadlineAt: string): DigestItem => ({
  process: { zhCN: '2026年度晋位升级', en: 'grading round 2026' },
  step: { zhCN: step, en: step },
  deadlineAt,
  link: `http://127.0.0.1:3000/${step}`,
});

describe('renderDailyDigest', () => {
  it('counts and lists overdue first, then due soon, each by deadline', () => {
    const digest = renderDailyDigest({
      organisationName: '长家庄党支部',
      date: '2026-03-30',
      asOf: '2026-03-30T00:30:00Z',
      items: [
        item('整改计划', '2026-04-01T10:00:00Z'),
        item('自评', '2026-03-28T10:00:00Z'),
        item('评议', '2026-03-29T10:00:00Z'),
      ],
    });
    expect(digest.title.zhCN).toBe('【每日待办】长家庄党支部：逾期 2 项，即将到期 1 项（2026-03-30）');
    const lines = digest.body.zhCN.split('\n');
    expect(lines[0]).toBe('已逾期：');
    expect(lines[1]).toContain('「自评」截止 2026年3月28日 18:00');
    expect(lines[2]).toContain('「评议」');
    expect(lines[3]).toBe('即将到期：');
    expect(lines[4]).toContain('「整改计划」');
  });

  it('mentions every item exactly once, whatever the order given', () => {
    fc.assert(
      fc.property(fc.uniqueArray(fc.integer({ min: 0, max: 10_000 }), { maxLength: 12 }), (offsets) => {
        const items = offsets.map((h) => item(`s${h}`, new Date(Date.UTC(2026, 0, 1) + h * 3_600_000).toISOString()));
        const body = renderDailyDigest({
          organisationName: 'x',
          date: '2026-01-01',
          asOf: '2026-01-05T00:00:00Z',
          items,
        }).body.zhCN;
        return items.every((i) => body.split(`「${i.step.zhCN}」`).length === 2);
      }),
    );
  });
});
