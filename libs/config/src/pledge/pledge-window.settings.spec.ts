import { loadAppConfig } from '../load-app-config.js';
import { annualPledgeWindow } from './pledge-window.settings.js';

describe('the annual pledge window settings', () => {
  it('default to 1 Nov of the year before, members by 31 Mar, branches by 15 Mar', () => {
    expect(annualPledgeWindow(loadAppConfig({}))).toEqual({
      opensMonthDay: '11-01',
      memberClosesMonthDay: '03-31',
      branchClosesMonthDay: '03-15',
    });
  });

  it('take other month-days', () => {
    const config = loadAppConfig({ PLEDGE_WINDOW_OPENS: '12-01', PLEDGE_MEMBER_WINDOW_CLOSES: '04-30' });
    expect(annualPledgeWindow(config)).toMatchObject({ opensMonthDay: '12-01', memberClosesMonthDay: '04-30' });
  });

  it('refuse a day not every year has, or another shape, naming the variable', () => {
    for (const [variable, value] of [
      ['PLEDGE_WINDOW_OPENS', '02-29'],
      ['PLEDGE_MEMBER_WINDOW_CLOSES', '04-31'],
      ['PLEDGE_BRANCH_WINDOW_CLOSES', '3-15'],
      ['PLEDGE_BRANCH_WINDOW_CLOSES', '13-01'],
    ] as const)
      expect(() => loadAppConfig({ [variable]: value })).toThrow(new RegExp(`${variable}: must be`));
  });
});
