import {
  applyDecorators,
  Inject,
  Injectable,
  SetMetadata,
  UseGuards,
  type CanActivate,
  type ExecutionContext,
} from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { ApiResponse } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { admitRequest, tooManyRequests, type RateWindow } from '@cxzy/domain';
import { APP_CONFIG, type AppConfig } from '@cxzy/config';
import { ErrorResponseBody } from '../errors/error-response.js';

type Bucket = 'login' | 'public-rating' | 'public-read';
const RATE_BUCKET = 'cxzy:rate-bucket';
const WINDOW_MS = 60_000;
/** Past this many tracked addresses, expired windows are dropped (memory stays bounded). */
const PRUNE_AT = 10_000;

/**
 * 限流 per client address on the routes an attacker can reach without an account (login, the
 * public's rating, the public pages' reads). The count is per API process, in memory: N processes admit up to N × limit
 * (docs/security.md). The address is `request.ip` (Express; behind a proxy set `trust proxy`).
 */
@Injectable()
export class RateLimitGuard implements CanActivate {
  private readonly windows = new Map<string, RateWindow>();

  constructor(
    private readonly reflector: Reflector,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  canActivate(context: ExecutionContext): boolean {
    const bucket = this.reflector.get<Bucket | undefined>(RATE_BUCKET, context.getHandler());
    if (!bucket) return true;
    const http = context.switchToHttp();
    const request = http.getRequest<Request>();
    const key = `${bucket}|${request.ip ?? request.socket.remoteAddress ?? 'unknown'}`;
    const now = Date.now();
    if (this.windows.size > PRUNE_AT) this.prune(now);
    const limit = {
      login: this.config.LOGIN_RATE_LIMIT_PER_MINUTE,
      'public-rating': this.config.PUBLIC_RATING_RATE_LIMIT_PER_MINUTE,
      'public-read': this.config.PUBLIC_READ_RATE_LIMIT_PER_MINUTE,
    }[bucket];
    const decision = admitRequest(this.windows.get(key), now, limit, WINDOW_MS);
    this.windows.set(key, decision.window);
    if (decision.allowed) return true;
    http.getResponse<Response>().setHeader('Retry-After', String(decision.retryAfterSeconds));
    throw tooManyRequests(decision.retryAfterSeconds);
  }

  private prune(now: number) {
    for (const [key, window] of this.windows) if (now - window.startedAt >= WINDOW_MS) this.windows.delete(key);
  }
}

/** Limits the route per client address (see RateLimitGuard); documents the 429. */
export const RateLimited = (bucket: Bucket) =>
  applyDecorators(
    SetMetadata(RATE_BUCKET, bucket),
    UseGuards(RateLimitGuard),
    ApiResponse({
      status: 429,
      type: ErrorResponseBody,
      description: 'too many requests from this address (Retry-After says when to retry)',
    }),
  );
