import { readScopeOf } from './read-scope.js';

describe('readScopeOf — what a caller may list', () => {
  it('maps each role to its scope, without duplicates', () => {
    expect(
      readScopeOf([
        { role: 'administrator', organisationId: 'unit' },
        { role: 'supervisor', organisationId: 'town' },
        { role: 'branch-secretary', organisationId: 'v01' },
        { role: 'member', organisationId: 'v01' },
        { role: 'member', organisationId: 'v02' },
      ]),
    ).toEqual({ gradingUnitIds: ['unit'], leadingRootIds: ['town'], organisationIds: ['v01', 'v02'] });
  });

  it('gives no grants an empty scope (sees nothing)', () => {
    expect(readScopeOf([])).toEqual({ gradingUnitIds: [], leadingRootIds: [], organisationIds: [] });
  });
});
