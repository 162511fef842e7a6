import { createHash, randomBytes } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import {
  accountLocked,
  assertPasswordAllowed,
  DomainError,
  invalidCredentials,
  isLocked,
  LOGIN_FAILURES_FORGOTTEN_AFTER_MINUTES,
  lockUntilAfterFailure,
  notAuthenticated,
} from '@cxzy/domain';
import { APP_CONFIG, type AppConfig } from '@cxzy/config';
import {
  CredentialRepository,
  LoginFailureRepository,
  LoginSessionRepository,
  RefreshTokenRepository,
  UserRepository,
} from '@cxzy/persistence';
import { AuditTrail } from '../audit/audit-trail.service.js';
import type { RequestContext } from '../audit/request-context.js';
import { ACCESS_AUDIENCE, type AuthenticatedUser, type AuthTokens } from './auth-tokens.js';
import { PasswordHasher } from './password-hasher.service.js';
import { TokenSigner } from './token-signer.service.js';
import {
  currentGrants,
  grantsNotHeld,
  sessionOf,
  subjectOf,
  tokenGrantsRevoked,
  tokenSessionEnded,
  tokenUserUnknown,
} from './token-subject.js';

const sha256 = (value: string) => createHash('sha256').update(value).digest('hex');

/**
 * 登录会话: password login with lockout, short-lived access tokens, rotating refresh tokens, all
 * inside a login session (ADR 0020). Logging out ends the session, and with it its access tokens;
 * a refresh token used twice means it was stolen: every session of that user ends.
 */
