import { toUpdateRejection } from '@cxzy/contracts';

/**
 * Runs a rule check for an Update validator: a DomainError becomes the non-retryable failure the
 * API turns back into 409/422/403 (`toUpdateRejection`); anything else is thrown as it is.
 */
export function refuseOnDomainError<T>(check: () => T): T {
  try {
    return check();
  } catch (error) {
    throw toUpdateRejection(error);
  }
}
