import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '@cxzy/config';
import { DomainError } from '@cxzy/domain';
import type { PledgeUpdateResult } from '@cxzy/contracts';
import { PledgePublicTokenRepository, TransactionRunner } from '@cxzy/persistence';
import { AuditTrail } from '../audit/audit-trail.service.js';
import type { RequestContext } from '../audit/request-context.js';
import { AccessPolicy } from '../auth/access-policy.service.js';
import { PLEDGE_ROLES } from './pledge-roles.js';
import { PledgeUpdatesUseCase } from './pledge-updates.use-case.js';
import { signPublicLinkToken, verifyPublicLinkToken } from './public-link-token.js';

const refused = (code: string, kind: 'forbidden' | 'conflict', zhCN: string, en: string) =>
  new DomainError(code, kind, { zhCN, en }, 'token');

/**
 * 群众评议 through signed, expiring, single-use links: the branch issues a batch; each link rates
 * one pledge once. The rating is the same `evaluate` Update as the others (source 'public'), sent
 * while the token's row is locked and marked used in the same transaction: a refused rating leaves
 * the link unused, a repeated one is refused (409).
 */
@Injectable()
export class PublicPledgeEvaluationUseCase {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly tokens: PledgePublicTokenRepository,
    private readonly updates: PledgeUpdatesUseCase,
    private readonly transactions: TransactionRunner,
    private readonly audit: AuditTrail,
    private readonly access: AccessPolicy,
  ) {}

  private secret(): string {
    if (!this.config.PUBLIC_LINK_SECRET)
      throw refused(
        'PUBLIC_LINKS_NOT_CONFIGURED',
        'conflict',
        '未配置群众评议链接密钥',
        'public evaluation links are not configured (PUBLIC_LINK_SECRET)',
      );
    return this.config.PUBLIC_LINK_SECRET;
  }

  async issue(
    caller: RequestContext,
    pledgeId: string,
    input: { count: number; validDays: number },
  ): Promise<{ expiresAt: string; links: { token: string; url: string }[] }> {
    const secret = this.secret();
    const pledge = await this.updates.pledgeRecord(pledgeId);
    const context = await this.access.actAsAnyOf(caller, PLEDGE_ROLES.issuePublicLinks, pledge.organisationId);
    const expiresAt = new Date(Date.now() + input.validDays * 86_400_000);
    const issued = Array.from({ length: input.count }, () => ({ id: randomUUID(), pledgeId, expiresAt }));
    await this.transactions.run(async (manager) => {
      await this.tokens.insert(manager, issued, context.actorId);
      await this.audit.record(
        context,
        {
          action: 'pledge.public-links.issue',
          objectType: 'pledge',
          objectId: pledgeId,
          after: { count: input.count, expiresAt: expiresAt.toISOString() },
        },
        manager,
      );
    });
    return {
      expiresAt: expiresAt.toISOString(),
      links: issued.map((t) => {
        const token = signPublicLinkToken(secret, { tokenId: t.id, pledgeId, expiresAt });
        return {
          token,
          url: new URL(`/public/pledges/${pledgeId}/rate?token=${token}`, this.config.PUBLIC_BASE_URL).toString(),
        };
      }),
    };
  }

  async rate(
    pledgeId: string,
    input: { token: string; score: number; comment: string | null; requestId: string | null },
  ): Promise<PledgeUpdateResult> {
    const verified = verifyPublicLinkToken(this.secret(), input.token, pledgeId, new Date());
    if (verified.status === 'expired')
      throw refused('PUBLIC_LINK_EXPIRED', 'forbidden', '评议链接已过期', 'the evaluation link has expired');
    if (verified.status !== 'ok')
      throw refused('PUBLIC_LINK_INVALID', 'forbidden', '评议链接无效', 'the evaluation link is not valid');
    const { tokenId } = verified.token;
    return this.transactions.run(async (manager) => {
      const row = await this.tokens.lock(manager, tokenId, pledgeId);
      if (!row) throw refused('PUBLIC_LINK_INVALID', 'forbidden', '评议链接无效', 'the evaluation link is not valid');
      if (row.usedAt)
        throw refused('PUBLIC_LINK_USED', 'conflict', '该评议链接已使用过', 'this evaluation link was already used');
      const result = await this.updates.evaluateByPublicLink(
        { requestId: input.requestId, actorId: `public:${tokenId}`, actorRole: 'public', actorOrg: null },
        pledgeId,
        {
          key: `public:${tokenId}`,
          evaluation: {
            source: 'public',
            evaluatorId: `public:${tokenId}`,
            score: input.score,
            comment: input.comment,
            achievements: null,
            problemsAndDirection: null,
          },
        },
      );
      await this.tokens.markUsed(manager, tokenId);
      return result;
    });
  }
}
