import { jest } from '@jest/globals';
import type { INestApplication, INestApplicationContext } from '@nestjs/common';
import request from 'supertest';
import { EmailSender, verifyWebhookSignature } from '@cxzy/notification';
import { as, type Http } from '../../support/auth.js';
import { bootstrapAdministrator, bootstrapSecurityAdministrator } from '../../support/bootstrap-registry.js';
import { bootApi, bootWorker } from '../../support/boot-apps.js';
import { eventually } from '../../support/eventually.js';
import { startLoopbackSmtp, type LoopbackSmtp } from '../../support/loopback-smtp.js';
import { createTestDatabase, type TestDatabase } from '../../support/test-database.js';
import { testConfig } from '../../support/test-config.js';
import { uniqueTaskQueue } from '../../support/temporal.js';
import { startWebhookReceiver } from '../../support/webhook-receiver.js';
import { upload } from '../../support/registry.js';

const REGISTRY = `code,name,kind,sector_code,territorial_parent_code,vertical_department_code,management_mode,grading_unit_code,is_grading_unit
QS,中共青山县委员会,committee,agency,,,1,,true
QS-V01,青山长家庄党支部,branch,village,QS,,1,,
`;

jest.setTimeout(180_000);

const SECRET = 'test-webhook-secret-0123456789';
const RETRIES = 3;

