import { Injectable } from '@nestjs/common';
import type { RequestContext } from '../audit/request-context.js';
import { SessionUseCases } from '../auth/session.use-cases.js';
import { SaveUserUseCase } from './users.use-case.js';

/**
 * `PUT /users/:username/password`: who may set a password, decided here and nowhere else — the user
 * themselves, or a security administrator of the user's grading unit (三员分立, ADR 0023; never
 * their own account through that duty). The policy, the lockout lifted and the audit record are
 * `SessionUseCases.setPassword`'s.
 */
@Injectable()
export class SetUserPasswordUseCase {
  constructor(
    private readonly users: SaveUserUseCase,
    private readonly sessions: SessionUseCases,
  ) {}

  async execute(context: RequestContext, username: string, password: string): Promise<void> {
    const own = context.actorId === username;
    const acting = own ? context : await this.users.authorise(context, username);
    await this.sessions.setPassword(acting, username, password);
  }
}
