import {
  applyDecorators,
  Injectable,
  Logger,
  ServiceUnavailableException,
  SetMetadata,
  UseGuards,
  type CanActivate,
  type ExecutionContext,
} from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { ApiResponse } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import type { AuthenticatedUser } from '@cxzy/application';
import { retryAfterSeconds, tooManyRequests } from '@cxzy/domain';
import { ErrorResponseBody } from '../errors/error-response.js';
import { RateLimiters, RateLimitStoreUnavailableError, type RateBucket } from './rate-limiters.js';

const RATE_BUCKET = 'cxzy:rate-bucket';

/**
 * 限流 on the routes an attacker can reach without an account (login, the public's rating, the
 * public pages' reads), per client address, and on the smoke check (each starts a workflow), per
 * signed-in user. Routes of one bucket share its count (login and refresh do); the count is shared
 * by every API process (RateLimiters, ADR 0022). The address is `request.ip` (Express; behind a
 * proxy set `trust proxy`). Beyond the limit: 429 RATE_LIMITED with Retry-After, before any work.
 */
@Injectable()
export class RateLimitGuard implements CanActivate {
  private readonly logger = new Logger('RateLimits');

  constructor(
    private readonly reflector: Reflector,
    private readonly limiters: RateLimiters,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const bucket = this.reflector.get<RateBucket | undefined>(RATE_BUCKET, context.getHandler());
    if (!bucket) return true;
    const http = context.switchToHttp();
    const request = http.getRequest<Request & { user?: AuthenticatedUser }>();
    // The smoke check runs behind the token check: count the user (an address may be a whole office).
    const client =
      bucket === 'smoke-check'
        ? `user:${request.user?.userId ?? 'none'}`
        : (request.ip ?? request.socket.remoteAddress ?? 'unknown');
    const admission = await this.limiters.consume(bucket, client).catch((error: unknown) => {
      if (!(error instanceof RateLimitStoreUnavailableError)) throw error;
      // The shared count cannot be kept: refuse rather than let every request through.
      this.logger.error(error.message);
      throw new ServiceUnavailableException('rate limits unavailable', { cause: error });
    });
    if (admission.admitted) return true;
    const seconds = retryAfterSeconds(admission.msBeforeNext);
    http.getResponse<Response>().setHeader('Retry-After', String(seconds));
    throw tooManyRequests(seconds);
  }
}

/** Limits the route per client (see RateLimitGuard); documents the 429. */
export const RateLimited = (bucket: RateBucket) =>
  applyDecorators(
    SetMetadata(RATE_BUCKET, bucket),
    UseGuards(RateLimitGuard),
    ApiResponse({
      status: 429,
      type: ErrorResponseBody,
      description:
        bucket === 'smoke-check'
          ? 'too many smoke checks by this user (Retry-After says when to retry)'
          : 'too many requests from this address (Retry-After says when to retry)',
    }),
  );
