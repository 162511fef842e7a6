import { Injectable } from '@nestjs/common';
import { SmokeCheckRepository } from '@cxzy/persistence';

/** Called by the storage activities; idempotent so Temporal may retry freely. */
@Injectable()
export class RecordSmokeCheckUseCase {
  constructor(private readonly checks: SmokeCheckRepository) {}

  record(input: { checkId: string; message: string; requestedBy: string }): Promise<void> {
    return this.checks.recordIfAbsent({ id: input.checkId, message: input.message, requestedBy: input.requestedBy });
  }

  complete(input: { checkId: string; noticeId: string }): Promise<void> {
    return this.checks.markCompleted(input.checkId, input.noticeId);
  }
}
