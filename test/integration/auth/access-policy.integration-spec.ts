import { AccessPolicy } from '@cxzy/application';
import type { RoleGrant } from '@cxzy/domain';
import { administratorOfEveryUnit } from '../../support/auth.js';
import { idOf } from '../../support/registry.js';
import { importReminderCounty } from '../../support/reminder-county.js';
import { useTestStack } from '../../support/test-stack.js';

describe('access policy along the leading line, on the real registry', () => {
  const stack = useTestStack('access', { worker: false });
  const ids: Record<string, string> = {};

  beforeAll(async () => {
    await importReminderCounty(stack.api);
    const admin = await administratorOfEveryUnit(stack.api);
    for (const code of ['QS', 'QL-TAX', 'QS-T01', 'QS-NY', 'QS-T01-V01', 'QS-TAX-B01'])
      ids[code] = await idOf(admin, code);
  });

  const may = async (grant: [RoleGrant['role'], string], role: RoleGrant['role'], target: string) => {
    const policy = stack.api.get(AccessPolicy, { strict: false });
    try {
      await policy.assert(
        { userId: 'u1', roles: [{ role: grant[0], organisationId: ids[grant[1]]! }] },
        role,
        ids[target]!,
      );
      return true;
    } catch (error) {
      if ((error as { code?: string }).code === 'NOT_IN_SCOPE') return false;
      throw error;
    }
  };

  it('mode 1 village: the township and the county supervise, the guiding bureau (copy line) does not', async () => {
    expect(await may(['supervisor', 'QS-T01'], 'supervisor', 'QS-T01-V01')).toBe(true);
    expect(await may(['supervisor', 'QS'], 'supervisor', 'QS-T01-V01')).toBe(true);
    expect(await may(['supervisor', 'QS-NY'], 'supervisor', 'QS-T01-V01')).toBe(false);
  });

  it('mode 3 tax branch: the city tax bureau supervises and administers, the county neither', async () => {
    expect(await may(['supervisor', 'QL-TAX'], 'supervisor', 'QS-TAX-B01')).toBe(true);
    expect(await may(['administrator', 'QL-TAX'], 'administrator', 'QS-TAX-B01')).toBe(true);
    expect(await may(['supervisor', 'QS'], 'supervisor', 'QS-TAX-B01')).toBe(false);
    expect(await may(['administrator', 'QS'], 'administrator', 'QS-TAX-B01')).toBe(false);
  });

  it('a branch secretary acts on their own branch, not on a neighbour', async () => {
    expect(await may(['branch-secretary', 'QS-T01-V01'], 'branch-secretary', 'QS-T01-V01')).toBe(true);
    expect(await may(['branch-secretary', 'QS-TAX-B01'], 'branch-secretary', 'QS-T01-V01')).toBe(false);
  });
});
