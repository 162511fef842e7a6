import type {
  EvaluationResult,
  InstantTrigger,
  PledgeForm,
  PledgeItem,
  PledgeKind,
  PledgerKind,
  PledgeState,
} from '@cxzy/domain';

/** A pledge as the workflow's projection stores it. */
export interface PledgeRecord {
  readonly id: string;
  readonly workflowId: string;
  readonly year: number;
  readonly kind: PledgeKind;
  readonly form: PledgeForm;
  readonly pledgerKind: PledgerKind;
  readonly organisationId: string;
  readonly memberId: string | null;
  readonly memberIds: readonly string[];
  readonly items: readonly PledgeItem[];
  readonly trigger: InstantTrigger | null;
  readonly leads: readonly string[];
  readonly dueDate: string | null;
  readonly definitionId: string;
  readonly definitionVersion: number;
  readonly state: PledgeState;
  readonly seq: number;
  readonly returnReason: string | null;
  readonly result: EvaluationResult | null;
  readonly feedback: string | null;
  readonly proposedBy: string;
}

export interface PledgeRow {
  id: string;
  workflow_id: string;
  year: number;
  kind: PledgeKind;
  form: PledgeForm;
  pledger_kind: PledgerKind;
  organisation_id: string;
  member_id: string | null;
  member_ids: string[];
  items: PledgeItem[];
  trigger: InstantTrigger | null;
  leads: string[];
  due_date: string | null;
  definition_id: string;
  definition_version: number;
  state: PledgeState;
  seq: number;
  return_reason: string | null;
  result: EvaluationResult | null;
  feedback: string | null;
  proposed_by: string;
}

export const toPledgeRecord = (row: PledgeRow): PledgeRecord => ({
  id: row.id,
  workflowId: row.workflow_id,
  year: row.year,
  kind: row.kind,
  form: row.form,
  pledgerKind: row.pledger_kind,
  organisationId: row.organisation_id,
  memberId: row.member_id,
  memberIds: row.member_ids,
  items: row.items,
  trigger: row.trigger,
  leads: row.leads,
  dueDate: row.due_date,
  definitionId: row.definition_id,
  definitionVersion: row.definition_version,
  state: row.state,
  seq: row.seq,
  returnReason: row.return_reason,
  result: row.result,
  feedback: row.feedback,
  proposedBy: row.proposed_by,
});

/** 承诺台账 line: one version of an approved pledge, never changed. */
export interface LedgerLine {
  readonly id: number;
  readonly pledgeId: string;
  readonly version: number;
  readonly organisationId: string;
  readonly year: number;
  readonly kind: PledgeKind;
  readonly form: PledgeForm;
  readonly pledgerKind: PledgerKind;
  readonly pledgerNames: readonly string[];
  readonly items: readonly PledgeItem[];
  readonly triggerReference: string | null;
  readonly dueDate: string | null;
  readonly recordedBy: string;
  readonly recordedAt: string;
  readonly amendmentReason: string | null;
}

/** A ledger line as the branch's ledger lists it: with the pledge's current state and evaluation result. */
export interface LedgerListingLine extends LedgerLine {
  readonly pledgeState: PledgeState;
  /** The weighted 评议结果 once concluded (the same on every version line of the pledge). */
  readonly evaluationResult: EvaluationResult | null;
}

/** A public board entry: names and organisation only (SPEC §6 rule 21). */
export interface BoardEntry {
  readonly pledgeId: string;
  readonly organisationName: string;
  readonly pledgerNames: readonly string[];
  readonly year: number;
  readonly kind: PledgeKind;
  readonly items: readonly string[];
  readonly publishedAt: string;
  readonly expiresAt: string;
}
