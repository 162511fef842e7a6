import { DomainError } from '../domain.error.js';

/** 登录锁定 (等保 2.0): after `maxFailures` wrong passwords in a row the account waits `lockMinutes`. */
export interface LockoutPolicy {
  readonly maxFailures: number;
  readonly lockMinutes: number;
}

export const DEFAULT_LOCKOUT_POLICY: LockoutPolicy = { maxFailures: 5, lockMinutes: 15 };

/**
 * Failures "in a row" are those less than a day apart: after a day without one a login name starts
 * again, and its row can go — unknown names are counted too (ADR 0020), so rows must not pile up.
 */
export const LOGIN_FAILURES_FORGOTTEN_AFTER_MINUTES = 24 * 60;

export const isLocked = (lockedUntil: Date | null, now: Date): boolean =>
  lockedUntil !== null && lockedUntil.getTime() > now.getTime();

/** After a failure counted `failures` in a row: the moment the account unlocks, or null if it stays open. */
export function lockUntilAfterFailure(failures: number, now: Date, policy: LockoutPolicy): Date | null {
  return failures >= policy.maxFailures ? new Date(now.getTime() + policy.lockMinutes * 60_000) : null;
}

/**
 * One answer for an unknown user and a wrong password, so the login cannot be used to find accounts
 * (the same bcrypt work, and the same lockout, for both: ADR 0020).
 */
export const invalidCredentials = () =>
  new DomainError('INVALID_CREDENTIALS', 'unauthenticated', {
    zhCN: '用户名或密码错误',
    en: 'wrong username or password',
  });

export const accountLocked = (until: Date) =>
  new DomainError('ACCOUNT_LOCKED', 'rate-limited', {
    zhCN: `连续登录失败次数过多，账户已锁定至 ${until.toISOString()}`,
    en: `too many failed logins: the account is locked until ${until.toISOString()}`,
  });

export const notAuthenticated = (why: string) =>
  new DomainError('NOT_AUTHENTICATED', 'unauthenticated', {
    zhCN: `未登录或登录已失效（${why}）`,
    en: `not signed in or the sign-in expired (${why})`,
  });
