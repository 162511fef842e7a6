import { createHash, randomBytes } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import bcrypt from 'bcryptjs';
import {
  accountLocked,
  DomainError,
  invalidCredentials,
  isLocked,
  lockUntilAfterFailure,
  notAuthenticated,
} from '@cxzy/domain';
import { APP_CONFIG, type AppConfig } from '@cxzy/config';
import { CredentialRepository, RefreshTokenRepository, UserRepository } from '@cxzy/persistence';
import { AuditTrail } from '../audit/audit-trail.service.js';
import type { RequestContext } from '../audit/request-context.js';
import { ACCESS_AUDIENCE, type AuthenticatedUser, type AuthTokens } from './auth-tokens.js';
import { TokenSigner } from './token-signer.service.js';
import { currentGrants, grantsNotHeld, subjectOf, tokenGrantsRevoked, tokenUserUnknown } from './token-subject.js';

const sha256 = (value: string) => createHash('sha256').update(value).digest('hex');

/** A bcrypt hash to compare against when the user is unknown, so both paths take the same time. */
const DUMMY_HASH = bcrypt.hashSync('cxzy-no-such-user', 4);

/**
 * 登录会话: password login with lockout, short-lived access tokens, rotating refresh tokens. A
 * refresh token used twice means it was stolen: every session of that user is revoked.
 */
@Injectable()
export class SessionUseCases {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly credentials: CredentialRepository,
    private readonly refreshTokens: RefreshTokenRepository,
    private readonly users: UserRepository,
    private readonly signer: TokenSigner,
    private readonly audit: AuditTrail,
  ) {}

  async login(context: RequestContext, username: string, password: string): Promise<AuthTokens> {
    const stored = await this.credentials.findByUsername(username);
    const now = new Date();
    const refuse = async (reason: string, error: DomainError) => {
      await this.audit.record(
        { ...context, actorId: username },
        { action: 'auth.login', objectType: 'user', objectId: username, result: 'refused', reason },
      );
      return error;
    };
    if (stored && isLocked(stored.lockedUntil, now))
      throw await refuse('ACCOUNT_LOCKED', accountLocked(stored.lockedUntil!));
    const matches = await bcrypt.compare(password, stored?.passwordHash ?? DUMMY_HASH);
    if (!stored || !matches) {
      if (stored) {
        const failures = await this.credentials.recordFailure(stored.userId);
        const until = lockUntilAfterFailure(failures, now, {
          maxFailures: this.config.LOGIN_MAX_FAILURES,
          lockMinutes: this.config.LOGIN_LOCK_MINUTES,
        });
        if (until) await this.credentials.lock(stored.userId, until);
      }
      throw await refuse('INVALID_CREDENTIALS', invalidCredentials());
    }
    await this.credentials.recordSuccess(stored.userId);
    await this.audit.record(
      { ...context, actorId: username },
      { action: 'auth.login', objectType: 'user', objectId: username },
    );
    return this.issue(stored.userId, username);
  }

  async refresh(context: RequestContext, refreshToken: string): Promise<AuthTokens> {
    const stored = await this.refreshTokens.findByHash(sha256(refreshToken));
    if (!stored) throw notAuthenticated('refresh token unknown');
    if (stored.revokedAt || !(await this.refreshTokens.revoke(stored.id))) {
      await this.refreshTokens.revokeAllOf(stored.userId);
      await this.audit.record(context, {
        action: 'auth.refresh-reuse',
        objectType: 'user',
        objectId: stored.userId,
        result: 'refused',
        reason: 'REFRESH_TOKEN_REUSED',
      });
      throw notAuthenticated('refresh token already used: every session was signed out');
    }
    if (stored.expiresAt.getTime() <= Date.now()) throw notAuthenticated('refresh token expired');
    const user = await this.users.findById(stored.userId);
    if (!user) throw notAuthenticated('user no longer exists');
    return this.issue(user.id, user.username);
  }

  async logout(context: RequestContext, refreshToken: string): Promise<void> {
    const stored = await this.refreshTokens.findByHash(sha256(refreshToken));
    if (stored && (await this.refreshTokens.revoke(stored.id))) {
      await this.audit.record(context, { action: 'auth.logout', objectType: 'user', objectId: stored.userId });
    }
  }

  /**
   * The bearer of a valid access token, checked against the user it names (ADR 0019): `sub` must be
   * an existing user under the token's username (401 TOKEN_USER_UNKNOWN), every grant the token
   * carries must still be held (401 TOKEN_GRANTS_REVOKED: refused, not ignored), and the caller acts
   * with the roles the user holds now. One query by primary key, on every request.
   */
  async authenticate(accessToken: string): Promise<AuthenticatedUser> {
    const claims = await this.signer.verify(accessToken, ACCESS_AUDIENCE);
    const userId = subjectOf(claims);
    const user = userId ? await this.users.findById(userId) : null;
    if (!user || user.username !== claims['username']) throw tokenUserUnknown();
    const roles = currentGrants(user.roles);
    if (grantsNotHeld(claims['roles'], roles).length > 0) throw tokenGrantsRevoked();
    return { userId: user.id, username: user.username, roles };
  }

  async setPassword(context: RequestContext, username: string, password: string): Promise<void> {
    if ([...password].length < 12) {
      throw new DomainError(
        'PASSWORD_TOO_SHORT',
        'invalid',
        { zhCN: '密码至少 12 位', en: 'the password needs at least 12 characters' },
        'password',
      );
    }
    const hash = await bcrypt.hash(password, this.config.PASSWORD_HASH_COST);
    if (!(await this.credentials.setPassword(username, hash))) {
      throw new DomainError(
        'USER_NOT_FOUND',
        'not-found',
        { zhCN: `用户 ${username} 不存在`, en: `user ${username} not found` },
        'username',
      );
    }
    await this.audit.record(context, { action: 'auth.set-password', objectType: 'user', objectId: username });
  }

  private async issue(userId: string, username: string): Promise<AuthTokens> {
    const user = await this.users.findByUsername(username);
    const roles = currentGrants(user?.roles ?? []);
    const accessToken = await this.signer.sign(
      { sub: userId, username, roles },
      ACCESS_AUDIENCE,
      this.config.ACCESS_TOKEN_TTL_SECONDS,
    );
    const refreshToken = randomBytes(32).toString('base64url');
    await this.refreshTokens.insert(
      userId,
      sha256(refreshToken),
      new Date(Date.now() + this.config.REFRESH_TOKEN_TTL_HOURS * 3_600_000),
    );
    return { accessToken, tokenType: 'Bearer', expiresIn: this.config.ACCESS_TOKEN_TTL_SECONDS, refreshToken };
  }
}
