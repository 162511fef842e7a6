import { Injectable } from '@nestjs/common';
import type { DigestActivities, DigestPageRequest } from '@cxzy/contracts';
import { SendDailyDigestPageUseCase } from '@cxzy/application';

@Injectable()
export class DigestActivitiesProvider implements DigestActivities {
  constructor(private readonly digests: SendDailyDigestPageUseCase) {}

  sendDailyDigestPage(request: DigestPageRequest) {
    return this.digests.execute(request);
  }
}
