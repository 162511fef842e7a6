/**
 * A delivery that retrying cannot fix (the gateway refused the request as malformed, the address
 * is rejected). Workflows list this name as non-retryable, so it is dead-lettered at once; any
 * other error is retried with back-off by Temporal.
 */
export class PermanentDeliveryError extends Error {
  override readonly name = 'PermanentDeliveryError';
}
