import { Injectable } from '@nestjs/common';
import type { CampaignActivities, RankCampaignRequest, RankCampaignResult } from '@cxzy/contracts';
import { RankCampaignUseCase } from '@cxzy/application';

/** 三亮三比三评 activities: adapters only, the use case holds the logic. */
@Injectable()
export class CampaignActivitiesProvider implements CampaignActivities {
  constructor(private readonly ranking: RankCampaignUseCase) {}

  rankCampaign(input: { campaignId: string } & RankCampaignRequest): Promise<RankCampaignResult> {
    return this.ranking.execute(input);
  }
}
