/**
 * Business rules fail with a DomainError: a stable code, the field it concerns and a message in
 * zh-CN and English. The edges decide what it becomes (HTTP status in the API's error filter,
 * non-retryable ApplicationFailure in activities); business code never throws HTTP errors.
 */
export type DomainErrorKind =
  | 'invalid' // the input breaks a rule (→ 400/422)
  | 'not-found' // (→ 404)
  | 'conflict' // the state forbids it or it already exists (→ 409)
  | 'forbidden' // (→ 403)
  | 'unauthenticated' // who is asking is not established (→ 401)
  | 'rate-limited'; // too many attempts; try again later (→ 429)

export interface LocalizedText {
  readonly zhCN: string;
  readonly en: string;
}

/**
 * One problem among several, when a rule check reports everything at once (e.g. a pipeline
 * definition refused on publish): `path` is a JSON path such as `$.steps[2].quorum.n`.
 */
export interface DomainErrorDetail {
  readonly path: string;
  readonly code: string;
  readonly text: LocalizedText;
}

export class DomainError extends Error {
  override readonly name = 'DomainError';
  constructor(
    readonly code: string,
    readonly kind: DomainErrorKind,
    readonly text: LocalizedText,
    readonly field?: string,
    readonly details?: readonly DomainErrorDetail[],
  ) {
    super(`${code}: ${text.en}`);
  }
}

export const isDomainError = (error: unknown): error is DomainError =>
  error instanceof Error && error.name === 'DomainError' && 'code' in error && 'kind' in error;
