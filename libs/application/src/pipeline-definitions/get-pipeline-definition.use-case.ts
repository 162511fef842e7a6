import { Injectable } from '@nestjs/common';
import {
  defaultPipelineDefinition,
  noDefaultPipelineDefinition,
  noPublishedPipelineDefinition,
  pipelineDefinitionNotFound,
  practiceDefaultMarks,
  type PipelineDefinitionBody,
  type PracticeDefaultMark,
} from '@cxzy/domain';
import { PipelineDefinitionRepository } from '@cxzy/persistence';
import { toDefinitionView, type PipelineDefinitionView } from './pipeline-definition.view.js';

/** Reads for administrators: one version, the current one, or the built-in default. */
@Injectable()
export class GetPipelineDefinitionUseCase {
  constructor(private readonly definitions: PipelineDefinitionRepository) {}

  async byId(id: string): Promise<PipelineDefinitionView> {
    const row = await this.definitions.findById(id);
    if (!row) throw pipelineDefinitionNotFound(id);
    return toDefinitionView(row);
  }

  /** The published version of a kind and sector (404 if none is published). */
  async current(processKind: string, sectorCode: string): Promise<PipelineDefinitionView> {
    const row = await this.definitions.findCurrentPublished(processKind, sectorCode);
    if (!row) throw noPublishedPipelineDefinition(processKind, sectorCode);
    return toDefinitionView(row);
  }

  defaultFor(
    processKind: string,
    sectorCode: string,
  ): { body: PipelineDefinitionBody; practiceDefaults: PracticeDefaultMark[] } {
    const body = defaultPipelineDefinition(processKind, sectorCode);
    if (!body) throw noDefaultPipelineDefinition(processKind);
    return { body, practiceDefaults: practiceDefaultMarks(processKind, sectorCode, body) };
  }
}
