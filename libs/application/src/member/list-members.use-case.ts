import { Injectable } from '@nestjs/common';
import { maskIdNumber, maskPhone, readScopeOf, type MemberCategory } from '@cxzy/domain';
import type { RequestContext } from '../audit/request-context.js';
import { MemberRepository, OrganisationRepository, type MemberRecord, type Page } from '@cxzy/persistence';
import { subtreePathOf } from '../organisation/list-organisations.use-case.js';

export interface ListMembersQuery {
  readonly page: number;
  readonly pageSize: number;
  readonly organisationId?: string;
  readonly subtreeOf?: string;
  readonly category?: MemberCategory;
}

/** A member in a list: the ID number and phone are masked (SPEC §6 rule 21), never returned whole. */
export interface MemberView {
  readonly id: string;
  readonly name: string;
  readonly category: MemberCategory;
  readonly post: string | null;
  readonly pledgeExempt: boolean;
  readonly organisationId: string;
  readonly organisationCode: string;
  readonly organisationName: string;
  readonly hostOrganisationId: string | null;
  readonly hostOrganisationCode: string | null;
  readonly idNumberMasked: string;
  readonly phoneMasked: string | null;
}

const toView = (m: MemberRecord): MemberView => ({
  id: m.id,
  name: m.name,
  category: m.category,
  post: m.post,
  pledgeExempt: m.pledgeExempt,
  organisationId: m.organisationId,
  organisationCode: m.organisationCode,
  organisationName: m.organisationName,
  hostOrganisationId: m.hostOrganisationId,
  hostOrganisationCode: m.hostOrganisationCode,
  idNumberMasked: maskIdNumber(m.idNumber),
  phoneMasked: m.phone === null ? null : maskPhone(m.phone),
});

@Injectable()
export class ListMembersUseCase {
  constructor(
    private readonly members: MemberRepository,
    private readonly organisations: OrganisationRepository,
  ) {}

  /** Only members of organisations in the caller's scope. */
  async execute(
    context: RequestContext,
    query: ListMembersQuery,
  ): Promise<Page<MemberView> & { page: number; pageSize: number }> {
    const page = await this.members.list({
      scope: readScopeOf(context.grants ?? []),
      page: query.page,
      pageSize: query.pageSize,
      organisationId: query.organisationId,
      subtreePath: await subtreePathOf(this.organisations, query.subtreeOf),
      category: query.category,
    });
    return { items: page.items.map(toView), total: page.total, page: query.page, pageSize: query.pageSize };
  }
}
