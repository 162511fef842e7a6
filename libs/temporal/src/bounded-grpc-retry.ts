import { isRetryableError, type GrpcRetryOptions } from '@temporalio/client';

/**
 * How long the API's Temporal client keeps retrying a failed call before it gives up. The SDK's
 * default (10 attempts, backoff to 5 s) retries for ~20 s: a request then hangs that long while
 * the engine is down. Bounded here, the caller gets 503 + Retry-After within ~4 s; the client
 * (or the console) retries, and the idempotency key makes that retry safe. Only failed calls are
 * retried: a call that is waiting (an Update held until the worker answers) is not cut short.
 */
export const ENGINE_RETRY_BUDGET_MS = 4_000;

const INITIAL_INTERVAL_MS = 100;
const FACTOR = 1.7;
const MAX_JITTER = 0.2;

/** The pause before retry number `attempt` (1 = after the first failure): the SDK's formula. */
export function retryDelayMs(attempt: number, random: () => number = Math.random): number {
  return INITIAL_INTERVAL_MS * FACTOR ** attempt * (1 - MAX_JITTER + random() * 2 * MAX_JITTER);
}

/** The longest the pauses before retries 1…`attempt` can add up to (every jitter at its maximum). */
export function worstCaseWaitMs(attempt: number): number {
  let total = 0;
  for (let a = 1; a <= attempt; a += 1) total += INITIAL_INTERVAL_MS * FACTOR ** a * (1 + MAX_JITTER);
  return total;
}

/** The SDK's retry rule (which statuses are retryable), cut off when the next pause would pass `budgetMs`. */
export function boundedGrpcRetryOptions(budgetMs = ENGINE_RETRY_BUDGET_MS): GrpcRetryOptions {
  return {
    delayFunction: (attempt) => retryDelayMs(attempt),
    retryableDecider: (attempt, status) => isRetryableError(status) && worstCaseWaitMs(attempt) <= budgetMs,
  };
}
