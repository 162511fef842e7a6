import { grantsNotHeld, sessionOf, subjectOf } from './token-subject.js';

describe('a token checked against its user (ADR 0019)', () => {
  const held = [
    { role: 'administrator', organisationId: 'u-1' },
    { role: 'supervisor', organisationId: 'o-2' },
  ];

  it('finds the grants a token claims that the user does not hold now', () => {
    expect(grantsNotHeld([held[0]], held)).toEqual([]);
    expect(grantsNotHeld([], held)).toEqual([]);
    expect(grantsNotHeld(undefined, held)).toEqual([]);
    const revoked = { role: 'administrator', organisationId: 'o-2' };
    expect(grantsNotHeld([held[1], revoked], held)).toEqual([revoked]);
    expect(grantsNotHeld([{ role: 'administrator' }], held)).toEqual([{ role: 'administrator' }]);
    expect(grantsNotHeld('administrator', held)).toEqual(['administrator']);
  });

  it('reads a user id only from a uuid subject', () => {
    expect(subjectOf({ sub: '0f8fad5b-d9cb-469f-a165-70867728950e' })).toBe('0f8fad5b-d9cb-469f-a165-70867728950e');
    expect(subjectOf({ sub: 'qs-admin' })).toBeNull();
    expect(subjectOf({})).toBeNull();
  });

  it('reads a login session only from a uuid sid (a token without one belongs to no session: ADR 0020)', () => {
    expect(sessionOf({ sid: '0f8fad5b-d9cb-469f-a165-70867728950e' })).toBe('0f8fad5b-d9cb-469f-a165-70867728950e');
    expect(sessionOf({ sid: 'any' })).toBeNull();
    expect(sessionOf({ sid: 42 })).toBeNull();
    expect(sessionOf({})).toBeNull();
  });
});
