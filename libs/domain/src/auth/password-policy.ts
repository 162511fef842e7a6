import { DomainError, type LocalizedText } from '../domain.error.js';
import { COMMON_PASSWORDS } from './common-passwords.js';

/**
 * 口令复杂度 (等保 2.0 身份鉴别): what a password must be wherever one is set — `admin:create`,
 * `PUT /users/:username/password`. Login never applies it (an old password still signs in).
 */
export const PASSWORD_MIN_LENGTH = 12;
/** bcrypt reads only the first 72 bytes: a longer password would be cut without a word. */
export const PASSWORD_MAX_BYTES = 72;
export const PASSWORD_MIN_CHARACTER_CLASSES = 3;
/** A username shorter than this is not looked for inside the password (`qs` is in too many words). */
const USERNAME_MIN_LENGTH_TO_LOOK_FOR = 3;

export type PasswordProblemCode =
  | 'PASSWORD_BLANK'
  | 'PASSWORD_TOO_SHORT'
  | 'PASSWORD_TOO_LONG'
  | 'PASSWORD_TOO_SIMPLE'
  | 'PASSWORD_CONTAINS_USERNAME'
  | 'PASSWORD_TOO_COMMON';

export interface PasswordProblem {
  readonly code: PasswordProblemCode;
  readonly text: LocalizedText;
}

const COMMON = new Set(COMMON_PASSWORDS);

/** Lower-case letters, upper-case letters, digits, and everything else (symbols, spaces, 汉字). */
export function characterClassesOf(password: string): number {
  const classes = new Set<string>();
  for (const character of password) {
    if (/\p{Ll}/u.test(character)) classes.add('lower');
    else if (/\p{Lu}/u.test(character)) classes.add('upper');
    else if (/\p{Nd}/u.test(character)) classes.add('digit');
    else classes.add('other');
  }
  return classes.size;
}

const LEET: Readonly<Record<string, string>> = { '@': 'a', '4': 'a', '3': 'e', '0': 'o', $: 's', '5': 's', '7': 't' };

/**
 * The readings of a password a guessing list tries: the whole of it, and its stem — the part
 * between the leading and trailing digits and symbols (`Admin@123456` → `admin`) — with
 * leetspeak undone (`P@ssw0rd!` → `password`; `1` and `!` read as `i` or `l`).
 */
function guessableReadings(password: string): string[] {
  const lower = password.toLowerCase();
  const stem = lower.replace(/^[^\p{L}]+|[^\p{L}]+$/gu, '');
  const unleet = (text: string, one: string) =>
    [...text].map((c) => (c === '1' || c === '!' ? one : (LEET[c] ?? c))).join('');
  return [lower, stem, unleet(lower, 'i'), unleet(lower, 'l'), unleet(stem, 'i'), unleet(stem, 'l')];
}

/** The first rule `password` breaks for the user `username`, or null when it may be set. */
export function passwordPolicyProblem(password: string, username: string): PasswordProblem | null {
  if (password.trim() === '')
    return {
      code: 'PASSWORD_BLANK',
      text: { zhCN: '密码不能为空或全是空白', en: 'the password cannot be empty or all whitespace' },
    };
  if ([...password].length < PASSWORD_MIN_LENGTH)
    return {
      code: 'PASSWORD_TOO_SHORT',
      text: {
        zhCN: `密码至少 ${PASSWORD_MIN_LENGTH} 位`,
        en: `the password needs at least ${PASSWORD_MIN_LENGTH} characters`,
      },
    };
  if (new TextEncoder().encode(password).length > PASSWORD_MAX_BYTES)
    return {
      code: 'PASSWORD_TOO_LONG',
      text: {
        zhCN: `密码最多 ${PASSWORD_MAX_BYTES} 字节（UTF-8，一个汉字占 3 字节）`,
        en: `the password may have at most ${PASSWORD_MAX_BYTES} bytes (UTF-8; a Chinese character takes 3)`,
      },
    };
  if (characterClassesOf(password) < PASSWORD_MIN_CHARACTER_CLASSES)
    return {
      code: 'PASSWORD_TOO_SIMPLE',
      text: {
        zhCN: '密码须含小写字母、大写字母、数字、其他字符（符号、空格、汉字）中的至少三类',
        en: 'the password needs at least three of: lower-case letters, upper-case letters, digits, other characters (symbols, spaces, Chinese)',
      },
    };
  const name = username.trim().toLowerCase();
  if (name.length >= USERNAME_MIN_LENGTH_TO_LOOK_FOR && password.toLowerCase().includes(name))
    return {
      code: 'PASSWORD_CONTAINS_USERNAME',
      text: { zhCN: '密码不能包含用户名', en: 'the password cannot contain the username' },
    };
  if (guessableReadings(password).some((reading) => COMMON.has(reading)))
    return {
      code: 'PASSWORD_TOO_COMMON',
      text: {
        zhCN: '密码过于常见（或只是常见密码加数字、符号），容易被猜中',
        en: 'the password is too common (or a common one with digits or symbols around it) and easily guessed',
      },
    };
  return null;
}

/** Throws the policy's refusal (422, field `password`) unless `password` may be set for `username`. */
export function assertPasswordAllowed(password: string, username: string): void {
  const problem = passwordPolicyProblem(password, username);
  if (problem) throw new DomainError(problem.code, 'invalid', problem.text, 'password');
}
