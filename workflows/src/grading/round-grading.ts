import {
  ActivityFailure,
  allHandlersFinished,
  ApplicationFailure,
  condition,
  continueAsNew,
  proxyActivities,
  setHandler,
  sleep,
  workflowInfo,
} from '@temporalio/workflow';
import { DomainError, transitionRound, type RoundAction, type RoundState } from '@cxzy/domain';
import {
  approveClassificationUpdate,
  DOMAIN_REFUSAL_FAILURE_TYPE,
  gradingRoundStatusQuery,
  proposeClassificationUpdate,
  resolveObjectionUpdate,
  returnClassificationUpdate,
  type GradingRoundActivities,
  type GradingRoundInput,
  type GradingRoundResult,
  type GradingRoundWorkflow,
  type ResolveObjectionRequest,
  type RoundGradingCarry,
  type RoundUpdateBase,
  type RoundUpdateResult,
} from '@cxzy/contracts';
import { OWN_SERVICE_ACTIVITY } from '../activity-options.js';
import { checkUpdateIdentity } from '../identity-check.js';
import { refuseOnDomainError } from './refusal.js';
import { showCurrentStep } from './current-step.js';

// Classifying a county of 10 000 branches reads and writes them all: more time than a lookup.
const steps = proxyActivities<GradingRoundActivities>({ ...OWN_SERVICE_ACTIVITY, startToCloseTimeout: '5 minutes' });

/** Accepted actions per run before continue-as-new (objection resolutions can be many), unless configured. */
const ACTIONS_PER_RUN = 200;
/** Results remembered across continue-as-new, newest first kept. */
const RESULTS_KEPT = 100;
/** Looks at last year's acceptances per run before continue-as-new (each is an activity and a timer). */
const ACCEPTANCE_CHECKS_PER_RUN = 50;

const refuse = (code: string, kind: 'conflict' | 'invalid', zhCN: string, en: string, field: string) =>
  refuseOnDomainError(() => {
    throw new DomainError(code, kind, { zhCN, en }, field);
  });

/** An activity's refusal (a DomainError) is the Update's refusal; anything else stays as it is. */
const refusalOf = (error: unknown): unknown =>
  error instanceof ActivityFailure &&
  error.cause instanceof ApplicationFailure &&
  error.cause.type === DOMAIN_REFUSAL_FAILURE_TYPE
    ? error.cause
    : error;

/**
 * 分类定级 of the round, once its branches are out: the administrator proposes the tiers (an
 * activity classifies the whole unit in PostgreSQL), the supervisor approves or returns them,
 * publicity runs its configured time while objections are filed (in PostgreSQL) and resolved
 * (Updates), then the tiers become final, every branch workflow is told its tier, and the round
 * opens rectification. Every action is a Workflow Update whose validator runs the round state
 * machine; the history holds counts and ids only and continues as new after a number of actions.
 */
