/**
 * A notification's identity: the same (workflow, step, reason, level, occurrence) must never be
 * sent twice, even when an activity is retried or a workflow is replayed. The key is stored under a
 * unique constraint, so the database, not the sender's memory, enforces "exactly once".
 */
export interface NotificationKeyParts {
  readonly workflowId: string;
  readonly step: string;
  readonly reason: string;
  readonly level?: string;
  readonly occurrence?: number;
}

export function buildNotificationKey(parts: NotificationKeyParts): string {
  const segments = [parts.workflowId, parts.step, parts.reason, parts.level ?? '-', String(parts.occurrence ?? 0)];
  for (const segment of segments) {
    if (segment.length === 0) throw new RangeError('notification key segments must not be empty');
  }
  // '|' cannot be confused with a segment: it is escaped inside segments.
  return segments.map((s) => s.replaceAll('\\', '\\\\').replaceAll('|', '\\|')).join('|');
}
