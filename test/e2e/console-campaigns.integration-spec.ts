import { jest } from '@jest/globals';
import type { Page } from 'playwright-core';
import { CONSOLE_DIR, CONSOLE_PASSWORD as PASSWORD, useConsoleBrowser } from '../support/console-browser.js';
import { useTestStack } from '../support/test-stack.js';
import { residentIdNumber, setUpWindowCounty } from '../support/window-county.js';

jest.setTimeout(300_000);

const USERS: [string, string, string][] = [
  ['qs-admin', 'administrator', 'QS'],
  ['qs-security', 'security-administrator', 'QS'],
  ['t01-supervisor', 'supervisor', 'QS-T01'],
  ['w01-secretary', 'branch-secretary', 'QS-T01-W01'],
  ['w01-member', 'member', 'QS-T01-W01'],
];

/** antd puts a space between the two characters of a two-character button label. */
const twoChars = (label: string) => new RegExp(`^${label[0]}\\s?${label.slice(1)}$`);

/**
 * The 学习先进 and 三亮三比三评 pages (Chromium against the real API, worker, Temporal and
 * PostgreSQL): an administrator launches a commendation round, the secretary nominates a member,
 * the administrator opens 考察, a member gives an opinion, 公示 opens and the public notice shows the
 * nominee without login; a campaign is launched, rating tokens issued, ranked and its result shown.
 */
