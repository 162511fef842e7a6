import fc from 'fast-check';
import {
  AUDIT_GENESIS_HASH,
  auditHashInput,
  canonicalJson,
  verifyAuditChain,
  type AuditEntry,
  type ChainedAuditRecord,
} from './audit-record.js';

// A stand-in digest for pure tests (collision-free enough on these inputs): the real one is SHA-256.
const digest = (input: string): string => {
  let h1 = 0x811c9dc5;
  let h2 = 0;
  for (let i = 0; i < input.length; i += 1) {
    h1 = Math.imul(h1 ^ input.charCodeAt(i), 16777619) >>> 0;
    h2 = (h2 * 31 + input.charCodeAt(i)) >>> 0;
  }
  return (h1.toString(16).padStart(8, '0') + h2.toString(16).padStart(8, '0')).repeat(4);
};

const entry = fc.record({
  occurredAt: fc.date({ noInvalidDate: true }).map((d) => d.toISOString()),
  requestId: fc.option(fc.string(), { nil: null }),
  actorId: fc.string({ minLength: 1 }),
  actorRole: fc.option(fc.constantFrom('administrator', 'supervisor', 'branch-secretary'), { nil: null }),
  actorOrg: fc.option(fc.string(), { nil: null }),
  action: fc.string({ minLength: 1 }),
  objectType: fc.string({ minLength: 1 }),
  objectId: fc.string({ minLength: 1 }),
  before: fc.jsonValue(),
  after: fc.jsonValue(),
  result: fc.constantFrom('success' as const, 'refused' as const),
  reason: fc.option(fc.string(), { nil: null }),
}) as fc.Arbitrary<AuditEntry>;

function chain(entries: AuditEntry[]): ChainedAuditRecord[] {
  let prevHash = AUDIT_GENESIS_HASH;
  return entries.map((e, i) => {
    const hash = digest(auditHashInput(prevHash, e));
    const record = { ...e, seq: i + 1, prevHash, hash };
    prevHash = hash;
    return record;
  });
}

describe('canonicalJson', () => {
  it('does not depend on key order', () => {
    expect(canonicalJson({ b: 1, a: { d: [1, { z: 1, y: 2 }], c: null } })).toBe(
      canonicalJson({ a: { c: null, d: [1, { y: 2, z: 1 }] }, b: 1 }),
    );
  });

  it('round-trips through JSON.parse for any JSON value', () => {
    fc.assert(fc.property(fc.jsonValue(), (v) => canonicalJson(JSON.parse(canonicalJson(v))) === canonicalJson(v)));
  });
});

describe('verifyAuditChain', () => {
  it('accepts any intact chain', () => {
    fc.assert(
      fc.property(fc.array(entry, { maxLength: 20 }), (entries) => verifyAuditChain(chain(entries), digest) === null),
    );
  });

  it('finds the first edited record', () => {
    fc.assert(
      fc.property(
        fc.array(entry, { minLength: 1, maxLength: 20 }),
        fc.nat(),
        fc.string({ minLength: 1 }),
        (entries, at, newActor) => {
          const records = chain(entries);
          const index = at % records.length;
          fc.pre(records[index]!.actorId !== newActor);
          records[index] = { ...records[index]!, actorId: newActor };
          return (
            JSON.stringify(verifyAuditChain(records, digest)) === JSON.stringify({ seq: index + 1, problem: 'content' })
          );
        },
      ),
    );
  });

  it('finds a deleted record by the broken link after it', () => {
    fc.assert(
      fc.property(fc.array(entry, { minLength: 3, maxLength: 20 }), fc.nat(), (entries, at) => {
        const records = chain(entries);
        const index = 1 + (at % (records.length - 2));
        const removed = records.splice(index, 1);
        return verifyAuditChain(records, digest)?.seq === removed[0]!.seq + 1;
      }),
    );
  });
});
