import { jest } from '@jest/globals';
import { spawnSync } from 'node:child_process';
import { AuditRecordRepository } from '@cxzy/persistence';
import { organisationIds, signedAs, type Http } from '../../support/auth.js';
import { bootstrapAdministrator } from '../../support/bootstrap-registry.js';
import { useTestStack } from '../../support/test-stack.js';

jest.setTimeout(120_000);

const repoRoot = new URL('../../../', import.meta.url);
const UNIT = `code,name,kind,sector_code,territorial_parent_code,vertical_department_code,management_mode,grading_unit_code,is_grading_unit
QS,中共青山县委员会,committee,agency,,,1,,true
`;

describe('audit trail: append-only, hash-chained, verifiable, exportable', () => {
  const stack = useTestStack('audit');
  // The administrator of a top-level grading unit writes definitions; the trail is the audit
  // administrator's reading (their unit's; 三员分立, ADR 0023).
  let admin: Http;
  let auditor: Http;
  let unitId: string;
  beforeAll(async () => {
    admin = await bootstrapAdministrator(stack.api, UNIT, 'qs-admin');
    unitId = (await organisationIds(stack.api))['QS']!;
    auditor = await signedAs(stack.api, 'qs-auditor', [{ role: 'audit-administrator', organisationId: unitId }]);
  });
  const http = () => admin;
  const entry = (i: number) => ({
    occurredAt: new Date(Date.UTC(2026, 0, 1, 0, 0, i)).toISOString(),
    requestId: `req-${i}`,
    actorId: `actor-${i % 3}`,
    actorRole: 'supervisor',
    actorOrg: 'org-1',
    action: 'test.append',
    objectType: 'test',
    objectId: `object-${i}`,
    before: { n: i, nested: { b: 2, a: 1 } },
    after: { n: i + 1 },
    result: 'success' as const,
    reason: null,
  });

  it('records a state change made over HTTP with who, what, before → after and the request id', async () => {
    // sec-1 sets their own preferences: the audit names the caller from the token.
    await (
      await signedAs(stack.api, 'sec-1')
    )
      .put('/notifications/preferences/sec-1')
      .set('X-Request-Id', 'audit-req-0001')
      .send({ email: 'a@example.cn', emailEnabled: true, webhookEnabled: false })
      .expect(200);
    // Acted in no organisation: in no administrator's scope (ADR 0019), read on the server side.
    const { items } = await stack.api
      .get(AuditRecordRepository)
      .page({ objectType: 'notification-preferences', offset: 0, limit: 10 });
    expect(items).toHaveLength(1);
    expect(items[0]).toMatchObject({
      actorId: 'sec-1',
      action: 'notification-preferences.update',
      objectId: 'sec-1',
      requestId: 'audit-req-0001',
      result: 'success',
      before: { emailEnabled: false, email: null },
      after: { emailEnabled: true, email: 'a@example.cn' },
    });
    expect(items[0]!.hash).toMatch(/^[0-9a-f]{64}$/);
  });

  it('keeps one intact chain under concurrent appends', async () => {
    const repository = stack.worker.get(AuditRecordRepository, { strict: false });
    await Promise.all(Array.from({ length: 30 }, (_, i) => repository.append(entry(i))));
    const verdict = (await auditor.get('/audit-records/verify').expect(200)).body;
    expect(verdict.firstBroken).toBeNull();
    expect(verdict.checked).toBeGreaterThanOrEqual(31);
    const links = await stack.db.query<{ broken: number }>(
      `SELECT count(*)::int AS broken FROM audit_records a JOIN audit_records b ON b.seq = (SELECT min(seq) FROM audit_records WHERE seq > a.seq) WHERE b.prev_hash <> a.hash`,
    );
    expect(links).toEqual([{ broken: 0 }]);
  });

  it.each([
    ['UPDATE', `UPDATE audit_records SET actor_id = 'intruder'`],
    ['DELETE', `DELETE FROM audit_records`],
    ['TRUNCATE', `TRUNCATE audit_records`],
  ])('refuses %s in the database itself', async (_op, sql) => {
    const before = await stack.db.query('SELECT seq, actor_id FROM audit_records ORDER BY seq');
    await expect(stack.db.query(sql)).rejects.toThrow(/append-only/);
    expect(await stack.db.query('SELECT seq, actor_id FROM audit_records ORDER BY seq')).toEqual(before);
  });

  it('exports CSV with formulas neutralised', async () => {
    // A formula where the actor's name goes (a user row saved behind the API's username rule).
    const formulaNamed = await signedAs(stack.api, '=HYPERLINK("http://evil")', [
      { role: 'administrator', organisationId: unitId },
    ]);
    await signedAs(stack.api, 'sec-5', [{ role: 'member', organisationId: unitId }]);
    await formulaNamed
      .post('/notifications')
      .send({
        recipient: 'sec-5',
        reference: 'csv-test',
        title: { zhCN: '标题', en: 'title' },
        body: { zhCN: '正文', en: 'body' },
      })
      .expect(202);
    const csv = await auditor.get('/audit-records/export.csv').query({ objectType: 'notification' }).expect(200);
    expect(csv.headers['content-type']).toContain('text/csv');
    expect(csv.text.startsWith('\uFEFF序号 seq,')).toBe(true);
    expect(csv.text).toContain(`"'=HYPERLINK(""http://evil"")"`);
    expect(csv.text).not.toMatch(/(^|,)=HYPERLINK/m);
  });

  it('records administrators’ writes, accepted and refused, with the actor and the reason', async () => {
    const draft = await http()
      .post('/pipeline-definitions')
      .send({ processKind: 'pledge', sectorCode: 'village' })
      .expect(201);
    await http().post(`/pipeline-definitions/${draft.body.id}/publish`).send({}).expect(200);
    await http().post(`/pipeline-definitions/${draft.body.id}/publish`).send({}).expect(409);
    // Audited by the HTTP interceptor with no organisation: in no administrator's scope (ADR 0019),
    // so read on the server side.
    const { items } = await stack.api
      .get(AuditRecordRepository)
      .page({ objectType: 'pipeline-definition', objectId: draft.body.id, offset: 0, limit: 10 });
    expect(
      items.map((r: { action: string; result: string; actorId: string }) => [r.action, r.result, r.actorId]),
    ).toEqual([
      ['pipeline-definition.publish', 'refused', 'qs-admin'],
      ['pipeline-definition.publish', 'success', 'qs-admin'],
      ['pipeline-definition.create-draft', 'success', 'qs-admin'],
    ]);
    expect(items[0]!.reason).toMatch(/^PIPELINE_DEFINITION_/);
  });

  it('is for audit administrators only: no token 401', async () => {
    await stack.http().get('/audit-records').expect(401);
    await stack.http().get('/audit-records/export.csv').expect(401);
  });

  it('refuses a malformed date filter naming the field', async () => {
    const response = await auditor.get('/audit-records').query({ from: 'yesterday' }).expect(400);
    expect(response.body.field).toBe('from');
  });

  it('names the first broken link when a record was altered behind the triggers', async () => {
    const [victim] = await stack.db.query<{ seq: string }>(
      'SELECT seq FROM audit_records ORDER BY seq OFFSET 5 LIMIT 1',
    );
    // Only a database superuser can do this; the chain must still reveal it.
    await stack.db.query('ALTER TABLE audit_records DISABLE TRIGGER tr_audit_records_append_only');
    await stack.db.query(`UPDATE audit_records SET actor_id = 'intruder' WHERE seq = $1`, [victim!.seq]);
    await stack.db.query('ALTER TABLE audit_records ENABLE TRIGGER tr_audit_records_append_only');

    const verdict = (await auditor.get('/audit-records/verify').expect(200)).body;
    expect(verdict).toEqual({ checked: 5, firstBroken: { seq: Number(victim!.seq), problem: 'content' } });

    const cli = spawnSync(
      process.execPath,
      ['--import', './scripts/devkit/ts-runtime/register.mjs', 'libs/persistence/src/audit-verify.main.ts'],
      {
        cwd: repoRoot,
        env: { ...process.env, DATABASE_URL: stack.db.url },
        encoding: 'utf8',
      },
    );
    expect(cli.status).toBe(1);
    expect(cli.stderr).toContain(`chain broken at seq ${victim!.seq} (content)`);
  });
});
