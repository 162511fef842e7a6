/**
 * GET /pledges/:id answers `{ pledge, live }` without a response schema in OpenAPI yet, so the
 * console reads only what its pages show and refuses any other shape loudly (no silent drift).
 */
export interface PledgeView {
  readonly id: string;
  readonly year: number;
  readonly kind: string;
  readonly organisationId: string;
  readonly state: string;
  readonly items: readonly { readonly content: string }[];
  readonly returnReason: string | null;
  readonly openStep: { readonly key: string; readonly deadlineAt: string | null } | null;
}

export function readPledge(answer: unknown): PledgeView {
  const { pledge, live } = (answer ?? {}) as { pledge?: Record<string, unknown>; live?: Record<string, unknown> };
  if (!pledge || !live || typeof pledge.id !== 'string' || typeof live.state !== 'string' || !Array.isArray(live.items))
    throw new Error('GET /pledges/:id answered an unexpected shape');
  return {
    id: pledge.id,
    year: Number(pledge.year),
    kind: String(pledge.kind),
    organisationId: String(pledge.organisationId),
    state: live.state,
    items: (live.items as { content?: unknown }[]).map((i) => ({ content: String(i.content ?? '') })),
    returnReason: typeof live.returnReason === 'string' ? live.returnReason : null,
    openStep: (live.openStep as PledgeView['openStep']) ?? null,
  };
}
