import { Injectable, type CallHandler, type ExecutionContext, type NestInterceptor } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { Request } from 'express';
import { catchError, from, mergeMap, throwError, type Observable } from 'rxjs';
import { AuditTrail } from '@cxzy/application';
import { publicRequestContext, requestContext } from '../http/request-context.js';
import { AUDITED_ROUTE, type AuditedRoute } from './audited.decorator.js';

/** Long lists (import reports, pages) are kept as their length: the trail records what changed, not every row. */
function compact(value: unknown, depth = 0): unknown {
  if (Array.isArray(value))
    return value.length > 20 || depth > 3 ? { count: value.length } : value.map((v) => compact(v, depth + 1));
  if (value && typeof value === 'object' && !(value instanceof Date)) {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, compact(v, depth + 1)]));
  }
  return value;
}

/** The authenticated caller (every audited route needs a token); 'anonymous' only if a public route were audited. */
const contextOf = (request: Request) =>
  (request as Request & { user?: unknown }).user ? requestContext(request) : publicRequestContext(request, 'anonymous');

@Injectable()
export class AuditInterceptor implements NestInterceptor {
  constructor(
    private readonly reflector: Reflector,
    private readonly audit: AuditTrail,
  ) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const route = this.reflector.get<AuditedRoute | undefined>(AUDITED_ROUTE, context.getHandler());
    if (!route) return next.handle();
    const request = context.switchToHttp().getRequest<Request>();
    const ctx = contextOf(request);
    const objectId = (response?: unknown): string =>
      (route.idParam && String(request.params[route.idParam] ?? '')) ||
      (route.idField && String((response as Record<string, unknown> | undefined)?.[route.idField] ?? '')) ||
      route.action;
    return next.handle().pipe(
      mergeMap((response) =>
        from(
          this.audit
            .record(ctx, {
              action: route.action,
              objectType: route.objectType,
              objectId: objectId(response),
              after: compact(response),
            })
            .then(() => response),
        ),
      ),
      catchError((error: unknown) =>
        from(
          this.audit.record(ctx, {
            action: route.action,
            objectType: route.objectType,
            objectId: objectId(),
            result: 'refused',
            reason: String((error as { code?: unknown }).code ?? (error as Error).name ?? 'error').slice(0, 200),
          }),
        ).pipe(mergeMap(() => throwError(() => error))),
      ),
    );
  }
}
