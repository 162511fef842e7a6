import { anchorMacInput, checkAnchors, type AuditAnchor } from './audit-anchor.js';

// A stand-in MAC for pure tests: the key mixed into the input (the real one is HMAC-SHA256).
const macUnder = (key: string) => (input: string) => {
  let h = 0x811c9dc5;
  for (const c of `${key}|${input}`) h = Math.imul(h ^ c.charCodeAt(0), 16777619) >>> 0;
  return h.toString(16).padStart(8, '0');
};
const keys = new Map([['k1', 'secret']]);
const macWith = (id: string) => (keys.has(id) ? macUnder(keys.get(id)!) : undefined);

const anchor = (seq: number, hash: string, over: Partial<AuditAnchor> = {}): string => {
  const unsigned = { database: 'cxzy', seq, hash, anchoredAt: '2026-12-01T00:00:00.000Z', ...over };
  return JSON.stringify({ ...unsigned, keyId: 'k1', mac: macUnder('secret')(anchorMacInput(unsigned)), ...over });
};

describe('checkAnchors', () => {
  const trail = new Map([
    [1, 'a'.repeat(64)],
    [2, 'b'.repeat(64)],
  ]);
  const hashAt = (seq: number) => trail.get(seq);

  it('accepts anchors that match the trail, and ignores blank lines', () => {
    expect(
      checkAnchors([anchor(1, 'a'.repeat(64)), '', anchor(2, 'b'.repeat(64)), ''], 'cxzy', macWith, hashAt),
    ).toEqual([]);
  });

  it('names each line that does not hold, and why', () => {
    const lines = [
      anchor(1, 'a'.repeat(64)),
      'not json',
      anchor(2, 'c'.repeat(64)), // the record at 2 was re-chained since
      anchor(3, 'd'.repeat(64)), // the trail no longer reaches 3
      anchor(2, 'b'.repeat(64), { mac: 'f'.repeat(64) }), // written without the key
      anchor(2, 'b'.repeat(64), { keyId: 'k0' }), // a key this verifier lacks
      anchor(2, 'b'.repeat(64), { database: 'other' }),
    ];
    expect(checkAnchors(lines, 'cxzy', macWith, hashAt)).toEqual([
      { line: 2, seq: null, problem: 'malformed' },
      { line: 3, seq: 2, problem: 'hash-differs' },
      { line: 4, seq: 3, problem: 'record-missing' },
      { line: 5, seq: 2, problem: 'forged' },
      { line: 6, seq: 2, problem: 'unknown-key' },
      { line: 7, seq: 2, problem: 'other-database' },
    ]);
  });

  it('covers the seq and hash with the MAC: an anchor moved to another record is forged', () => {
    const moved = { ...(JSON.parse(anchor(1, 'a'.repeat(64))) as AuditAnchor), seq: 2, hash: 'b'.repeat(64) };
    expect(checkAnchors([JSON.stringify(moved)], 'cxzy', macWith, hashAt)).toEqual([
      { line: 1, seq: 2, problem: 'forged' },
    ]);
  });
});
