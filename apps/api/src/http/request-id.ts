import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';

/** A caller's id is kept only when it is short and plain, so logs and audit records cannot be polluted. */
const SAFE_REQUEST_ID = /^[A-Za-z0-9._-]{8,64}$/;

/**
 * Every request gets an id, echoed as `X-Request-Id`: it ties together the log lines, the error
 * response and the audit records of one request.
 */
export function requestIdMiddleware(
  request: IncomingMessage & { id?: string },
  response: ServerResponse,
  next: () => void,
): void {
  const given = request.headers['x-request-id'];
  request.id = typeof given === 'string' && SAFE_REQUEST_ID.test(given) ? given : randomUUID();
  response.setHeader('x-request-id', request.id);
  next();
}

/** For pino-http: log lines carry the id the middleware assigned. */
export const requestIdOf = (request: IncomingMessage & { id?: string }): string => request.id ?? 'unassigned';
