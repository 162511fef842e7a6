import { Injectable } from '@nestjs/common';
import { DomainError, readScopeOf, type ManagementMode } from '@cxzy/domain';
import type { RequestContext } from '../audit/request-context.js';
import { OrganisationRepository, type Page } from '@cxzy/persistence';
import { toOrganisationView, type OrganisationView } from './organisation.view.js';

export interface ListOrganisationsQuery {
  readonly page: number;
  readonly pageSize: number;
  readonly sectorCode?: string;
  /** An organisation id: that organisation and its territorial subtree. */
  readonly subtreeOf?: string;
  readonly managementMode?: ManagementMode;
  readonly text?: string;
}

/** Resolves a subtree filter's root to its materialised path (404 naming the field when it does not exist). */
export async function subtreePathOf(
  organisations: OrganisationRepository,
  id: string | undefined,
): Promise<string | undefined> {
  if (id === undefined) return undefined;
  const root = await organisations.findById(id);
  if (!root) {
    throw new DomainError(
      'ORGANISATION_NOT_FOUND',
      'not-found',
      { zhCN: `未找到作为筛选范围的组织 ${id}`, en: `the subtree's root organisation ${id} does not exist` },
      'subtreeOf',
    );
  }
  return root.path;
}

@Injectable()
export class ListOrganisationsUseCase {
  constructor(private readonly organisations: OrganisationRepository) {}

  /** Only organisations in the caller's scope (readScopeOf their grants): a neighbour's never appear. */
  async execute(
    context: RequestContext,
    query: ListOrganisationsQuery,
  ): Promise<Page<OrganisationView> & { page: number; pageSize: number }> {
    const page = await this.organisations.list({
      scope: readScopeOf(context.grants ?? []),
      page: query.page,
      pageSize: query.pageSize,
      sectorCode: query.sectorCode,
      subtreePath: await subtreePathOf(this.organisations, query.subtreeOf),
      managementMode: query.managementMode,
      text: query.text,
    });
    return { items: page.items.map(toOrganisationView), total: page.total, page: query.page, pageSize: query.pageSize };
  }
}
