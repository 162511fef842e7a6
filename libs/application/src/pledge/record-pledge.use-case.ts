import { Injectable } from '@nestjs/common';
import { planStepReminders, resolveStepDeadline, type PlannedSend, type StepDeadline } from '@cxzy/domain';
import type {
  PeerEvaluationRequestRecord,
  PledgeStepPlanRequest,
  PledgeTransitionRecord,
  PledgeWorkflowInput,
} from '@cxzy/contracts';
import {
  PeerEvaluationRequestRepository,
  PledgeLedgerRepository,
  PledgeRepository,
  TransactionRunner,
} from '@cxzy/persistence';
import { AuditTrail } from '../audit/audit-trail.service.js';
import { LoadWorkingDayCalendarUseCase } from '../calendar/load-working-day-calendar.use-case.js';

/**
 * What the pledge workflow's activities do: record the proposal and every accepted transition
 * (projection, ledger, board, progress, evaluations) with its audit record in one transaction,
 * idempotently; and plan a step's reminders on the current calendar.
 */
@Injectable()
export class RecordPledgeUseCase {
  constructor(
    private readonly pledges: PledgeRepository,
    private readonly ledger: PledgeLedgerRepository,
    private readonly transactions: TransactionRunner,
    private readonly audit: AuditTrail,
    private readonly calendar: LoadWorkingDayCalendarUseCase,
    private readonly peerRequests: PeerEvaluationRequestRepository,
  ) {}

  /** 邀请互评 (ADR 0016): the members newly asked, with one audit record, in one transaction; a retry writes nothing. */
  async peerEvaluationRequested(record: PeerEvaluationRequestRecord): Promise<void> {
    await this.transactions.run(async (manager) => {
      const asked = await this.peerRequests.insert(manager, {
        pledgeId: record.pledgeId,
        memberIds: record.memberIds,
        requestedBy: record.actor.actorId,
        requestedAt: record.requestedAt,
      });
      if (asked.length === 0) return;
      await this.audit.record(
        record.actor,
        {
          action: 'pledge.request-peer-evaluation',
          objectType: 'pledge',
          objectId: record.pledgeId,
          before: null,
          after: { askedMemberIds: asked, requestedAt: record.requestedAt },
        },
        manager,
      );
    });
  }

  async proposed(input: PledgeWorkflowInput & { workflowId: string }): Promise<void> {
    await this.transactions.run(async (manager) => {
      const inserted = await this.pledges.insertProposed(manager, {
        id: input.pledgeId,
        workflowId: input.workflowId,
        proposal: input.proposal,
        definitionId: input.definition.definitionId,
        definitionVersion: input.definition.version,
        proposedBy: input.proposedBy.actorId,
      });
      if (!inserted) return;
      await this.audit.record(
        input.proposedBy,
        {
          action: 'pledge.propose',
          objectType: 'pledge',
          objectId: input.pledgeId,
          before: null,
          after: { state: 'proposed', ...input.proposal, definitionVersion: input.definition.version },
        },
        manager,
      );
    });
  }

  async transition(record: PledgeTransitionRecord): Promise<{ ledgerVersion: number | null }> {
    return this.transactions.run(async (manager) => {
      const before = await this.pledges.applyTransition(manager, record.pledgeId, record.seq, record.to, {
        ...(record.items ? { items: record.items } : {}),
        ...(record.action === 'return' || record.action === 'approve' ? { returnReason: record.reason } : {}),
        ...(record.result !== undefined ? { result: record.result } : {}),
        ...(record.feedback !== undefined ? { feedback: record.feedback } : {}),
      });
      if (!before) {
        // Already applied by an earlier attempt of this activity.
        const lines = await this.ledger.linesOfPledge(record.pledgeId);
        const approving = record.action === 'approve' || record.action === 'amend';
        return { ledgerVersion: approving ? (lines.at(-1)?.version ?? null) : null };
      }
      let ledgerVersion: number | null = null;
      if (record.action === 'approve')
        ledgerVersion = await this.ledger.appendLine(manager, before, before.items, record.actor.actorId, null);
      if (record.action === 'amend')
        ledgerVersion = await this.ledger.appendLine(
          manager,
          before,
          record.items ?? before.items,
          record.actor.actorId,
          record.reason ?? '',
        );
      if (record.action === 'publicise' && record.publicity)
        await this.ledger.publish(manager, before, {
          scope: record.publicity.scope,
          approvedBy: record.actor.actorId,
          publishedAt: new Date(record.publicity.at),
          expiresAt: new Date(record.publicity.expiresAt),
        });
      if (record.progress)
        await this.pledges.insertProgress(manager, {
          pledgeId: record.pledgeId,
          seq: record.seq,
          reportedBy: record.actor.actorId,
          ...record.progress,
        });
      if (record.evaluation) await this.pledges.insertEvaluation(manager, record.pledgeId, record.evaluation);
      await this.audit.record(
        record.actor,
        {
          action: `pledge.${record.action}`,
          objectType: 'pledge',
          objectId: record.pledgeId,
          before: { state: record.from },
          after: {
            state: record.to,
            ...(ledgerVersion !== null ? { ledgerVersion } : {}),
            ...(record.items ? { items: record.items } : {}),
            ...(record.progress ? { progress: record.progress } : {}),
            ...(record.evaluation
              ? {
                  evaluation: {
                    source: record.evaluation.source,
                    evaluatorId: record.evaluation.evaluatorId,
                    score: record.evaluation.score,
                  },
                }
              : {}),
            ...(record.result !== undefined ? { result: record.result } : {}),
            ...(record.publicity ? { publicity: record.publicity } : {}),
          },
          reason: record.reason,
        },
        manager,
      );
      return { ledgerVersion };
    });
  }

  /** A step's deadline (an instant pledge's own due date for fulfilment) and its reminder plan; null once past. */
  async planStep(request: PledgeStepPlanRequest): Promise<{ deadlineAt: string; plan: PlannedSend[] } | null> {
    const { step, year, dueDate } = request;
    const deadline: StepDeadline | undefined = dueDate
      ? { kind: 'fixed-date', monthDay: dueDate.slice(5), yearOffset: Number(dueDate.slice(0, 4)) - year }
      : step.deadline;
    if (!deadline) return null;
    const calendar = await this.calendar.execute();
    const openedAt = new Date(request.openedAt);
    const deadlineAt = resolveStepDeadline(openedAt, deadline, calendar, year);
    if (deadlineAt.getTime() <= openedAt.getTime()) return null;
    const plan = planStepReminders({
      openedAt,
      deadlineAt,
      reminders: step.reminders,
      escalation: step.escalation,
      calendar,
    });
    return { deadlineAt: deadlineAt.toISOString(), plan };
  }
}
