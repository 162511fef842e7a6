import {
  applyDecorators,
  Injectable,
  Logger,
  ServiceUnavailableException,
  SetMetadata,
  UseGuards,
  type ExecutionContext,
} from '@nestjs/common';
import { ApiResponse } from '@nestjs/swagger';
import { ThrottlerGuard, type ThrottlerLimitDetail, type ThrottlerRequest } from '@nestjs/throttler';
import type { Response } from 'express';
import { isDomainError, tooManyRequests } from '@cxzy/domain';
import { ErrorResponseBody } from '../errors/error-response.js';

export type RateBucket = 'login' | 'public-rating' | 'public-read' | 'smoke-check';
const RATE_BUCKET = 'cxzy:rate-bucket';

/**
 * 限流 on the routes an attacker can reach without an account (login, the public's rating, the
 * public pages' reads) and on the smoke check (each starts a workflow): @nestjs/throttler with the
 * counts in Redis, shared by every API process (ADR 0022). A route counts in its own bucket only;
 * routes of one bucket share the count (login and refresh do). The address is `request.ip`
 * (Express; behind a proxy set `trust proxy`).
 */
@Injectable()
export class RateLimitGuard extends ThrottlerGuard {
  private readonly log = new Logger('RateLimits');

  protected override async handleRequest(request: ThrottlerRequest): Promise<boolean> {
    const bucket = this.reflector.get<RateBucket | undefined>(RATE_BUCKET, request.context.getHandler());
    if (request.throttler.name !== bucket) return true;
    try {
      return await super.handleRequest(request);
    } catch (error) {
      if (isDomainError(error)) throw error;
      // The shared count cannot be kept: refuse rather than let every request through.
      this.log.error(`rate-limit store unavailable: ${(error as Error).message}`);
      throw new ServiceUnavailableException('rate limits unavailable', { cause: error });
    }
  }

  /** One count per bucket and client, whichever route of the bucket was asked. */
  protected override generateKey(_context: ExecutionContext, tracker: string, bucket: string): string {
    return `${bucket}|${tracker}`;
  }

  protected override async throwThrottlingException(
    context: ExecutionContext,
    detail: ThrottlerLimitDetail,
  ): Promise<void> {
    context.switchToHttp().getResponse<Response>().setHeader('Retry-After', String(detail.timeToBlockExpire));
    throw tooManyRequests(detail.timeToBlockExpire);
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
      description: 'too many requests from this client (Retry-After says when to retry)',
    }),
  );
