import { Injectable } from '@nestjs/common';
import { defaultPipelineDefinition, noDefaultPipelineDefinition, processKindMismatch } from '@cxzy/domain';
import { PipelineDefinitionRepository } from '@cxzy/persistence';
import type { CreatePipelineDefinitionDraftCommand } from './create-pipeline-definition-draft.command.js';
import { toDefinitionView, type PipelineDefinitionView } from './pipeline-definition.view.js';

/** A draft may be incomplete; it is checked in full when published. */
@Injectable()
export class CreatePipelineDefinitionDraftUseCase {
  constructor(private readonly definitions: PipelineDefinitionRepository) {}

  async execute(command: CreatePipelineDefinitionDraftCommand): Promise<PipelineDefinitionView> {
    const body = command.body ?? defaultBodyOf(command.processKind, command.sectorCode);
    const bodyKind = body['processKind'];
    if (bodyKind !== undefined && bodyKind !== command.processKind) {
      throw processKindMismatch(command.processKind, bodyKind);
    }
    const row = await this.definitions.insertDraft({
      processKind: command.processKind,
      sectorCode: command.sectorCode,
      body,
      actor: command.actor,
    });
    return toDefinitionView(row);
  }
}

function defaultBodyOf(processKind: string, sectorCode: string): Record<string, unknown> {
  const body = defaultPipelineDefinition(processKind, sectorCode);
  if (!body) throw noDefaultPipelineDefinition(processKind);
  return body as unknown as Record<string, unknown>;
}
