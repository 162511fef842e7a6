import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '@cxzy/config';
import {
  DomainError,
  approvalStepPlans,
  checkStepPlans,
  commendationWindowEnd,
  inTheRunning,
  nextNominationState,
  vettingOutcome,
} from '@cxzy/domain';
import type {
  AdvanceCommendationRequest,
  AdvanceCommendationResult,
  ApprovalActor,
  ApprovalProcessInput,
  CommendationStatus,
} from '@cxzy/contracts';
import { CommendationRepository, OrganisationRepository, TransactionRunner, UserRepository } from '@cxzy/persistence';
import { AuditTrail } from '../audit/audit-trail.service.js';
import { LoadWorkingDayCalendarUseCase } from '../calendar/load-working-day-calendar.use-case.js';
import { UpdateIdentitySigner } from '../auth/update-identity-signer.service.js';
import { ResolvePipelineDefinitionUseCase } from '../pipeline-definitions/resolve-pipeline-definition.use-case.js';

const NEXT = { vet: 'nominate', publicise: 'vet', decide: 'publicise' } as const;

/**
 * The commendation workflow's activities: each phase move checks the phase, writes every
 * nomination's new state and the round's phase with one audit record, in one transaction (the
 * round row locked). A retried activity finds the phase moved and answers the same.
 */
