import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '@cxzy/config';
import {
  addDays,
  assertParticipation,
  beijingDateTime,
  beijingInstant,
  classifyGradingUnit,
  DomainError,
  gradingRulesOf,
  isDomainError,
  publicityLastDay,
  regradeAfterObjection,
  resolveObjection,
  transitionRound,
  unitParticipation,
  type DomainErrorDetail,
  type Objection,
  type PipelineDefinitionBody,
  type Tier,
  type UnitClassification,
} from '@cxzy/domain';
import {
  branchTierFinalisedSignal,
  gradingBranchWorkflowId,
  type ClassificationSummary,
  type ResolveObjectionRecord,
  type RoundActionRecord,
} from '@cxzy/contracts';
import {
  GradingClassificationRepository,
  GradingObjectionRepository,
  RectificationRepository,
  TransactionRunner,
  type RoundGradingRow,
} from '@cxzy/persistence';
import { TemporalClientProvider } from '@cxzy/temporal';
import type { EntityManager } from 'typeorm';
import { AuditTrail } from '../audit/audit-trail.service.js';
import { LoadWorkingDayCalendarUseCase } from '../calendar/load-working-day-calendar.use-case.js';
import { ResolvePipelineDefinitionUseCase } from '../pipeline-definitions/resolve-pipeline-definition.use-case.js';
import { gradingRoundNotFound, objectionNotFound } from './grading-round.errors.js';
import { gradingUnitInput, missingFactsOfUnit, notRatedProblems } from './grading-unit-input.js';
import { previousRoundSummary } from './previous-round.util.js';

const QUOTA_CAUSES = new Set(['advanced-cap', 'lagging-floor']);

function summaryOf(classification: UnitClassification): ClassificationSummary {
  const byTier: Record<Tier, number> = { advanced: 0, average: 0, lagging: 0 };
  for (const b of classification.branches) byTier[b.proposedTier] += 1;
  return {
    branches: classification.branches.length,
    byTier,
    movedByQuota: classification.branches.filter((b) => b.moves.some((m) => QUOTA_CAUSES.has(m.cause))).length,
  };
}

const today = (): string => beijingDateTime(new Date()).date;

/**
 * The round's 分类定级 database work, run by the round workflow's activities. Each action writes
 * the round state, the tiers and the audit record in one transaction, and remembers its
 * idempotency key with its result: a retried activity (or a repeated request) returns the first
 * result and writes nothing twice. Refusals are DomainErrors (the activity makes them final).
 */
@Injectable()
export class GradingRoundClassificationSteps {
  constructor(
    private readonly repository: GradingClassificationRepository,
    private readonly objections: GradingObjectionRepository,
    private readonly definitions: ResolvePipelineDefinitionUseCase,
    private readonly calendars: LoadWorkingDayCalendarUseCase,
    private readonly transactions: TransactionRunner,
    private readonly audit: AuditTrail,
    private readonly temporal: TemporalClientProvider,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly rectifications: RectificationRepository,
  ) {}

