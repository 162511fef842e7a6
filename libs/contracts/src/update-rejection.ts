import { ApplicationFailure } from '@temporalio/common';
import {
  DomainError,
  isDomainError,
  type DomainErrorDetail,
  type DomainErrorKind,
  type LocalizedText,
} from '@cxzy/domain';
import { DOMAIN_REFUSAL_FAILURE_TYPE } from './grading/grading-round.contract.js';

/**
 * A DomainError crosses the Update boundary (a validator's refusal, or an activity's rule refusal
 * that must not be retried) as a non-retryable ApplicationFailure of type 'DomainError' whose first
 * detail keeps the code, kind, texts, field and problems, so the API answers exactly as if the rule
 * had been checked in-process (409 wrong step, 422 rule with a path per problem, 403).
 * Anything else is returned as it is.
 */
export function toUpdateRejection(error: unknown): unknown {
  if (!isDomainError(error)) return error;
  return ApplicationFailure.create({
    message: error.message,
    type: DOMAIN_REFUSAL_FAILURE_TYPE,
    nonRetryable: true,
    details: [
      {
        code: error.code,
        kind: error.kind,
        text: error.text,
        field: error.field ?? null,
        details: error.details ?? [],
      },
    ],
  });
}

/**
 * The DomainError a refused Update (or a refusing activity under it) carries, found anywhere in its
 * cause chain; null if none. Names are compared, never classes (two copies of the SDK may be loaded).
 */
export function fromUpdateRejection(error: unknown): DomainError | null {
  for (let cause: unknown = error; cause; cause = (cause as { cause?: unknown }).cause) {
    const failure = cause as { name?: string; type?: string; details?: unknown[] };
    if (failure.name !== 'ApplicationFailure' || failure.type !== DOMAIN_REFUSAL_FAILURE_TYPE) continue;
    const d = failure.details?.[0] as
      | {
          code?: string;
          kind?: DomainErrorKind;
          text?: LocalizedText;
          field?: string | null;
          details?: DomainErrorDetail[];
        }
      | undefined;
    if (d?.code && d.kind && d.text) return new DomainError(d.code, d.kind, d.text, d.field ?? undefined, d.details);
    return null;
  }
  return null;
}
