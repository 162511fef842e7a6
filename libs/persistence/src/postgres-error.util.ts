/** What PostgreSQL said when a statement failed (TypeORM wraps it in QueryFailedError.driverError). */
interface PostgresErrorFields {
  readonly code?: string;
  readonly constraint?: string;
}

function fieldsOf(error: unknown): PostgresErrorFields {
  if (typeof error !== 'object' || error === null) return {};
  const driverError = (error as { driverError?: unknown }).driverError;
  const source = typeof driverError === 'object' && driverError !== null ? driverError : error;
  return source as PostgresErrorFields;
}

/** 23505 unique_violation, optionally on a given constraint or unique index. */
export function isUniqueViolation(error: unknown, constraint?: string): boolean {
  const fields = fieldsOf(error);
  return fields.code === '23505' && (constraint === undefined || fields.constraint === constraint);
}

/** CX409: raised by the pipeline_definitions_guard trigger when a non-draft row would change. */
export const isImmutableRowViolation = (error: unknown): boolean => fieldsOf(error).code === 'CX409';
