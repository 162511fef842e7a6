import { Injectable } from '@nestjs/common';
import { readScopeOf } from '@cxzy/domain';
import {
  PendingGradingApprovalRepository,
  type Page,
  type PageRequest,
  type PendingGradingApprovalRow,
} from '@cxzy/persistence';
import type { RequestContext } from '../audit/request-context.js';

/**
 * 待审批: the branches waiting for the caller's decision as a supervisor (rating, rectification plan,
 * acceptance), across every round, read from the projection. Only supervisor grants count: a
 * secretary or administrator sees an empty list, never another organisation's queue.
 */
@Injectable()
export class PendingGradingApprovalsUseCase {
  constructor(private readonly pending: PendingGradingApprovalRepository) {}

  async execute(context: RequestContext, page: PageRequest): Promise<Page<PendingGradingApprovalRow>> {
    const { leadingRootIds } = readScopeOf(context.grants ?? []);
    if (leadingRootIds.length === 0) return { items: [], total: 0 };
    return this.pending.list({ organisationIds: [], gradingUnitIds: [], leadingRootIds }, page);
  }
}
