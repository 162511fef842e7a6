export interface DigestPageRequest {
  readonly asOf: string;
  readonly dueWithinDays: number;
  readonly afterOrganisationId: string | null;
  readonly organisations: number;
}

/** Digest activities: one page of organisations per call, idempotent per person and day. */
export interface DigestActivities {
  sendDailyDigestPage(request: DigestPageRequest): Promise<{ nextAfterOrganisationId: string | null; digests: number }>;
}
