import { Injectable } from '@nestjs/common';
import { diffDefinitionBodies, pipelineDefinitionNotFound, type DefinitionChange } from '@cxzy/domain';
import { PipelineDefinitionRepository } from '@cxzy/persistence';
import type { PipelineDefinitionEntity } from '@cxzy/persistence';

interface VersionRef {
  readonly id: string;
  readonly processKind: string;
  readonly sectorCode: string;
  readonly version: number;
  readonly status: string;
}

export interface PipelineDefinitionComparison {
  readonly from: VersionRef;
  readonly to: VersionRef;
  readonly changes: readonly DefinitionChange[];
}

const ref = (row: PipelineDefinitionEntity): VersionRef => ({
  id: row.id,
  processKind: row.processKind,
  sectorCode: row.sectorCode,
  version: row.version,
  status: row.status,
});

/** 版本比较 — any two definitions (two versions, or two sectors), as the JSON paths that differ. */
@Injectable()
export class ComparePipelineDefinitionsUseCase {
  constructor(private readonly definitions: PipelineDefinitionRepository) {}

  async execute(fromId: string, toId: string): Promise<PipelineDefinitionComparison> {
    const [from, to] = await Promise.all([this.definitions.findById(fromId), this.definitions.findById(toId)]);
    if (!from) throw pipelineDefinitionNotFound(fromId);
    if (!to) throw pipelineDefinitionNotFound(toId);
    return { from: ref(from), to: ref(to), changes: diffDefinitionBodies(from.body, to.body) };
  }
}