  /** Reads every branch, refuses with the full list of branches not ready, classifies, writes. */
  async propose(record: RoundActionRecord): Promise<ClassificationSummary> {
    const stored = (await this.repository.findAction(record.roundId, record.idempotencyKey)) as {
      classification?: ClassificationSummary;
    } | null;
    if (stored?.classification) return stored.classification;
    const round = await this.requireRound(record.roundId);
    const bodies = await this.bodies(round);
    const rows = await this.repository.gradingRows(round.id);
    const input = gradingUnitInput(round, rows, bodies, today());
    // Every branch not ready is named at once: not rated yet, short of participation, or lacking facts.
    const problems: DomainErrorDetail[] = notRatedProblems(rows);
    const notReady = rows.filter((r) => r.state !== 'grade.rated').map((r) => r.organisationCode);
    const rated = { ...input, branches: input.branches.filter((b) => !notReady.includes(b.organisationCode)) };
    notReady.push(
      ...unitParticipation(rated)
        .filter((s) => !s.met)
        .map((s) => s.organisationCode),
    );
    try {
      assertParticipation(rated);
    } catch (error) {
      if (!isDomainError(error)) throw error;
      problems.push(...(error.details ?? []));
    }
    // Facts never recorded and no public appraisal are named too, never assumed (issue 19 item 8).
    const missing = missingFactsOfUnit(rated);
    problems.push(...missing);
    for (const { organisationCode: code } of rated.branches) {
      const lacks = missing.some((p) => p.path.startsWith(`$.branches["${code}"]`));
      if (lacks && !notReady.includes(code)) notReady.push(code);
    }
    if (problems.length > 0) {
      throw new DomainError(
        problems.every((p) => p.code === problems[0]!.code) ? problems[0]!.code : 'GRADING_CLASSIFICATION_BLOCKED',
        'invalid',
        {
          zhCN: `以下党组织尚不能定级：${notReady.join('、')}`,
          en: `these branches cannot be classified yet: ${notReady.join(', ')}`,
        },
        'branches',
        problems,
      );
    }
    const classification = classifyGradingUnit(input);
    const summary = summaryOf(classification);
    const transition = transitionRound('grade.collecting', { action: 'proposeClassification', role: 'administrator' });
    await this.transactions.run(async (manager) => {
      if (
        !(await this.repository.recordAction(
          round.id,
          record.idempotencyKey,
          record.action,
          { classification: summary },
          manager,
        ))
      )
        return;
      await this.repository.moveRound(
        round.id,
        transition.from,
        transition.to,
        { quotaGroups: classification.groups },
        manager,
      );
      await this.repository.writeProposal(
        round.id,
        classification.branches.map((b) => ({
          organisationId: b.organisationId,
          score: b.score.total,
          rank: b.rank,
          scoreTier: b.scoreTier,
          proposedTier: b.proposedTier,
          reasons: b.moves,
          explanation: b.explanation,
        })),
        manager,
      );
      await this.auditAction(record, { classification: summary, groups: classification.groups }, manager);
    });
    return summary;
  }

  /** approveClassification opens the publicity; returnClassification sends the round back to collecting. */
  async decide(record: RoundActionRecord): Promise<{ publicityEndsAt: string | null }> {
    const stored = (await this.repository.findAction(record.roundId, record.idempotencyKey)) as {
      publicityEndsAt?: string | null;
    } | null;
    if (stored) return { publicityEndsAt: stored.publicityEndsAt ?? null };
    const round = await this.requireRound(record.roundId);
    const approve = record.action === 'approveClassification';
    const publicityEndsAt = approve ? await this.publicityEnd(round) : null;
    const result = { publicityEndsAt: publicityEndsAt?.toISOString() ?? null };
    await this.transactions.run(async (manager) => {
      if (!(await this.repository.recordAction(round.id, record.idempotencyKey, record.action, result, manager)))
        return;
      await this.repository.moveRound(
        round.id,
        record.from,
        record.to,
        approve ? { publicityEndsAt, approvedBy: record.actor } : { publicityEndsAt: null, approvedBy: null },
        manager,
      );
      if (!approve) await this.repository.clearProposal(round.id, manager);
      await this.auditAction(record, result, manager);
    });
    return result;
  }

