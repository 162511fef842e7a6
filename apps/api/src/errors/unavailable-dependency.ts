/**
 * Which of the API's two dependencies an error says is out of reach — PostgreSQL or the workflow
 * engine (Temporal) — or undefined when the error is not an outage. Pure: it reads the error's
 * name, code and message, its `cause`, TypeORM's `driverError` and an AggregateError's `errors`.
 * An outage is answered 503 with Retry-After (a client may simply try again); anything else is a
 * bug, answered 500.
 */
export type UnavailableDependency = 'database' | 'workflow-engine';

/** SQLSTATEs of a server that is going away or not accepting connections (class 08 is checked whole). */
const POSTGRES_UNAVAILABLE_STATES = new Set([
  '57P01', // admin_shutdown: terminating connection due to administrator command
  '57P02', // crash_shutdown
  '57P03', // cannot_connect_now: the database system is starting up / shutting down
  '53300', // too_many_connections
]);

/** Network failures of a socket; in the API only the database driver opens plain sockets. */
const SOCKET_FAILURES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EPIPE',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'ENOTFOUND',
  'EAI_AGAIN',
]);

/** What pg and pg-pool say, without a code, when a connection is lost or cannot be had in time. */
const POSTGRES_CONNECTION_MESSAGES =
  /Connection terminated|timeout exceeded when trying to connect|Client has encountered a connection error|database is not established|the database system is (starting up|shutting down|in recovery mode)/i;

/** gRPC statuses that mean "the server did not answer", worth retrying later. */
const GRPC_UNAVAILABLE_STATUSES = new Set([
  4, // DEADLINE_EXCEEDED
  8, // RESOURCE_EXHAUSTED
  14, // UNAVAILABLE
]);

/** The Temporal SDK's wrappers of a failed call; the gRPC status (if any) is in the cause. */
const TEMPORAL_CALL_ERRORS = new Set(['ServiceError', 'TransportError', 'ConnectionError']);

interface ErrorLike {
  readonly name?: unknown;
  readonly code?: unknown;
  readonly message?: unknown;
  readonly details?: unknown;
  readonly cause?: unknown;
  readonly driverError?: unknown;
  readonly errors?: unknown;
}

const MAX_DEPTH = 5;

export function unavailableDependencyOf(error: unknown): UnavailableDependency | undefined {
  return search(error, 0);
}

function search(error: unknown, depth: number): UnavailableDependency | undefined {
  if (depth > MAX_DEPTH || typeof error !== 'object' || error === null) return undefined;
  const e = error as ErrorLike;
  const own = databaseSignal(e) ?? workflowEngineSignal(e);
  if (own) return own;
  const nested = [e.driverError, e.cause, ...(Array.isArray(e.errors) ? e.errors : [])];
  for (const inner of nested) {
    const found = search(inner, depth + 1);
    if (found) return found;
  }
  return undefined;
}

function databaseSignal(e: ErrorLike): UnavailableDependency | undefined {
  if (typeof e.code === 'string') {
    if (POSTGRES_UNAVAILABLE_STATES.has(e.code) || /^08[0-9A-Z]{3}$/.test(e.code)) return 'database';
    if (SOCKET_FAILURES.has(e.code)) return 'database';
  }
  if (e.name === 'ConnectionIsNotSetError') return 'database';
  if (typeof e.message === 'string' && POSTGRES_CONNECTION_MESSAGES.test(e.message)) return 'database';
  return undefined;
}

function workflowEngineSignal(e: ErrorLike): UnavailableDependency | undefined {
  // A bare gRPC error (numeric code and `details`), as a direct service call throws it.
  if (typeof e.code === 'number' && typeof e.details === 'string')
    return GRPC_UNAVAILABLE_STATUSES.has(e.code) ? 'workflow-engine' : undefined;
  // The Update call gave up (deadline or cancellation): the engine did not answer in time.
  if (e.name === 'WorkflowUpdateRPCTimeoutOrCancelledError') return 'workflow-engine';
  if (typeof e.name === 'string' && TEMPORAL_CALL_ERRORS.has(e.name)) {
    // A wrapper whose cause has a gRPC status: only the "did not answer" ones are outages (an
    // INVALID_ARGUMENT is a bug, not a reason to retry). No status: the connection itself failed.
    const status = grpcStatusOf(e.cause);
    return status === undefined || GRPC_UNAVAILABLE_STATUSES.has(status) ? 'workflow-engine' : undefined;
  }
  return undefined;
}

function grpcStatusOf(cause: unknown): number | undefined {
  if (typeof cause !== 'object' || cause === null) return undefined;
  const code = (cause as ErrorLike).code;
  return typeof code === 'number' ? code : undefined;
}
