import { jest } from '@jest/globals';
import ExcelJS from 'exceljs';
import type { Page } from 'playwright-core';
import { userWith } from '../support/auth.js';
import {
  CONSOLE_DIR,
  CONSOLE_PASSWORD as PASSWORD,
  SCREENSHOTS,
  useConsoleBrowser,
} from '../support/console-browser.js';
import { eventually } from '../support/eventually.js';
import { PLEDGE_YEAR, buildPledgeWorld, type PledgeWorld } from '../integration/pledges/pledge-fixture.js';
import { useTestStack } from '../support/test-stack.js';

jest.setTimeout(300_000);

/**
 * The pledge pages of the console in Debian's Chromium against the real API, worker, Temporal and
 * PostgreSQL: a member finds a pledge on the 公示 page and evaluates it (自评), another member
 * peer-evaluates it (a refusal of the API shown as is), and the branch sees it in its ledger with
 * the evaluation result and exports the ledger.
 */
describe('web console: pledge publicity, self and peer evaluation, the branch ledger', () => {
  const ui = useConsoleBrowser();
  const stack = useTestStack('console-pledges', { env: () => ({ CONSOLE_DIR, REMINDER_QUIET_HOURS: '' }) });
  let page: Page;
  let world: PledgeWorld;
  let pledgeId = '';
  let n = 0;

  beforeAll(async () => {
    await ui.open(stack);
    world = await buildPledgeWorld(stack.api, stack.db);
    const admin = await stack.as('qs-admin');
    // Members log in as themselves: each user is linked to their member record.
    for (const [username, member] of [
      ['wang-member', world.member.wang],
      ['li-member', world.member.li],
    ] as const) {
      await userWith(stack.api, username, [{ role: 'member', organisationCode: 'QS-T01-V01' }]);
      await admin.put(`/users/${username}/member`).send({ memberId: member }).expect(200);
    }
    const security = await stack.as('qs-security');
    for (const username of ['wang-member', 'li-member', 'v01-secretary'])
      await security.put(`/users/${username}/password`).send({ password: PASSWORD }).expect(204);

    // 王磊's pledge is approved, publicised and fulfilled through the API: it is being evaluated.
    const secretary = await stack.as('v01-secretary');
    const step = (path: string, body: Record<string, unknown>) =>
      secretary.post(`/pledges/${pledgeId}/${path}`).send({ idempotencyKey: `e2e-pledges-${++n}`, ...body });
    pledgeId = (
      (
        await secretary
          .post('/pledges')
          .send({
            kind: 'annual',
            form: 'individual',
            pledgerKind: 'member',
            year: PLEDGE_YEAR,
            memberId: world.member.wang,
            organisationId: world.branchId,
            items: [{ content: '每月走访困难群众两次' }],
          })
          .expect(202)
      ).body as { pledgeId: string }
    ).pledgeId;
    await eventually(async () => ((await secretary.get(`/pledges/${pledgeId}`)).status === 200 ? true : undefined));
    await step('review', { decision: 'approve' }).expect(200);
    await step('publicise', { scope: 'public', expiresAt: new Date(Date.now() + 7 * 86_400_000).toISOString() }).expect(
      200,
    );
    await step('progress', { note: '全年走访 24 次', percent: 100, completed: true }).expect(200);
  }, 180_000);

  const { shot, chooseOption } = ui;
  const logIn = async (username: string) => {
    page = await ui.logIn(username);
    await page.waitForURL('**/console/tasks');
  };
  /** The evaluations the pledge's workflow holds. */
  const evaluations = async () =>
    (
      (await (await stack.as('v01-secretary')).get(`/pledges/${pledgeId}`).expect(200)).body as {
        live: { evaluations: unknown[] };
      }
    ).live.evaluations.length;

  it("a member cannot open an administrator's page: a 403 without retry or the administrator's buttons; breadcrumbs; menu entries are links", async () => {
    await logIn('wang-member');
    await page.goto(`${ui.baseUrl}/console/admin/organisations`);
    await page.getByText('无权访问此页面').waitFor();
    expect(await page.getByRole('button', { name: /导入/ }).count()).toBe(0);
    expect(await page.getByRole('button', { name: /重\s?试/ }).count()).toBe(0);
    // At an office's 1280 px every entry of the side menu is there (no "…" overflow), each a real link.
    await page.setViewportSize({ width: 1280, height: 800 });
    const board = page.getByRole('menuitem', { name: '承诺公示' }).getByRole('link');
    expect(await board.getAttribute('href')).toBe('/console/pledge-board');
    await page.getByRole('menuitem', { name: '三亮三比三评' }).click();
    await page.waitForURL('**/console/campaigns');
    const trail = page.getByRole('navigation', { name: '当前位置' });
    // Home is 我的待办 for every role (issue 21).
    expect(await trail.getByRole('link', { name: '首页' }).getAttribute('href')).toBe('/console/tasks');
    await trail.getByText('三亮三比三评').waitFor();
    await shot('19-member-forbidden-and-breadcrumbs');
  });

  it('a member finds the pledge on the 公示 page and evaluates it herself (自评)', async () => {
    await logIn('wang-member');
    await page.getByRole('menuitem', { name: '承诺公示' }).click();
    await page.getByTestId('board-pledger').filter({ hasText: '王磊' }).waitFor();
    await page.getByText('每月走访困难群众两次').waitFor();
    await shot('20-pledge-board');
    await page.getByRole('button', { name: '查看 / 评议' }).click();
    await page.waitForURL(`**/console/pledges/${pledgeId}`);
    await page.getByTestId('pledge-state').filter({ hasText: '评议中' }).waitFor();
    // The pledger is the only choice of the self-evaluation, filled in already.
    await page.locator('form[aria-label="个人自评"] .ant-select-selection-item', { hasText: '王磊' }).waitFor();
    await page.getByLabel('个人自评 得分（0–100）').fill('92');
    await page.getByLabel('个人自评 评议意见（选填）').fill('按月走访，全部完成');
    await page.locator('form[aria-label="个人自评"]').getByRole('button', { name: '提交评议' }).click();
    await page.getByRole('status').filter({ hasText: '评议已提交' }).waitFor();
    await page.getByRole('cell', { name: '个人自评' }).waitFor();
    await shot('21-pledge-self-evaluation');
    expect(await evaluations()).toBe(1);
  });

  it('the branch secretary asks 李秀英 for her 互评; she finds the request among her tasks', async () => {
    await logIn('v01-secretary');
    await page.goto(`${ui.baseUrl}/console/pledges/${pledgeId}`);
    await page.getByTestId('pledge-state').filter({ hasText: '评议中' }).waitFor();
    await chooseOption('邀请互评', '李秀英');
    await page.keyboard.press('Escape');
    await page.locator('form[aria-label="邀请互评"]').getByRole('button', { name: '发送邀请' }).click();
    await page.getByRole('status').filter({ hasText: '已邀请：李秀英' }).waitFor();
    await shot('21b-pledge-peer-requested');
    const [asked] = await stack.db.query<{ member_id: string; requested_by: string }>(
      'SELECT member_id, requested_by FROM pledge_peer_evaluation_requests WHERE pledge_id = $1',
      [pledgeId],
    );
    expect(asked).toEqual({ member_id: world.member.li, requested_by: 'v01-secretary' });

    await logIn('li-member');
    await page.goto(`${ui.baseUrl}/console/tasks`);
    const request = page.getByRole('row').filter({ hasText: '党员互评' }).filter({ hasText: '王磊' });
    await request.waitFor();
    await shot('21c-peer-request-in-tasks');
    await request.getByRole('button', { name: '办理 党员互评 王磊' }).click();
    await page.waitForURL(`**/console/pledges/${pledgeId}`);
  });

  it('another member peer-evaluates: naming someone else is refused with the API’s text, herself is recorded', async () => {
    await logIn('li-member');
    await page.goto(`${ui.baseUrl}/console/pledges/${pledgeId}`);
    await page.getByTestId('pledge-state').filter({ hasText: '评议中' }).waitFor();
    const peer = page.locator('form[aria-label="党员互评"]');
    await chooseOption('党员互评 评议人', '赵强');
    await page.getByLabel('党员互评 得分（0–100）').fill('70');
    await peer.getByRole('button', { name: '提交评议' }).click();
    // 李秀英 is not 赵强: the API refuses (403) and the page shows its message as is; nothing is recorded.
    const refused = await (
      await stack.as('li-member')
    )
      .post(`/pledges/${pledgeId}/evaluations`)
      .set('accept-language', 'zh-CN')
      .send({ idempotencyKey: `e2e-pledges-${++n}`, source: 'peer', evaluatorId: world.member.zhao, score: 70 });
    expect(refused.status).toBe(403);
    await page
      .getByRole('alert')
      .filter({ hasText: (refused.body as { message: string }).message })
      .waitFor();
    await shot('22-pledge-peer-evaluation-refused');
    expect(await evaluations()).toBe(1);

    await chooseOption('党员互评 评议人', '李秀英');
    await page.getByLabel('党员互评 得分（0–100）').fill('80');
    await peer.getByRole('button', { name: '提交评议' }).click();
    await page.getByRole('cell', { name: '党员互评' }).waitFor();
    await page.getByRole('cell', { name: '李秀英' }).waitFor();
    await shot('23-pledge-peer-evaluation');
    expect(await evaluations()).toBe(2);
  });

  it('the branch sees the pledge in its ledger with the evaluation result, and exports the ledger', async () => {
    // The leader's comment and the conclusion through the API (the console has no page for them yet).
    const secretary = await stack.as('v01-secretary');
    await secretary
      .post(`/pledges/${pledgeId}/evaluations`)
      .send({
        idempotencyKey: `e2e-pledges-${++n}`,
        source: 'leader',
        evaluatorId: 'v01-secretary',
        score: 85,
        achievements: '走访到位',
        problemsAndDirection: '记录不够完整',
      })
      .expect(200);
    const concluded = await secretary
      .post(`/pledges/${pledgeId}/conclude-evaluation`)
      .send({ idempotencyKey: `e2e-pledges-${++n}` })
      .expect(200);
    const score = (concluded.body as { result: { score: number } }).result.score;

    await logIn('v01-secretary');
    await page.getByRole('menuitem', { name: '承诺台账' }).click();
    await page.waitForURL('**/console/pledge-ledger');
    const row = page.getByRole('row').filter({ hasText: '每月走访困难群众两次' });
    await row.getByText('王磊').waitFor();
    await row.getByTestId('ledger-state').filter({ hasText: '已评议，待反馈' }).waitFor();
    await row
      .getByTestId('ledger-result')
      .filter({ hasText: `${score} 分` })
      .waitFor();
    expect(await row.getByText('v1', { exact: true }).count()).toBe(1);
    await shot('24-pledge-ledger');

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page
        .getByRole('button', { name: '导出 Excel' })
        .or(page.getByRole('button', { name: '导 出 Excel' }))
        .click(),
    ]);
    const file = `${SCREENSHOTS}pledge-ledger.xlsx`;
    await download.saveAs(file);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(file);
    const cells = workbook
      .getWorksheet('承诺台账')!
      .getSheetValues()
      .flat()
      .map((v) => String(v));
    expect(cells).toContain('每月走访困难群众两次');

    // The pledge page shows the result too.
    await page.getByRole('row').filter({ hasText: '每月走访困难群众两次' }).getByRole('button').click();
    await page
      .getByTestId('evaluation-result')
      .filter({ hasText: `${score} 分` })
      .waitFor();
    await shot('25-pledge-evaluated');
  });
});
