import fc from 'fast-check';
import { assertPasswordAllowed, characterClassesOf, passwordPolicyProblem } from './password-policy.js';

const problemOf = (password: string, username = 'v01-secretary') =>
  passwordPolicyProblem(password, username)?.code ?? null;

describe('the password policy', () => {
  it('refuses the passwords of issue #22: twelve spaces and 123456789012', () => {
    expect(problemOf(' '.repeat(12))).toBe('PASSWORD_BLANK');
    expect(problemOf('\t \u3000'.repeat(4))).toBe('PASSWORD_BLANK');
    expect(problemOf('')).toBe('PASSWORD_BLANK');
    expect(problemOf('123456789012')).toBe('PASSWORD_TOO_SIMPLE');
  });

  it('needs twelve characters, counted as characters (an astral one counts once)', () => {
    expect(problemOf('Ab1-Ab1-Ab1')).toBe('PASSWORD_TOO_SHORT');
    expect(problemOf('Ab1-Ab1-Ab1-')).toBeNull();
    expect(problemOf('𠮷𠮷𠮷𠮷𠮷Ab1-x')).toBe('PASSWORD_TOO_SHORT');
  });

  it('refuses more than bcrypt reads (72 bytes), which would be cut without a word', () => {
    expect(problemOf(`Ab1-${'x'.repeat(68)}`)).toBeNull();
    expect(problemOf(`Ab1-${'x'.repeat(69)}`)).toBe('PASSWORD_TOO_LONG');
    expect(problemOf(`Ab1-${'党'.repeat(23)}`)).toBe('PASSWORD_TOO_LONG');
  });

  it('needs three classes among lower, upper, digits and other characters (汉字 count as other)', () => {
    expect(characterClassesOf('abcdefghijkl')).toBe(1);
    expect(characterClassesOf('abcDEF123!')).toBe(4);
    expect(characterClassesOf('党员先锋 strong')).toBe(2);
    expect(problemOf('correcthorsebattery')).toBe('PASSWORD_TOO_SIMPLE');
    expect(problemOf('Correct-horse-battery')).toBeNull();
    expect(problemOf('党员先锋-2026-strong')).toBeNull();
  });

  it('refuses a password that is or contains the username, in any case', () => {
    expect(problemOf('V01-Secretary', 'v01-secretary')).toBe('PASSWORD_CONTAINS_USERNAME');
    expect(problemOf('my-V01-SECRETARY-pw', 'v01-secretary')).toBe('PASSWORD_CONTAINS_USERNAME');
    // Too short a name to look for: `qs` is inside many words.
    expect(problemOf('Qs-lake-morning-7', 'qs')).toBeNull();
  });

  it('refuses common passwords, and common stems dressed up with digits, symbols or leetspeak', () => {
    for (const common of [
      'Password1234',
      'P@ssw0rd1234!',
      'Admin@123456',
      'Qwerty123456',
      '1qaz2WSX3edc',
      'Woaini1314!!',
      '!!Dangyuan2026',
      'Welc0me-2026!',
      'L3tme1n!2026',
    ])
      expect([common, problemOf(common)]).toEqual([common, 'PASSWORD_TOO_COMMON']);
    expect(problemOf('Tr0ub4dor&3-horse')).toBeNull();
  });

  it('lets through the passwords the tests, the demo and the console use', () => {
    expect(problemOf('首次管理员-correct-horse-9', 'qs-first-admin')).toBeNull();
    expect(problemOf('a-new-password-1234', 'qs-secretary')).toBeNull();
    expect(problemOf('console-e2e-passphrase', 'qs-admin')).toBeNull();
    expect(problemOf('Demo-AbCdEfGhIjKl', 'qs-admin')).toBeNull();
  });

  it('throws a refusal naming the field password, in zh-CN and English', () => {
    expect(() => assertPasswordAllowed('123456789012', 'someone')).toThrow(
      expect.objectContaining({
        code: 'PASSWORD_TOO_SIMPLE',
        kind: 'invalid',
        field: 'password',
        text: { zhCN: expect.stringContaining('三类'), en: expect.stringContaining('three') },
      }),
    );
    expect(() => assertPasswordAllowed('Correct-horse-battery', 'someone')).not.toThrow();
  });

  it('never accepts a password of fewer than three classes, whatever it is', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', minLength: 0, maxLength: 40 }), (password) => {
        const problem = problemOf(password, 'someone');
        return characterClassesOf(password) >= 3 || problem !== null;
      }),
    );
  });

  it('accepts a long random mix of all four classes unless it holds a common stem', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[a-z]{4}[A-Z]{4}[0-9]{4}[#%&*]{2}$/), (password) => {
        const code = problemOf(password, 'someone');
        return code === null || code === 'PASSWORD_TOO_COMMON' || code === 'PASSWORD_CONTAINS_USERNAME';
      }),
    );
  });
});
