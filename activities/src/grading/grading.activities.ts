import { Injectable } from '@nestjs/common';
import type {
  EnrolBranchPageRequest,
  EnrolledBranchPage,
  GradingActivities,
  RecordBranchTransitionRequest,
} from '@cxzy/contracts';
import type { PipelineDefinitionBody } from '@cxzy/domain';
import {
  GradingRoundStepsUseCase,
  RecordBranchTransitionUseCase,
  ResolvePipelineDefinitionUseCase,
} from '@cxzy/application';

/** The grading workflows' database work: adapters only, the use cases hold the logic. */
@Injectable()
export class GradingActivitiesProvider implements GradingActivities {
  constructor(
    private readonly steps: GradingRoundStepsUseCase,
    private readonly transitions: RecordBranchTransitionUseCase,
    private readonly definitions: ResolvePipelineDefinitionUseCase,
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
}
