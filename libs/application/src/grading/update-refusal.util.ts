import { DomainError, type DomainErrorDetail, type DomainErrorKind, type LocalizedText } from '@cxzy/domain';
import { DOMAIN_REFUSAL_FAILURE_TYPE } from '@cxzy/contracts';

interface RefusalDetail {
  code: string;
  kind: DomainErrorKind;
  text: LocalizedText;
  field?: string;
  details?: DomainErrorDetail[];
}

interface FailureLike {
  name?: string;
  type?: string;
  details?: unknown[];
  cause?: unknown;
}

/**
 * A refused Workflow Update arrives as WorkflowUpdateFailedError whose cause is the validator's
 * ApplicationFailure: its type and first detail carry the DomainError, rebuilt here so the API's
 * error filter answers 409/422/403 as for any rule. Names are compared, never classes (two copies
 * of the SDK may be loaded).
 */
export function domainErrorOfUpdateFailure(error: unknown): DomainError | null {
  const failed = error as FailureLike;
  if (failed?.name !== 'WorkflowUpdateFailedError') return null;
  const cause = failed.cause as FailureLike | undefined;
  if (cause?.name !== 'ApplicationFailure' || cause.type !== DOMAIN_REFUSAL_FAILURE_TYPE) return null;
  const detail = cause.details?.[0] as RefusalDetail | undefined;
  if (!detail?.code || !detail.kind || !detail.text) return null;
  return new DomainError(detail.code, detail.kind, detail.text, detail.field, detail.details);
}
