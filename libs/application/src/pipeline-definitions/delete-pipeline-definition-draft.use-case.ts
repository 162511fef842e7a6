import { Injectable } from '@nestjs/common';
import { PipelineDefinitionRepository } from '@cxzy/persistence';

/** 删除草稿 — only a draft; published and retired versions are history and stay. */
@Injectable()
export class DeletePipelineDefinitionDraftUseCase {
  constructor(private readonly definitions: PipelineDefinitionRepository) {}

  execute(id: string): Promise<void> {
    return this.definitions.deleteDraft(id);
  }
}
