import type { InstantTrigger, PledgeForm, PledgeItem, PledgeKind, PledgerKind } from '@cxzy/domain';

/** 提出承诺: what a member (or a branch) proposes. */
export interface ProposePledgeCommand {
  readonly kind: PledgeKind;
  readonly form: PledgeForm;
  readonly pledgerKind: PledgerKind;
  readonly year: number;
  readonly memberId: string | null;
  /** Collective pledges: every member bound, the proposer included (defaults to the proposer alone). */
  readonly memberIds?: readonly string[];
  readonly organisationId: string;
  readonly items: readonly PledgeItem[];
  readonly trigger: InstantTrigger | null;
  readonly leads: readonly string[];
  readonly linkedPledgeIds: readonly string[];
  readonly dueDate: string | null;
}
