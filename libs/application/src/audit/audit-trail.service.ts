import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { AuditResult } from '@cxzy/domain';
import { AuditRecordRepository } from '@cxzy/persistence';
import type { RequestContext } from './request-context.js';

export interface AuditedChange {
  readonly action: string;
  readonly objectType: string;
  readonly objectId: string;
  readonly before?: unknown;
  readonly after?: unknown;
  readonly result?: AuditResult;
  readonly reason?: string | null;
}

/** 审计 — every state change is recorded: who, role, organisation, what, before → after, when, request. */
@Injectable()
export class AuditTrail {
  constructor(private readonly records: AuditRecordRepository) {}

  /** Pass the transaction that makes the change, so the change and its record commit together. */
  async record(context: RequestContext, change: AuditedChange, manager?: EntityManager): Promise<void> {
    await this.records.append(
      {
        occurredAt: new Date().toISOString(),
        requestId: context.requestId,
        actorId: context.actorId,
        actorRole: context.actorRole,
        actorOrg: context.actorOrg,
        action: change.action,
        objectType: change.objectType,
        objectId: change.objectId,
        before: change.before ?? null,
        after: change.after ?? null,
        result: change.result ?? 'success',
        reason: change.reason ?? null,
      },
      manager,
    );
  }
}
