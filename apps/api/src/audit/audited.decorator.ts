import { SetMetadata } from '@nestjs/common';

export interface AuditedRoute {
  /** e.g. 'pipeline-definition.publish' */
  readonly action: string;
  readonly objectType: string;
  /** Route parameter holding the object's id; else `idField` of the response; else the action. */
  readonly idParam?: string;
  readonly idField?: string;
}

export const AUDITED_ROUTE = Symbol('AUDITED_ROUTE');

/**
 * Marks an administrator's write whose use case does not record its own audit entry: the audit
 * interceptor records it after the response (success) or the error (refused, with the code).
 */
export const Audited = (route: AuditedRoute) => SetMetadata(AUDITED_ROUTE, route);
