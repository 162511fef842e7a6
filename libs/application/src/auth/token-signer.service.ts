import { Inject, Injectable } from '@nestjs/common';
import { SignJWT, jwtVerify, type JWTPayload } from 'jose';
import { notAuthenticated } from '@cxzy/domain';
import { APP_CONFIG, InvalidConfigurationError, type AppConfig } from '@cxzy/config';

/**
 * HS256 signing of access tokens and rating tokens with the deployment's secret. There is no
 * default secret (ADR 0019): the API refuses to start without AUTH_TOKEN_SECRET, and a process
 * built without it (a tool) fails at the first signature or verification, naming the variable.
 */
@Injectable()
export class TokenSigner {
  private readonly secret: string | undefined;

  constructor(@Inject(APP_CONFIG) config: AppConfig) {
    this.secret = config.AUTH_TOKEN_SECRET;
  }

  private key(): Uint8Array {
    if (!this.secret)
      throw new InvalidConfigurationError([
        { variable: 'AUTH_TOKEN_SECRET', reason: 'is required to sign or verify tokens (no default)' },
      ]);
    return new TextEncoder().encode(this.secret);
  }

  async sign(claims: JWTPayload, audience: string, ttlSeconds: number): Promise<string> {
    return new SignJWT(claims)
      .setProtectedHeader({ alg: 'HS256' })
      .setIssuer('cxzy')
      .setAudience(audience)
      .setIssuedAt()
      .setExpirationTime(Math.floor(Date.now() / 1000) + ttlSeconds)
      .sign(this.key());
  }

  /** Signature, issuer, audience and expiry, or a 401 saying which. */
  async verify(token: string, audience: string): Promise<JWTPayload> {
    const key = this.key();
    try {
      return (await jwtVerify(token, key, { issuer: 'cxzy', audience, algorithms: ['HS256'] })).payload;
    } catch (error) {
      throw notAuthenticated(
        (error as { code?: string }).code === 'ERR_JWT_EXPIRED' ? 'token expired' : 'token invalid',
      );
    }
  }
}
