/** Activities of the storage service (PostgreSQL through TypeORM), as the workflows see them. */
export interface SmokeCheckStorageActivities {
  /** Idempotent: a retry of the same check id leaves one row. */
  recordSmokeCheck(input: { checkId: string; message: string; requestedBy: string }): Promise<void>;
  markSmokeCheckCompleted(input: { checkId: string; noticeId: string }): Promise<void>;
}
