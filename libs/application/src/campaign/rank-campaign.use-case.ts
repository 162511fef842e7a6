import { Injectable } from '@nestjs/common';
import { mapToPublicAppraisal, rankCampaign } from '@cxzy/domain';
import type { RankCampaignRequest, RankCampaignResult } from '@cxzy/contracts';
import { CampaignRepository, TransactionRunner } from '@cxzy/persistence';
import { AuditTrail } from '../audit/audit-trail.service.js';

/**
 * The ranking step's activity: reads each subject's source averages, ranks units and members, maps
 * the unit's score to its 群众评价 share, and stores the result with its audit record at once.
 * Re-running replaces the stored result (same inputs, same result).
 */
@Injectable()
export class RankCampaignUseCase {
  constructor(
    private readonly campaigns: CampaignRepository,
    private readonly transactions: TransactionRunner,
    private readonly audit: AuditTrail,
  ) {}

  async execute(input: { campaignId: string } & RankCampaignRequest): Promise<RankCampaignResult> {
    const campaign = await this.campaigns.findById(input.campaignId);
    if (!campaign) throw new Error(`campaign ${input.campaignId} vanished`);
    const subjects = await this.campaigns.subjects(campaign.id, campaign.organisationId);
    const ranked = rankCampaign(subjects, campaign.rules.weights).map((subject) => ({
      ...subject,
      publicAppraisalPercent:
        subject.kind === 'unit' ? mapToPublicAppraisal(subject.score, campaign.rules.publicAppraisalMapping) : null,
    }));
    await this.transactions.run(async (manager) => {
      await this.campaigns.storeResult(manager, campaign.id, ranked);
      await this.audit.record(
        input.actor,
        {
          action: 'campaign.rank',
          objectType: 'campaign',
          objectId: campaign.id,
          after: { result: ranked.map((r) => ({ kind: r.kind, id: r.id, score: r.score, rank: r.rank })) },
        },
        manager,
      );
    });
    return {
      units: ranked.filter((r) => r.kind === 'unit').length,
      members: ranked.filter((r) => r.kind === 'member').length,
    };
  }
}
