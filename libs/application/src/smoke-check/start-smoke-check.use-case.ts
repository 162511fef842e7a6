import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { validateSmokeCheckMessage } from '@cxzy/domain';
import { SMOKE_CHECK_WORKFLOW_TYPE, smokeCheckWorkflowId, type SmokeCheckWorkflow } from '@cxzy/contracts';
import { TemporalClientProvider } from '@cxzy/temporal';
import { AuditTrail } from '../audit/audit-trail.service.js';
import { AccessPolicy } from '../auth/access-policy.service.js';
import type { RequestContext } from '../audit/request-context.js';
import type { StartSmokeCheckCommand } from './start-smoke-check.command.js';

/**
 * 连通性检查 — an operator's check that API → Temporal → activities → PostgreSQL work: an
 * administrator's (each check starts a workflow; the API also limits how many a minute, ADR 0022).
 */
@Injectable()
export class StartSmokeCheckUseCase {
  constructor(
    private readonly temporal: TemporalClientProvider,
    private readonly audit: AuditTrail,
    private readonly access: AccessPolicy,
  ) {}

  async execute(
    context: RequestContext,
    command: StartSmokeCheckCommand,
  ): Promise<{ checkId: string; workflowId: string }> {
    const acting = this.access.actAsAdministrator(context);
    const message = validateSmokeCheckMessage(command.message);
    const checkId = randomUUID();
    const workflowId = smokeCheckWorkflowId(checkId);
    const client = await this.temporal.get();
    await client.workflow.start<SmokeCheckWorkflow>(SMOKE_CHECK_WORKFLOW_TYPE, {
      workflowId,
      taskQueue: this.temporal.taskQueue,
      args: [{ checkId, message, requestedBy: command.requestedBy, pauseMs: command.pauseMs }],
    });
    await this.audit.record(acting, {
      action: 'smoke-check.start',
      objectType: 'smoke-check',
      objectId: checkId,
      after: { workflowId, message, pauseMs: command.pauseMs },
    });
    return { checkId, workflowId };
  }
}
