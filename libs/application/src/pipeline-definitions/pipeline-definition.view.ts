import {
  practiceDefaultMarks,
  validatePipelineDefinition,
  type DefinitionProblem,
  type PipelineDefinitionStatus,
  type PracticeDefaultMark,
} from '@cxzy/domain';
import type { PipelineDefinitionEntity, PipelineDefinitionSummary } from '@cxzy/persistence';

export interface PipelineDefinitionSummaryView {
  readonly id: string;
  readonly processKind: string;
  readonly sectorCode: string;
  readonly version: number;
  readonly status: PipelineDefinitionStatus;
  readonly createdAt: Date;
  readonly createdBy: string;
  readonly updatedAt: Date;
  readonly updatedBy: string;
  readonly publishedAt: Date | null;
  readonly publishedBy: string | null;
  readonly retiredAt: Date | null;
  readonly retiredBy: string | null;
}

/** A problem as every API answer names one (the shape of a refusal's `errors`: FieldErrorBody). */
export interface DefinitionProblemView {
  readonly field: string;
  readonly rule: string;
  readonly messageZhCN: string;
  readonly messageEn: string;
}

export const toProblemView = (problem: DefinitionProblem): DefinitionProblemView => ({
  field: problem.path,
  rule: problem.code,
  messageZhCN: problem.text.zhCN,
  messageEn: problem.text.en,
});

export interface PipelineDefinitionView extends PipelineDefinitionSummaryView {
  readonly body: Record<string, unknown>;
  /**
   * For a draft: what publishing would refuse today (empty when it may be published), named as a
   * refused publish names them (field = JSON path, rule, zh-CN and en texts).
   */
  readonly problems: readonly DefinitionProblemView[];
  /** Values still at their practice default, to show as "默认值，可配置" (SPEC §6). */
  readonly practiceDefaults: readonly PracticeDefaultMark[];
}

export const toSummaryView = (row: PipelineDefinitionSummary): PipelineDefinitionSummaryView => ({
  id: row.id,
  processKind: row.processKind,
  sectorCode: row.sectorCode,
  version: row.version,
  status: row.status,
  createdAt: row.createdAt,
  createdBy: row.createdBy,
  updatedAt: row.updatedAt,
  updatedBy: row.updatedBy,
  publishedAt: row.publishedAt,
  publishedBy: row.publishedBy,
  retiredAt: row.retiredAt,
  retiredBy: row.retiredBy,
});

export const toDefinitionView = (row: PipelineDefinitionEntity): PipelineDefinitionView => ({
  ...toSummaryView(row),
  body: row.body,
  problems: row.status === 'draft' ? problemsOfDraft(row).map(toProblemView) : [],
  practiceDefaults: practiceDefaultMarks(row.processKind, row.sectorCode, row.body),
});

/** The body's own problems, plus a body written for another process kind than its row's. */
export function problemsOfDraft(row: Pick<PipelineDefinitionEntity, 'processKind' | 'body'>): DefinitionProblem[] {
  const problems = validatePipelineDefinition(row.body);
  const bodyKind = row.body['processKind'];
  if (typeof bodyKind === 'string' && bodyKind !== row.processKind) {
    problems.push({
      path: '$.processKind',
      code: 'PROCESS_KIND_MISMATCH',
      text: {
        zhCN: `定义内容的流程类型 ${bodyKind} 与该定义的 ${row.processKind} 不一致`,
        en: `the body is for ${bodyKind}, but the definition is for ${row.processKind}`,
      },
    });
  }
  return problems;
}
