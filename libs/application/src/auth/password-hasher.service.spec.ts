import { jest } from '@jest/globals';
import bcrypt from 'bcryptjs';
import { PasswordHasher } from './password-hasher.service.js';

describe('PasswordHasher', () => {
  const hasher = new PasswordHasher({ PASSWORD_HASH_COST: 6 });

  it('compares an unknown name against a stand-in of the configured cost, not a cheaper one (issue #22)', async () => {
    expect(bcrypt.getRounds(await hasher.standInHash())).toBe(6);
    expect(bcrypt.getRounds(await new PasswordHasher({ PASSWORD_HASH_COST: 4 }).standInHash())).toBe(4);
  });

  it('runs bcrypt for an unknown name as for a known one, and never lets it in', async () => {
    const compare = jest.spyOn(bcrypt, 'compare');
    try {
      const known = await hasher.hash('Correct-horse-9');
      await expect(hasher.verify('Correct-horse-9', known)).resolves.toBe(true);
      await expect(hasher.verify('wrong-password', known)).resolves.toBe(false);
      await expect(hasher.verify('Correct-horse-9', null)).resolves.toBe(false);
      const hashesCompared = compare.mock.calls.map(([, hash]) => bcrypt.getRounds(hash as string));
      expect(hashesCompared).toEqual([6, 6, 6]);
    } finally {
      compare.mockRestore();
    }
  });
});
