import { Injectable } from '@nestjs/common';
import type { OrganisationActivities, StepRecipients, StepRecipientsRequest } from '@cxzy/contracts';
import { ResolveStepRecipientsUseCase } from '@cxzy/application';

/** Organisation-service activities: who is reminded, escalated to, copied. */
@Injectable()
export class OrganisationActivitiesProvider implements OrganisationActivities {
  constructor(private readonly recipients: ResolveStepRecipientsUseCase) {}

  resolveStepRecipients(request: StepRecipientsRequest): Promise<StepRecipients> {
    return this.recipients.execute(request);
  }
}