  /** The supervisor's decision on an objection; upheld re-grades the branch (and any branch the quotas move). */
  async resolveObjection(record: ResolveObjectionRecord): Promise<{ changedBranches: number }> {
    const stored = (await this.repository.findAction(record.roundId, record.idempotencyKey)) as {
      changedBranches?: number;
    } | null;
    if (stored) return { changedBranches: stored.changedBranches ?? 0 };
    const round = await this.requireRound(record.roundId);
    const bodies = await this.bodies(round);
    return this.transactions.run(async (manager) => {
      await this.repository.round(round.id, manager); // locks the round: one re-grade at a time
      const row = await this.objections.find(round.id, record.objectionId, manager);
      if (!row) throw objectionNotFound(record.objectionId);
      const objection: Objection = {
        id: row.id,
        organisationId: row.organisationId,
        filedOn: row.filedOn,
        objector: { realName: row.realName, contact: row.contact },
        reason: row.reason,
        status: row.status,
      };
      const resolved = resolveObjection(objection, {
        outcome: record.outcome,
        decidedBy: record.actor,
        decidedOn: today(),
        note: record.note,
      });
      let regrade: unknown = null;
      let changedBranches = 0;
      if (record.outcome === 'upheld') {
        if (!record.correctedRating) {
          throw new DomainError(
            'OBJECTION_CORRECTION_REQUIRED',
            'invalid',
            {
              zhCN: '采纳异议须给出更正后的上级评定（correctedRating）',
              en: 'upholding an objection needs the corrected superior rating (correctedRating)',
            },
            'correctedRating',
          );
        }
        const rows = await this.repository.gradingRows(round.id, manager);
        const input = gradingUnitInput(round, rows, bodies, today());
        const current = input.branches.find((b) => b.organisationId === row.organisationId)!;
        const rating = record.correctedRating.items
          ? { items: record.correctedRating.items }
          : { overall: record.correctedRating.overall! };
        const outcome = regradeAfterObjection(input, resolved, {
          ...current,
          sources: { ...current.sources, superior: rating },
        });
        const reasonOf = (from: string, to: string) => ({
          cause: 'objection',
          objectionId: row.id,
          from,
          to,
          reason: {
            zhCN: `异议 ${row.id} 被采纳，重新定级：${from} → ${to}（${record.note.trim()}）`,
            en: `objection ${row.id} upheld, re-graded: ${from} → ${to} (${record.note.trim()})`,
          },
        });
        const changes = outcome.changes.map((c) => ({
          organisationId: c.organisationId,
          tier: c.to,
          score: c.scoreTo,
          reason: reasonOf(c.from, c.to),
        }));
        if (!changes.some((c) => c.organisationId === row.organisationId)) {
          const tier = outcome.regraded.proposedTier;
          changes.push({
            organisationId: row.organisationId,
            tier,
            score: outcome.regraded.score.total,
            reason: reasonOf(tier, tier),
          });
        }
        await this.repository.applyRegrade(
          round.id,
          changes,
          { organisationId: row.organisationId, rating: { ...rating, comment: `异议 ${row.id} 更正` } },
          manager,
        );
        changedBranches = outcome.changes.length;
        regrade = {
          changes: outcome.changes,
          regraded: { tier: outcome.regraded.proposedTier, score: outcome.regraded.score.total },
        };
      }
      await this.objections.resolve(
        row.id,
        { status: record.outcome, decidedBy: record.actor, decidedOn: today(), note: record.note.trim(), regrade },
        manager,
      );
      const result = { changedBranches };
      await this.repository.recordAction(round.id, record.idempotencyKey, record.action, result, manager);
      await this.audit.record(
        { requestId: record.requestId, actorId: record.actor, actorRole: record.actorRole, actorOrg: null },
        {
          action: 'grading-round.resolve-objection',
          objectType: 'grading-objection',
          objectId: row.id,
          before: { status: 'open' },
          after: {
            status: record.outcome,
            organisationId: row.organisationId,
            regrade,
            idempotencyKey: record.idempotencyKey,
          },
          reason: record.note.trim(),
        },
        manager,
      );
      return result;
    });
  }

  /**
   * Tiers final once publicity is over, no objection is open (on the approving supervisor's word)
   * and every branch of last year's round has its 考核验收 (SPEC §6 rule 13: assertMayFinaliseRound).
   */
  async finalise(request: { roundId: string; actor: string }): Promise<{
    finalised: boolean;
    openObjections: number;
    finalisedAt: string | null;
    previousRoundMissing?: number;
  }> {
    return this.transactions.run(async (manager) => {
      const round = await this.repository.round(request.roundId, manager);
      if (!round) throw gradingRoundNotFound(request.roundId);
      if (round.state !== 'grade.publicity')
        return { finalised: true, openObjections: 0, finalisedAt: new Date().toISOString() };
      const open = (await this.objections.counts(round.id, manager))['open'] ?? 0;
      if (open > 0 || (round.publicityEndsAt && round.publicityEndsAt.getTime() > Date.now())) {
        return { finalised: false, openObjections: open, finalisedAt: null };
      }
      const previous = await previousRoundSummary(this.rectifications, round.gradingUnitId, round.year - 1);
      if (previous && !previous.mayFinalise) {
        return {
          finalised: false,
          openObjections: 0,
          finalisedAt: null,
          previousRoundMissing: previous.missing.length,
        };
      }
      const transition = transitionRound('grade.publicity', { action: 'finaliseTiers', role: 'supervisor' });
      await this.repository.moveRound(round.id, transition.from, transition.to, {}, manager);
      await this.repository.finaliseTiers(round.id, manager);
      const counts = await this.objections.counts(round.id, manager);
      await this.audit.record(
        { requestId: null, actorId: round.approvedBy ?? request.actor, actorRole: 'supervisor', actorOrg: null },
        {
          action: 'grading-round.finaliseTiers',
          objectType: 'grading-round',
          objectId: round.id,
          before: { state: transition.from },
          after: { state: transition.to, objections: counts },
        },
        manager,
      );
      return { finalised: true, openObjections: 0, finalisedAt: new Date().toISOString() };
    });
  }

