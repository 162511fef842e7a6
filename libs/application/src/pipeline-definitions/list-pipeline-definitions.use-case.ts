import { Injectable } from '@nestjs/common';
import { PipelineDefinitionRepository } from '@cxzy/persistence';
import type { ListPipelineDefinitionsCommand } from './list-pipeline-definitions.command.js';
import { toSummaryView, type PipelineDefinitionSummaryView } from './pipeline-definition.view.js';

export interface PipelineDefinitionPage {
  readonly items: readonly PipelineDefinitionSummaryView[];
  readonly total: number;
  readonly page: number;
  readonly pageSize: number;
}

@Injectable()
export class ListPipelineDefinitionsUseCase {
  constructor(private readonly definitions: PipelineDefinitionRepository) {}

  async execute(command: ListPipelineDefinitionsCommand): Promise<PipelineDefinitionPage> {
    const { items, total } = await this.definitions.findPage(
      { processKind: command.processKind, sectorCode: command.sectorCode, status: command.status },
      { offset: (command.page - 1) * command.pageSize, limit: command.pageSize },
    );
    return { items: items.map(toSummaryView), total, page: command.page, pageSize: command.pageSize };
  }
}