export function roundGrading(input: GradingRoundInput) {
  const carry: RoundGradingCarry = input.grading ?? {
    state: 'grade.collecting',
    publicityEndsAt: null,
    approvedBy: null,
    resolutions: 0,
    results: {},
  };
  let state: RoundState = carry.state;
  showCurrentStep(state);
  let publicityEndsAt = carry.publicityEndsAt;
  let approvedBy = carry.approvedBy;
  let resolutions = carry.resolutions;
  const results = new Map(Object.entries(carry.results));
  let fanOutDone = input.grading !== undefined;
  let branches = input.started ?? 0;
  let busy = false;
  let actionsThisRun = 0;

  const check = (action: RoundAction, role: 'administrator' | 'supervisor', reason?: string) =>
    refuseOnDomainError(() => transitionRound(state, { action, role, ...(reason === undefined ? {} : { reason }) }));
  // ADR 0009: the signed identity must be for this Update, in the step's role, naming the payload's
  // actor; the administrator only of this round's grading unit. Checked first in every validator
  // (the supervisor's leading line was checked by the API, which the signature attests).
  const verify = (request: RoundUpdateBase, updateName: string, role: 'administrator' | 'supervisor') =>
    refuseOnDomainError(() =>
      checkUpdateIdentity(
        input.identityKeys,
        request,
        { workflowId: workflowInfo().workflowId, updateName, roles: [role] },
        { username: request.actor, ...(role === 'administrator' ? { organisationId: input.gradingUnitId } : {}) },
      ),
    );
  const assertFannedOut = () => {
    if (!fanOutDone) {
      refuse(
        'GRADING_FAN_OUT_RUNNING',
        'conflict',
        '本轮仍在向各党组织部署，请稍后再试',
        'the round is still starting its branches; try again shortly',
        'roundId',
      );
    }
  };

  /** One action at a time; a repeated key returns its first result. */
  async function exclusive(key: string, work: () => Promise<RoundUpdateResult>): Promise<RoundUpdateResult> {
    await condition(() => !busy);
    const first = results.get(key);
    if (first) return first;
    busy = true;
    try {
      const result = await work();
      results.set(key, result);
      actionsThisRun += 1;
      return result;
    } catch (error) {
      throw refusalOf(error);
    } finally {
      busy = false;
    }
  }

  const record = (
    request: RoundUpdateBase,
    action: RoundAction | 'resolveObjection',
    from: RoundState,
    to: RoundState,
    role: string,
  ) => ({
    roundId: input.roundId,
    action,
    from,
    to,
    actor: request.actor,
    actorRole: role,
    requestId: request.requestId,
    idempotencyKey: request.idempotencyKey,
  });

  setHandler(gradingRoundStatusQuery, () => ({ state, branches, fanOutDone, publicityEndsAt }));

  setHandler(
    proposeClassificationUpdate,
    (request) =>
      exclusive(request.idempotencyKey, async () => {
        const t = check('proposeClassification', 'administrator');
        const classification = await steps.proposeRoundClassification(
          record(request, t.action, t.from, t.to, 'administrator'),
        );
        state = t.to;
        showCurrentStep(state);
        return { action: t.action, from: t.from, to: t.to, classification };
      }),
    {
      validator: (request) => {
        verify(request, proposeClassificationUpdate.name, 'administrator');
        if (results.has(request.idempotencyKey)) return;
        assertFannedOut();
        check('proposeClassification', 'administrator');
      },
    },
  );

  setHandler(
    approveClassificationUpdate,
    (request) =>
      exclusive(request.idempotencyKey, async () => {
        const t = check('approveClassification', 'supervisor');
        const decided = await steps.decideRoundClassification(record(request, t.action, t.from, t.to, 'supervisor'));
        state = t.to;
        showCurrentStep(state);
        publicityEndsAt = decided.publicityEndsAt;
        approvedBy = request.actor;
        return { action: t.action, from: t.from, to: t.to, ...(publicityEndsAt ? { publicityEndsAt } : {}) };
      }),
    {
      validator: (request) => {
        verify(request, approveClassificationUpdate.name, 'supervisor');
        if (!results.has(request.idempotencyKey)) check('approveClassification', 'supervisor');
      },
    },
  );

  setHandler(
    returnClassificationUpdate,
    (request) =>
      exclusive(request.idempotencyKey, async () => {
        const t = check('returnClassification', 'supervisor', request.reason);
        await steps.decideRoundClassification({
          ...record(request, t.action, t.from, t.to, 'supervisor'),
          reason: request.reason.trim(),
        });
        state = t.to;
        showCurrentStep(state);
        return { action: t.action, from: t.from, to: t.to };
      }),
    {
      validator: (request) => {
        verify(request, returnClassificationUpdate.name, 'supervisor');
        if (results.has(request.idempotencyKey)) return;
        check(
          'returnClassification',
          'supervisor',
          typeof request.reason === 'string' ? request.reason.trim() : undefined,
        );
      },
    },
  );

  const checkResolution = (request: ResolveObjectionRequest) => {
    if (state !== 'grade.publicity') {
      refuse(
        'GRADING_WRONG_STEP',
        'conflict',
        `本轮当前状态为 ${state}，只有公示期间才能处理异议`,
        `the round is ${state}; objections are resolved during publicity (grade.publicity)`,
        'state',
      );
    }
    if (request.outcome !== 'upheld' && request.outcome !== 'rejected') {
      refuse(
        'OBJECTION_OUTCOME_INVALID',
        'invalid',
        '处理结果应为 upheld 或 rejected',
        'outcome must be upheld or rejected',
        'outcome',
      );
    }
    if (typeof request.note !== 'string' || request.note.trim() === '') {
      refuse('OBJECTION_NOTE_REQUIRED', 'invalid', '请写明处理理由', 'give the reason for the decision', 'note');
    }
    if (request.outcome === 'upheld' && !request.correctedRating) {
      refuse(
        'OBJECTION_CORRECTION_REQUIRED',
        'invalid',
        '采纳异议须给出更正后的上级评定（correctedRating）',
        'upholding an objection needs the corrected superior rating (correctedRating)',
        'correctedRating',
      );
    }
  };

  setHandler(
    resolveObjectionUpdate,
    (request) =>
      exclusive(request.idempotencyKey, async () => {
        checkResolution(request);
        const resolved = await steps.resolveRoundObjection({
          ...record(request, 'resolveObjection', state, state, 'supervisor'),
          objectionId: request.objectionId,
          outcome: request.outcome,
          note: request.note,
          ...(request.correctedRating ? { correctedRating: request.correctedRating } : {}),
        });
        resolutions += 1;
        return {
          action: 'resolveObjection',
          from: state,
          to: state,
          objection: { id: request.objectionId, outcome: request.outcome, changedBranches: resolved.changedBranches },
        };
      }),
    {
      validator: (request) => {
        verify(request, resolveObjectionUpdate.name, 'supervisor');
        if (!results.has(request.idempotencyKey)) checkResolution(request);
      },
    },
  );

  const shouldRoll = () =>
    actionsThisRun >= (input.gradingActionsPerRun ?? ACTIONS_PER_RUN) || workflowInfo().continueAsNewSuggested;
  async function roll(): Promise<GradingRoundResult> {
    await condition(() => !busy && allHandlersFinished());
    const kept = Object.fromEntries([...results.entries()].slice(-RESULTS_KEPT));
    return continueAsNew<GradingRoundWorkflow>({
      ...input,
      cursor: null,
      started: branches,
      run: (input.run ?? 0) + 1,
      grading: { state, publicityEndsAt, approvedBy, resolutions, results: kept },
    });
  }

  async function run(enrolled: number): Promise<GradingRoundResult> {
    branches = enrolled;
    fanOutDone = true;
    // Proposed ⇄ returned until approved.
    await condition(() => state === 'grade.publicity' || shouldRoll());
    if (state !== 'grade.publicity') return roll();
    // 公示: objections are filed in PostgreSQL while the period runs.
    const until = Date.parse(publicityEndsAt!);
    while (Date.now() < until) {
      if (await condition(shouldRoll, until - Date.now())) return roll();
    }
    // Final once the period is over and every objection is resolved.
    let finalisedAt: string;
    let acceptanceChecks = 0;
    for (;;) {
      const seen = resolutions;
      const outcome = await steps.finaliseRoundTiers({ roundId: input.roundId, actor: approvedBy ?? input.launchedBy });
      if (outcome.finalised) {
        finalisedAt = outcome.finalisedAt!;
        break;
      }
      if (outcome.previousRoundMissing !== undefined) {
        // SPEC §6 rule 13: last year's acceptances come first; look again later, history bounded.
        acceptanceChecks += 1;
        const recheck = (input.acceptanceRecheckSeconds ?? 3600) * 1000;
        if (await condition(shouldRoll, recheck)) return roll();
        if (acceptanceChecks >= ACCEPTANCE_CHECKS_PER_RUN) return roll();
        continue;
      }
      if (outcome.openObjections === 0) {
        await sleep('1 second'); // the database's clock has not reached the end yet
        continue;
      }
      await condition(() => resolutions > seen || shouldRoll());
      if (resolutions === seen) return roll();
    }
    await condition(() => !busy);
    state = 'grade.final';
    showCurrentStep(state);
    // Every branch workflow hears its final tier, a page at a time (a repeat is harmless).
    let cursor: string | null = null;
    do {
      const page: { cursor: string | null } = await steps.signalBranchTierPage({
        roundId: input.roundId,
        roundWorkflowId: workflowInfo().workflowId,
        after: cursor,
        limit: input.fanOut.batch,
        finalisedAt,
      });
      cursor = page.cursor;
    } while (cursor !== null);
    await steps.openRoundRectification({ roundId: input.roundId, actor: approvedBy ?? input.launchedBy });
    state = 'rectify.open';
    showCurrentStep(state);
    await condition(allHandlersFinished);
    return { branches };
  }

  return { run };
}
