import { Injectable } from '@nestjs/common';
import { readScopeOf, type LocalizedText, type TaskListView } from '@cxzy/domain';
import { GradingTaskListRepository, type GradingTaskListRow } from '@cxzy/persistence';
import type { SourcedTask, TaskCaller, TaskSource } from './task-source.js';

interface Step {
  readonly kind: string;
  readonly key: string;
  readonly name: LocalizedText;
  /** Where it is done: the branch's page, its rectification page, or the round's classification. */
  readonly page: 'branch' | 'rectification' | 'classification';
}

const step = (kind: string, key: string, zhCN: string, en: string, page: Step['page']): Step => ({
  kind,
  key,
  name: { zhCN, en },
  page,
});

/** What waits for a supervisor in each state (the branch and round state machines' supervisor actions). */
const WAITING: Record<string, Step> = {
  'grade.awaiting-rating': step('superior-rating', 'superior-rating', '上级评定', 'rate the branch', 'branch'),
  'rectify.plan-submitted': step('plan-approval', 'plan-approval', '审批整改方案', 'approve the plan', 'rectification'),
  'rectify.completed': step('acceptance', 'acceptance', '考核验收', 'record the acceptance', 'rectification'),
  'round:grade.proposed': step(
    'classification-approval',
    'classification-approval',
    '审批分类定级',
    'approve the classification',
    'classification',
  ),
};

/** The audited actions a person takes (已办, 我发起的), by audit action. */
const ACTED: Record<string, Step> = {
  'grading-branch.acknowledgeNotice': step(
    'grading-action',
    'deploy-acknowledge',
    '确认收到部署通知',
    'acknowledge the notice',
    'branch',
  ),
  'grading-branch.submitSelfAssessment': step(
    'grading-action',
    'self-assessment',
    '提交自评',
    'submit the self-assessment',
    'branch',
  ),
  'grading-branch.submitSuperiorRating': step(
    'grading-action',
    'superior-rating',
    '上级评定',
    'rate the branch',
    'branch',
  ),
  'grading-branch.returnSelfAssessment': step(
    'grading-action',
    'superior-rating',
    '退回自评',
    'return the self-assessment',
    'branch',
  ),
  'grading-branch.submitPlan': step(
    'grading-action',
    'rectification-plan',
    '提交整改方案',
    'submit the plan',
    'rectification',
  ),
  'grading-branch.approvePlan': step(
    'grading-action',
    'plan-approval',
    '审批整改方案',
    'approve the plan',
    'rectification',
  ),
  'grading-branch.returnPlan': step(
    'grading-action',
    'plan-approval',
    '退回整改方案',
    'return the plan',
    'rectification',
  ),
  'grading-branch.reportProgress': step(
    'grading-action',
    'progress-report',
    '报告整改进展',
    'report progress',
    'rectification',
  ),
  'grading-branch.completeRectification': step(
    'grading-action',
    'progress-report',
    '完成整改',
    'complete rectification',
    'rectification',
  ),
  'grading-branch.recordAcceptance': step(
    'grading-action',
    'acceptance',
    '考核验收',
    'record the acceptance',
    'rectification',
  ),
  'grading-round.proposeClassification': step(
    'grading-action',
    'classification',
    '提出拟定等次',
    'propose the classification',
    'classification',
  ),
  'grading-round.approveClassification': step(
    'grading-action',
    'classification-approval',
    '审批分类定级',
    'approve the classification',
    'classification',
  ),
  'grading-round.returnClassification': step(
    'grading-action',
    'classification-approval',
    '退回分类定级',
    'return the classification',
    'classification',
  ),
  'grading-round.resolveObjection': step(
    'grading-action',
    'objection',
    '处理公示异议',
    'resolve an objection',
    'classification',
  ),
};

const FALLBACK = (what: string): Step => step('grading-action', what, what, what, 'branch');

const linkOf = (row: GradingTaskListRow, page: Step['page']): string =>
  page === 'classification'
    ? `/grading-rounds/${row.roundId}/classification`
    : `/grading-rounds/${row.roundId}/branches/${row.organisationId}${page === 'rectification' ? '/rectification' : ''}`;

/**
 * 晋位升级: the decisions waiting for the caller as a supervisor — 上级评定, 整改方案审批, 考核验收
 * of the branches on their leading line (the data behind /grading-approvals/pending) and the
 * classification of a round of a grading unit they supervise — with what they and the branch did
 * (已办, 我发起的) from the audit trail. Only supervisor grants see decisions waiting.
 */
@Injectable()
export class GradingDecisionsTaskSource implements TaskSource {
  constructor(private readonly grading: GradingTaskListRepository) {}

  count(caller: TaskCaller, view: TaskListView): Promise<number> {
    if (view === 'todo') return this.grading.countWaiting(readScopeOf(caller.grants));
    if (view === 'cc') return Promise.resolve(0);
    return this.grading.countActed(caller.username, view);
  }

  async list(caller: TaskCaller, view: TaskListView, limit: number): Promise<SourcedTask[]> {
    if (view === 'cc') return [];
    const rows =
      view === 'todo'
        ? await this.grading.listWaiting(readScopeOf(caller.grants), limit)
        : await this.grading.listActed(caller.username, view, limit);
    return rows.map((row) => {
      const what = (view === 'todo' ? WAITING[row.what] : ACTED[row.what]) ?? FALLBACK(row.what);
      return {
        id: row.id,
        source: 'grading',
        kind: what.kind,
        process: { zhCN: `${row.year}年度晋位升级`, en: `grading round ${row.year}` },
        title: null,
        organisationId: row.organisationId,
        organisationName: row.organisationName,
        step: what.name,
        stepKey: what.key,
        at: row.at,
        deadlineAt: null,
        status: row.status,
        taskId: null,
        operations: [],
        deputyFor: null,
        assigneeRole: view === 'todo' ? 'supervisor' : null,
        link: linkOf(row, what.page),
      };
    });
  }
}
