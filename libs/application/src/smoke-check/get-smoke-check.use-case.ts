import { Injectable } from '@nestjs/common';
import { DomainError } from '@cxzy/domain';
import { smokeCheckStageQuery, smokeCheckWorkflowId, type SmokeCheckStage } from '@cxzy/contracts';
import { InboxNoticeRepository, SmokeCheckRepository } from '@cxzy/persistence';
import { TemporalClientProvider } from '@cxzy/temporal';
import type { RequestContext } from '../audit/request-context.js';
import { AccessPolicy } from '../auth/access-policy.service.js';

export interface SmokeCheckView {
  readonly checkId: string;
  readonly workflowId: string;
  /** Temporal's execution status: RUNNING, COMPLETED, FAILED, ... */
  readonly workflowStatus: string;
  readonly stage: SmokeCheckStage | null;
  readonly record: {
    message: string;
    requestedBy: string;
    status: string;
    recordedAt: Date;
    completedAt: Date | null;
  } | null;
  readonly notice: { id: string; recipient: string; titleZhCN: string; titleEn: string } | null;
}

const notFound = (checkId: string) =>
  new DomainError(
    'SMOKE_CHECK_NOT_FOUND',
    'not-found',
    { zhCN: `未找到连通性检查 ${checkId}`, en: `smoke check ${checkId} not found` },
    'checkId',
  );

/**
 * Reads a check from both sides: the workflow (progress) and the database (what the activities
 * wrote) — for administrators, who start them (403 otherwise).
 */
@Injectable()
export class GetSmokeCheckUseCase {
  constructor(
    private readonly temporal: TemporalClientProvider,
    private readonly checks: SmokeCheckRepository,
    private readonly notices: InboxNoticeRepository,
    private readonly access: AccessPolicy,
  ) {}

  async execute(context: RequestContext, checkId: string): Promise<SmokeCheckView> {
    this.access.actAsAdministrator(context);
    const workflowId = smokeCheckWorkflowId(checkId);
    const handle = (await this.temporal.get()).workflow.getHandle(workflowId);
    const description = await handle.describe().catch((error: unknown) => {
      if ((error as Error).name === 'WorkflowNotFoundError') return null;
      throw error;
    });
    if (!description) throw notFound(checkId);

    const workflowStatus = description.status.name;
    const stage = workflowStatus === 'RUNNING' ? await handle.query(smokeCheckStageQuery) : null;
    const row = await this.checks.findById(checkId);
    const notice = row?.noticeId ? await this.notices.findById(row.noticeId) : null;
    return {
      checkId,
      workflowId,
      workflowStatus,
      stage: stage ?? (workflowStatus === 'COMPLETED' ? 'completed' : null),
      record: row && {
        message: row.message,
        requestedBy: row.requestedBy,
        status: row.status,
        recordedAt: row.recordedAt,
        completedAt: row.completedAt,
      },
      notice: notice && {
        id: notice.id,
        recipient: notice.recipient,
        titleZhCN: notice.titleZhCN,
        titleEn: notice.titleEn,
      },
    };
  }
}
