import { defaultGradingCycle } from '../pipeline/defaults/grading-cycle.defaults.js';
import { renderDeployNotice } from './deploy-notice.js';

describe('renderDeployNotice', () => {
  const sheet = defaultGradingCycle().indicatorSheet!;

  it('names the year, every indicator with its weight and the acknowledgement deadline in both languages', () => {
    const notice = renderDeployNotice({ year: 2027, sheet, acknowledgeBy: '2026-12-01T10:00:00.000Z', link: '/x' });
    expect(notice.title.zhCN).toBe('【部署】2027年度基层党组织晋位升级');
    expect(notice.body.zhCN).toContain('2026年12月1日 18:00');
    expect(notice.body.en).toContain('2026-12-01 18:00 Beijing time');
    for (const indicator of sheet.indicators) {
      expect(notice.body.zhCN).toContain(`${indicator.name.zhCN}（${indicator.weight}分）`);
    }
    expect(notice.link).toBe('/x');
  });
});
