import type { IncomingMessage, ServerResponse } from 'node:http';

/** Arrays and objects nested deeper than this are refused (400) before the body is parsed. */
export const MAX_JSON_DEPTH = 32;
/** Larger bodies are refused with 413 while they are read (body-parser's own limit, Nest's default). */
export const MAX_JSON_BODY = '100kb';

/** Thrown from body-parser's `verify`; shaped as an http-error so Nest hands it to the filter as a 400. */
export class JsonTooDeepError extends Error {
  override readonly name = 'JsonTooDeepError';
  readonly status = 400;
  readonly statusCode = 400;
  readonly expose = true;
  readonly type = 'entity.too.deep';
  constructor() {
    super(`the JSON body is nested deeper than ${MAX_JSON_DEPTH} levels`);
  }
}

/**
 * Whether the JSON text nests arrays and objects deeper than `limit`, found by one pass over its
 * characters without parsing it (brackets inside strings do not count). Invalid JSON is left to the
 * parser.
 */
export function nestsDeeperThan(text: string, limit: number): boolean {
  let depth = 0;
  let inString = false;
  let escaped = false;
  for (let i = 0; i < text.length; i += 1) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (escaped) escaped = false;
      else if (c === 0x5c) escaped = true;
      else if (c === 0x22) inString = false;
    } else if (c === 0x22) inString = true;
    else if (c === 0x7b || c === 0x5b) {
      depth += 1;
      if (depth > limit) return true;
    } else if (c === 0x7d || c === 0x5d) depth -= 1;
  }
  return false;
}

/**
 * Options of the JSON body parser: Nest's default size limit, and a depth check on the raw bytes
 * before JSON.parse — a body nested thousands deep overflowed the stack in class-transformer, in the
 * ValidationPipe that follows parsing (a 500 on every JSON route, /auth/login included).
 */
export const jsonBodyOptions = {
  limit: MAX_JSON_BODY,
  verify(_request: IncomingMessage, _response: ServerResponse, body: Buffer, encoding: string): void {
    const text = new TextDecoder(encoding || 'utf-8').decode(body);
    if (nestsDeeperThan(text, MAX_JSON_DEPTH)) throw new JsonTooDeepError();
  },
};
