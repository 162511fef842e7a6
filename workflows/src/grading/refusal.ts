import { ApplicationFailure } from '@temporalio/workflow';
import { isDomainError } from '@cxzy/domain';
import { DOMAIN_REFUSAL_FAILURE_TYPE } from '@cxzy/contracts';

/**
 * Runs a rule check for an Update validator: a DomainError becomes a non-retryable failure whose
 * type and first detail carry the code, kind, texts and problems, so the API can answer 409/422/403.
 */
export function refuseOnDomainError<T>(check: () => T): T {
  try {
    return check();
  } catch (error) {
    if (!isDomainError(error)) throw error;
    throw ApplicationFailure.create({
      type: DOMAIN_REFUSAL_FAILURE_TYPE,
      message: error.message,
      nonRetryable: true,
      details: [
        { code: error.code, kind: error.kind, text: error.text, field: error.field, details: error.details ?? [] },
      ],
    });
  }
}
