import request from 'supertest';
import { jest } from '@jest/globals';
import { InboxSender } from '@cxzy/notification';
import { signedAs, type Http } from '../../support/auth.js';
import { administratorOfOneUnit } from '../../support/bootstrap-registry.js';
import { bootApi } from '../../support/boot-apps.js';
import { eventually } from '../../support/eventually.js';
import { testConfig } from '../../support/test-config.js';
import { useTestStack } from '../../support/test-stack.js';

jest.setTimeout(180_000);

describe('smoke check over HTTP, on the real Temporal server and PostgreSQL', () => {
  const stack = useTestStack('smoke', { env: () => ({ SMOKE_CHECK_RATE_LIMIT_PER_MINUTE: '8' }) });
  // Smoke checks are an administrator's; the notice is addressed to them.
  let admin: Http;
  beforeAll(async () => {
    admin = await administratorOfOneUnit(stack.api, 'qs-admin');
  });
  const http = () => admin;
  const anyone = () => stack.http();

  it('reports the database and Temporal as reachable', async () => {
    const response = await anyone().get('/health').expect(200);
    expect(response.body.status).toBe('ok');
    expect(response.body.checks.database.up).toBe(true);
    expect(response.body.checks.temporal.up).toBe(true);
  });

  it('runs the workflow: one stored row, one inbox notice, visible through the API', async () => {
    const started = await http().post('/smoke-checks').send({ message: '第一次运行', pauseMs: 100 }).expect(202);
    const { checkId, workflowId } = started.body as { checkId: string; workflowId: string };
    expect(workflowId).toBe(`smoke-check/${checkId}`);

    const view = await eventually(
      async () => {
        const body = (await http().get(`/smoke-checks/${checkId}`).expect(200)).body;
        return body.workflowStatus === 'COMPLETED' ? body : undefined;
      },
      { what: 'the smoke check to complete' },
    );
    expect(view.stage).toBe('completed');
    expect(view.record).toMatchObject({ message: '第一次运行', requestedBy: 'qs-admin', status: 'completed' });
    expect(view.notice).toMatchObject({ recipient: 'qs-admin', titleZhCN: '连通性检查已完成' });

    const rows = await stack.db.query('SELECT status, notice_id FROM smoke_checks WHERE id = $1', [checkId]);
    expect(rows).toEqual([{ status: 'completed', notice_id: view.notice.id }]);
    const notices = await stack.db.query('SELECT recipient, body_zh_cn FROM inbox_notices WHERE recipient = $1', [
      'qs-admin',
    ]);
    expect(notices).toEqual([{ recipient: 'qs-admin', body_zh_cn: '工作流已运行完毕：第一次运行' }]);
  });

  it('refuses bad input with the field and reason, and starts nothing', async () => {
    const before = await stack.db.query<{ n: string }>('SELECT count(*) AS n FROM smoke_checks');

    const missing = await http().post('/smoke-checks').send({}).expect(400);
    expect(missing.body).toMatchObject({ code: 'VALIDATION_FAILED', field: 'message' });
    expect(missing.body.message).toContain('message');

    const unknownField = await http().post('/smoke-checks').send({ message: 'x', priority: 9 }).expect(400);
    expect(unknownField.body.errors).toEqual([
      expect.objectContaining({ field: 'priority', rule: 'whitelistValidation' }),
    ]);

    const blank = await http().post('/smoke-checks').set('Accept-Language', 'en').send({ message: '   ' }).expect(422);
    expect(blank.body).toMatchObject({
      code: 'SMOKE_CHECK_MESSAGE_BLANK',
      field: 'message',
      message: 'message must not be blank',
    });
    expect(blank.body.messageZhCN).toBe('留言不能为空');

    const tooLongPause = await http().post('/smoke-checks').send({ message: 'x', pauseMs: 3_600_000 }).expect(400);
    expect(tooLongPause.body.field).toBe('pauseMs');

    expect(await stack.db.query('SELECT count(*) AS n FROM smoke_checks')).toEqual(before);
  });

  it('is an administrator’s: anyone else gets 403 ROLE_REQUIRED, audited, and no workflow starts', async () => {
    const member = await signedAs(stack.api, 'secretary-01');
    const before = await stack.db.query('SELECT count(*)::int AS n FROM smoke_checks');
    const refused = await member.post('/smoke-checks').send({ message: '越权', pauseMs: 0 }).expect(403);
    expect(refused.body.code).toBe('ROLE_REQUIRED');
    expect(refused.body.messageZhCN).toContain('组织部门管理员');
    expect((await member.get('/smoke-checks/00000000-0000-4000-8000-000000000000').expect(403)).body.code).toBe(
      'ROLE_REQUIRED',
    );
    expect(
      await stack.db.query(`SELECT actor_id FROM audit_records WHERE action = 'access.refused' AND actor_id = $1`, [
        'secretary-01',
      ]),
    ).toHaveLength(1);
    // Nothing started: no row now, and none a moment later (the workflow would write it at once).
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(await stack.db.query('SELECT count(*)::int AS n FROM smoke_checks')).toEqual(before);
  });

  it('limits each administrator to SMOKE_CHECK_RATE_LIMIT_PER_MINUTE starts (429 with Retry-After), others unaffected', async () => {
    const busy = await administratorOfOneUnit(stack.api, 'busy-admin');
    // Refused bodies count too (the limit is checked first): eight of them fill the minute.
    for (let i = 0; i < 8; i += 1) await busy.post('/smoke-checks').send({}).expect(400);
    const before = await stack.db.query('SELECT count(*)::int AS n FROM smoke_checks');
    const limited = await busy.post('/smoke-checks').send({ message: '第九次', pauseMs: 0 });
    expect(limited.status).toBe(429);
    expect(limited.body.code).toBe('RATE_LIMITED');
    expect(Number(limited.headers['retry-after'])).toBeGreaterThanOrEqual(1);
    expect(Number(limited.headers['retry-after'])).toBeLessThanOrEqual(60);
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(await stack.db.query('SELECT count(*)::int AS n FROM smoke_checks')).toEqual(before);
    // Counted per administrator, not per address: another one (same address) still starts one.
    await (
      await administratorOfOneUnit(stack.api, 'calm-admin')
    )
      .post('/smoke-checks')
      .send({ message: 'x', pauseMs: 0 })
      .expect(202);
  });

  it('answers 404 for an unknown check and 400 for a malformed id', async () => {
    const unknown = await http().get('/smoke-checks/00000000-0000-4000-8000-000000000000').expect(404);
    expect(unknown.body.code).toBe('SMOKE_CHECK_NOT_FOUND');
    await http().get('/smoke-checks/not-a-uuid').expect(400);
  });

  it('sends an inbox notice once per idempotency key, however often it is asked', async () => {
    const inbox = stack.worker.get(InboxSender, { strict: false });
    const notice = {
      idempotencyKey: 'test|notify|twice|-|0',
      recipient: 'branch-42',
      title: { zhCN: '提醒', en: 'Reminder' },
      body: { zhCN: '请按时提交', en: 'Please submit on time' },
    };
    const results = await Promise.all([inbox.send(notice), inbox.send(notice), inbox.send(notice)]);
    expect(new Set(results.map((r) => r.noticeId)).size).toBe(1);
    expect(results.filter((r) => r.created)).toHaveLength(1);
    expect(
      await stack.db.query('SELECT count(*)::int AS n FROM inbox_notices WHERE recipient = $1', ['branch-42']),
    ).toEqual([{ n: 1 }]);
  });

  it('serves its OpenAPI 3 description and the docs page', async () => {
    const spec = (await anyone().get('/openapi.json').expect(200)).body;
    expect(spec.openapi).toMatch(/^3\./);
    expect(Object.keys(spec.paths)).toEqual(
      expect.arrayContaining(['/health', '/smoke-checks', '/smoke-checks/{checkId}']),
    );
    const docs = await anyone().get('/docs').expect(200);
    expect(docs.text).toContain('swagger');
    // Everything else needs a token.
    await anyone().post('/smoke-checks').send({ message: 'x' }).expect(401);
  });

  it('reports 503 when Temporal cannot be reached', async () => {
    // Nothing listens on port 1 (tcpmux, privileged): the connection is refused at once.
    const unreachable = testConfig({ DATABASE_URL: stack.db.url, TEMPORAL_ADDRESS: '127.0.0.1:1' });
    const lonelyApi = await bootApi(unreachable);
    try {
      const response = await request(lonelyApi.getHttpServer()).get('/health').expect(503);
      expect(response.body.status).toBe('unavailable');
      expect(response.body.checks.database.up).toBe(true);
      expect(response.body.checks.temporal.up).toBe(false);
    } finally {
      await lonelyApi.close();
    }
  });
});