@Injectable()
export class RecordCommendationUseCase {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly rounds: CommendationRepository,
    private readonly organisations: OrganisationRepository,
    private readonly users: UserRepository,
    private readonly definitions: ResolvePipelineDefinitionUseCase,
    private readonly transactions: TransactionRunner,
    private readonly audit: AuditTrail,
    private readonly calendars: LoadWorkingDayCalendarUseCase,
    private readonly identities: UpdateIdentitySigner,
  ) {}

  async advance(input: { roundId: string } & AdvanceCommendationRequest): Promise<AdvanceCommendationResult> {
    return this.transactions.run(async (manager) => {
      const round = await this.rounds.findRound(input.roundId, manager, true);
      if (!round) throw new Error(`commendation round ${input.roundId} vanished`);
      // A retry after the move committed answers the same (the approval keeps its stored process id).
      if (round.phase === input.to) {
        const again =
          input.to === 'decide' && round.approvalProcessId ? await this.buildApproval(round, input.actor) : null;
        return { phase: round.phase, approval: again, windowEndsAt: round.windowEndsAt };
      }
      if (round.phase !== NEXT[input.to]) {
        throw new DomainError(
          'COMMENDATION_PHASE',
          'conflict',
          {
            zhCN: `评选处于「${round.phase}」阶段，不能进入「${input.to}」`,
            en: `the round is in phase ${round.phase} and cannot move to ${input.to}`,
          },
          'to',
        );
      }
      const nominations = await this.rounds.nominations(round.id, manager);
      if (input.to === 'publicise') {
        for (const n of nominations.filter((x) => x.state === 'nominated')) {
          const outcome = vettingOutcome(await this.rounds.stances(manager, n.id), round.rules);
          const state = outcome.passed
            ? nextNominationState(nextNominationState(n.state, 'pass-vetting'), 'publicise')
            : nextNominationState(n.state, 'fail-vetting');
          await this.rounds.setNominationState(manager, n.id, state, outcome.supportPercent);
        }
      }
      if (input.to === 'decide') {
        if ((await this.rounds.openObjections(manager, round.id)) > 0) {
          throw new DomainError(
            'COMMENDATION_OBJECTIONS_OPEN',
            'conflict',
            { zhCN: '公示期的异议尚未处理完', en: 'objections from the publicity period are still open' },
            'to',
          );
        }
      }
      const approval =
        input.to === 'decide' && inTheRunning(nominations).length > 0
          ? await this.buildApproval(round, input.actor)
          : null;
      const phase = input.to === 'decide' && !approval ? 'rejected' : input.to;
      const windowEndsAt = phase === 'vet' || phase === 'publicise' ? await this.windowEnd(round, phase) : null;
      await this.rounds.setPhase(manager, round.id, phase, approval?.processId, windowEndsAt);
      await this.audit.record(
        input.actor,
        {
          action: `commendation.${input.to}`,
          objectType: 'commendation-round',
          objectId: round.id,
          before: { phase: round.phase },
          after: { phase, approvalProcessId: approval?.processId ?? null, windowEndsAt },
        },
        manager,
      );
      return { phase, approval, windowEndsAt: windowEndsAt?.toISOString() ?? null };
    });
  }

  async conclude(input: { roundId: string; approved: boolean; decidedBy: ApprovalActor }): Promise<CommendationStatus> {
    return this.transactions.run(async (manager) => {
      const round = await this.rounds.findRound(input.roundId, manager, true);
      if (!round) throw new Error(`commendation round ${input.roundId} vanished`);
      if (round.phase !== 'decide') return { phase: round.phase, approvalProcessId: round.approvalProcessId };
      for (const n of inTheRunning(await this.rounds.nominations(round.id, manager))) {
        const state = input.approved
          ? nextNominationState(nextNominationState(n.state, 'approve'), 'commend')
          : nextNominationState(n.state, 'reject');
        await this.rounds.setNominationState(manager, n.id, state);
      }
      const phase = input.approved ? 'commended' : 'rejected';
      await this.rounds.setPhase(manager, round.id, phase);
      await this.audit.record(
        input.decidedBy,
        {
          action: input.approved ? 'commendation.commend' : 'commendation.reject',
          objectType: 'commendation-round',
          objectId: round.id,
          after: { phase, approvalProcessId: round.approvalProcessId },
        },
        manager,
      );
      return { phase, approvalProcessId: round.approvalProcessId };
    });
  }

  /**
   * When the 考察 (vetWorkingDays of the round's rules) or 公示 (publicityWorkingDays of its
   * definition) window that opens now closes; COMMENDATION_WINDOW_SECONDS overrides (tests, demos).
   */
  private async windowEnd(
    round: { rules: { vetWorkingDays: number }; definitionId: string },
    phase: 'vet' | 'publicise',
  ) {
    const now = new Date();
    if (this.config.COMMENDATION_WINDOW_SECONDS)
      return new Date(now.getTime() + this.config.COMMENDATION_WINDOW_SECONDS * 1000);
    const workingDays =
      phase === 'vet'
        ? round.rules.vetWorkingDays
        : (await this.definitions.byId(round.definitionId)).body.publicityWorkingDays;
    return commendationWindowEnd(now, workingDays, await this.calendars.execute());
  }

  /** The approval the round's 'decide' step runs: supervisors at the grading unit sign (或签 by default). */
  private async buildApproval(
    round: {
      id: string;
      gradingUnitId: string;
      title: string;
      year: number;
      definitionId: string;
      approvalProcessId: string | null;
    },
    actor: ApprovalActor,
  ): Promise<ApprovalProcessInput> {
    const definition = await this.definitions.byId(round.definitionId);
    const step = definition.body.steps.find((s) => s.key === 'decide');
    if (!step) throw new Error(`definition ${round.definitionId} has no decide step`);
    const signers = (
      await this.users.holdersOf([{ organisationId: round.gradingUnitId, roles: [step.actor.role] }])
    ).map((h) => h.username);
    if (signers.length === 0) {
      throw new DomainError(
        'COMMENDATION_NO_DECIDER',
        'conflict',
        { zhCN: '组织实施单位没有审批人', en: 'nobody holds the deciding role at the grading unit' },
        'to',
      );
    }
    const plans = approvalStepPlans([step], { decide: { signers } });
    checkStepPlans(plans);
    const unit = await this.organisations.findById(round.gradingUnitId);
    const processId = round.approvalProcessId ?? randomUUID();
    return {
      processId,
      title: `${round.title}（表彰审批）`,
      processKind: 'commendation',
      definition: { definitionId: definition.definitionId, version: definition.version },
      steps: plans,
      submittedBy: actor,
      supervisors: [],
      deadlines: step.deadline
        ? {
            decide: {
              assigneeRole: step.actor.role,
              deadline: step.deadline,
              reminders: step.reminders,
              escalation: step.escalation,
            },
          }
        : {},
      reminderTarget: unit
        ? { organisationId: unit.id, assigneeName: { zhCN: unit.name, en: unit.name }, year: round.year }
        : null,
      link: new URL(`/commendations/${round.id}`, this.config.PUBLIC_BASE_URL).toString(),
      // ADR 0009: the decision's operations carry identities the API signed.
      identityKeys: this.identities.publicKeys(),
    };
  }
}
