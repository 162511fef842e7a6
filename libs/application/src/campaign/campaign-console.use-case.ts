import { Injectable } from '@nestjs/common';
import { readScopeOf } from '@cxzy/domain';
import { CampaignConsoleRepository } from '@cxzy/persistence';
import type { RequestContext } from '../audit/request-context.js';
import { AccessPolicy } from '../auth/access-policy.service.js';
import { CampaignUseCases } from './campaign.use-cases.js';

/**
 * The console's reads of 三亮三比三评: the campaigns under an organisation the caller may read
 * (a unit's own, or every unit below a supervisor's or administrator's organisation), and a
 * campaign's ranked result with the units' and members' names.
 */
@Injectable()
export class CampaignConsoleUseCase {
  constructor(
    private readonly reads: CampaignConsoleRepository,
    private readonly campaigns: CampaignUseCases,
    private readonly access: AccessPolicy,
  ) {}

  async list(caller: RequestContext, organisationId: string) {
    // A supervisor's or administrator's own organisation: the units below it are theirs to oversee.
    const overseer = (caller.grants ?? []).some(
      (g) => (g.role === 'supervisor' || g.role === 'administrator') && g.organisationId === organisationId,
    );
    if (!overseer) await this.access.canRead(caller, organisationId);
    return this.reads.campaignsUnder(organisationId, readScopeOf(caller.grants ?? []));
  }

  async result(caller: RequestContext, campaignId: string) {
    const rows = await this.campaigns.result(caller, campaignId);
    const names = await this.reads.names(rows.map((r) => r.id));
    return rows.map((r) => ({ ...r, name: names.get(r.id) ?? '' }));
  }
}