describe('notification channels: inbox, e-mail over SMTP, signed webhook, dead letters', () => {
  let db: TestDatabase;
  let api: INestApplication;
  let worker: INestApplicationContext;
  let smtp: LoopbackSmtp;
  let gateway: Awaited<ReturnType<typeof startWebhookReceiver>>;

  beforeAll(async () => {
    db = await createTestDatabase();
    smtp = await startLoopbackSmtp();
    // The gateway refuses targets starting with "down" (500, retryable) or "bad" (400, permanent).
    gateway = await startWebhookReceiver(({ target }) =>
      String(target).startsWith('down') ? 500 : String(target).startsWith('bad') ? 400 : 200,
    );
    const config = testConfig({
      DATABASE_URL: db.url,
      TEMPORAL_TASK_QUEUE: uniqueTaskQueue('notify'),
      SMTP_HOST: '127.0.0.1',
      SMTP_PORT: String(smtp.port),
      WEBHOOK_URL: gateway.url,
      WEBHOOK_SECRET: SECRET,
      NOTIFICATION_RETRY_MAX_ATTEMPTS: String(RETRIES),
      NOTIFICATION_RETRY_INITIAL_MS: '200',
      NOTIFICATION_RETRY_MAX_INTERVAL_MS: '400',
    });
    worker = await bootWorker(config);
    api = await bootApi(config);
    // The recipients are people of admin-01's grading unit (RecipientScope).
    admin = await bootstrapAdministrator(api, REGISTRY, 'admin-01');
    await upload(admin, '/organisations/import', 'orgs.csv', REGISTRY).expect(200);
    const security = await bootstrapSecurityAdministrator(api, 'admin-01');
    for (const username of ['sec-1', 'sec-2', 'sec-3', 'sec-9'])
      await security
        .put(`/users/${username}`)
        .send({ displayName: username, roles: [{ role: 'branch-secretary', organisationCode: 'QS-V01' }] })
        .expect(200);
  });

  afterAll(async () => {
    await api?.close();
    await worker?.close();
    await smtp?.close();
    await gateway?.close();
    await db?.drop();
  });

  let admin: Http;
  /** The administrator of the (top-level) unit sends and reads dead letters; each recipient reads their own inbox. */
  const http = () => admin;
  const notice = (recipient: string, reference: string) => ({
    recipient,
    reference,
    title: { zhCN: '【提醒】请提交年度自评', en: '[Reminder] Please submit the self-assessment' },
    body: { zhCN: '东风村党支部：自评将于3月31日截止。', en: 'Dongfeng village branch: due 31 March.' },
    link: 'http://127.0.0.1:3000/rounds/2026',
  });
  const deliveries = (recipient: string) =>
    db.query<{ channel: string; status: string; last_error: string | null }>(
      'SELECT channel, status, last_error FROM notification_deliveries WHERE recipient = $1 ORDER BY channel',
      [recipient],
    );
  const webhooksFor = (target: string) => gateway.received.filter((r) => JSON.parse(r.body).target === target);

  it('keeps preferences, refusing a channel without its address', async () => {
    const refused = await http()
      .put('/notifications/preferences/sec-1')
      .send({ email: null, emailEnabled: true, webhookTarget: null, webhookEnabled: false })
      .expect(422);
    expect(refused.body).toMatchObject({ code: 'EMAIL_ADDRESS_REQUIRED', field: 'email' });
    const malformed = await http()
      .put('/notifications/preferences/sec-1')
      .send({ email: 'not-an-address', emailEnabled: true, webhookEnabled: false })
      .expect(400);
    expect(malformed.body.field).toBe('email');
    expect(await db.query('SELECT * FROM notification_preferences')).toEqual([]);

    const saved = await http()
      .put('/notifications/preferences/sec-1')
      .send({ email: 'zhibu@example.cn', emailEnabled: true, webhookTarget: '13800000001', webhookEnabled: true })
      .expect(200);
    expect(saved.body).toEqual({
      recipient: 'sec-1',
      email: 'zhibu@example.cn',
      emailEnabled: true,
      webhookTarget: '13800000001',
      webhookEnabled: true,
    });
    expect((await http().get('/notifications/preferences/sec-1').expect(200)).body).toEqual(saved.body);
  });

  it('delivers to the inbox, by e-mail with the zh-CN subject, and by signed webhook — once', async () => {
    const first = await http().post('/notifications').send(notice('sec-1', 'self-assessment-2026')).expect(202);
    expect(first.body.duplicate).toBe(false);
    await eventually(
      async () =>
        (await deliveries('sec-1')).every((d) => d.status === 'sent') && (await deliveries('sec-1')).length === 2
          ? true
          : undefined,
      {
        what: 'e-mail and webhook to be sent',
      },
    );

    const mails = smtp.messages.filter((m) => m.subject === '【提醒】请提交年度自评');
    expect(mails).toHaveLength(1);
    expect(mails[0]!.to).toMatchObject({ text: 'zhibu@example.cn' });
    expect(mails[0]!.text).toContain('东风村党支部：自评将于3月31日截止。');
    expect(mails[0]!.text).toContain('http://127.0.0.1:3000/rounds/2026');

    const [hook] = webhooksFor('13800000001');
    expect(webhooksFor('13800000001')).toHaveLength(1);
    const headers = hook!.headers;
    expect(
      verifyWebhookSignature(
        SECRET,
        String(headers['x-cxzy-timestamp']),
        hook!.body,
        String(headers['x-cxzy-signature']),
      ),
    ).toBe(true);
    expect(JSON.parse(hook!.body)).toMatchObject({
      recipient: 'sec-1',
      title: '【提醒】请提交年度自评',
      idempotencyKey: first.body.idempotencyKey,
    });
    expect(headers['idempotency-key']).toBe(first.body.idempotencyKey);

    const inbox = (await (await as(api, 'sec-1')).get('/inbox').expect(200)).body;
    expect(inbox).toMatchObject({ total: 1, unread: 1 });
    expect(inbox.items[0]).toMatchObject({
      titleZhCN: '【提醒】请提交年度自评',
      link: 'http://127.0.0.1:3000/rounds/2026',
      readAt: null,
    });

    const again = await http().post('/notifications').send(notice('sec-1', 'self-assessment-2026')).expect(202);
    expect(again.body).toMatchObject({ duplicate: true, idempotencyKey: first.body.idempotencyKey });
    expect(smtp.messages.filter((m) => m.subject === '【提醒】请提交年度自评')).toHaveLength(1);
    expect(webhooksFor('13800000001')).toHaveLength(1);
  });

  it('never sends an e-mail twice when its activity is retried after success', async () => {
    const sender = worker.get(EmailSender, { strict: false });
    const mail = {
      idempotencyKey: 'retry-test|email',
      recipient: 'sec-9',
      to: 'retry@example.cn',
      subject: '重试测试',
      text: '正文',
    };
    await expect(sender.send(mail)).resolves.toEqual({ sent: true });
    await expect(sender.send(mail)).resolves.toEqual({ sent: false });
    expect(smtp.messages.filter((m) => m.subject === '重试测试')).toHaveLength(1);
  });

  it('retries a failing gateway with back-off, then dead-letters it where administrators see it', async () => {
    await http()
      .put('/notifications/preferences/sec-2')
      .send({ email: null, emailEnabled: false, webhookTarget: 'down-1', webhookEnabled: true })
      .expect(200);
    await http().post('/notifications').send(notice('sec-2', 'gateway-down')).expect(202);

    await eventually(async () => ((await deliveries('sec-2'))[0]?.status === 'dead-lettered' ? true : undefined), {
      what: 'the dead letter',
    });
    expect(webhooksFor('down-1')).toHaveLength(RETRIES);
    const [dead] = await deliveries('sec-2');
    expect(dead).toMatchObject({ channel: 'webhook', last_error: expect.stringContaining('500') });

    const listed = (await http().get('/notifications/dead-letters').expect(200)).body;
    expect(listed.items).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ recipient: 'sec-2', channel: 'webhook', status: 'dead-lettered' }),
      ]),
    );
    // The inbox still got it: a broken gateway never hides a reminder.
    expect((await (await as(api, 'sec-2')).get('/inbox').expect(200)).body.total).toBe(1);
  });

  it('dead-letters at once what the gateway refuses as malformed (no pointless retries)', async () => {
    await http()
      .put('/notifications/preferences/sec-3')
      .send({ emailEnabled: false, webhookTarget: 'bad-1', webhookEnabled: true })
      .expect(200);
    await http().post('/notifications').send(notice('sec-3', 'malformed')).expect(202);
    await eventually(async () => ((await deliveries('sec-3'))[0]?.status === 'dead-lettered' ? true : undefined), {
      what: 'the dead letter',
    });
    expect(webhooksFor('bad-1')).toHaveLength(1);
  });

  it('marks a notice read, and refuses to touch somebody else’s', async () => {
    const sec1 = await as(api, 'sec-1');
    const sec2 = await as(api, 'sec-2');
    const { items } = (await sec1.get('/inbox').expect(200)).body;
    const id = items[0].id as string;
    await sec2.post(`/inbox/${id}/read`).expect(404);
    // Nobody names the recipient: the inbox is the caller's.
    await sec2.get('/inbox').query({ recipient: 'sec-1' }).expect(400);
    await sec1.post(`/inbox/${id}/read`).expect(204);
    const after = (await sec1.get('/inbox').query({ unreadOnly: 'true' }).expect(200)).body;
    expect(after).toMatchObject({ total: 0, unread: 0, items: [] });
    await sec1.get('/inbox').query({ pageSize: 1000 }).expect(400);
    await request(api.getHttpServer()).get('/inbox').expect(401);
    // Preferences are one's own: another user may neither read nor set them.
    await sec2.get('/notifications/preferences/sec-1').expect(403);
    await sec2.post('/notifications').send(notice('sec-1', 'not-an-admin')).expect(403);
  });
});
