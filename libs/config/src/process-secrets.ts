/**
 * Which secrets each process needs (docs/security.md, "Secrets"). None has a default in code: the
 * API and the worker refuse to start without theirs, whatever NODE_ENV says (ADR 0019). Tools
 * (migrations, `audit:verify`, `admin:create`) sign and verify nothing and need none.
 */
export const SECRETS_BY_PROCESS = {
  /** Signs and verifies access and rating tokens, signs Update identities, signs public links. */
  api: ['AUTH_TOKEN_SECRET', 'UPDATE_IDENTITY_PRIVATE_KEY', 'PUBLIC_LINK_SECRET', 'AUDIT_MAC_KEY'],
  /**
   * Starts scheduled rounds and commendations: gives them the Update identity public keys. Both
   * write the audit trail, chained with AUDIT_MAC_KEY (ADR 0018).
   */
  worker: ['UPDATE_IDENTITY_PRIVATE_KEY', 'AUDIT_MAC_KEY'],
  tool: [],
} as const satisfies Record<string, readonly string[]>;

export type ProcessRole = keyof typeof SECRETS_BY_PROCESS;

/** The secrets `role` needs that `config` lacks, each as a config problem naming the variable. */
export function missingSecrets(
  config: Readonly<Record<string, unknown>>,
  role: ProcessRole,
): { variable: string; reason: string }[] {
  return SECRETS_BY_PROCESS[role]
    .filter((variable) => config[variable] === undefined || config[variable] === '')
    .map((variable) => ({ variable, reason: `is required by the ${role} process (no default; docs/security.md)` }));
}
