import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '@cxzy/config';
import {
  DomainError,
  approvalStepPlans,
  checkStepPlans,
  organisationNotFound,
  validateApprovalSteps,
  type ApprovalComment,
  type LocalizedText,
} from '@cxzy/domain';
import {
  APPROVAL_PROCESS_WORKFLOW_TYPE,
  approvalWorkflowId,
  type ApprovalProcessWorkflow,
  type ApprovalStepDeadline,
} from '@cxzy/contracts';
import { OrganisationRepository } from '@cxzy/persistence';
import { TemporalClientProvider } from '@cxzy/temporal';
import { auditedActor, type RequestContext } from '../audit/request-context.js';
import { AccessPolicy } from '../auth/access-policy.service.js';
import { UpdateIdentitySigner } from '../auth/update-identity-signer.service.js';

export interface StartApprovalCommand {
  readonly title: string;
  /** Steps in the shape of a pipeline definition's steps (quorum, deadline, reminders, approval options). */
  readonly steps: unknown;
  /** The people of each step: signers in order, and who is copied when it opens. */
  readonly people: Readonly<Record<string, unknown>>;
  readonly supervisors: readonly string[];
  /** The organisation the approval is for: reminders and escalations go along its leading line. */
  readonly organisationId: string | null;
  readonly comment?: ApprovalComment;
}

const isUserList = (value: unknown): value is string[] =>
  Array.isArray(value) &&
  value.length <= 100 &&
  value.every((u) => typeof u === 'string' && u.trim().length > 0 && u.length <= 64);

/** `people.<step>` is { signers: user[], cc?: user[] }; anything else is refused naming the field. */
function checkPeople(
  people: Readonly<Record<string, unknown>>,
): Record<string, { signers: readonly string[]; cc?: readonly string[] }> {
  for (const [key, value] of Object.entries(people)) {
    const entry = value as { signers?: unknown; cc?: unknown } | null;
    const keysOk =
      typeof entry === 'object' && entry !== null && Object.keys(entry).every((k) => k === 'signers' || k === 'cc');
    if (!keysOk || !isUserList(entry.signers) || (entry.cc !== undefined && !isUserList(entry.cc)))
      throw new DomainError(
        'APPROVAL_PEOPLE_INVALID',
        'invalid',
        {
          zhCN: `people.${key} 应为 { signers: 用户[], cc?: 用户[] }`,
          en: `people.${key} must be { signers: user[], cc?: user[] }`,
        },
        `people.${key}`,
      );
  }
  return people as Record<string, { signers: readonly string[]; cc?: readonly string[] }>;
}

/**
 * 发起审批 — a standalone approval: the steps are checked with the definition rules, the people
 * per step with the approval rules, the caller's role at the organisation (when one is named)
 * with the AccessPolicy (`actAsAnyOf`), then the approval workflow starts and records everything itself.
 */
@Injectable()
export class StartApprovalUseCase {
  constructor(
    private readonly temporal: TemporalClientProvider,
    private readonly organisations: OrganisationRepository,
    private readonly access: AccessPolicy,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly identities: UpdateIdentitySigner,
  ) {}

  async execute(
    context: RequestContext,
    command: StartApprovalCommand,
  ): Promise<{ processId: string; workflowId: string }> {
    const steps = validateApprovalSteps(command.steps);
    const plans = approvalStepPlans(steps, checkPeople(command.people));
    checkStepPlans(plans);
    let target: { organisationId: string; assigneeName: LocalizedText; year: number } | null = null;
    let submitter = context;
    if (command.organisationId) {
      const organisation = await this.organisations.findById(command.organisationId);
      if (!organisation) throw organisationNotFound(command.organisationId);
      // Whoever starts an approval for an organisation holds a role there or up its leading line.
      submitter = await this.access.actAsAnyOf(context, ['branch-secretary', 'supervisor'], command.organisationId);
      const now = new Date();
      target = {
        organisationId: organisation.id,
        assigneeName: { zhCN: organisation.name, en: organisation.name },
        year: now.getUTCFullYear(),
      };
    }
    const deadlines: Record<string, ApprovalStepDeadline> = {};
    for (const step of steps)
      if (step.deadline)
        deadlines[step.key] = {
          assigneeRole: step.actor.role,
          deadline: step.deadline,
          reminders: step.reminders,
          escalation: step.escalation,
        };
    const processId = randomUUID();
    const workflowId = approvalWorkflowId(processId);
    const client = await this.temporal.get();
    await client.workflow.start<ApprovalProcessWorkflow>(APPROVAL_PROCESS_WORKFLOW_TYPE, {
      workflowId,
      taskQueue: this.temporal.taskQueue,
      args: [
        {
          processId,
          title: command.title,
          processKind: 'approval',
          definition: null,
          steps: plans,
          submittedBy: auditedActor(submitter),
          supervisors: command.supervisors,
          deadlines,
          reminderTarget: target,
          link: new URL(`/approvals/${processId}`, this.config.PUBLIC_BASE_URL).toString(),
          operationsPerRun: this.config.APPROVAL_OPERATIONS_PER_RUN,
          identityKeys: this.identities.publicKeys(),
        },
      ],
    });
    return { processId, workflowId };
  }
}
