import { Injectable } from '@nestjs/common';
import { pipelineDefinitionInvalid, type CalendarWarning } from '@cxzy/domain';
import { PipelineDefinitionRepository } from '@cxzy/persistence';
import { CalendarCoverageUseCase } from '../calendar/calendar-coverage.use-case.js';
import type { PipelineDefinitionLifecycleCommand } from './pipeline-definition-lifecycle.command.js';
import { problemsOfDraft, toDefinitionView, type PipelineDefinitionView } from './pipeline-definition.view.js';

/**
 * 发布 — validates the draft (every problem in one 422) and publishes it; the version it replaces
 * is retired in the same transaction but stays readable by id (ADR 0004). Warns (never refuses)
 * when this year or next, where its working-day deadlines fall, has no holiday calendar.
 */
@Injectable()
export class PublishPipelineDefinitionUseCase {
  constructor(
    private readonly definitions: PipelineDefinitionRepository,
    private readonly coverage: CalendarCoverageUseCase,
  ) {}

  async execute(command: PipelineDefinitionLifecycleCommand): Promise<{
    published: PipelineDefinitionView;
    retired: PipelineDefinitionView | null;
    warnings: CalendarWarning[];
  }> {
    const { published, retired } = await this.definitions.publishDraft(command.id, command.actor, (draft) => {
      const problems = problemsOfDraft(draft);
      if (problems.length > 0) throw pipelineDefinitionInvalid(problems);
    });
    return {
      published: toDefinitionView(published),
      retired: retired && toDefinitionView(retired),
      warnings: await this.coverage.forPublishedDefinition(),
    };
  }
}
