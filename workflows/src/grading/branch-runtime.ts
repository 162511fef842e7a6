import type { BranchAction, BranchState, GradingRules, PlannedSend } from '@cxzy/domain';
import type {
  BranchTierFinalised,
  BranchUpdateBase,
  BranchUpdateResult,
  GradingBranchInput,
  RecordBranchTransitionRequest,
} from '@cxzy/contracts';

export type BranchActorRole = 'branch-secretary' | 'supervisor' | 'system';

/** What a step adds to the projection and the audit record besides the move. */
export type BranchPayload = Partial<
  Omit<
    RecordBranchTransitionRequest,
    'roundId' | 'organisationId' | 'action' | 'from' | 'to' | 'actor' | 'actorRole' | 'requestId' | 'idempotencyKey'
  >
>;

export interface StepOpening {
  readonly key: string;
  readonly generation: number;
  readonly name: { readonly zhCN: string; readonly en: string };
  readonly planned: { readonly deadlineAt: string; readonly plan: readonly PlannedSend[] };
}

/**
 * The branch workflow's own machinery, handed to the step modules (rectification, acceptance) so
 * they add Updates and steps without reaching into its variables.
 */
export interface BranchRuntime {
  readonly input: GradingBranchInput;
  state(): BranchState;
  rules(): GradingRules | undefined;
  /** The round's final tier for this branch, once signalled (the first signal wins). */
  tierFinalised(): BranchTierFinalised | undefined;
  /** A repeat of an accepted Update: the validator lets it through, the handler answers the first result. */
  known(idempotencyKey: string): boolean;
  /** ADR 0009: the request's signed identity, for this Update and role, or the Update's refusal (403). */
  verify(request: BranchUpdateBase, updateName: string, role: BranchActorRole): void;
  /** transitionBranch from the current state, or a refusal the API turns into 409/403/422. */
  check(action: BranchAction, role: BranchActorRole, reason?: string): void;
  /** Moves the branch, records projection + audit, completes the step's deadline child (if any). */
  apply(
    request: BranchUpdateBase,
    action: BranchAction,
    role: BranchActorRole,
    step: string | null,
    payload?: BranchPayload,
    reason?: string,
  ): Promise<BranchUpdateResult>;
  /** Starts the step's deadline child (reminders, escalation) for the branch secretary. */
  openStep(opening: StepOpening): Promise<void>;
  /** Completes the step's open deadline child, if one is open (no-op otherwise). */
  completeStep(key: string): Promise<void>;
}
