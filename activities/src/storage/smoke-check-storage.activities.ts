import { Injectable } from '@nestjs/common';
import type { SmokeCheckStorageActivities } from '@cxzy/contracts';
import { RecordSmokeCheckUseCase } from '@cxzy/application';

/** Storage-service activities of the smoke check: adapters only, the use case holds the logic. */
@Injectable()
export class SmokeCheckStorageActivitiesProvider implements SmokeCheckStorageActivities {
  constructor(private readonly smokeChecks: RecordSmokeCheckUseCase) {}

  recordSmokeCheck(input: { checkId: string; message: string; requestedBy: string }): Promise<void> {
    return this.smokeChecks.record(input);
  }

  markSmokeCheckCompleted(input: { checkId: string; noticeId: string }): Promise<void> {
    return this.smokeChecks.complete(input);
  }
}
