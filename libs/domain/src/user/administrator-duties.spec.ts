import fc from 'fast-check';
import { ADMINISTRATOR_DUTIES, checkDutiesSeparated, checkNotOwnAccount, dutiesOf } from './administrator-duties.js';
import { checkRoleScope, ROLES, type Role } from './role.js';

const grant = (role: Role, organisationId = 'qs') => ({ role, organisationId });
const anyGrants = fc.array(
  fc.record({ role: fc.constantFrom(...ROLES), organisationId: fc.constantFrom('qs', 'qz-tax', 't01', 'v01') }),
  { maxLength: 8 },
);

describe('三员分立 — checkDutiesSeparated', () => {
  it('refuses a user holding two of the three administrator duties, naming `roles` in zh-CN and en', () => {
    const refusal = checkDutiesSeparated([grant('administrator'), grant('audit-administrator')]);
    expect(refusal).toMatchObject({ code: 'ADMINISTRATOR_DUTIES_COMBINED', kind: 'invalid', field: 'roles' });
    expect(refusal?.text.zhCN).toContain('审计管理员');
    expect(refusal?.text.en).toContain('audit administrator');
  });

  it('refuses the combination across grading units too: a duty is the person’s, wherever held', () => {
    expect(checkDutiesSeparated([grant('security-administrator', 'qs'), grant('administrator', 'qz-tax')])).not.toBe(
      null,
    );
  });

  it('allows one duty at several units, and any duty beside the business roles', () => {
    expect(checkDutiesSeparated([grant('administrator', 'qs'), grant('administrator', 'qz-tax')])).toBeNull();
    expect(checkDutiesSeparated([grant('audit-administrator'), grant('member', 'v01')])).toBeNull();
    expect(checkDutiesSeparated([grant('supervisor'), grant('branch-secretary', 'v01')])).toBeNull();
    expect(checkDutiesSeparated([])).toBeNull();
  });

  it('property: refused exactly when the grants hold more than one distinct duty', () => {
    fc.assert(
      fc.property(anyGrants, (grants) => {
        const distinct = new Set(grants.map((g) => g.role).filter((r) => ADMINISTRATOR_DUTIES.includes(r as never)));
        expect(checkDutiesSeparated(grants) === null).toBe(distinct.size <= 1);
      }),
    );
  });

  it('property: the order of the grants and repeated grants change nothing', () => {
    fc.assert(
      fc.property(anyGrants, (grants) => {
        const shuffled = [...grants].reverse().concat(grants);
        expect(checkDutiesSeparated(shuffled)?.code).toBe(checkDutiesSeparated(grants)?.code);
        expect(dutiesOf(shuffled)).toEqual(dutiesOf(grants));
      }),
    );
  });

  it('property: removing grants from an allowed set never makes it refused (a safe set stays safe)', () => {
    fc.assert(
      fc.property(anyGrants, fc.nat(), (grants, drop) => {
        fc.pre(checkDutiesSeparated(grants) === null);
        expect(checkDutiesSeparated(grants.filter((_, i) => i !== drop % Math.max(1, grants.length)))).toBeNull();
      }),
    );
  });
});

describe('checkNotOwnAccount — a security administrator never changes their own roles', () => {
  it('refuses the caller’s own username with 403 naming it, allows anyone else', () => {
    expect(checkNotOwnAccount('qs-security', 'qs-security')).toMatchObject({
      code: 'OWN_ACCOUNT_ROLES',
      kind: 'forbidden',
      field: 'username',
    });
    expect(checkNotOwnAccount('qs-security', 'qs-admin')).toBeNull();
  });
});

describe('checkRoleScope — the three administrators work for a grading unit', () => {
  it('refuses a security or audit administrator below a grading unit', () => {
    const town = { code: 'T1', kind: 'committee' as const, isGradingUnit: false };
    const county = { code: 'QS', kind: 'committee' as const, isGradingUnit: true };
    for (const duty of ADMINISTRATOR_DUTIES) {
      expect(checkRoleScope(duty, town)?.code).toBe('ROLE_SCOPE_INVALID');
      expect(checkRoleScope(duty, county)).toBeNull();
    }
  });
});
