import { Injectable } from '@nestjs/common';
import { PipelineDefinitionRepository } from '@cxzy/persistence';
import type { PipelineDefinitionLifecycleCommand } from './pipeline-definition-lifecycle.command.js';
import { toDefinitionView, type PipelineDefinitionView } from './pipeline-definition.view.js';

/**
 * 停用 — nothing new starts on a retired definition; processes already running on it keep their
 * snapshot, and it stays readable by id.
 */
@Injectable()
export class RetirePipelineDefinitionUseCase {
  constructor(private readonly definitions: PipelineDefinitionRepository) {}

  async execute(command: PipelineDefinitionLifecycleCommand): Promise<PipelineDefinitionView> {
    return toDefinitionView(await this.definitions.retire(command.id, command.actor));
  }
}
