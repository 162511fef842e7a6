import { Injectable } from '@nestjs/common';
import type { DeputyRoute } from '@cxzy/domain';
import type { ApprovalActivities, ApprovalChangeRecord, ApprovalProcessInput } from '@cxzy/contracts';
import { RecordApprovalUseCase } from '@cxzy/application';

/** Approval-engine activities: adapters only, the use case holds the logic. */
@Injectable()
export class ApprovalActivitiesProvider implements ApprovalActivities {
  constructor(private readonly record: RecordApprovalUseCase) {}

  recordApprovalStarted(input: ApprovalProcessInput & { workflowId: string }): Promise<void> {
    return this.record.started(input);
  }

  recordApprovalChange(record: ApprovalChangeRecord): Promise<void> {
    return this.record.change(record);
  }

  resolveDeputies(request: { userIds: readonly string[]; at: string }): Promise<Record<string, DeputyRoute>> {
    return this.record.resolveDeputies(request.userIds, request.at);
  }
}
