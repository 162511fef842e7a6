import { Injectable } from '@nestjs/common';
import { pipelineDefinitionNotFound, processKindMismatch } from '@cxzy/domain';
import { PipelineDefinitionRepository } from '@cxzy/persistence';
import { toDefinitionView, type PipelineDefinitionView } from './pipeline-definition.view.js';
import type { UpdatePipelineDefinitionDraftCommand } from './update-pipeline-definition-draft.command.js';

@Injectable()
export class UpdatePipelineDefinitionDraftUseCase {
  constructor(private readonly definitions: PipelineDefinitionRepository) {}

  async execute(command: UpdatePipelineDefinitionDraftCommand): Promise<PipelineDefinitionView> {
    const existing = await this.definitions.findById(command.id);
    if (!existing) throw pipelineDefinitionNotFound(command.id);
    const bodyKind = command.body['processKind'];
    if (bodyKind !== undefined && bodyKind !== existing.processKind) {
      throw processKindMismatch(existing.processKind, bodyKind);
    }
    // The repository refuses (409) unless the row is still a draft at the moment of the update.
    return toDefinitionView(await this.definitions.updateDraftBody(command.id, command.body, command.actor));
  }
}
