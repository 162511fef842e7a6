import { Injectable } from '@nestjs/common';
import {
  noPublishedPipelineDefinition,
  pipelineDefinitionIsDraft,
  pipelineDefinitionNotFound,
  type PipelineDefinitionBody,
  type PipelineDefinitionSnapshot,
} from '@cxzy/domain';
import { PipelineDefinitionRepository, type PipelineDefinitionEntity } from '@cxzy/persistence';
import { deepFreeze } from './deep-freeze.util.js';

const snapshotOf = (row: PipelineDefinitionEntity): PipelineDefinitionSnapshot =>
  deepFreeze({
    definitionId: row.id,
    processKind: row.processKind,
    sectorCode: row.sectorCode,
    version: row.version,
    // A published body passed validatePipelineDefinition, so it has the body's shape.
    body: structuredClone(row.body) as unknown as PipelineDefinitionBody,
  });

/**
 * "Anything running keeps the version it started with": a process resolves the current published
 * definition once, when it starts, keeps the immutable snapshot (or its id) in its own state, and
 * reads by id later — never "the current one" again. By id, a retired version still answers.
 */
@Injectable()
export class ResolvePipelineDefinitionUseCase {
  constructor(private readonly definitions: PipelineDefinitionRepository) {}

  /** The snapshot to start a new round or pledge with (404 when nothing is published). */
  async execute(input: { processKind: string; sectorCode: string }): Promise<PipelineDefinitionSnapshot> {
    const row = await this.definitions.findCurrentPublished(input.processKind, input.sectorCode);
    if (!row) throw noPublishedPipelineDefinition(input.processKind, input.sectorCode);
    return snapshotOf(row);
  }

  /** The exact body a running process started with, published or since retired; never a draft. */
  async byId(definitionId: string): Promise<PipelineDefinitionSnapshot> {
    const row = await this.definitions.findById(definitionId);
    if (!row) throw pipelineDefinitionNotFound(definitionId);
    if (row.status === 'draft') throw pipelineDefinitionIsDraft(definitionId);
    return snapshotOf(row);
  }
}
