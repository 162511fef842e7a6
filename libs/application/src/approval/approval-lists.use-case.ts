import { Injectable } from '@nestjs/common';
import { ApprovalRepository, type PageRequest } from '@cxzy/persistence';

export const APPROVAL_LISTS = ['todo', 'done', 'copied', 'started'] as const;
/** 待办 / 已办 / 抄送我 / 我发起的. */
export type ApprovalList = (typeof APPROVAL_LISTS)[number];

/** A user's approval lists, read from the projection the engine writes. */
@Injectable()
export class ApprovalListsUseCase {
  constructor(private readonly approvals: ApprovalRepository) {}

  list(userId: string, list: ApprovalList, page: PageRequest) {
    switch (list) {
      case 'todo':
        return this.approvals.todo(userId, page);
      case 'done':
        return this.approvals.done(userId, page);
      case 'copied':
        return this.approvals.copiedTo(userId, page);
      case 'started':
        return this.approvals.startedBy(userId, page);
    }
  }
}
