import { Injectable } from '@nestjs/common';
import { routeToDeputy, type DeputyRoute } from '@cxzy/domain';
import type { ApprovalChangeRecord, ApprovalProcessInput } from '@cxzy/contracts';
import { ApprovalRepository, DeputyRangeRepository, TransactionRunner } from '@cxzy/persistence';
import { AuditTrail } from '../audit/audit-trail.service.js';

/**
 * What the approval engine's activities do: record the process and every accepted change (tasks,
 * history, copies) with its audit records in one transaction, idempotently; and look up 代理 ranges.
 */
@Injectable()
export class RecordApprovalUseCase {
  constructor(
    private readonly approvals: ApprovalRepository,
    private readonly deputies: DeputyRangeRepository,
    private readonly transactions: TransactionRunner,
    private readonly audit: AuditTrail,
  ) {}

  async started(input: ApprovalProcessInput & { workflowId: string }): Promise<void> {
    await this.transactions.run(async (manager) => {
      const inserted = await this.approvals.insertProcess(manager, {
        id: input.processId,
        workflowId: input.workflowId,
        title: input.title,
        processKind: input.processKind,
        definitionId: input.definition?.definitionId ?? null,
        definitionVersion: input.definition?.version ?? null,
        submitter: input.submittedBy.actorId,
        link: input.link,
      });
      if (!inserted) return;
      await this.audit.record(
        input.submittedBy,
        {
          action: 'approval.submit',
          objectType: 'approval-process',
          objectId: input.processId,
          before: null,
          after: { title: input.title, steps: input.steps.map((s) => ({ key: s.key, signers: s.signers })) },
        },
        manager,
      );
    });
  }

  /** One audit record per action a person took (the engine's own step openings are in the history only). */
  async change(record: ApprovalChangeRecord): Promise<void> {
    await this.transactions.run(async (manager) => {
      const applied = await this.approvals.applyChange(manager, record);
      if (!applied) return;
      for (const entry of record.entries) {
        if (entry.actor === 'system' || entry.action === 'submit') continue;
        await this.audit.record(
          record.actor,
          {
            action: `approval.${entry.action}`,
            objectType: entry.taskId ? 'approval-task' : 'approval-process',
            objectId: entry.taskId ?? record.processId,
            after: {
              processId: record.processId,
              step: entry.stepKey,
              generation: entry.generation,
              target: entry.target,
              // 代理: the audit names both the deputy (the actor) and whom they stood in for.
              onBehalfOf: entry.onBehalfOf,
              attachments: entry.comment?.attachments ?? [],
              processStatus: record.status,
            },
            reason: entry.comment?.text ?? null,
          },
          manager,
        );
      }
    });
  }

  async resolveDeputies(userIds: readonly string[], at: string): Promise<Record<string, DeputyRoute>> {
    const ranges = userIds.length === 0 ? [] : await this.deputies.covering(userIds, at);
    return Object.fromEntries(userIds.map((u) => [u, routeToDeputy(u, ranges, at)]));
  }
}
