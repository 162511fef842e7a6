import { Injectable, type CanActivate, type ExecutionContext } from '@nestjs/common';
import type { Request } from 'express';
import { RequestValidationError } from '../errors/request-validation.error.js';

/** C0 controls (NUL, line breaks, escape…), DEL and the C1 controls: never part of an id, a code or a search. */
const isControl = (code: number): boolean => code <= 0x1f || (code >= 0x7f && code <= 0x9f);

function unsafe(text: string): boolean {
  for (let i = 0; i < text.length; i += 1) if (isControl(text.charCodeAt(i))) return true;
  return !(text as string & { isWellFormed(): boolean }).isWellFormed();
}

function unsafeValue(value: unknown, depth = 0): boolean {
  if (typeof value === 'string') return unsafe(value);
  if (depth > 8 || value === null || typeof value !== 'object') return false;
  return Object.entries(value).some(([key, item]) => unsafe(key) || unsafeValue(item, depth + 1));
}

/**
 * The name of the first path or query parameter holding a control character or malformed Unicode
 * (a query key that is itself unsafe is named `query`, never echoed), or null when all are clean.
 */
export function firstUnsafeParameter(params: Readonly<Record<string, unknown>>, query: unknown): string | null {
  for (const [name, value] of Object.entries(params)) if (unsafeValue(value)) return name;
  if (query === null || typeof query !== 'object') return null;
  for (const [name, value] of Object.entries(query)) {
    if (unsafe(name)) return 'query';
    if (unsafeValue(value)) return name;
  }
  return null;
}

/**
 * Global guard, registered before every other (app.module.ts): a path or query parameter with a NUL
 * or another control character is a 400 naming it before anything runs — no token check, no audit
 * interceptor, no use case. (The audit interceptor wrote such a parameter into `audit_records`, which
 * PostgreSQL refuses: `PUT /users/a%00b` was a 500 with no record.) Guards are the first stage that
 * knows the route's parameter names; bodies are checked by TextSafetyPipe.
 */
@Injectable()
export class RequestParametersGuard implements CanActivate {
  canActivate(context: ExecutionContext): boolean {
    if (context.getType() !== 'http') return true;
    const request = context.switchToHttp().getRequest<Request>();
    const field = firstUnsafeParameter(request.params ?? {}, request.query);
    if (field === null) return true;
    throw new RequestValidationError([
      {
        property: field,
        constraints: { noControlCharacters: `${field} must not contain control characters or malformed Unicode` },
        children: [],
      },
    ]);
  }
}
