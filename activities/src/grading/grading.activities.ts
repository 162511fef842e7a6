import { Injectable } from '@nestjs/common';
import type {
  EnrolBranchPageRequest,
  EnrolledBranchPage,
  GradingActivities,
  PlanProgressReportRequest,
  PreparedRectification,
  PrepareRectificationRequest,
  RecordBranchTransitionRequest,
} from '@cxzy/contracts';
import type { PipelineDefinitionBody, PlannedSend } from '@cxzy/domain';
import {
  GradingRoundStepsUseCase,
  RecordBranchTransitionUseCase,
  RectificationStepsUseCase,
  ResolvePipelineDefinitionUseCase,
} from '@cxzy/application';

/** The grading workflows' database work: adapters only, the use cases hold the logic. */
@Injectable()
export class GradingActivitiesProvider implements GradingActivities {
  constructor(
    private readonly steps: GradingRoundStepsUseCase,
    private readonly transitions: RecordBranchTransitionUseCase,
    private readonly definitions: ResolvePipelineDefinitionUseCase,
    private readonly rectification: RectificationStepsUseCase,
  ) {}

  publishRoundNotice(request: { roundId: string; actor: string }): Promise<void> {
    return this.steps.publishNotice(request.roundId, request.actor);
  }

  enrolRoundBranchPage(request: EnrolBranchPageRequest): Promise<EnrolledBranchPage> {
    return this.steps.enrolPage(request.roundId, request.after, request.limit);
  }

  async loadGradingDefinition(definitionId: string): Promise<PipelineDefinitionBody> {
    return (await this.definitions.byId(definitionId)).body;
  }

  recordBranchTransition(request: RecordBranchTransitionRequest): Promise<void> {
    return this.transitions.execute(request);
  }

  async prepareRectification(request: PrepareRectificationRequest): Promise<PreparedRectification> {
    return { requirements: await this.rectification.requirements(request) };
  }

  planProgressReport(request: PlanProgressReportRequest): Promise<{ deadlineAt: string; plan: PlannedSend[] }> {
    return this.rectification.planProgressReport(request);
  }
}
