import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '@cxzy/config';
import { DomainError } from '@cxzy/domain';
import type { PledgeUpdateResult } from '@cxzy/contracts';
import { OrganisationRepository, PledgePublicTokenRepository, TransactionRunner } from '@cxzy/persistence';
import { AuditTrail } from '../audit/audit-trail.service.js';
import type { RequestContext } from '../audit/request-context.js';
import { AccessPolicy } from '../auth/access-policy.service.js';
import { PLEDGE_ROLES } from './pledge-roles.js';
import { PledgeUpdatesUseCase } from './pledge-updates.use-case.js';
import { signPublicLinkToken, verifyPublicLinkToken } from './public-link-token.js';

const refused = (code: string, kind: 'forbidden' | 'conflict', zhCN: string, en: string) =>
  new DomainError(code, kind, { zhCN, en }, 'token');

/** What the public sees of a pledge before rating it through a link. */
export interface PublicPledgeDescription {
  readonly pledgeId: string;
  readonly organisationName: string;
  readonly year: number;
  readonly kind: string;
  readonly items: readonly string[];
  readonly linkExpiresAt: string;
  readonly linkUsed: boolean;
}

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
    private readonly organisations: OrganisationRepository,
  ) {}

  private secret(): string {
    if (!this.config.PUBLIC_LINK_SECRET)
      throw refused(
        'PUBLIC_LINKS_NOT_CONFIGURED',
        'conflict',
        '群众评议暂未开放，请联系提供链接的单位',
        // Said to the public: no configuration name (the operators' log has the cause).
        'public rating is not available yet; please ask the unit that gave you the link',
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

  /**
   * What a link rates, for the public before they rate: the unit that published the pledge, its
   * kind, year and items (no one's personal data). Refused like a rating when the link is not valid.
   */
  async describe(pledgeId: string, token: string): Promise<PublicPledgeDescription> {
    const { tokenId, expiresAt } = this.verify(token, pledgeId);
    const row = await this.transactions.run((manager) => this.tokens.lock(manager, tokenId, pledgeId));
    if (!row) throw refused('PUBLIC_LINK_INVALID', 'forbidden', '评议链接无效', 'the evaluation link is not valid');
    const pledge = await this.updates.pledgeRecord(pledgeId);
    const organisation = await this.organisations.findById(pledge.organisationId);
    return {
      pledgeId,
      organisationName: organisation?.name ?? '',
      year: pledge.year,
      kind: pledge.kind,
      items: pledge.items.map((item) => item.content),
      linkExpiresAt: expiresAt.toISOString(),
      linkUsed: row.usedAt !== null,
    };
  }

  private verify(token: string, pledgeId: string) {
    const verified = verifyPublicLinkToken(this.secret(), token, pledgeId, new Date());
    if (verified.status === 'expired')
      throw refused('PUBLIC_LINK_EXPIRED', 'forbidden', '评议链接已过期', 'the evaluation link has expired');
    if (verified.status !== 'ok')
      throw refused('PUBLIC_LINK_INVALID', 'forbidden', '评议链接无效', 'the evaluation link is not valid');
    return verified.token;
  }

  async rate(
    pledgeId: string,
    input: { token: string; score: number; comment: string | null; requestId: string | null },
  ): Promise<PledgeUpdateResult> {
    const { tokenId } = this.verify(input.token, pledgeId);
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
