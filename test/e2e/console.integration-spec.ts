import { jest } from '@jest/globals';
import type { Page } from 'playwright-core';
import { userWith } from '../support/auth.js';
import { CONSOLE_DIR, CONSOLE_PASSWORD as PASSWORD, useConsoleBrowser } from '../support/console-browser.js';
import { expectNoInternalCodes } from '../support/console-text-scan.js';
import { eventually } from '../support/eventually.js';
import { importGradingCounty } from '../support/grading-county.js';
import { PLEDGE_YEAR, buildPledgeWorld } from '../integration/pledges/pledge-fixture.js';
import { useTestStack } from '../support/test-stack.js';

jest.setTimeout(300_000);

// Last year's deploy window is always past: the launch gives a reason, whatever the date of the run.
const YEAR = new Date().getUTCFullYear() - 1;

/**
 * The web console in Debian's Chromium (playwright-core, no browser download) against the real API
 * serving the built console, the real worker, Temporal dev server and PostgreSQL.
 */
describe('web console (Chromium against the real stack)', () => {
  const ui = useConsoleBrowser();
  const stack = useTestStack('console', {
    env: () => ({
      CONSOLE_DIR,
      REMINDER_QUIET_HOURS: '',
      PUBLIC_LINK_SECRET: 'console-e2e-test-secret-0123456789abcdef',
    }),
  });
  let page: Page;
  let roundId = '';
  let n = 0;

  beforeAll(async () => {
    await ui.open(stack);
    await importGradingCounty(stack.api);
    // Passwords are the security administrator's to set (三员分立, ADR 0023).
    const security = await stack.as('qs-security');
    for (const username of ['qs-admin', 'qs-t01-v01-secretary', 't01-supervisor'])
      await security.put(`/users/${username}/password`).send({ password: PASSWORD }).expect(204);
  }, 180_000);

  const { shot, chooseOption } = ui;
  const logIn = async (username: string) => {
    page = await ui.logIn(username);
  };

  it('an administrator logs in and sees the organisation tree, filtered by sector', async () => {
    await logIn('qs-admin');
    // Every role lands on 我的待办 (ADR 0027); the administrator goes on to the organisations.
    await page.waitForURL('**/console/tasks');
    await page.getByRole('menuitem', { name: '组织架构' }).click();
    await page.waitForURL('**/console/admin/organisations');
    await page.getByText('中共青山县委员会').waitFor();
    await page.getByText('共 12 个组织').waitFor();
    await shot('01-organisations');

    await chooseOption('领域', '城市社区');
    await page.getByText('共 4 个组织').waitFor();
    expect(await page.getByText('东岭镇C01社区党支部').isVisible()).toBe(true);
    expect(await page.getByText('东岭镇V01村党支部').count()).toBe(0);
  });

  it('shows every refused row of an import file', async () => {
    await page.locator('input[type=file]').setInputFiles({
      name: 'bad.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(
        'code,name,kind,sector_code,territorial_parent_code,vertical_department_code,management_mode,grading_unit_code,is_grading_unit\n' +
          'QS-T01-X9,东岭镇X9村党支部,branch,village,QS-NOPE,,1,,\n',
      ),
    });
    await page.getByText('文件未导入，请修改以下问题后重试').waitFor();
    expect(await page.getByRole('cell', { name: 'territorial_parent_code' }).count()).toBeGreaterThan(0);
    await shot('02-import-row-errors');
  });

  it('publishes the default grading definition of both sectors', async () => {
    await page.getByRole('menuitem', { name: '流程定义' }).click();
    for (const sector of ['行政村', '城市社区']) {
      await chooseOption('领域', sector);
      await page.getByRole('button', { name: '从默认模板新建草稿' }).click();
      await page.getByText('没有问题，可以发布').waitFor();
      await page
        .getByRole('dialog')
        .getByRole('button', { name: '发 布' })
        .or(page.getByRole('dialog').getByRole('button', { name: '发布' }))
        .click();
      await page.getByText('已发布第 1 版').waitFor();
      await shot(`03-definition-${sector}`);
      await page
        .getByRole('dialog')
        .getByRole('button', { name: 'Close' })
        .or(page.locator('.ant-drawer-close'))
        .first()
        .click();
      // The drawer's mask keeps focus and clicks until it has closed.
      await page.getByRole('dialog').waitFor({ state: 'hidden' });
    }
    const published = await (
      await stack.as('qs-admin')
    )
      .get('/pipeline-definitions')
      .query({ status: 'published', processKind: 'grading-cycle' });
    expect(published.body.items.map((d: { sectorCode: string }) => d.sectorCode).sort()).toEqual([
      'urban-community',
      'village',
    ]);
  });

  it('launches a round and follows it on the dashboard', async () => {
    await page.getByRole('menuitem', { name: '晋位升级' }).click();
    await chooseOption('组织实施单位', '中共青山县委员会');
    await page.getByLabel('年度').fill(String(YEAR));
    await page.getByLabel('窗口外部署理由').fill('端到端测试：在部署窗口外部署');
    await page
      .getByRole('button', { name: '部 署' })
      .or(page.getByRole('button', { name: '部署', exact: true }))
      .click();
    await page.waitForURL('**/console/admin/rounds/*');
    roundId = new URL(page.url()).pathname.split('/').pop()!;
    await eventually(
      async () => ((await page.getByTestId('round-branches').textContent()) === '10' ? true : undefined),
      {
        timeoutMs: 60_000,
        what: 'the dashboard counting 10 branches',
      },
    );
    await page
      .getByText('已通知待确认: 10 / 10')
      .or(page.getByText('已通知待确认: 10 / 10', { exact: false }))
      .first()
      .waitFor();
    expect(await page.getByRole('cell', { name: '城市社区' }).count()).toBe(1);
    await shot('04-round-dashboard');
  });

  it('a branch secretary sees the deploy notice in the inbox, in Chinese and in English', async () => {
    await page
      .getByRole('button', { name: '退 出' })
      .or(page.getByRole('button', { name: '退出' }))
      .click();
    await logIn('qs-t01-v01-secretary');
    await page.waitForURL('**/console/tasks');
    await page.getByRole('menuitem', { name: '站内信' }).click();
    await page.getByText(`【部署】${YEAR}年度基层党组织晋位升级`).waitFor({ timeout: 60_000 });
    await shot('05-inbox');
    await page.getByRole('button', { name: '切换到英文' }).click();
    await page.getByText(`[Deploy] the ${YEAR} grading round`).waitFor();
    await page.getByRole('button', { name: 'Switch to Chinese' }).click();
  });

  it('the branch opens the deploy notice, acknowledges it and submits its self-assessment per indicator item', async () => {
    await page
      .getByTestId('inbox-notice')
      .filter({ hasText: `【部署】${YEAR}年度基层党组织晋位升级` })
      .getByRole('button', { name: '打开' })
      .or(page.getByTestId('inbox-notice').getByRole('button', { name: '打 开' }))
      .first()
      .click();
    await page.waitForURL(`**/console/grading-rounds/${roundId}/branches/*`);
    await page.getByRole('button', { name: '确认收到' }).click();
    await page.getByText('已提交：已通知待确认 → 自评中').waitFor({ timeout: 30_000 });
    const form = page.getByRole('form', { name: '自评' });
    const scores = form.getByRole('spinbutton');
    await scores.first().waitFor();
    const count = await scores.count();
    expect(count).toBeGreaterThan(7); // at least one item per indicator of the sheet
    for (let i = 0; i < count; i++) await scores.nth(i).fill('1');
    // 佐证材料 for the first item: a PDF is kept; a program renamed .pdf is refused with the API's reason.
    const evidenceInput = form.locator('input[type=file]').first();
    await evidenceInput.setInputFiles({
      name: '支部委员会会议记录.pdf',
      mimeType: 'application/pdf',
      buffer: Buffer.from('%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n'),
    });
    await form.getByText('支部委员会会议记录.pdf').waitFor();
    await evidenceInput.setInputFiles({
      name: 'setup.pdf',
      mimeType: 'application/pdf',
      buffer: Buffer.from('MZ\x90\x00'),
    });
    await form.getByRole('alert').filter({ hasText: '不支持的佐证材料类型：setup.pdf' }).waitFor();
    await shot('08-self-assessment');
    await form.getByRole('button', { name: '提交自评' }).click();
    await page.getByText('已提交：自评中 → 待上级评定').waitFor({ timeout: 30_000 });
    const rows = await stack.db.query<{ state: string; organisation_id: string; evidence: Record<string, string[]> }>(
      `SELECT b.state, b.organisation_id, b.self_assessment->'evidence' AS evidence
         FROM round_branches b JOIN organisations o ON o.id = b.organisation_id
        WHERE b.round_id = $1 AND o.code = 'QS-T01-V01'`,
      [roundId],
    );
    expect(rows[0]?.state).toBe('grade.awaiting-rating');
    // The self-assessment refers to the stored file by id; the upload was audited.
    const stored = await stack.db.query<{ id: string; item_key: string; size_bytes: number }>(
      'SELECT id, item_key, size_bytes FROM self_assessment_evidence WHERE round_id = $1',
      [roundId],
    );
    expect(stored).toHaveLength(1);
    expect(rows[0]?.evidence).toEqual({ [stored[0]!.item_key]: [stored[0]!.id] });
    const audited = await stack.db.query<{ n: number }>(
      "SELECT count(*)::int AS n FROM audit_records WHERE action = 'grading.self-assessment-evidence.upload' AND object_id = $1",
      [stored[0]!.id],
    );
    expect(audited[0]?.n).toBe(1);

    // The API's other refusals: after the submission (409), too large (413), another branch's secretary (403).
    const evidencePath = `/grading-rounds/${roundId}/branches/${rows[0]!.organisation_id}/evidence`;
    const own = await stack.as('qs-t01-v01-secretary');
    const pdf = Buffer.from('%PDF-1.4\n%%EOF\n');
    expect((await own.post(evidencePath).attach('file', pdf, 'late.pdf')).status).toBe(409);
    const tooLarge = Buffer.concat([pdf, Buffer.alloc(10 * 1024 * 1024)]);
    expect((await own.post(evidencePath).attach('file', tooLarge, 'big.pdf')).status).toBe(413);
    const neighbour = await stack.as('qs-t01-v02-secretary');
    expect((await neighbour.post(evidencePath).attach('file', pdf, 'x.pdf')).status).toBe(403);
    // The file comes back as uploaded, as an attachment.
    const downloaded = await own.get(`${evidencePath}/${stored[0]!.id}`).buffer(true).expect(200);
    expect(downloaded.headers['content-disposition']).toMatch(/^attachment/);
    expect(stored[0]!.size_bytes).toBe((downloaded.body as Buffer).length);
  });

  it('the supervisor lands on 我的待办, opens the waiting 上级评定 from it and gives the rating', async () => {
    await logIn('t01-supervisor');
    await page.waitForURL('**/console/tasks');
    await page.getByRole('heading', { name: '我的待办' }).waitFor();
    // The menu's badge counts the one decision waiting; the row names the process, step and branch.
    await page.getByTitle('1 项待办').waitFor({ timeout: 30_000 });
    const waiting = page.getByRole('row').filter({ hasText: '上级评定' }).filter({ hasText: '东岭镇V01村党支部' });
    await waiting.filter({ hasText: `${YEAR}年度晋位升级` }).waitFor({ timeout: 30_000 });
    await shot('09a-my-tasks');
    await waiting.getByRole('button', { name: '办理 上级评定 东岭镇V01村党支部' }).click();
    await page.waitForURL(`**/console/grading-rounds/${roundId}/branches/*`);
    await page.getByLabel('总分（百分制）').fill('88');
    await page.getByLabel('评语（选填）').fill('组织生活规范');
    await page.getByRole('button', { name: '提交评定' }).click();
    await page.getByText('已提交：待上级评定 → 已评定').waitFor({ timeout: 30_000 });
    await shot('09-superior-rating');
    // Done: it leaves 待办 and shows under 已办.
    await page.getByRole('menuitem', { name: /我的待办/ }).click();
    await page.getByRole('tab', { name: /已办/ }).click();
    await page.getByRole('row').filter({ hasText: '上级评定' }).filter({ hasText: '已评定' }).waitFor();
    await page.getByRole('tab', { name: /待办/ }).first().click();
    await page.getByText('暂无待办事项').waitFor();
  });

  it('the supervisor rejects one approval with a reason and bulk-approves another from the queue', async () => {
    const submitter = await stack.as('qs-t01-v01-secretary');
    const start = async (title: string) => {
      const { processId } = (
        await submitter
          .post('/approvals')
          .send({
            title,
            steps: [
              {
                key: 'review',
                name: { zhCN: '审核', en: 'Review' },
                actor: { role: 'supervisor', level: 'self' },
                quorum: { kind: 'one' },
                reminders: [],
                escalation: [],
              },
            ],
            people: { review: { signers: ['t01-supervisor'] } },
          })
          .expect(202)
      ).body as { processId: string };
      return processId;
    };
    const toReject = await start('端到端审批：活动经费申请');
    const toApprove = await start('端到端审批：阵地改造方案');
    const statusOf = async (processId: string) =>
      (await stack.db.query<{ status: string }>('SELECT status FROM approval_processes WHERE id = $1', [processId]))[0]
        ?.status;
    await eventually(async () => ((await statusOf(toApprove)) === 'running' ? true : undefined), {
      what: 'both approvals projected',
    });

    await page.getByRole('menuitem', { name: '审批' }).click();
    await page.getByRole('row', { name: /活动经费申请/ }).waitFor({ timeout: 30_000 });
    await page.getByRole('row', { name: /阵地改造方案/ }).waitFor({ timeout: 30_000 });
    await page
      .getByRole('row', { name: /活动经费申请/ })
      .getByRole('button', { name: '不同意' })
      .click();
    await page.getByRole('dialog').getByLabel('理由').fill('预算说明不完整');
    await page.getByRole('dialog').getByRole('button', { name: '不同意' }).click();
    await page.getByRole('row', { name: /活动经费申请/ }).waitFor({ state: 'detached', timeout: 30_000 });

    await page
      .getByRole('row', { name: /阵地改造方案/ })
      .getByRole('checkbox')
      .check();
    await shot('12-approval-queue');
    await page.getByRole('button', { name: '批量同意（1）' }).click();
    await page.getByText('批量同意：成功 1，失败 0').waitFor({ timeout: 30_000 });
    await eventually(async () => ((await statusOf(toApprove)) === 'approved' ? true : undefined), {
      what: 'the bulk-approved approval approved',
    });
    await eventually(async () => ((await statusOf(toReject)) === 'rejected' ? true : undefined), {
      what: 'the rejected approval rejected',
    });
    expect(await statusOf(toReject)).toBe('rejected');
  });

  it('a member proposes a pledge in the console; the branch approves it into the ledger', async () => {
    await buildPledgeWorld(stack.api, stack.db);
    await userWith(stack.api, 'wang-member', [{ role: 'member', organisationCode: 'QS-T01-V01' }]);
    const admin = await stack.as('qs-admin');
    // A member proposes only their own pledge: wang-member is 王磊 of the member registry.
    const wangId = (await stack.db.query<{ id: string }>("SELECT id FROM members WHERE name = '王磊'"))[0]!.id;
    await admin.put('/users/wang-member/member').send({ memberId: wangId }).expect(200);
    const security = await stack.as('qs-security');
    for (const username of ['wang-member', 'v01-secretary'])
      await security.put(`/users/${username}/password`).send({ password: PASSWORD }).expect(204);

    await logIn('wang-member');
    await page.waitForURL('**/console/tasks');
    await page.getByRole('menuitem', { name: '承诺践诺' }).click();
    await chooseOption('承诺人', '王磊');
    await page.getByLabel('年度').fill(String(PLEDGE_YEAR));
    await page.getByLabel('承诺事项').fill('每月走访困难群众两次');
    await page.getByRole('button', { name: '提交承诺' }).click();
    await page.waitForURL('**/console/pledges/*');
    const pledgeId = new URL(page.url()).pathname.split('/').pop()!;
    await page.getByTestId('pledge-state').filter({ hasText: '待审核' }).waitFor();
    await shot('10-pledge-proposed');

    await logIn('v01-secretary');
    await page.waitForURL('**/console/tasks');
    // As from the reminder's link to the pledge.
    await page.goto(`${ui.baseUrl}/console/pledges/${pledgeId}`);
    await page
      .getByRole('button', { name: '同 意' })
      .or(page.getByRole('button', { name: '同意', exact: true }))
      .click();
    await page.getByTestId('pledge-state').filter({ hasText: '已入台账，待公开' }).waitFor({ timeout: 30_000 });
    await shot('11-pledge-approved');
    const ledger = await stack.db.query<{ n: number }>(
      'SELECT count(*)::int AS n FROM pledge_ledger_lines WHERE pledge_id = $1',
      [pledgeId],
    );
    expect(ledger[0]?.n).toBe(1);
  });

  it('a member of the public rates a pledge once from the link; the second use is refused', async () => {
    // The pledge world (organisations, members, users, the published pledge pipeline) was built by the previous test.
    const world = {
      branchId: (await stack.db.query<{ id: string }>("SELECT id FROM organisations WHERE code = 'QS-T01-V01'"))[0]!.id,
    };
    const wang = (await stack.db.query<{ id: string }>("SELECT id FROM members WHERE name = '王磊'"))[0]!.id;
    // The branch's secretary proposes on the member's behalf and takes every step (the token is the actor).
    const secretary = await stack.as('v01-secretary');
    const step = (pledgeId: string, path: string, body: Record<string, unknown>) =>
      secretary.post(`/pledges/${pledgeId}/${path}`).send({ idempotencyKey: `e2e-${++n}`, ...body });
    const { pledgeId } = (
      await secretary
        .post('/pledges')
        .send({
          kind: 'annual',
          form: 'individual',
          pledgerKind: 'member',
          year: PLEDGE_YEAR,
          memberId: wang,
          organisationId: world.branchId,
          items: [{ content: '带头清理村道垃圾' }],
        })
        .expect(202)
    ).body as { pledgeId: string };
    await eventually(async () => ((await secretary.get(`/pledges/${pledgeId}`)).status === 200 ? true : undefined));
    await step(pledgeId, 'review', { decision: 'approve' }).expect(200);
    await step(pledgeId, 'publicise', {
      scope: 'public',
      expiresAt: new Date(Date.now() + 86_400_000).toISOString(),
    }).expect(200);
    await step(pledgeId, 'progress', { note: '完成', percent: 100, completed: true }).expect(200);
    const { links } = (
      await secretary.post(`/pledges/${pledgeId}/public-links`).send({ count: 1, validDays: 7 }).expect(201)
    ).body as { links: { url: string }[] };
    const link = new URL(links[0]!.url);
    const ratingPage = `${ui.baseUrl}${link.pathname}${link.search}`;

    const phone = await ui.phone();
    await phone.goto(ratingPage);
    // What is rated and who published it; no score chosen for the rater, nothing sendable yet.
    await phone.getByRole('region', { name: '评议对象' }).getByText('东岭镇长家庄党支部').waitFor();
    await phone.getByText('带头清理村道垃圾').waitFor();
    expect(await phone.getByLabel('评分').first().inputValue()).toBe('');
    const submit = phone.getByRole('button', { name: '提 交' }).or(phone.getByRole('button', { name: '提交' }));
    expect(await submit.isDisabled()).toBe(true);
    // Thumb-sized controls (≥ 44 px): the quick scores and the page's own language switch.
    for (const target of [phone.getByRole('button', { name: '90' }), phone.getByRole('button', { name: '切换到英文' })])
      expect((await target.boundingBox())?.height).toBeGreaterThanOrEqual(44);
    await phone.getByRole('button', { name: '90' }).click();
    await phone.getByLabel('评分').first().fill('85');
    await phone.getByLabel('意见建议（选填）').fill('服务热情');
    await submit.click();
    await phone.getByText('评议已提交，感谢您的参与！').waitFor();
    await shot('06-public-rating', phone);
    const ratings = await stack.db.query<{ n: number }>(
      'SELECT count(*)::int AS n FROM pledge_public_tokens WHERE pledge_id = $1 AND used_at IS NOT NULL',
      [pledgeId],
    );
    expect(ratings[0]?.n).toBe(1);

    // The used link says so before anyone types a score; in English with the page's switch.
    await phone.goto(ratingPage);
    await phone.getByRole('alert').filter({ hasText: '该评议链接已使用过' }).waitFor();
    expect(await phone.getByText('评议已提交，感谢您的参与！').count()).toBe(0);
    await expectNoInternalCodes(phone);
    await phone.getByRole('button', { name: '切换到英文' }).click();
    await phone.getByRole('alert').filter({ hasText: 'This link was already used' }).waitFor();
    await phone.getByText('Published by').waitFor();
    await shot('07-public-rating-refused', phone);
    await phone.close();
  });

  it('the branch secretary keeps its 三亮 page in the console; anyone opens it on a phone and sees standards, a member’s post and a pledge', async () => {
    // The pledge world and 王磊's public pledge (带头清理村道垃圾, on the board until tomorrow) come from the tests above.
    const branchId = (
      await stack.db.query<{ id: string }>("SELECT id FROM organisations WHERE code = 'QS-T01-V01'")
    )[0]!.id;
    await logIn('v01-secretary');
    await page.waitForURL('**/console/tasks');
    await page.getByRole('menuitem', { name: '三亮公开' }).click();
    await page.getByRole('heading', { name: '维护三亮内容' }).waitFor();
    await page.getByRole('button', { name: '添加服务事项' }).click();
    await page.getByLabel('服务事项', { exact: true }).fill('困难群众临时救助申请');
    await page.getByLabel('工作流程（每行一步）').fill('受理申请\n入户核查\n村务公示');
    await page.getByLabel('办结时限', { exact: true }).fill('5个工作日');
    await page.getByRole('button', { name: '添加党员' }).click();
    await chooseOption('党员', '王磊');
    await page.getByLabel('岗位', { exact: true }).fill('村务服务岗');
    await page.getByLabel('党员责任区').fill('村东片区');
    await page.getByRole('button', { name: '保存并公开' }).click();
    await page.getByText('已保存，公开页面已更新').waitFor({ timeout: 30_000 });
    await shot('13-service-board-maintained');

    // No login: a visitor opens the unit's page (the QR code at the window) on a phone.
    const phone = await ui.phone();
    await phone.goto(`${ui.baseUrl}/public/organisations/${branchId}/board`);
    await phone.getByRole('heading', { name: '亮标准 · 服务事项' }).waitFor();
    await phone.getByText('困难群众临时救助申请').waitFor();
    await phone.getByText('受理申请 → 入户核查 → 村务公示').waitFor();
    await phone.getByText('5个工作日').waitFor();
    await phone.getByText('王磊').first().waitFor();
    await phone.getByText('村务服务岗').waitFor();
    await phone.getByText('共产党员').waitFor();
    await phone.getByText('带头清理村道垃圾').waitFor();
    const html = await phone.content();
    expect(html).not.toContain('13800001111');
    await shot('14-service-board-public', phone);
    // English is one tap away.
    await phone.getByRole('button', { name: '切换到英文' }).click();
    await phone.getByRole('heading', { name: 'Service standards' }).waitFor();
    await phone.getByText('Post:').first().waitFor();
    await phone.close();
  });
});