describe('web console: commendation rounds and campaigns', () => {
  const ui = useConsoleBrowser();
  const stack = useTestStack('console-campaigns', { env: () => ({ CONSOLE_DIR }) });
  let page: Page;

  beforeAll(async () => {
    await ui.open(stack);
    await setUpWindowCounty(stack.api, stack.db, {
      members: [
        {
          idNumber: residentIdNumber('33010119800101031'),
          name: '孙先进',
          organisationCode: 'QS-T01-W01',
          post: '综合受理岗',
        },
      ],
      users: USERS,
      publish: { processKind: 'commendation', sectorCode: 'agency' },
    });
    const admin = await stack.as('qs-admin');
    const draft = await admin
      .post('/pipeline-definitions')
      .send({ processKind: 'campaign', sectorCode: 'window-service' })
      .expect(201);
    await admin.post(`/pipeline-definitions/${draft.body.id}/publish`).send({}).expect(200);
    const security = await stack.as('qs-security');
    for (const [username] of USERS.filter(([username]) => username !== 'qs-security'))
      await security.put(`/users/${username}/password`).send({ password: PASSWORD }).expect(204);
  }, 240_000);

  const { shot, chooseOption } = ui;
  const logIn = async (username: string) => {
    page = await ui.logIn(username);
    await page.getByText(`当前用户: ${username}`).waitFor();
  };
  const fillDate = async (label: string, date: string) => {
    const input = page.getByLabel(label, { exact: true });
    await input.click();
    await input.fill(date);
    // Tab, not Enter: Enter in a form's input submits the form.
    await input.press('Tab');
  };
  const phaseIs = (phase: string) =>
    page
      .getByTestId('commendation-phase')
      .filter({ hasText: new RegExp(`^${phase}$`) })
      .waitFor({ timeout: 30_000 });
  const advanceTo = async (phase: string) => {
    await page.getByRole('button', { name: `进入${phase}阶段` }).click();
    await page.getByRole('button', { name: twoChars('确定') }).click();
    await phaseIs(phase);
  };

  it('学习先进: launch, nominate, 考察 with a member’s opinion, 公示 on the public notice without login', async () => {
    await logIn('qs-admin');
    await page.getByRole('menuitem', { name: '学习先进' }).click();
    await page.getByLabel('评选名称').fill('2027年七一表彰');
    await page.getByLabel('年度').fill('2027');
    await page.getByRole('button', { name: twoChars('发起') }).click();
    await page.waitForURL('**/console/commendations/*');
    const roundPath = new URL(page.url()).pathname;
    const roundId = roundPath.split('/').pop()!;
    await phaseIs('推荐');
    await shot('30-commendation-launched');

    await logIn('w01-secretary');
    await page.getByRole('menuitem', { name: '学习先进' }).click();
    await page.getByRole('link', { name: '2027年七一表彰' }).click();
    await phaseIs('推荐');
    await chooseOption('党员', '孙先进');
    await page.getByLabel('主要事迹').fill('窗口服务群众满意率第一');
    await page.getByRole('button', { name: '提交推荐' }).click();
    await page.getByRole('status').filter({ hasText: '已推荐' }).waitFor();
    const row = page.getByRole('row').filter({ hasText: '孙先进' });
    await row.filter({ hasText: '已推荐' }).waitFor();
    expect(await row.textContent()).toContain('行政服务中心综合窗口党支部');
    await shot('31-commendation-nominated');

    await logIn('qs-admin');
    await page.goto(`${ui.baseUrl}${roundPath}`);
    await advanceTo('考察');
    await page.getByRole('button', { name: twoChars('签发') }).click();
    await page.getByText('已签发 10 个').waitFor();
    expect(await page.getByRole('list', { name: '群众意见码' }).getByRole('listitem').count()).toBe(10);
    await shot('32-commendation-vetting-tokens');

    await logIn('w01-member');
    await page.getByRole('menuitem', { name: '学习先进' }).click();
    await page.getByRole('link', { name: '2027年七一表彰' }).click();
    await page.getByRole('button', { name: '考察意见 孙先进' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('赞成').check();
    await dialog.getByLabel('说明（可选）').fill('群众口碑好');
    await dialog.getByRole('button', { name: twoChars('提交') }).click();
    await dialog.getByRole('status').filter({ hasText: '意见已提交' }).waitFor();
    await shot('33-commendation-opinion');

    await logIn('qs-admin');
    await page.goto(`${ui.baseUrl}${roundPath}`);
    await advanceTo('公示');
    const publicised = page.getByRole('row').filter({ hasText: '孙先进' });
    await publicised.filter({ hasText: '公示中' }).waitFor();
    expect(await publicised.textContent()).toContain('100%');
    expect(await page.getByRole('link', { name: /打开公示/ }).getAttribute('href')).toBe(
      `/public/commendations/${roundId}/notice`,
    );
    await shot('34-commendation-publicity');

    // The public notice: no login, on a phone.
    page = await ui.phone();
    // Served by the API outside /console like the other public pages (GET /public/commendations/:id is its JSON).
    await page.goto(`${ui.baseUrl}/public/commendations/${roundId}/notice`);
    await page.getByRole('heading', { name: '2027年七一表彰 · 评选公示' }).waitFor();
    await page.getByText('孙先进').waitFor();
    await page.getByText('窗口服务群众满意率第一').waitFor();
    await shot('35-commendation-public-notice', page);
  });

  it('三亮三比三评: a supervisor launches a campaign, issues rating tokens, ranks it and sees the result', async () => {
    await logIn('t01-supervisor');
    await page.getByRole('menuitem', { name: '三亮三比三评' }).click();
    await chooseOption('窗口单位', '行政服务中心综合窗口党支部');
    await page.getByLabel('活动名称').fill('2027年三亮三比三评');
    await fillDate('开始日期', '2027-04-01');
    await fillDate('结束日期', '2027-06-30');
    await page.getByRole('button', { name: twoChars('发起') }).click();
    await page.waitForURL('**/console/campaigns/*');
    const campaignId = new URL(page.url()).pathname.split('/').pop()!;
    await page.getByTestId('campaign-state').filter({ hasText: '进行中' }).waitFor();

    await page.getByLabel('数量').fill('3');
    await page.getByRole('button', { name: twoChars('签发') }).click();
    await page.getByText('已签发 3 个').waitFor();
    const tokens = page.getByRole('list', { name: '群众评议码' }).getByRole('listitem');
    expect(await tokens.count()).toBe(3);
    await shot('36-campaign-tokens');
    // The public rates with a token from the page (the rating page is the public's, outside the console).
    const token = (await tokens.first().textContent())!.trim();
    await stack
      .http()
      .post(`/public/campaigns/${campaignId}/ratings`)
      .send({ token, score: 92, vote: 'satisfied', suggestion: '办事效率高' })
      .expect(200);

    await page.getByRole('button', { name: '排名并结束群众评议' }).click();
    await page.getByRole('button', { name: twoChars('确定') }).click();
    await page.getByTestId('campaign-state').filter({ hasText: '已排名' }).waitFor({ timeout: 30_000 });
    const unitRow = page.getByRole('row').filter({ hasText: '行政服务中心综合窗口党支部' });
    await unitRow.waitFor();
    expect(await unitRow.textContent()).toMatch(/^1行政服务中心综合窗口党支部窗口单位92/);
    await shot('37-campaign-result');
  });
});
