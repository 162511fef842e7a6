import { jest } from '@jest/globals';
import { eventually } from '../../support/eventually.js';
import { PLEDGE_YEAR, usePledgeTestbed } from '../pledges/pledge-fixture.js';

jest.setTimeout(180_000);

/** SQL and script injection, formulas, emoji, bidi and combining marks, astral CJK: stored and read back verbatim. */
const HOSTILE = [
  "'; DROP TABLE users; --",
  "Robert'); DELETE FROM audit_records WHERE ('1'='1",
  '<script>alert("党")</script><img onerror=x>',
  '👩‍👩‍👧 支部\u200f\u202eRTL\u202c 🚩',
  '=HYPERLINK("http://evil")',
  'e\u0301\u0301 𠮷野家 ﷽ \u200b',
];

/**
 * The hostile-input list over real text fields of several endpoints (a user's name, a
 * pledge's items, an approval's title and comment), not only the smoke check's message: each
 * string is stored and read back as it was sent, nothing else changes; text PostgreSQL cannot
 * store as sent (NUL, a lone surrogate) is a 400 naming the field; an oversized body is a 413.
 */
describe('hostile text in every kind of field, on the real database', () => {
  const bed = usePledgeTestbed('hostile-fields');
  const db = () => bed.stack.db;
  const counts = async () =>
    (
      await db().query<Record<string, number>>(
        `SELECT (SELECT count(*)::int FROM users) AS users, (SELECT count(*)::int FROM pledges) AS pledges,
                (SELECT count(*)::int FROM approval_processes WHERE process_kind <> 'pledge') AS approvals,
                (SELECT count(*)::int FROM approval_processes WHERE process_kind = 'pledge') AS reviews,
                (SELECT count(*)::int FROM user_roles) AS roles, (SELECT count(*)::int FROM members) AS members`,
      )
    )[0]!;

  it('stores hostile strings verbatim in user names, pledge items and approval titles and comments', async () => {
    const admin = await bed.stack.as('qs-admin');
    // Users are the security administrator's work, the trail the audit administrator's (三员分立).
    const security = await bed.stack.as('qs-security');
    const before = await counts();
    for (const [i, text] of HOSTILE.entries()) {
      const saved = await security.put(`/users/hostile-${i}`).send({ displayName: text, roles: [] }).expect(200);
      expect(saved.body.displayName).toBe(text);
      const { pledgeId } = await bed.proposeAnnual(bed.world().member.wang, {
        items: [{ content: text }],
      });
      const pledge = await eventually(async () => {
        const body = (await bed.http().get(`/pledges/${pledgeId}`).expect(200)).body;
        return body.pledge ? body.pledge : undefined;
      });
      expect(pledge.items[0].content).toBe(text);
      const started = await admin
        .post('/approvals')
        .send({
          title: text,
          steps: [
            {
              key: 'sign',
              name: { zhCN: '审批', en: 'Sign' },
              actor: { role: 'supervisor', level: 'self' },
              quorum: { kind: 'one' },
              reminders: [],
              escalation: [],
            },
          ],
          people: { sign: { signers: ['hostile-signer'] } },
          comment: { text, attachments: [] },
        })
        .expect(202);
      const approval = await eventually(async () => {
        const body = (await admin.get(`/approvals/${started.body.processId}`).expect(200)).body;
        return body.process ? body : undefined;
      });
      expect(approval.process.title).toBe(text);
    }
    const stored = await db().query<{ display_name: string }>(
      `SELECT display_name FROM users WHERE username LIKE 'hostile-%' ORDER BY username`,
    );
    expect(stored.map((r) => r.display_name)).toEqual(HOSTILE);
    const after = await counts();
    expect(after.users).toBe(before.users! + HOSTILE.length);
    expect(after.pledges).toBe(before.pledges! + HOSTILE.length);
    expect(after.approvals).toBe(before.approvals! + HOSTILE.length);
    // Each pledge's 审核 is an approval of its own (ADR 0014).
    expect(after.reviews).toBe(before.reviews! + HOSTILE.length);
    // Every table is still there and the audit chain is intact.
    const auditor = await bed.stack.as('qs-auditor');
    expect((await auditor.get('/audit-records/verify').expect(200)).body).toMatchObject({ firstBroken: null });
  });

  it('a long Chinese name: 50 characters are a name, 51 are refused naming the field', async () => {
    const security = await bed.stack.as('qs-security');
    await security
      .put('/users/long-name')
      .send({ displayName: '中'.repeat(50), roles: [] })
      .expect(200);
    const before = await counts();
    const refused = await security
      .put('/users/longer-name')
      .send({ displayName: '中'.repeat(51), roles: [] })
      .expect(400);
    expect(refused.body).toMatchObject({ code: 'VALIDATION_FAILED', field: 'displayName' });
    expect(await counts()).toEqual(before);
  });

  it('refuses NUL characters and lone surrogates anywhere (body, nested, query, path) with a 400 naming the field', async () => {
    const admin = await bed.stack.as('qs-admin');
    const security = await bed.stack.as('qs-security');
    const before = await counts();
    const nul = await security.put('/users/nul-user').send({ displayName: 'a\u0000b', roles: [] });
    expect(nul.status).toBe(400);
    expect(nul.body).toMatchObject({ code: 'VALIDATION_FAILED', field: 'displayName' });
    const surrogate = await bed
      .http()
      .post('/pledges')
      .send({
        kind: 'annual',
        form: 'individual',
        pledgerKind: 'member',
        year: PLEDGE_YEAR,
        memberId: bed.world().member.wang,
        organisationId: bed.world().branchId,
        items: [{ content: '每月走访\ud800' }],
        leads: ['service'],
      });
    expect(surrogate.status).toBe(400);
    expect(surrogate.body).toMatchObject({ code: 'VALIDATION_FAILED', field: 'items.0.content' });
    expect((await security.get('/users').query({ page: '1\u0000' })).status).toBe(400);
    expect((await admin.put('/users/a%00b/member').send({ memberId: null })).status).toBe(400);
    expect(JSON.stringify(nul.body)).not.toMatch(/invalid byte sequence|QueryFailed|at \w+ \(/);
    expect(await counts()).toEqual(before);
  });

  it('refuses oversized bodies (413) on real commands and writes nothing', async () => {
    const admin = await bed.stack.as('qs-admin');
    const before = await counts();
    const big = '党'.repeat(60_000);
    const pledge = await bed
      .http()
      .post('/pledges')
      .send({
        kind: 'annual',
        form: 'individual',
        pledgerKind: 'member',
        year: PLEDGE_YEAR,
        memberId: bed.world().member.wang,
        organisationId: bed.world().branchId,
        items: [{ content: big }],
        leads: ['service'],
      });
    expect(pledge.status).toBe(413);
    expect(pledge.body).toMatchObject({ code: 'HTTP_413' });
    const approval = await admin
      .post('/approvals')
      .send({ title: 'x', steps: [], people: {}, comment: { text: big, attachments: [] } });
    expect(approval.status).toBe(413);
    expect(
      (
        await (await bed.stack.as('qs-security')).put('/users/huge').send({
          displayName: 'x',
          roles: Array.from({ length: 5000 }, () => ({ role: 'member', organisationCode: big.slice(0, 10) })),
        })
      ).status,
    ).toBe(413);
    expect(await counts()).toEqual(before);
  });
});
