import { Injectable } from '@nestjs/common';
import { checkServiceBoard, organisationNotFound, type Role, type ServiceStandard } from '@cxzy/domain';
import {
  MemberRepository,
  OrganisationRepository,
  PledgeLedgerRepository,
  ServiceBoardRepository,
  TransactionRunner,
  type BoardEntry,
  type ServiceBoardRecord,
} from '@cxzy/persistence';
import { AuditTrail } from '../audit/audit-trail.service.js';
import type { RequestContext } from '../audit/request-context.js';
import { AccessPolicy } from '../auth/access-policy.service.js';

/** Who keeps a unit's 三亮 content: its own secretary, or an administrator of its grading unit. */
const MAINTAINERS = ['branch-secretary', 'administrator'] as const satisfies readonly Role[];

/** The unit's public page: no member ids, no ID or phone numbers — names, posts and what they pledged. */
export interface PublicServiceBoard {
  readonly organisationId: string;
  readonly organisationName: string;
  readonly standards: readonly ServiceStandard[];
  readonly members: readonly {
    readonly name: string;
    readonly post: string;
    readonly partyBadge: boolean;
    readonly responsibilityArea: string | null;
  }[];
  readonly pledges: readonly BoardEntry[];
  readonly updatedAt: string | null;
}

/**
 * 三亮 (document 2): a window unit publishes its service standards, its members' identity and its
 * pledges on one public page. The secretary (or an administrator) replaces the standards and
 * identities as a whole, authorised and audited in the same transaction; anyone reads the page.
 */
@Injectable()
export class ServiceBoardUseCases {
  constructor(
    private readonly boards: ServiceBoardRepository,
    private readonly organisations: OrganisationRepository,
    private readonly members: MemberRepository,
    private readonly pledgeBoard: PledgeLedgerRepository,
    private readonly transactions: TransactionRunner,
    private readonly audit: AuditTrail,
    private readonly access: AccessPolicy,
  ) {}

  /** The public page of one unit (no login): standards, identities and the unit's public pledges. */
  async publicBoard(organisationId: string): Promise<PublicServiceBoard> {
    const unit = await this.organisations.findById(organisationId);
    if (!unit) throw organisationNotFound(organisationId);
    const [content, pledges] = await Promise.all([
      this.boards.read(unit.id),
      this.pledgeBoard.board(unit.id, new Date()),
    ]);
    return {
      organisationId: unit.id,
      organisationName: unit.name,
      standards: content.standards,
      members: content.members.map(({ name, post, partyBadge, responsibilityArea }) => ({
        name,
        post,
        partyBadge,
        responsibilityArea,
      })),
      pledges,
      updatedAt: content.updatedAt,
    };
  }

  /** What the maintenance form edits (member ids included): for the unit's maintainers. */
  async content(caller: RequestContext, organisationId: string): Promise<ServiceBoardRecord> {
    const unit = await this.organisations.findById(organisationId);
    if (!unit) throw organisationNotFound(organisationId);
    await this.access.actAsAnyOf(caller, MAINTAINERS, unit.id);
    return this.boards.read(unit.id);
  }

  /** Replaces the unit's standards and identities (every problem reported at once, by path). */
  async publish(caller: RequestContext, organisationId: string, input: unknown): Promise<ServiceBoardRecord> {
    const unit = await this.organisations.findById(organisationId);
    if (!unit) throw organisationNotFound(organisationId);
    const context = await this.access.actAsAnyOf(caller, MAINTAINERS, unit.id);
    const content = checkServiceBoard(input, await this.members.idsAt(unit.id));
    return this.transactions.run(async (manager) => {
      const before = await this.boards.read(unit.id, manager);
      await this.boards.replace(manager, unit.id, content, context.actorId);
      await this.audit.record(
        context,
        {
          action: 'service-board.publish',
          objectType: 'organisation',
          objectId: unit.id,
          before: {
            standards: before.standards,
            members: before.members.map((m) => ({
              memberId: m.memberId,
              post: m.post,
              partyBadge: m.partyBadge,
              responsibilityArea: m.responsibilityArea,
            })),
          },
          after: { ...content },
        },
        manager,
      );
      return this.boards.read(unit.id, manager);
    });
  }
}
