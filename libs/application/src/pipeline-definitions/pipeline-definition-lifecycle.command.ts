/** Publish, retire, start the next version, delete a draft: an id and who does it. */
export interface PipelineDefinitionLifecycleCommand {
  readonly id: string;
  readonly actor: string;
}