  /** Signals one page of branch workflows their final tier; a branch workflow already gone is skipped. */
  async signalPage(request: {
    roundId: string;
    roundWorkflowId: string;
    after: string | null;
    limit: number;
    finalisedAt: string;
  }): Promise<{ cursor: string | null; signalled: number }> {
    const page = await this.repository.finalTierPage(request.roundId, request.after, request.limit);
    const client = await this.temporal.get();
    const signalled: string[] = [];
    for (const branch of page) {
      const quotaMove = (branch.reasons as { cause?: string; from?: Tier }[]).find((m) =>
        QUOTA_CAUSES.has(m.cause ?? ''),
      );
      try {
        await client.workflow
          .getHandle(gradingBranchWorkflowId(request.roundWorkflowId, branch.organisationId))
          .signal(branchTierFinalisedSignal, {
            tier: branch.finalTier as Tier,
            proposedBeforeQuota: quotaMove?.from ?? null,
            finalisedAt: request.finalisedAt,
          });
        signalled.push(branch.organisationId);
      } catch (error) {
        if ((error as Error).name !== 'WorkflowNotFoundError') throw error;
      }
    }
    if (signalled.length > 0) await this.repository.markSignalled(request.roundId, signalled);
    return { cursor: page.length === request.limit ? page.at(-1)!.organisationId : null, signalled: signalled.length };
  }

  async openRectification(request: { roundId: string; actor: string }): Promise<void> {
    const transition = transitionRound('grade.final', { action: 'openRectification', role: 'system' });
    await this.transactions.run(async (manager) => {
      if (!(await this.repository.moveRound(request.roundId, transition.from, transition.to, {}, manager))) return;
      await this.audit.record(
        { requestId: null, actorId: request.actor, actorRole: 'system', actorOrg: null },
        {
          action: 'grading-round.openRectification',
          objectType: 'grading-round',
          objectId: request.roundId,
          before: { state: transition.from },
          after: { state: transition.to },
        },
        manager,
      );
    });
  }

  private async requireRound(roundId: string): Promise<RoundGradingRow> {
    const round = await this.repository.round(roundId);
    if (!round) throw gradingRoundNotFound(roundId);
    return round;
  }

  private async bodies(round: RoundGradingRow): Promise<Record<string, PipelineDefinitionBody>> {
    const entries = await Promise.all(
      Object.entries(round.definitionIds).map(
        async ([sector, id]) => [sector, (await this.definitions.byId(id)).body] as const,
      ),
    );
    return Object.fromEntries(entries);
  }

  /** Configured seconds, or the definitions' longest publicityWorkingDays on the 调休 calendar. */
  private async publicityEnd(round: RoundGradingRow): Promise<Date> {
    if (this.config.GRADING_PUBLICITY_SECONDS)
      return new Date(Date.now() + this.config.GRADING_PUBLICITY_SECONDS * 1000);
    const bodies = await this.bodies(round);
    const workingDays = Math.max(...Object.entries(bodies).map(([s, b]) => gradingRulesOf(b, s).publicityWorkingDays));
    const calendar = await this.calendars.execute();
    const lastDay = publicityLastDay({ startsOn: today(), workingDays }, calendar);
    return beijingInstant(addDays(lastDay, 1), 0);
  }

  private async auditAction(record: RoundActionRecord, result: unknown, manager: EntityManager): Promise<void> {
    await this.audit.record(
      { requestId: record.requestId, actorId: record.actor, actorRole: record.actorRole, actorOrg: null },
      {
        action: `grading-round.${record.action}`,
        objectType: 'grading-round',
        objectId: record.roundId,
        before: { state: record.from },
        after: { state: record.to, idempotencyKey: record.idempotencyKey, result },
        reason: record.reason ?? null,
      },
      manager,
    );
  }
}
