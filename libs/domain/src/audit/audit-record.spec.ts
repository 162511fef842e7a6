import fc from 'fast-check';
import {
  AUDIT_GENESIS_HASH,
  UNKEYED_CHAIN,
  canonicalJson,
  chainInput,
  keyedChainVersion,
  verifyAuditChain,
  type ChainDigests,
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

// A stand-in for the keyed MAC: a key mixed into the digest.
const K1 = keyedChainVersion('k1');
const digests: ChainDigests = (version) =>
  version === UNKEYED_CHAIN ? digest : version === K1 ? (input) => digest(`secret-k1|${input}`) : undefined;

/** The entries chained; the first `unkeyed` of them as before the key, the rest MAC'd under k1. */
function chain(entries: AuditEntry[], unkeyed = entries.length): ChainedAuditRecord[] {
  let prevHash = AUDIT_GENESIS_HASH;
  return entries.map((e, i) => {
    const chainVersion = i < unkeyed ? UNKEYED_CHAIN : K1;
    const hash = digests(chainVersion)!(chainInput(chainVersion, prevHash, e));
    const record = { ...e, seq: i + 1, chainVersion, prevHash, hash };
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
  it('accepts any intact chain: unkeyed, keyed, or unkeyed records followed by keyed ones', () => {
    fc.assert(
      fc.property(
        fc.array(entry, { maxLength: 20 }),
        fc.nat(),
        (entries, cut) => verifyAuditChain(chain(entries, cut % (entries.length + 1)), digests) === null,
      ),
    );
  });

  /** What an intruder without the key can do: edit from `index` on, chain that tail with plain SHA-256. */
  function rechainedUnkeyed(records: ChainedAuditRecord[], index: number): ChainedAuditRecord[] {
    let prevHash = index === 0 ? AUDIT_GENESIS_HASH : records[index - 1]!.hash;
    const forged = records.slice(index).map((r) => {
      const { seq, chainVersion: _v, prevHash: _p, hash: _h, ...e } = r;
      const edited = { ...e, actorId: `${e.actorId}-intruder` };
      const hash = digest(chainInput(UNKEYED_CHAIN, prevHash, edited));
      const record = { ...edited, seq, chainVersion: UNKEYED_CHAIN, prevHash, hash };
      prevHash = hash;
      return record;
    });
    return [...records.slice(0, index), ...forged];
  }

  it('finds a keyed tail edited and re-chained without the key (plain SHA-256, relabelled unkeyed)', () => {
    fc.assert(
      fc.property(fc.array(entry, { minLength: 3, maxLength: 20 }), fc.nat(), (entries, at) => {
        const original = chain(entries, 1);
        const index = 2 + (at % (entries.length - 2));
        const result = verifyAuditChain(rechainedUnkeyed(original, index), digests);
        return result?.seq === index + 1 && result.problem === 'unkeyed-after-keyed';
      }),
    );
  });

  it('cannot tell a trail relabelled unkeyed from its first keyed record on: the anchors are for that', () => {
    const entries = fc.sample(entry, { numRuns: 4, seed: 3 });
    expect(verifyAuditChain(rechainedUnkeyed(chain(entries, 1), 1), digests)).toBeNull();
  });

  it('finds a keyed record re-hashed under its label but without the key', () => {
    const records = chain(
      [0, 1, 2].map((i) => fc.sample(entry, { numRuns: 1, seed: i })[0]!),
      0,
    );
    const { seq: _s, chainVersion, prevHash, hash: _h, ...e } = records[1]!;
    records[1] = { ...records[1]!, hash: digest(chainInput(chainVersion, prevHash, e)) };
    expect(verifyAuditChain(records, digests)).toEqual({ seq: 2, problem: 'content' });
  });

  it("names a record MAC'd under a key it does not hold", () => {
    const records = chain([fc.sample(entry, { numRuns: 1, seed: 7 })[0]!], 0);
    expect(verifyAuditChain(records, (v) => (v === K1 ? undefined : digest))).toEqual({
      seq: 1,
      problem: 'unknown-key',
    });
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
            JSON.stringify(verifyAuditChain(records, digests)) ===
            JSON.stringify({ seq: index + 1, problem: 'content' })
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
        return verifyAuditChain(records, digests)?.seq === removed[0]!.seq + 1;
      }),
    );
  });
});
