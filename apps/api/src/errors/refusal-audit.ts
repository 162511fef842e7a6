import { Logger } from '@nestjs/common';
import type { Request } from 'express';
import type { AuditTrail, AuthenticatedUser } from '@cxzy/application';

/** Methods that would change state: a refused read is not a security event worth a record each. */
const STATE_CHANGING = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/**
 * 越权留痕: a state-changing command refused with 403 is written to the audit trail — who (the
 * verified caller), what (method and route), the target (the route's parameters) and why (the
 * refusal's code and text). Nothing else changes; a failure to record is logged, never answered.
 */
export class RefusalAudit {
  private readonly logger = new Logger('RefusalAudit');

  constructor(private readonly audit: AuditTrail) {}

  async record(request: Request, refusal: { code: string; messageEn: string }): Promise<void> {
    const user = (request as Request & { user?: AuthenticatedUser }).user;
    if (!user || !STATE_CHANGING.has(request.method)) return;
    const route = (request.route as { path?: string } | undefined)?.path ?? request.path;
    try {
      await this.audit.record(
        {
          requestId: String((request as { id?: unknown }).id ?? 'unassigned'),
          actorId: user.username,
          actorRole: null,
          actorOrg: null,
        },
        {
          action: 'access.refused',
          objectType: 'request',
          objectId: `${request.method} ${route}`.slice(0, 200),
          after: { params: { ...request.params }, code: refusal.code },
          result: 'refused',
          reason: `${refusal.code}: ${refusal.messageEn}`.slice(0, 500),
        },
      );
    } catch (error) {
      this.logger.error(`could not record a refused request: ${(error as Error).message}`);
    }
  }
}
