import { condition, patched, proxyActivities, setHandler } from '@temporalio/workflow';
import {
  DomainError,
  ROLES,
  applyApprovalOperation,
  copyOnStepOpening,
  inPerson,
  isActionable,
  resubmitApproval,
  startApprovalProcess,
  usersToRoute,
  type ApprovalContext,
  type ApprovalComment,
  type ApprovalEffect,
  type ApprovalProcessState,
} from '@cxzy/domain';
import {
  APPROVAL_IDEMPOTENCY_WINDOW,
  approvalOperationUpdate,
  approvalStatusQuery,
  toUpdateRejection,
  type ApprovalActivities,
  type ApprovalActor,
  type ApprovalCarriedState,
  type ApprovalProcessInput,
  type ApprovalStatus,
  type ApprovalUpdateInput,
  type ApprovalUpdateResult,
  type OrganisationActivities,
} from '@cxzy/contracts';
import { OWN_SERVICE_ACTIVITY } from '../activity-options.js';
import { checkUpdateIdentity } from '../identity-check.js';
import { performApprovalEffects } from './approval-effects.js';
import { createApprovalReminders } from './approval-reminders.js';

const approvals = proxyActivities<ApprovalActivities>(OWN_SERVICE_ACTIVITY);
const organisations = proxyActivities<OrganisationActivities>(OWN_SERVICE_ACTIVITY);

/** Histories recorded before the definition's 抄送 actors were resolved replay without it. */
export const DEFINITION_CC_PATCH = 'approval-definition-cc';

/**
 * Approvals are person-based (docs/approvals.md): the model decides who may act, whatever role the
 * caller acted in (none, mostly). The signature binds the person, role and organisation the payload names.
 */
const APPROVAL_IDENTITY_ROLES: readonly string[] = ['', ...ROLES];

/** The engine itself (the definition's copies); audit records are for what people do. */
const ENGINE: ApprovalActor = { requestId: null, actorId: 'system', actorRole: null, actorOrg: null };

export interface ApprovalEngine {
  /** Records the process, opens its first step, notifies and starts reminders. */
  start(): Promise<void>;
  /** Resolves when the process has ended (approved, rejected or withdrawn). */
  finished(): Promise<void>;
  ended(): boolean;
  /** Operations accepted by this run (continue-as-new counts them). */
  operationsThisRun(): number;
  /** What the next run needs (continue-as-new), once every handler has finished. */
  carry(): ApprovalCarriedState;
  status(): ApprovalStatus;
  /**
   * For the owning workflow's own Updates (e.g. a pledge's 审核 sent to the pledge): what the
   * approval Update's validator checks, and what its handler does (one result per key, queued
   * with every other operation).
   */
  check(update: ApprovalUpdateInput): void;
  operate(update: ApprovalUpdateInput): Promise<ApprovalUpdateResult>;
  /** 重新提交 after a 退回发起人, a rejection or a withdrawal: the first step opens afresh (the owner decides who may). */
  resubmit(actor: ApprovalActor, comment?: ApprovalComment): Promise<void>;
  /** The task `userId` holds in person or as deputy and may decide now, if any. */
  actionableTaskOf(userId: string): string | null;
}

/** What the owning workflow does when the approval ends (inside the operation that ended it). */
export interface ApprovalEngineHooks {
  /** The approval was approved, rejected, withdrawn or returned by `actor`; the operation answers after this. */
  onEnded?(status: ApprovalStatus, actor: ApprovalActor): Promise<void>;
}

const notStarted = () =>
  new DomainError(
    'APPROVAL_NOT_STARTED',
    'conflict',
    { zhCN: '审批尚未开始', en: 'the approval has not started' },
    'status',
  );

/**
 * 审批引擎 — embedded by any process workflow for its approval steps: registers the approval
 * operation Update (validator = the pure model, so a refusal changes nothing; one result per
 * idempotency key) and the status Query, writes every change with its audit through one
 * activity, and turns the model's effects into inbox notices and step reminders. Call once per
 * workflow (it owns the `approvalOperation` Update and `approvalStatus` Query names).
 */
