import fc from 'fast-check';
import { diffDefinitionBodies } from './definition-diff.js';
import { defaultBody } from './definition-test-helpers.js';
import { formatPath, jsonEqual, parsePath, valueAtPath } from './json-path.js';

describe('diffDefinitionBodies', () => {
  it('lists each changed leaf with its path, before and after', () => {
    const before = defaultBody();
    const after = defaultBody();
    after.tiers.advancedMaxPercent = 25;
    after.steps[3].quorum.n = 3;
    expect(diffDefinitionBodies(before, after)).toEqual([
      { path: '$.steps[3].quorum.n', change: 'changed', before: 2, after: 3 },
      { path: '$.tiers.advancedMaxPercent', change: 'changed', before: 30, after: 25 },
    ]);
  });

  it('reports added and removed keys and array elements', () => {
    const before = defaultBody('pledge');
    const after = defaultBody('pledge');
    delete after.steps[1].deadline;
    after.steps.push({ key: 'archive' });
    after.appraisalWeights = { self: 50, membersAndPublic: 50, superior: 0 };
    expect(diffDefinitionBodies(before, after)).toEqual([
      { path: '$.appraisalWeights', change: 'added', after: after.appraisalWeights },
      { path: '$.steps[1].deadline', change: 'removed', before: before.steps[1].deadline },
      { path: '$.steps[6]', change: 'added', after: { key: 'archive' } },
    ]);
  });

  it('finds no change between equal bodies, whatever the key order', () => {
    expect(diffDefinitionBodies({ a: 1, b: [1, { c: 2 }] }, { b: [1, { c: 2 }], a: 1 })).toEqual([]);
  });

  it('gives paths that lead to the stated values on both sides (property)', () => {
    fc.assert(
      fc.property(fc.jsonValue(), fc.jsonValue(), (a, b) => {
        const changes = diffDefinitionBodies(a, b);
        expect(changes.length === 0).toBe(jsonEqual(a, b));
        for (const change of changes) {
          expect(parsePath(change.path)).toBeDefined();
          if (change.change !== 'added') expect(jsonEqual(valueAtPath(a, change.path), change.before)).toBe(true);
          if (change.change !== 'removed') expect(jsonEqual(valueAtPath(b, change.path), change.after)).toBe(true);
        }
      }),
    );
  });
});

describe('JSON paths', () => {
  it('round-trip through formatPath and parsePath, odd keys included', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.string(), fc.nat())), (segments) => {
        expect(parsePath(formatPath(segments))).toEqual(segments);
      }),
    );
    expect(formatPath(['steps', 2, 'quorum', 'n'])).toBe('$.steps[2].quorum.n');
    expect(formatPath(['a b'])).toBe('$["a b"]');
    expect(parsePath('steps')).toBeUndefined();
    expect(parsePath('$.steps[x]')).toBeUndefined();
  });
});
