import { ApplicationFailure } from '@temporalio/workflow';
import { DomainError, isDomainError, type DomainErrorKind, type LocalizedText } from '@cxzy/domain';

/**
 * A DomainError crosses the Update boundary as a non-retryable ApplicationFailure of type
 * 'DomainError' whose details keep the code, kind, texts and field, so the API answers exactly as
 * if the rule had been checked in-process (409 wrong step, 422 rule).
 */
export function toUpdateRejection(error: unknown): unknown {
  if (!isDomainError(error)) return error;
  return ApplicationFailure.create({
    message: error.message,
    type: 'DomainError',
    nonRetryable: true,
    details: [{ code: error.code, kind: error.kind, text: error.text, field: error.field ?? null }],
  });
}

/** The DomainError an Update failure carries, found anywhere in its cause chain; null if none. */
export function fromUpdateRejection(error: unknown): DomainError | null {
  for (let cause: unknown = error; cause; cause = (cause as { cause?: unknown }).cause) {
    const failure = cause as { name?: string; type?: string; details?: unknown[] };
    if (failure.name === 'ApplicationFailure' && failure.type === 'DomainError' && Array.isArray(failure.details)) {
      const d = failure.details[0] as {
        code: string;
        kind: DomainErrorKind;
        text: LocalizedText;
        field: string | null;
      };
      if (d?.code) return new DomainError(d.code, d.kind, d.text, d.field ?? undefined);
    }
  }
  return null;
}
