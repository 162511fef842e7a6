/** 新建流程定义草稿 — from the default of the kind and sector, or from a given body. */
export interface CreatePipelineDefinitionDraftCommand {
  readonly processKind: string;
  readonly sectorCode: string;
  /** Omitted: start from the built-in default (422 if the kind has none). */
  readonly body?: Record<string, unknown>;
  readonly actor: string;
}
