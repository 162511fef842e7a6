/**
 * A fresh idempotency key for one command. A form keeps the key of its attempt until the API
 * answers, so a retry after a network failure repeats the same command instead of a second one.
 */
export const newIdempotencyKey = (): string => `console-${crypto.randomUUID()}`;