export function embedApprovalEngine(
  input: ApprovalProcessInput,
  ownerWorkflowId: string,
  hooks: ApprovalEngineHooks = {},
): ApprovalEngine {
  // A run continued as new starts from the state and answers the previous run handed over.
  let state: ApprovalProcessState | null = input.carried?.state ?? null;
  const byKey = new Map<string, Promise<ApprovalUpdateResult>>();
  const answered = new Map<string, ApprovalUpdateResult>(input.carried?.results ?? []);
  for (const [key, result] of answered) byKey.set(key, Promise.resolve(result));
  let operations = 0;
  // Operations apply one at a time: each is judged against the state the previous one left.
  let queue: Promise<unknown> = Promise.resolve();
  const reminders = createApprovalReminders(input, ownerWorkflowId);

  const status = (): ApprovalStatus => {
    const s = state;
    return {
      processId: input.processId,
      status: s?.status ?? 'running',
      currentStep: s ? (s.steps[s.currentStep]?.key ?? '') : '',
      generations: s ? { ...s.generations } : {},
      tasks: s?.tasks ?? [],
      copies: s?.copies ?? [],
      history: s?.history ?? [],
    };
  };
  setHandler(approvalStatusQuery, status);

  async function apply(
    actor: ApprovalActor,
    change: (
      latest: ApprovalProcessState,
      context: ApprovalContext,
    ) => { state: ApprovalProcessState; effects: readonly ApprovalEffect[] },
    users: readonly string[],
  ): Promise<void> {
    const now = new Date().toISOString();
    const routes = await approvals.resolveDeputies({ userIds: [...new Set(users)], at: now });
    // The change is made on the state as it is now, after the lookup: a definition 抄送 (which runs
    // outside the operation queue) may have moved it meanwhile, and a change computed on an older
    // state would silently undo that move.
    const before = state;
    const outcome = change(before as ApprovalProcessState, {
      actor: actor.actorId,
      now,
      route: (u) => routes[u] ?? inPerson(u),
    });
    if (outcome.state === before) return;
    state = outcome.state;
    const current = state;
    await approvals.recordApprovalChange({
      processId: input.processId,
      actor,
      version: state.history.length,
      status: state.status,
      currentStep: state.steps[state.currentStep]?.key ?? '',
      tasks: state.tasks.map((task) => ({ ...task, actionable: isActionable(current, task) })),
      entries: state.history.slice(before?.history.length ?? 0),
      copies: state.copies.slice(before?.copies.length ?? 0),
    });
    await performApprovalEffects(input, ownerWorkflowId, state, outcome.effects, reminders);
    for (const effect of outcome.effects)
      if (effect.kind === 'step-opened') await copyFromDefinition(effect.stepKey, effect.generation);
  }

  /**
   * 抄送 from the definition: each time a step opens, its `cc` actors (role + level) are resolved
   * along the process organisation's leading line — the same resolution reminders use — and the
   * people found are copied (an inbox item each, and 抄送我). Without an organisation nobody is.
   */
  async function copyFromDefinition(stepKey: string, generation: number): Promise<void> {
    const actors = state?.steps.find((s) => s.key === stepKey)?.options.cc ?? [];
    const target = input.reminderTarget;
    if (actors.length === 0 || !target || !patched(DEFINITION_CC_PATCH)) return;
    const resolved = await Promise.all(
      actors.map((actor) =>
        organisations.resolveStepRecipients({
          organisationId: target.organisationId,
          level: actor.level,
          assigneeRole: actor.role,
          copyOtherLine: false,
          copySuperior: false,
        }),
      ),
    );
    const userIds = resolved.flatMap((r) => r.to.map((recipient) => recipient.userId));
    if (userIds.length === 0) return;
    await apply(ENGINE, (latest, context) => copyOnStepOpening(latest, stepKey, generation, userIds, context), []);
  }

  /** Runs `work` after every operation queued before it. */
  function enqueue<T>(work: () => Promise<T>): Promise<T> {
    const previous = queue;
    const promise = (async () => {
      await previous.catch(() => undefined);
      return work();
    })();
    queue = promise;
    return promise;
  }

  function run(update: ApprovalUpdateInput): Promise<ApprovalUpdateResult> {
    return enqueue(async () => {
      await condition(() => state !== null);
      const current = state as ApprovalProcessState;
      await apply(
        update.actor,
        (latest, context) => applyApprovalOperation(latest, update.operation, context),
        usersToRoute(current, update.operation),
      );
      const s = state as ApprovalProcessState;
      if (current.status === 'running' && s.status !== 'running') await hooks.onEnded?.(status(), update.actor);
      const result: ApprovalUpdateResult = {
        processId: input.processId,
        status: s.status,
        currentStep: s.steps[s.currentStep]?.key ?? '',
        version: s.history.length,
      };
      operations += 1;
      answered.set(update.idempotencyKey, result);
      return result;
    }).catch((error: unknown) => {
      // A handler must fail with an ApplicationFailure (anything else would fail the workflow task).
      throw toUpdateRejection(error);
    });
  }

  /** The Update handler's work, for the owner's own Updates too (one result per idempotency key). */
  const operate = (update: ApprovalUpdateInput): Promise<ApprovalUpdateResult> => {
    const existing = byKey.get(update.idempotencyKey);
    if (existing) return existing;
    const promise = run(update);
    byKey.set(update.idempotencyKey, promise);
    return promise;
  };

  setHandler(
    approvalOperationUpdate,
    (update) => {
      const existing = byKey.get(update.idempotencyKey);
      if (existing) return existing;
      const promise = run(update);
      byKey.set(update.idempotencyKey, promise);
      return promise;
    },
    {
      validator: (update) => {
        try {
          // ADR 0009: the operation's actor is the one the API verified and signed for this very Update.
          checkUpdateIdentity(
            input.identityKeys,
            update,
            { workflowId: ownerWorkflowId, updateName: approvalOperationUpdate.name, roles: APPROVAL_IDENTITY_ROLES },
            { username: update.actor.actorId, role: update.actor.actorRole, organisationId: update.actor.actorOrg },
          );
          if (byKey.has(update.idempotencyKey)) return;
          if (!state) throw notStarted();
          applyApprovalOperation(state, update.operation, {
            actor: update.actor.actorId,
            now: new Date().toISOString(),
            route: inPerson,
          });
        } catch (error) {
          throw toUpdateRejection(error);
        }
      },
    },
  );

  return {
    async start() {
      await approvals.recordApprovalStarted({ ...input, workflowId: ownerWorkflowId });
      const signers = input.steps.flatMap((s) => s.signers);
      await apply(
        input.submittedBy,
        (_latest, context) =>
          startApprovalProcess(
            {
              processId: input.processId,
              submitter: input.submittedBy.actorId,
              supervisors: input.supervisors,
              steps: input.steps,
              origin: input.origin ?? null,
            },
            context,
          ),
        signers,
      );
    },
    async finished() {
      await condition(() => state !== null && state.status !== 'running');
    },
    ended: () => state !== null && state.status !== 'running',
    operationsThisRun: () => operations,
    carry: () => ({
      state: state as ApprovalProcessState,
      // The most recent keys only: the window bounds what every run carries.
      results: [...answered].slice(-APPROVAL_IDEMPOTENCY_WINDOW),
      reminders: reminders.running(),
      run: (input.carried?.run ?? 0) + 1,
    }),
    status,
    check(update) {
      if (byKey.has(update.idempotencyKey)) return;
      if (!state) throw notStarted();
      applyApprovalOperation(state, update.operation, {
        actor: update.actor.actorId,
        now: new Date().toISOString(),
        route: inPerson,
      });
    },
    operate,
    resubmit: (actor, comment) =>
      enqueue(async () => {
        const current = state as ApprovalProcessState;
        const signers = current.steps[0]?.signers ?? [];
        await apply(actor, (latest, context) => resubmitApproval(latest, context, comment), signers);
      }),
    actionableTaskOf(userId) {
      const s = state;
      if (!s) return null;
      const task = s.tasks.find((t) => t.assignee === userId && t.delegate === null && isActionable(s, t));
      return task?.id ?? null;
    },
  };
}