@Injectable()
export class SessionUseCases {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly credentials: CredentialRepository,
    private readonly failures: LoginFailureRepository,
    private readonly loginSessions: LoginSessionRepository,
    private readonly refreshTokens: RefreshTokenRepository,
    private readonly users: UserRepository,
    private readonly signer: TokenSigner,
    private readonly hasher: PasswordHasher,
    private readonly audit: AuditTrail,
  ) {}

  /**
   * An unknown name and a known one take the same path: the same lockout (counted per name), the
   * same bcrypt work (a stand-in hash of the same cost), the same answer, the same audit record.
   */
  async login(context: RequestContext, username: string, password: string): Promise<AuthTokens> {
    const now = new Date();
    const refuse = async (reason: string, error: DomainError) => {
      await this.audit.record(
        { ...context, actorId: username },
        { action: 'auth.login', objectType: 'user', objectId: username, result: 'refused', reason },
      );
      return error;
    };
    const lockedUntil = await this.failures.lockedUntil(username);
    if (isLocked(lockedUntil, now)) throw await refuse('ACCOUNT_LOCKED', accountLocked(lockedUntil!));
    const stored = await this.credentials.findByUsername(username);
    const matches = await this.hasher.verify(password, stored?.passwordHash ?? null);
    if (!stored || !matches) {
      const failures = await this.failures.recordFailure(username, LOGIN_FAILURES_FORGOTTEN_AFTER_MINUTES);
      const until = lockUntilAfterFailure(failures, now, {
        maxFailures: this.config.LOGIN_MAX_FAILURES,
        lockMinutes: this.config.LOGIN_LOCK_MINUTES,
      });
      if (until) await this.failures.lock(username, until);
      throw await refuse('INVALID_CREDENTIALS', invalidCredentials());
    }
    await this.failures.clear(username);
    const sessionId = await this.loginSessions.open(stored.userId);
    await this.audit.record(
      { ...context, actorId: username },
      { action: 'auth.login', objectType: 'user', objectId: username, after: { sessionId } },
    );
    return (await this.issue(stored.userId, username, sessionId)).tokens;
  }

  /** A new token pair in the same session; the presented refresh token is spent. Audited like a login. */
  async refresh(context: RequestContext, refreshToken: string): Promise<AuthTokens> {
    const stored = await this.refreshTokens.findByHash(sha256(refreshToken));
    if (!stored) throw notAuthenticated('refresh token unknown');
    // A rotated token presented again was copied: theft. One revoked without a successor belongs to
    // a session that already ended (logout, or all of them ended): nothing more to end.
    if (stored.revokedAt && stored.replacedBy) throw await this.reuseDetected(context, stored.userId);
    if (stored.revokedAt) throw notAuthenticated('refresh token revoked: the session was signed out');
    if (stored.expiresAt.getTime() <= Date.now()) throw notAuthenticated('refresh token expired');
    const user = await this.users.findById(stored.userId);
    if (!user) throw notAuthenticated('user no longer exists');
    // The successor exists before the presented token is spent, so the session is never without a live token.
    const issued = await this.issue(user.id, user.username, stored.sessionId);
    if (!(await this.refreshTokens.revoke(stored.id, issued.refreshTokenId)))
      throw await this.reuseDetected(context, stored.userId); // a concurrent refresh spent it first
    await this.audit.record(
      { ...context, actorId: user.username },
      { action: 'auth.refresh', objectType: 'user', objectId: user.username, after: { sessionId: stored.sessionId } },
    );
    return issued.tokens;
  }

  async logout(context: RequestContext, refreshToken: string): Promise<void> {
    const stored = await this.refreshTokens.findByHash(sha256(refreshToken));
    if (stored && (await this.refreshTokens.revoke(stored.id))) {
      await this.loginSessions.end(stored.sessionId, 'logout');
      await this.audit.record(context, {
        action: 'auth.logout',
        objectType: 'user',
        objectId: stored.userId,
        after: { sessionId: stored.sessionId },
      });
    }
  }

  /**
   * The bearer of a valid access token, checked against the user it names (ADR 0019): `sub` must be
   * an existing user under the token's username (401 TOKEN_USER_UNKNOWN), every grant the token
   * carries must still be held (401 TOKEN_GRANTS_REVOKED: refused, not ignored), and its login
   * session (`sid`) must not have ended (401 TOKEN_SESSION_ENDED, ADR 0020); the caller acts with the
   * roles the user holds now. Two lookups by primary key, at once, on every request.
   */
  async authenticate(accessToken: string): Promise<AuthenticatedUser> {
    const claims = await this.signer.verify(accessToken, ACCESS_AUDIENCE);
    const userId = subjectOf(claims);
    const sessionId = sessionOf(claims);
    const [user, sessionLive] = await Promise.all([
      userId ? this.users.findById(userId) : null,
      userId && sessionId ? this.loginSessions.isLive(sessionId, userId) : false,
    ]);
    if (!user || user.username !== claims['username']) throw tokenUserUnknown();
    const roles = currentGrants(user.roles);
    if (grantsNotHeld(claims['roles'], roles).length > 0) throw tokenGrantsRevoked();
    if (!sessionLive) throw tokenSessionEnded();
    return { userId: user.id, username: user.username, roles };
  }

  /** Sets a password that keeps the policy (`assertPasswordAllowed`: 422 naming `password`); lifts a lockout. */
  async setPassword(context: RequestContext, username: string, password: string): Promise<void> {
    assertPasswordAllowed(password, username);
    if (!(await this.credentials.setPassword(username, await this.hasher.hash(password)))) {
      throw new DomainError(
        'USER_NOT_FOUND',
        'not-found',
        { zhCN: `用户 ${username} 不存在`, en: `user ${username} not found` },
        'username',
      );
    }
    await this.failures.clear(username);
    await this.audit.record(context, { action: 'auth.set-password', objectType: 'user', objectId: username });
  }

  /** A spent refresh token presented again: stolen, so every session of the user ends (audited). */
  private async reuseDetected(context: RequestContext, userId: string): Promise<DomainError> {
    await this.loginSessions.endAllOf(userId, 'refresh-reuse');
    await this.audit.record(context, {
      action: 'auth.refresh-reuse',
      objectType: 'user',
      objectId: userId,
      result: 'refused',
      reason: 'REFRESH_TOKEN_REUSED',
    });
    return notAuthenticated('refresh token already used: every session was signed out');
  }

  private async issue(
    userId: string,
    username: string,
    sessionId: string,
  ): Promise<{ tokens: AuthTokens; refreshTokenId: string }> {
    const user = await this.users.findByUsername(username);
    const roles = currentGrants(user?.roles ?? []);
    const accessToken = await this.signer.sign(
      { sub: userId, username, roles, sid: sessionId },
      ACCESS_AUDIENCE,
      this.config.ACCESS_TOKEN_TTL_SECONDS,
    );
    const refreshToken = randomBytes(32).toString('base64url');
    const refreshTokenId = await this.refreshTokens.insert(
      userId,
      sessionId,
      sha256(refreshToken),
      new Date(Date.now() + this.config.REFRESH_TOKEN_TTL_HOURS * 3_600_000),
    );
    return {
      tokens: { accessToken, tokenType: 'Bearer', expiresIn: this.config.ACCESS_TOKEN_TTL_SECONDS, refreshToken },
      refreshTokenId,
    };
  }
}
