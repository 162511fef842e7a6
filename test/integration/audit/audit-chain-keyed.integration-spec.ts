import { jest } from '@jest/globals';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { AnchorAuditChainUseCase } from '@cxzy/application';
import { keyedChainVersion, UNKEYED_CHAIN, type AuditEntry } from '@cxzy/domain';
import { AuditAnchorStore, AuditRecordRepository } from '@cxzy/persistence';
import { eventually } from '../../support/eventually.js';
import { useTestStack } from '../../support/test-stack.js';
import { editAndRechain, insertUnkeyed, restore, runAuditVerify, trailOf } from './audit-forgery.js';

jest.setTimeout(180_000);

const entry = (i: number): AuditEntry => ({
  occurredAt: new Date(Date.UTC(2026, 0, 1, 0, 0, i)).toISOString(),
  requestId: `req-${i}`,
  actorId: `actor-${i}`,
  actorRole: 'administrator',
  actorOrg: null,
  action: 'test.append',
  objectType: 'test',
  objectId: `object-${i}`,
  before: { n: i, nested: { b: 2, a: 1 } },
  after: { n: i + 1, at: new Date(Date.UTC(2026, 0, 2)).toISOString() },
  result: 'success',
  reason: null,
});

/** ADR 0018: records MAC'd with a key outside the database; the head anchored outside it too. */
describe('audit chain: keyed (HMAC-SHA256), versioned, anchored', () => {
  const anchorDir = mkdtempSync(join(tmpdir(), 'cxzy-audit-anchors-'));
  const stack = useTestStack('audit-keyed', {
    env: () => ({ AUDIT_ANCHOR_DIR: anchorDir, AUDIT_ANCHOR_INTERVAL_SECONDS: '1' }),
  });
  const records = () => stack.worker.get(AuditRecordRepository, { strict: false });
  const verifyEnv = () => ({
    DATABASE_URL: stack.db.url,
    AUDIT_MAC_KEY: stack.config.AUDIT_MAC_KEY!,
    AUDIT_ANCHOR_DIR: anchorDir,
  });

  beforeAll(async () => {
    // Three records as they were made before the key (an existing deployment's trail) …
    await insertUnkeyed(stack.db, [0, 1, 2].map(entry));
    // … then the application goes on with its key.
    for (const i of [3, 4, 5, 6]) await records().append(entry(i));
  });

  it('MACs new records under the current key and still verifies the plain SHA-256 ones before them', async () => {
    const trail = await trailOf(stack.db);
    expect(trail.map((r) => r.chainVersion)).toEqual([
      ...Array(3).fill(UNKEYED_CHAIN),
      ...Array(4).fill(keyedChainVersion('k1')),
    ]);
    expect(await records().verify()).toEqual({ checked: 7, firstBroken: null });
  });

  it('has the worker anchor the head on its own, and audit:verify check the chain against the key and the anchors', async () => {
    const file = stack.worker.get(AuditAnchorStore, { strict: false }).file;
    const head = (await trailOf(stack.db)).at(-1)!;
    const anchored = await eventually(
      async () => {
        const lines = readFileSync(file, 'utf8').trim().split('\n');
        const anchors = lines.map((l) => JSON.parse(l) as { seq: number; mac: string });
        return anchors.at(-1)?.seq === head.seq ? anchors : undefined;
      },
      { what: "the worker's anchor of the head" },
    );
    expect(anchored.at(-1)).toMatchObject({ seq: head.seq, hash: head.hash, keyId: 'k1' });
    expect(anchored.at(-1)!.mac).toMatch(/^[0-9a-f]{64}$/);

    const cli = runAuditVerify(verifyEnv());
    expect(cli.stderr).not.toContain('[audit]');
    expect(cli.status).toBe(0);
    expect(cli.stdout).toContain('chain intact: 7 records');
    expect(cli.stdout).toMatch(/\d+ anchors match/);
  });

  it('refuses to verify without the key', () => {
    const cli = runAuditVerify({ ...verifyEnv(), AUDIT_MAC_KEY: '' });
    expect(cli.status).not.toBe(0);
    expect(cli.stderr).toContain('AUDIT_MAC_KEY');
  });

  describe('a trail edited by the owner (trigger switched off) and re-chained with plain SHA-256', () => {
    let intact: Awaited<ReturnType<typeof trailOf>>;
    beforeEach(async () => {
      intact = await trailOf(stack.db);
    });
    afterEach(async () => {
      await restore(stack.db, intact);
    });

    it('fails the chain when the keyed records keep their label: the key is needed to re-chain them', async () => {
      const victim = intact[4]!;
      await editAndRechain(stack.db, victim.seq, { actorId: 'intruder' }, 'keep');
      expect(await records().verify()).toEqual({ checked: 4, firstBroken: { seq: victim.seq, problem: 'content' } });
      const cli = runAuditVerify(verifyEnv());
      expect(cli.status).toBe(1);
      expect(cli.stderr).toContain(`chain broken at seq ${victim.seq} (content)`);
    });

    it('fails the chain when a keyed tail is relabelled as from before the key', async () => {
      const victim = intact[5]!;
      await editAndRechain(stack.db, victim.seq, { actorId: 'intruder' }, 'unkeyed');
      expect(await records().verify()).toEqual({
        checked: 5,
        firstBroken: { seq: victim.seq, problem: 'unkeyed-after-keyed' },
      });
    });

    it('passes the chain when relabelled from the first keyed record on — and the anchors report it', async () => {
      const firstKeyed = intact[3]!;
      await editAndRechain(stack.db, firstKeyed.seq, { actorId: 'intruder' }, 'unkeyed');
      // The chain alone cannot tell this from an old, never-keyed trail …
      expect(await records().verify()).toEqual({ checked: 7, firstBroken: null });
      // … but an anchor MAC'd before the edit names a record whose hash is no longer what it was.
      await stack.worker.get(AnchorAuditChainUseCase, { strict: false }).execute();
      const cli = runAuditVerify(verifyEnv());
      expect(cli.status).toBe(1);
      expect(cli.stdout).toContain('chain intact: 7 records');
      expect(cli.stderr).toMatch(/anchor mismatch: .* line \d+ \(seq \d+\): hash-differs/);
    });

    it('reports an anchor whose record is gone (the trail cut short) and an anchor forged without the key', async () => {
      const head = intact.at(-1)!;
      const store = stack.worker.get(AuditAnchorStore, { strict: false });
      await store.append({ seq: head.seq + 1_000, hash: head.hash });
      const forged = { database: store.database, seq: head.seq, hash: head.hash, anchoredAt: new Date().toISOString() };
      const { appendFileSync } = await import('node:fs');
      appendFileSync(store.file, `${JSON.stringify({ ...forged, keyId: 'k1', mac: '0'.repeat(64) })}\n`);
      const cli = runAuditVerify(verifyEnv());
      expect(cli.status).toBe(1);
      expect(cli.stderr).toMatch(/\(seq \d+\): record-missing/);
      expect(cli.stderr).toMatch(/\(seq \d+\): forged/);
    });
  });
});
