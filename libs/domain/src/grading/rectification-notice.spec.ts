import { rectificationRequirements } from './rectification-plan.js';
import { renderRectificationNotice } from './rectification-notice.js';

const at = (code: 'venue' | 'support' | 'leader', attainment: number) => ({ code, weight: 10, attainment, points: 0 });

describe('renderRectificationNotice', () => {
  it('names the tier, the goal, the target indicators, the contact leader for lagging, and the date', () => {
    const requirements = rectificationRequirements('lagging', [at('venue', 0.2), at('support', 0.4), at('leader', 1)]);
    const notice = renderRectificationNotice({
      year: 2027,
      requirements,
      planDueAt: '2027-05-10T10:00:00.000Z',
      link: '/grading-rounds/r/branches/b',
    });
    expect(notice.title.zhCN).toBe('【整改提高】2027年度定级为“后进”，请提交整改方案');
    expect(notice.body.zhCN).toContain('整顿后进');
    expect(notice.body.zhCN).toContain('活动阵地、保障机制');
    expect(notice.body.zhCN).toContain('联系领导');
    expect(notice.body.zhCN).toContain('每 3 个月');
    expect(notice.body.en).toContain('2027');
  });

  it('asks no contact leader of an advanced branch', () => {
    const requirements = rectificationRequirements('advanced', [at('venue', 0.9), at('support', 0.95)]);
    const notice = renderRectificationNotice({
      year: 2027,
      requirements,
      planDueAt: '2027-05-10T10:00:00.000Z',
      link: '/x',
    });
    expect(notice.body.zhCN).toContain('巩固先进');
    expect(notice.body.zhCN).not.toContain('联系领导');
  });
});
