import { DomainError } from '../domain.error.js';
import { rulesOfKind } from './process-kinds.js';
import type { DefinitionProblem } from './validation/problems.js';

/** A process kind by its name (基层党组织晋位升级), the code only for a kind this build does not know. */
const kindName = (processKind: string) => rulesOfKind(processKind)?.name ?? { zhCN: processKind, en: processKind };

/** The coded errors of pipeline definitions, shared by the repository and the use cases. */
export type PipelineDefinitionStatus = 'draft' | 'published' | 'retired';

const STATUS_ZH: Record<PipelineDefinitionStatus, string> = { draft: '草稿', published: '已发布', retired: '已停用' };

export const pipelineDefinitionNotFound = (id: string): DomainError =>
  new DomainError(
    'PIPELINE_DEFINITION_NOT_FOUND',
    'not-found',
    { zhCN: `未找到流程定义 ${id}`, en: `pipeline definition ${id} not found` },
    'id',
  );

export const noPublishedPipelineDefinition = (processKind: string, sectorCode: string): DomainError =>
  new DomainError(
    'PIPELINE_DEFINITION_NONE_PUBLISHED',
    'not-found',
    {
      zhCN: `“${kindName(processKind).zhCN}”流程在领域 ${sectorCode} 尚无已发布的定义`,
      en: `no published “${kindName(processKind).en}” definition for sector ${sectorCode}`,
    },
    'sectorCode',
  );

/** Published and retired definitions never change: a change is a new version. */
export const pipelineDefinitionNotDraft = (id: string, status: PipelineDefinitionStatus): DomainError =>
  new DomainError(
    'PIPELINE_DEFINITION_NOT_DRAFT',
    'conflict',
    {
      zhCN: `流程定义 ${id} ${STATUS_ZH[status]}，不能修改；请基于它创建新版本`,
      en: `pipeline definition ${id} is ${status} and cannot change; start a new version from it`,
    },
    'id',
  );

export const pipelineDefinitionNotPublished = (id: string, status: PipelineDefinitionStatus): DomainError =>
  new DomainError(
    'PIPELINE_DEFINITION_NOT_PUBLISHED',
    'conflict',
    {
      zhCN: `流程定义 ${id} ${STATUS_ZH[status]}，只有已发布的定义可以停用`,
      en: `pipeline definition ${id} is ${status}; only a published definition can be retired`,
    },
    'id',
  );

export const pipelineDefinitionIsDraft = (id: string): DomainError =>
  new DomainError(
    'PIPELINE_DEFINITION_IS_DRAFT',
    'conflict',
    {
      zhCN: `流程定义 ${id} 仍是草稿，尚不能使用或作为新版本的基础`,
      en: `pipeline definition ${id} is still a draft; it cannot be used or copied yet`,
    },
    'id',
  );

/** One open draft per kind and sector keeps versions in the order they are published. */
export const pipelineDefinitionDraftExists = (processKind: string, sectorCode: string): DomainError =>
  new DomainError(
    'PIPELINE_DEFINITION_DRAFT_EXISTS',
    'conflict',
    {
      zhCN: `“${kindName(processKind).zhCN}”流程在领域 ${sectorCode} 已有一个草稿，请先发布或删除它`,
      en: `a draft of “${kindName(processKind).en}” for sector ${sectorCode} already exists; publish or delete it first`,
    },
    'sectorCode',
  );

export const noDefaultPipelineDefinition = (processKind: string): DomainError =>
  new DomainError(
    'PIPELINE_DEFINITION_NO_DEFAULT',
    'invalid',
    {
      zhCN: `流程 ${processKind} 没有默认定义，请提供完整的定义内容`,
      en: `${processKind} has no default definition; give the body in full`,
    },
    'body',
  );

export const processKindMismatch = (processKind: string, bodyKind: unknown): DomainError =>
  new DomainError(
    'PIPELINE_DEFINITION_KIND_MISMATCH',
    'invalid',
    {
      zhCN: `定义内容的流程类型 ${String(bodyKind)} 与 ${processKind} 不一致`,
      en: `the body is for ${String(bodyKind)}, not ${processKind}`,
    },
    'body.processKind',
  );

/** Every problem in one error: the API answers 422 with the whole list. */
export const pipelineDefinitionInvalid = (problems: readonly DefinitionProblem[]): DomainError =>
  new DomainError(
    'PIPELINE_DEFINITION_INVALID',
    'invalid',
    {
      zhCN: `流程定义有 ${problems.length} 处问题，未发布：${problems.map((p) => p.text.zhCN).join('；')}`,
      en: `the pipeline definition has ${problems.length} problem(s) and was not published: ${problems.map((p) => p.text.en).join('; ')}`,
    },
    problems[0]?.path,
    problems,
  );
