import { checkRoleScope } from './role.js';

describe('checkRoleScope — where a role can be held', () => {
  const county = { code: 'QS', kind: 'committee' as const, isGradingUnit: true };
  const town = { code: 'T1', kind: 'committee' as const, isGradingUnit: false };
  const branch = { code: 'V1', kind: 'branch' as const, isGradingUnit: false };
  const group = { code: 'G1', kind: 'group' as const, isGradingUnit: false };

  it('an administrator only at a grading unit', () => {
    expect(checkRoleScope('administrator', county)).toBeNull();
    expect(checkRoleScope('administrator', town)?.code).toBe('ROLE_SCOPE_INVALID');
  });

  it('a supervisor at a committee or general branch, a secretary anywhere but a group, a member anywhere', () => {
    expect(checkRoleScope('supervisor', town)).toBeNull();
    expect(checkRoleScope('supervisor', branch)?.field).toBe('roles');
    expect(checkRoleScope('branch-secretary', branch)).toBeNull();
    expect(checkRoleScope('branch-secretary', group)?.text.en).toContain('G1');
    expect(checkRoleScope('member', group)).toBeNull();
  });
});
