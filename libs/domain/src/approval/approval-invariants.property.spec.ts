import fc from 'fast-check';
import type { ApprovalQuorum } from '../pipeline/pipeline-definition.types.js';
import type { ApprovalOperation, ApprovalProcessState, ApprovalStepPlan } from './approval.types.js';
import { T0, ctx, plan } from './approval-test-helpers.js';
import { applyApprovalOperation } from './apply-approval-operation.js';
import { isDomainError } from '../domain.error.js';
import { quorumOutcome } from './quorum.js';
import { startApprovalProcess } from './start-approval-process.js';
import { resubmitApproval } from './resubmit-approval.js';

/** Half the runs have an origin (退回发起人 and 重新提交, as an embedding process uses them). */
const ORIGIN = { key: 's0', name: { zhCN: '发起', en: 'Origin' } };

const USERS = ['sub', 'boss', 'u1', 'u2', 'u3', 'u4', 'u5', 'u6'];

const quorum: fc.Arbitrary<ApprovalQuorum> = fc.oneof(
  fc.constant({ kind: 'one' as const }),
  fc.constant({ kind: 'all' as const }),
  fc.constant({ kind: 'sequential' as const }),
  fc.constant({ kind: 'n-of-m' as const, n: 1, m: 3 }),
  fc.integer({ min: 1, max: 100 }).map((percent) => ({ kind: 'ratio' as const, percent })),
);

/** Random step graphs: 1–4 steps, 1–4 distinct signers each, any quorum, options sometimes restrictive. */
const steps: fc.Arbitrary<ApprovalStepPlan[]> = fc
  .array(
    fc.record({
      quorum,
      signers: fc.uniqueArray(fc.constantFrom(...USERS.slice(2)), { minLength: 1, maxLength: 4 }),
      removable: fc.boolean(),
      positions: fc.subarray(['before', 'after', 'parallel'] as const),
    }),
    { minLength: 1, maxLength: 4 },
  )
  .map((list) =>
    list.map((s, i) => {
      // n-of-m needs n ≤ signers.
      const q =
        s.quorum.kind === 'n-of-m' ? { ...s.quorum, n: Math.min(2, s.signers.length), m: s.signers.length } : s.quorum;
      return plan(`s${i + 1}`, s.signers, q, { removeDefinitionSigners: s.removable, addSigner: s.positions }, []);
    }),
  );

/** A random operation, by a random actor, on a random task number (often a real one, sometimes not). */
const operation = fc.record({
  kind: fc.constantFrom(
    'approve',
    'approve',
    'approve',
    'reject',
    'transfer',
    'delegate',
    'resolve-delegation',
    'add-signer',
    'remove-signer',
    'return',
    'return',
    'withdraw',
    'urge',
    'cc',
    'resubmit',
  ),
  task: fc.nat(30),
  actorPick: fc.nat(20),
  other: fc.constantFrom(...USERS),
  stepPick: fc.nat(3),
  position: fc.constantFrom('before', 'after', 'parallel' as const),
  withReason: fc.boolean(),
  minutes: fc.nat(120),
});

type Draw = typeof operation extends fc.Arbitrary<infer T> ? T : never;

function build(state: ApprovalProcessState, d: Draw): { op: ApprovalOperation; actor: string } {
  // Mostly a pending task (the interesting ones), sometimes any task at all.
  const pending = state.tasks.filter((t) => t.status === 'pending');
  const pool = d.task % 5 === 0 || pending.length === 0 ? state.tasks : pending;
  const task = pool[d.task % Math.max(1, pool.length)];
  const taskId = task?.id ?? 'none';
  // Mostly the person who can act on the task, sometimes someone else.
  const actor = d.actorPick < 14 && task ? (task.delegate ?? task.assignee) : USERS[d.actorPick % USERS.length]!;
  const comment = d.withReason ? { text: '理由', attachments: [] } : undefined;
  // Mostly an earlier step, sometimes any step (a refusal), sometimes the origin (s0).
  const toStep =
    d.minutes % 4 === 0
      ? 's0'
      : `s${(d.stepPick % 3 === 0 ? d.stepPick : d.stepPick % Math.max(1, state.currentStep)) + 1}`;
  const ops: Record<string, ApprovalOperation> = {
    approve: { kind: 'approve', taskId, comment },
    reject: { kind: 'reject', taskId, comment },
    transfer: { kind: 'transfer', taskId, to: d.other, comment },
    delegate: { kind: 'delegate', taskId, to: d.other, comment },
    'resolve-delegation': { kind: 'resolve-delegation', taskId, comment },
    'add-signer': { kind: 'add-signer', taskId, signer: d.other, position: d.position, comment },
    'remove-signer': { kind: 'remove-signer', taskId, comment },
    return: { kind: 'return', taskId, toStep, comment },
    withdraw: { kind: 'withdraw', comment },
    urge: { kind: 'urge', taskId, comment },
    cc: { kind: 'cc', userIds: [d.other], comment },
    // Not an operation people send: the owner re-submits (see apply below); a comment stands in for it here.
    resubmit: { kind: 'comment', taskId: null, comment },
  };
  const op = ops[d.kind]!;
  const who = d.kind === 'withdraw' || d.kind === 'urge' ? (d.actorPick % 2 === 0 ? 'sub' : actor) : actor;
  return { op, actor: who };
}

