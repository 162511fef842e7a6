/**
 * GET /approval-tasks answers `{ items, total }` without a response schema in OpenAPI yet, so the
 * console reads only what the queue shows and refuses any other shape loudly (no silent drift).
 */
export interface ApprovalListRow {
  /** Absent on 抄送我 (copied) rows, which are approvals rather than tasks. */
  readonly taskId: string | null;
  readonly processId: string;
  readonly title: string;
  readonly stepKey: string;
  readonly status: string;
  readonly actionable: boolean;
  readonly deputyFor: string | null;
}

export function readApprovalList(answer: unknown): { items: ApprovalListRow[]; total: number } {
  const { items, total } = (answer ?? {}) as { items?: unknown; total?: unknown };
  if (!Array.isArray(items) || typeof total !== 'number')
    throw new Error('GET /approval-tasks answered an unexpected shape');
  return {
    total,
    items: items.map((raw: Record<string, unknown>) => {
      if (typeof raw.processId !== 'string' || typeof raw.title !== 'string')
        throw new Error('GET /approval-tasks answered a row of an unexpected shape');
      return {
        taskId: typeof raw.taskId === 'string' ? raw.taskId : null,
        processId: raw.processId,
        title: raw.title,
        stepKey: String(raw.stepKey ?? ''),
        status: String(raw.status ?? ''),
        actionable: raw.actionable === true,
        deputyFor: typeof raw.deputyFor === 'string' ? raw.deputyFor : null,
      };
    }),
  };
}
