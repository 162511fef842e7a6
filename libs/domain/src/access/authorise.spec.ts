import fc from 'fast-check';
import { assertAuthorised, authorise, type AccessTarget, type RoleGrant } from './authorise.js';

// 长家庄村党支部: township 东岭镇 → county 青山县 lead; the agriculture bureau is only copied.
const village: AccessTarget = { organisationId: 'v01', leadingLineIds: ['t01', 'qs'], gradingUnitId: 'qs' };

describe('authorise', () => {
  it('lets the branch act on itself only', () => {
    expect(
      authorise('u', [{ role: 'branch-secretary', organisationId: 'v01' }], 'branch-secretary', village).allowed,
    ).toBe(true);
    expect(
      authorise('u', [{ role: 'branch-secretary', organisationId: 'v02' }], 'branch-secretary', village).allowed,
    ).toBe(false);
  });

  it('lets supervisors on the leading line act, never the copy line or a neighbour', () => {
    expect(authorise('u', [{ role: 'supervisor', organisationId: 't01' }], 'supervisor', village).allowed).toBe(true);
    expect(authorise('u', [{ role: 'supervisor', organisationId: 'qs' }], 'supervisor', village).allowed).toBe(true);
    expect(authorise('u', [{ role: 'supervisor', organisationId: 'agri-bureau' }], 'supervisor', village).allowed).toBe(
      false,
    );
    expect(authorise('u', [{ role: 'supervisor', organisationId: 't02' }], 'supervisor', village).allowed).toBe(false);
  });

  it('lets administrators act inside their grading unit only', () => {
    expect(authorise('u', [{ role: 'administrator', organisationId: 'qs' }], 'administrator', village).allowed).toBe(
      true,
    );
    expect(
      authorise('u', [{ role: 'administrator', organisationId: 'ql-tax' }], 'administrator', village).allowed,
    ).toBe(false);
  });

  it('keeps the three administrators apart (三员分立): each duty acts only as itself, in its own unit', () => {
    const duties = ['administrator', 'security-administrator', 'audit-administrator'] as const;
    for (const held of duties)
      for (const asked of duties) {
        const grants: RoleGrant[] = [{ role: held, organisationId: 'qs' }];
        expect(authorise('u', grants, asked, village).allowed).toBe(held === asked);
      }
    expect(
      authorise('u', [{ role: 'audit-administrator', organisationId: 'ql-tax' }], 'audit-administrator', village)
        .allowed,
    ).toBe(false);
  });

  it('lets a member act only on what they own', () => {
    const own = { ...village, ownerUserIds: ['me'] };
    const grants: RoleGrant[] = [{ role: 'member', organisationId: 'v01' }];
    expect(authorise('me', grants, 'member', own).allowed).toBe(true);
    expect(authorise('someone-else', grants, 'member', own).allowed).toBe(false);
    // A collective pledge is any of its members'; nobody's (no linked user) is no member's.
    expect(authorise('me', grants, 'member', { ...village, ownerUserIds: ['other', 'me'] }).allowed).toBe(true);
    expect(authorise('me', grants, 'member', { ...village, ownerUserIds: [] }).allowed).toBe(false);
    expect(authorise('', grants, 'member', { ...village, ownerUserIds: [''] }).allowed).toBe(false);
    // Their own thing, but held at another organisation: not as this branch's member.
    expect(authorise('me', [{ role: 'member', organisationId: 'v02' }], 'member', own).allowed).toBe(false);
  });

  it('never confuses roles: a grant of one role does not allow another', () => {
    expect(authorise('u', [{ role: 'branch-secretary', organisationId: 't01' }], 'supervisor', village).allowed).toBe(
      false,
    );
    expect(() =>
      assertAuthorised('u', [{ role: 'supervisor', organisationId: 'agri-bureau' }], 'supervisor', village),
    ).toThrow(expect.objectContaining({ code: 'NOT_IN_SCOPE', kind: 'forbidden' }));
  });

  it('allows a supervisor exactly when their organisation is on the leading line, whatever the shape', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.constantFrom('a', 'b', 'c', 'd', 'e', 'f', 'g'), { minLength: 1, maxLength: 6 }),
        fc.constantFrom('a', 'b', 'c', 'd', 'e', 'f', 'g', 'x'),
        (line, grantOrg) => {
          const target: AccessTarget = {
            organisationId: 'self',
            leadingLineIds: line,
            gradingUnitId: line[line.length - 1]!,
          };
          const allowed = authorise(
            'u',
            [{ role: 'supervisor', organisationId: grantOrg }],
            'supervisor',
            target,
          ).allowed;
          return allowed === (line as string[]).includes(grantOrg);
        },
      ),
    );
  });
});
