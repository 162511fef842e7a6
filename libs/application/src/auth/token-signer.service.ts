import { Inject, Injectable } from '@nestjs/common';
import { SignJWT, jwtVerify, type JWTPayload } from 'jose';
import { notAuthenticated } from '@cxzy/domain';
import { APP_CONFIG, type AppConfig } from '@cxzy/config';

/** Only for development and tests: production refuses to start without AUTH_TOKEN_SECRET (config rule). */
const DEVELOPMENT_ONLY_SECRET = 'cxzy-development-only-secret-never-use-in-production';

/** HS256 signing of access tokens and rating tokens with the deployment's secret. */
@Injectable()
export class TokenSigner {
  private readonly key: Uint8Array;

  constructor(@Inject(APP_CONFIG) config: AppConfig) {
    this.key = new TextEncoder().encode(config.AUTH_TOKEN_SECRET ?? DEVELOPMENT_ONLY_SECRET);
  }

  sign(claims: JWTPayload, audience: string, ttlSeconds: number): Promise<string> {
    return new SignJWT(claims)
      .setProtectedHeader({ alg: 'HS256' })
      .setIssuer('cxzy')
      .setAudience(audience)
      .setIssuedAt()
      .setExpirationTime(Math.floor(Date.now() / 1000) + ttlSeconds)
      .sign(this.key);
  }

  /** Signature, issuer, audience and expiry, or a 401 saying which. */
  async verify(token: string, audience: string): Promise<JWTPayload> {
    try {
      return (await jwtVerify(token, this.key, { issuer: 'cxzy', audience, algorithms: ['HS256'] })).payload;
    } catch (error) {
      throw notAuthenticated(
        (error as { code?: string }).code === 'ERR_JWT_EXPIRED' ? 'token expired' : 'token invalid',
      );
    }
  }
}