const LIVE = new Set(['pending', 'approved', 'rejected']);

/** The invariants every reachable state keeps. */
function checkInvariants(state: ApprovalProcessState): void {
  const index = (key: string) => state.steps.findIndex((s) => s.key === key);
  const ids = state.tasks.map((t) => t.id);
  expect(new Set(ids).size).toBe(ids.length);
  for (const t of state.tasks) {
    const isCurrentGen = t.generation === state.generations[t.stepKey];
    // Nothing half-approved survives: a live decision belongs to the current generation of a step
    // not after the open one.
    if (LIVE.has(t.status)) {
      expect(isCurrentGen).toBe(true);
      expect(index(t.stepKey)).toBeLessThanOrEqual(state.currentStep);
    }
    if (t.status === 'pending') expect(state.status === 'running' && index(t.stepKey) === state.currentStep).toBe(true);
    // Returned to the submitter: nothing of the round survives.
    if (state.status === 'returned') expect(LIVE.has(t.status)).toBe(false);
  }
  // Every step before the open one met its quorum in its current generation; the open one has not yet.
  state.steps.forEach((step, i) => {
    const tasks = state.tasks.filter((t) => t.stepKey === step.key && t.generation === state.generations[step.key]);
    const outcome = quorumOutcome(step.quorum, tasks);
    if (i < state.currentStep) expect(outcome).toBe('met');
    if (i === state.currentStep && state.status === 'running') expect(outcome).toBe('open');
    if (i === state.currentStep && state.status === 'approved') expect(outcome).toBe('met');
    if (i > state.currentStep) expect(tasks.filter((t) => LIVE.has(t.status))).toEqual([]);
  });
  if (state.status === 'approved') expect(state.currentStep).toBe(state.steps.length - 1);
  state.history.forEach((h, i) => expect(h.seq).toBe(i + 1));
}

describe('approval invariants over random step graphs and random operation sequences', () => {
  it('keep quorum, no half-approved state, refusals change nothing, transfers take the task away', () => {
    // The generators must reach the interesting cases, not only refusals.
    const accepted = new Map<string, number>();
    fc.assert(
      fc.property(steps, fc.boolean(), fc.array(operation, { maxLength: 40 }), (plans, withOrigin, draws) => {
        let state = startApprovalProcess(
          { processId: 'p', submitter: 'sub', supervisors: ['boss'], steps: plans, origin: withOrigin ? ORIGIN : null },
          ctx('sub'),
        ).state;
        checkInvariants(state);
        let now = Date.parse(T0);
        for (const draw of draws) {
          now += draw.minutes * 60_000;
          const { op, actor } = build(state, draw);
          const before = JSON.stringify(state);
          let next: ApprovalProcessState;
          const context = ctx(actor, new Date(now).toISOString());
          try {
            next =
              draw.kind === 'resubmit'
                ? resubmitApproval(state, context, op.comment).state
                : applyApprovalOperation(state, op, context).state;
          } catch (error) {
            if (!isDomainError(error)) throw error;
            expect(error.field).toBeTruthy();
            expect(error.text.zhCN.length).toBeGreaterThan(0);
            expect(JSON.stringify(state)).toBe(before);
            continue;
          }
          expect(next.history.length).toBeGreaterThan(state.history.length);
          checkInvariants(next);
          const kind = draw.kind === 'resubmit' ? 'resubmit' : op.kind;
          accepted.set(kind, (accepted.get(kind) ?? 0) + 1);
          if (next.status === 'returned') accepted.set('returned', (accepted.get('returned') ?? 0) + 1);
          if (kind === 'resubmit') {
            expect(next.currentStep).toBe(0);
            const first = next.steps[0]!.key;
            expect(next.generations[first]).toBe((state.generations[first] ?? 0) + 1);
          }
          if (next.status === 'approved') accepted.set('process-approved', (accepted.get('process-approved') ?? 0) + 1);
          if (op.kind === 'transfer') {
            const moved = next.tasks.find((t) => t.id === op.taskId);
            expect(moved?.assignee).not.toBe(actor);
            expect(() => applyApprovalOperation(next, { kind: 'approve', taskId: op.taskId }, ctx(actor))).toThrow();
          }
          if (op.kind === 'return' && op.toStep === 's0') expect(next.status).toBe('returned');
          else if (op.kind === 'return') {
            const target = next.steps.findIndex((s) => s.key === op.toStep);
            expect(next.currentStep).toBe(target);
            expect(next.generations[op.toStep]).toBe((state.generations[op.toStep] ?? 0) + 1);
          }
          if (op.kind === 'approve' && kind === 'approve' && state.status === 'running') {
            // Completion exactly when the rule is met: the step moved iff its quorum was met.
            const key = state.steps[state.currentStep]!.key;
            const moved = next.currentStep !== state.currentStep || next.status !== 'running';
            const decided = next.tasks.filter((t) => t.stepKey === key && t.generation === state.generations[key]);
            expect(moved).toBe(quorumOutcome(state.steps[state.currentStep]!.quorum, decided) === 'met');
          }
          state = next;
        }
      }),
      { numRuns: 300 },
    );
    expect(
      Math.min(
        ...['approve', 'transfer', 'add-signer', 'return', 'process-approved', 'returned', 'resubmit'].map(
          (k) => accepted.get(k) ?? 0,
        ),
      ),
    ).toBeGreaterThan(0);
  });
});
