/** 修改草稿 — replaces a draft's body; refused (409) once the definition is published. */
export interface UpdatePipelineDefinitionDraftCommand {
  readonly id: string;
  readonly body: Record<string, unknown>;
  readonly actor: string;
}
