import { Injectable } from '@nestjs/common';
import { DomainError } from '@cxzy/domain';
import { MemberRepository, TransactionRunner, UserRepository } from '@cxzy/persistence';
import { AuditTrail } from '../audit/audit-trail.service.js';
import type { RequestContext } from '../audit/request-context.js';
import { AccessPolicy } from '../auth/access-policy.service.js';

const userNotFound = (username: string) =>
  new DomainError(
    'USER_NOT_FOUND',
    'not-found',
    { zhCN: `用户 ${username} 不存在`, en: `user ${username} not found` },
    'username',
  );
const memberNotFound = (memberId: string) =>
  new DomainError(
    'MEMBER_NOT_FOUND',
    'not-found',
    { zhCN: `党员不存在：${memberId}`, en: `no such member: ${memberId}` },
    'memberId',
  );
const memberTaken = () =>
  new DomainError(
    'MEMBER_ALREADY_LINKED',
    'conflict',
    { zhCN: '该党员已关联其他用户', en: 'this member is linked to another user' },
    'memberId',
  );

/**
 * 关联党员: which member of the registry a user is (docs/security.md). A member then acts only on
 * their own pledges and their own evaluations. Set by an administrator of the member's grading unit
 * (unlinking: of the unit of the member linked so far); audited with before → after in the same
 * transaction. One member per user and one user per member (409 when the member is someone else's).
 */
@Injectable()
export class LinkMemberUseCase {
  constructor(
    private readonly users: UserRepository,
    private readonly members: MemberRepository,
    private readonly access: AccessPolicy,
    private readonly transactions: TransactionRunner,
    private readonly audit: AuditTrail,
  ) {}

  async execute(
    caller: RequestContext,
    username: string,
    memberId: string | null,
  ): Promise<{ username: string; memberId: string | null }> {
    const user = await this.users.findByUsername(username);
    if (!user) throw userNotFound(username);
    const previous = await this.members.linkedTo(user.id);
    const member = memberId === null ? null : (await this.members.findByIds([memberId]))[0];
    if (member === undefined) throw memberNotFound(memberId!);
    // The administrator of the unit of every member concerned (the new one and the one unlinked).
    let acting: RequestContext | null = null;
    for (const organisationId of new Set([member?.organisationId, previous?.organisationId]))
      if (organisationId) acting = await this.access.actAs(caller, 'administrator', organisationId);
    if (!acting) {
      // Nothing linked, nothing to unlink: still an administrator's call.
      this.access.actAsAdministrator(caller);
      return { username, memberId: null };
    }
    const context = acting;
    return this.transactions.run(async (manager) => {
      if (!(await this.members.linkUser(manager, user.id, memberId))) throw memberTaken();
      await this.audit.record(
        context,
        {
          action: 'user.link-member',
          objectType: 'user',
          objectId: username,
          before: { memberId: previous?.id ?? null },
          after: { memberId },
        },
        manager,
      );
      return { username, memberId };
    });
  }
}
