import type { PipelineDefinitionStatus } from '@cxzy/domain';

/** Filters and a 1-based page. */
export interface ListPipelineDefinitionsCommand {
  readonly processKind?: string;
  readonly sectorCode?: string;
  readonly status?: PipelineDefinitionStatus;
  readonly page: number;
  readonly pageSize: number;
}
