import { ComparePipelineDefinitionsUseCase } from './compare-pipeline-definitions.use-case.js';
import { CreatePipelineDefinitionDraftUseCase } from './create-pipeline-definition-draft.use-case.js';
import { DeletePipelineDefinitionDraftUseCase } from './delete-pipeline-definition-draft.use-case.js';
import { GetPipelineDefinitionUseCase } from './get-pipeline-definition.use-case.js';
import { ListPipelineDefinitionsUseCase } from './list-pipeline-definitions.use-case.js';
import { PublishPipelineDefinitionUseCase } from './publish-pipeline-definition.use-case.js';
import { ResolvePipelineDefinitionUseCase } from './resolve-pipeline-definition.use-case.js';
import { RetirePipelineDefinitionUseCase } from './retire-pipeline-definition.use-case.js';
import { StartNextPipelineDefinitionVersionUseCase } from './start-next-pipeline-definition-version.use-case.js';
import { UpdatePipelineDefinitionDraftUseCase } from './update-pipeline-definition-draft.use-case.js';

/** The pipeline-definition use cases, registered together by the application module. */
export const pipelineDefinitionUseCases = [
  CreatePipelineDefinitionDraftUseCase,
  UpdatePipelineDefinitionDraftUseCase,
  PublishPipelineDefinitionUseCase,
  RetirePipelineDefinitionUseCase,
  StartNextPipelineDefinitionVersionUseCase,
  DeletePipelineDefinitionDraftUseCase,
  ListPipelineDefinitionsUseCase,
  GetPipelineDefinitionUseCase,
  ComparePipelineDefinitionsUseCase,
  ResolvePipelineDefinitionUseCase,
];
