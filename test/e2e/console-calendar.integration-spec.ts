import { jest } from '@jest/globals';
import type { Page } from 'playwright-core';
import { CONSOLE_DIR, CONSOLE_PASSWORD as PASSWORD, useConsoleBrowser } from '../support/console-browser.js';
import { importGradingCounty } from '../support/grading-county.js';
import { beijingYear } from '../support/test-clock.js';
import { useTestStack } from '../support/test-stack.js';

jest.setTimeout(240_000);

/**
 * The 调休日历 page in Chromium against the real API (no worker needed): the warning for a year
 * without a calendar, an .ics import, and a refused row. The year is next year, cleared first.
 */
describe('console: 调休日历 (Chromium against the real API)', () => {
  const ui = useConsoleBrowser();
  const stack = useTestStack('console-calendar', { worker: false, env: () => ({ CONSOLE_DIR }) });
  const year = beijingYear() + 1;
  let page: Page;

  beforeAll(async () => {
    await ui.open(stack);
    await importGradingCounty(stack.api);
    const security = await stack.as('qs-security');
    await security.put('/users/qs-admin/password').send({ password: PASSWORD }).expect(204);
    await stack.db.query(`DELETE FROM calendar_days WHERE date BETWEEN $1 AND $2`, [`${year}-01-01`, `${year}-12-31`]);
  }, 180_000);

  it('warns that the year has no calendar, imports an .ics, and shows a refused row', async () => {
    page = await ui.logIn('qs-admin');
    await page.getByRole('menuitem', { name: '调休日历' }).click();
    await page.waitForURL('**/console/admin/calendar');
    await page.getByText(`${year} 年尚无节假日与调休安排`).waitFor();
    await ui.shot('calendar-01-warning');

    await page.locator('input[type=file]').setInputFiles({
      name: 'holidays.ics',
      mimeType: 'text/calendar',
      buffer: Buffer.from(
        [
          'BEGIN:VCALENDAR',
          'BEGIN:VEVENT',
          `DTSTART;VALUE=DATE:${year}1001`,
          `DTEND;VALUE=DATE:${year}1004`,
          'SUMMARY:国庆节（休）',
          'END:VEVENT',
          'END:VCALENDAR',
        ].join('\r\n'),
      ),
    });
    await page.getByText(`已导入 ${year} 年：放假 3 天，调休上班 0 天`).waitFor();
    await page.getByRole('cell', { name: `${year}-10-02` }).waitFor();
    expect(await page.getByText(`${year} 年尚无节假日与调休安排`).count()).toBe(0);
    await ui.shot('calendar-02-imported');

    await page.locator('input[type=file]').setInputFiles({
      name: 'bad.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(`日期,类型,名称\n${year}-10-01,休假,国庆节\n`),
    });
    await page.getByText('第 2 行「类型」：“休假”应为 放假 或 上班', { exact: false }).first().waitFor();
    // Refused: the imported year is still there.
    await page.getByRole('cell', { name: `${year}-10-02` }).waitFor();
  });
});
