import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, annualPledgeWindow, type AppConfig } from '@cxzy/config';
import {
  DomainError,
  PLEDGE_REVIEW_STEP,
  approvalStepPlans,
  assertNoProblems,
  checkStepPlans,
  checkMemberMayPledge,
  checkPledgeProposal,
  checkProposalWindow,
  memberRecipient,
  organisationNotFound,
  pledgeNoReviewer,
  remindsMember,
  type PipelineDefinitionSnapshot,
  type PledgeProposal,
} from '@cxzy/domain';
import { PLEDGE_WORKFLOW_TYPE, pledgeWorkflowId, type PledgeReviewPlan, type PledgeWorkflow } from '@cxzy/contracts';
import { MemberRepository, OrganisationRepository, PledgeRepository } from '@cxzy/persistence';
import { TemporalClientProvider } from '@cxzy/temporal';
import { auditedActor, type RequestContext } from '../audit/request-context.js';
import { AccessPolicy } from '../auth/access-policy.service.js';
import { UpdateIdentitySigner } from '../auth/update-identity-signer.service.js';
import { PLEDGE_ROLES } from './pledge-roles.js';
import { ResolvePipelineDefinitionUseCase } from '../pipeline-definitions/resolve-pipeline-definition.use-case.js';
import { ResolveStepRecipientsUseCase } from '../reminder/resolve-step-recipients.use-case.js';
import type { ProposePledgeCommand } from './propose-pledge.command.js';

/**
 * 提出承诺: checks every rule of the proposal at once (shape, who may pledge where, the annual
 * window, the branch pledge's links), pins the sector's published pledge pipeline and starts the
 * pledge's workflow, which records the proposal and its audit record.
 */
@Injectable()
export class ProposePledgeUseCase {
  constructor(
    private readonly organisations: OrganisationRepository,
    private readonly members: MemberRepository,
    private readonly pledges: PledgeRepository,
    private readonly definitions: ResolvePipelineDefinitionUseCase,
    private readonly temporal: TemporalClientProvider,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly access: AccessPolicy,
    private readonly identities: UpdateIdentitySigner,
    private readonly recipients: ResolveStepRecipientsUseCase,
  ) {}

  /**
   * 审核 is an approval step (ADR 0014): its signers are whoever holds the definition step's actor
   * role at its level from the pledge's organisation (e.g. the branch's secretaries), resolved now;
   * the supervisors one level up may 催办. Refused when nobody could review, or too few for the quorum.
   */
  private async reviewPlan(
    definition: PipelineDefinitionSnapshot,
    organisationId: string,
    title: string,
  ): Promise<PledgeReviewPlan | undefined> {
    const step = definition.body.steps.find((s) => s.key === PLEDGE_REVIEW_STEP);
    if (!step) return undefined;
    const holders = (level: typeof step.actor.level, role: string) =>
      this.recipients
        .execute({ organisationId, level, assigneeRole: role, copyOtherLine: false, copySuperior: false })
        .then((found) => [...new Set(found.to.map((r) => r.userId))]);
    const signers = await holders(step.actor.level, step.actor.role);
    if (signers.length === 0) throw pledgeNoReviewer(step.actor.role);
    checkStepPlans(approvalStepPlans([step], { [step.key]: { signers } }));
    return { title, signers, supervisors: await holders('superior', 'supervisor') };
  }

  async execute(
    caller: RequestContext,
    command: ProposePledgeCommand,
  ): Promise<{ pledgeId: string; workflowId: string }> {
    const organisation = await this.organisations.findById(command.organisationId);
    if (!organisation) throw organisationNotFound(command.organisationId);
    const isMember = command.pledgerKind === 'member';
    const pledgerIds = isMember ? (command.memberIds ?? (command.memberId ? [command.memberId] : [])) : [];
    // A member proposes only their own pledge (a collective one: as one of its members).
    const context = auditedActor(
      await this.access.actAsAnyOf(
        caller,
        PLEDGE_ROLES.propose,
        organisation.id,
        await this.members.userIdsOf(pledgerIds),
      ),
    );
    const proposal: PledgeProposal = {
      kind: command.kind,
      form: command.form,
      pledgerKind: command.pledgerKind,
      year: command.year,
      memberId: isMember ? command.memberId : null,
      memberIds: pledgerIds,
      organisationId: command.organisationId,
      items: command.items,
      trigger: command.trigger,
      leads: command.leads,
      linkedPledgeIds: command.linkedPledgeIds,
      dueDate: command.dueDate,
    };
    const problems = checkPledgeProposal(proposal);
    const members = await this.members.findByIds(proposal.memberIds);
    const unknown = proposal.memberIds.filter((id) => !members.some((m) => m.id === id));
    if (unknown.length > 0)
      throw new DomainError(
        'MEMBER_NOT_FOUND',
        'not-found',
        { zhCN: `党员不存在：${unknown.join('、')}`, en: `no such member: ${unknown.join(', ')}` },
        'memberIds',
      );
    for (const member of members) problems.push(...checkMemberMayPledge(member, proposal.organisationId));
    if (!isMember && proposal.linkedPledgeIds.length > 0) {
      const found = await this.pledges.memberPledgeIdsAt(proposal.organisationId, proposal.linkedPledgeIds);
      const missing = proposal.linkedPledgeIds.filter((id) => !found.includes(id));
      if (missing.length > 0)
        problems.push(
          new DomainError(
            'PLEDGE_LINK_UNKNOWN',
            'invalid',
            {
              zhCN: `关联的党员承诺不属于该党组织：${missing.join('、')}`,
              en: `linked pledges are not member pledges of this organisation: ${missing.join(', ')}`,
            },
            'linkedPledgeIds',
          ),
        );
    }
    const late = checkProposalWindow(
      proposal.kind,
      proposal.pledgerKind,
      proposal.year,
      new Date(),
      annualPledgeWindow(this.config),
    );
    if (late) problems.push(late);
    assertNoProblems(problems);

    const definition = await this.definitions.execute({ processKind: 'pledge', sectorCode: organisation.sectorCode });
    const pledgeId = randomUUID();
    const workflowId = pledgeWorkflowId(pledgeId);
    // Excused elderly/infirm members are never reminded (SPEC §6 rule 19).
    const reminded = members.every(remindsMember);
    const pledgerName = isMember ? members.map((m) => m.name).join('、') : organisation.name;
    const title = `承诺审核：${pledgerName}（${proposal.kind === 'annual' ? `${proposal.year}年度承诺` : '即时承诺'}）`;
    const review = await this.reviewPlan(definition, organisation.id, title);
    const client = await this.temporal.get();
    await client.workflow.start<PledgeWorkflow>(PLEDGE_WORKFLOW_TYPE, {
      workflowId,
      taskQueue: this.temporal.taskQueue,
      args: [
        {
          pledgeId,
          proposal,
          definition,
          proposedBy: context,
          reminders: reminded
            ? { memberRecipient: proposal.memberId ? memberRecipient(proposal.memberId) : null, pledgerName }
            : null,
          link: new URL(`/pledges/${pledgeId}`, this.config.PUBLIC_BASE_URL).toString(),
          identityKeys: this.identities.publicKeys(),
          ...(review ? { review } : {}),
        },
      ],
    });
    return { pledgeId, workflowId };
  }
}
