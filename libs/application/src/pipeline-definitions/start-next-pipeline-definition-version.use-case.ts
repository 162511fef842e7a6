import { Injectable } from '@nestjs/common';
import { PipelineDefinitionRepository } from '@cxzy/persistence';
import type { PipelineDefinitionLifecycleCommand } from './pipeline-definition-lifecycle.command.js';
import { toDefinitionView, type PipelineDefinitionView } from './pipeline-definition.view.js';

/** 创建新版本 — a draft copying a published (or retired) version, numbered after the latest. */
@Injectable()
export class StartNextPipelineDefinitionVersionUseCase {
  constructor(private readonly definitions: PipelineDefinitionRepository) {}

  async execute(command: PipelineDefinitionLifecycleCommand): Promise<PipelineDefinitionView> {
    return toDefinitionView(await this.definitions.insertDraftFrom(command.id, command.actor));
  }
}
