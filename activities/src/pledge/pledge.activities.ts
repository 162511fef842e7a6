import { Injectable } from '@nestjs/common';
import type { PlannedSend } from '@cxzy/domain';
import type {
  PeerEvaluationRequestRecord,
  PledgeActivities,
  PledgeStepPlanRequest,
  PledgeTransitionRecord,
  PledgeWorkflowInput,
} from '@cxzy/contracts';
import { RecordPledgeUseCase } from '@cxzy/application';

/** Pledge-service activities: adapters only, the use case holds the logic. */
@Injectable()
export class PledgeActivitiesProvider implements PledgeActivities {
  constructor(private readonly record: RecordPledgeUseCase) {}

  recordPledgeProposed(input: PledgeWorkflowInput & { workflowId: string }): Promise<void> {
    return this.record.proposed(input);
  }

  recordPledgeTransition(record: PledgeTransitionRecord): Promise<{ ledgerVersion: number | null }> {
    return this.record.transition(record);
  }

  recordPeerEvaluationRequest(record: PeerEvaluationRequestRecord): Promise<void> {
    return this.record.peerEvaluationRequested(record);
  }

  planPledgeStep(request: PledgeStepPlanRequest): Promise<{ deadlineAt: string; plan: PlannedSend[] } | null> {
    return this.record.planStep(request);
  }
}
