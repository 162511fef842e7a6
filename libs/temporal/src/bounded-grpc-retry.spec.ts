import type { GrpcRetryOptions } from '@temporalio/client';
import {
  boundedGrpcRetryOptions,
  ENGINE_RETRY_BUDGET_MS,
  retryDelayMs,
  worstCaseWaitMs,
} from './bounded-grpc-retry.js';

type StatusObject = Parameters<GrpcRetryOptions['retryableDecider']>[1];
/** gRPC status codes (the numbers are the protocol's). */
const status = { DEADLINE_EXCEEDED: 4, NOT_FOUND: 5, FAILED_PRECONDITION: 9, UNAVAILABLE: 14, INVALID_ARGUMENT: 3 };
const failed = (code: number): StatusObject => ({ code, details: 'x', metadata: undefined as never });

describe('the API’s bounded retries of a failed Temporal call', () => {
  it('retries an unreachable engine only while the pauses, at their longest, stay within the budget', () => {
    const options = boundedGrpcRetryOptions();
    let attempt = 1;
    while (options.retryableDecider(attempt, failed(status.UNAVAILABLE))) attempt += 1;
    // The SDK's default would make 10 attempts over ~20 s; here a few, all within ~4 s.
    expect(attempt).toBeGreaterThanOrEqual(4);
    expect(worstCaseWaitMs(attempt - 1)).toBeLessThanOrEqual(ENGINE_RETRY_BUDGET_MS);
    expect(worstCaseWaitMs(attempt)).toBeGreaterThan(ENGINE_RETRY_BUDGET_MS);
  });

  it('never retries what retrying cannot fix (a bad request, a missing workflow)', () => {
    const options = boundedGrpcRetryOptions();
    for (const code of [
      status.INVALID_ARGUMENT,
      status.NOT_FOUND,
      status.FAILED_PRECONDITION,
      status.DEADLINE_EXCEEDED,
    ])
      expect(options.retryableDecider(1, failed(code))).toBe(false);
  });

  it('pauses with the SDK’s exponential backoff, jitter within ±20 %', () => {
    for (const attempt of [1, 2, 5]) {
      const nominal = 100 * 1.7 ** attempt;
      expect(retryDelayMs(attempt, () => 0)).toBeCloseTo(nominal * 0.8);
      expect(retryDelayMs(attempt, () => 1)).toBeCloseTo(nominal * 1.2);
    }
    expect(worstCaseWaitMs(2)).toBeCloseTo(retryDelayMs(1, () => 1) + retryDelayMs(2, () => 1));
  });
});
