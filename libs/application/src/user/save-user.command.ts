import type { Role } from '@cxzy/domain';

/** Creates or updates a user; `roles` replaces the roles the user held. */
export interface SaveUserCommand {
  readonly username: string;
  readonly displayName: string;
  readonly roles: readonly { role: Role; organisationCode: string }[];
}
