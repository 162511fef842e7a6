import { Injectable } from '@nestjs/common';
import { NotificationPreferenceRepository } from '@cxzy/persistence';
import { EmailSender } from '../email/email.sender.js';
import { WebhookSender } from '../webhook/webhook.sender.js';

/** The outside channels a person gets besides the inbox (always on). */
export interface ResolvedChannels {
  readonly email: string | null;
  readonly webhookTarget: string | null;
}

/** A channel is used when the person asked for it AND the deployment has it configured. */
@Injectable()
export class ChannelResolver {
  constructor(
    private readonly preferences: NotificationPreferenceRepository,
    private readonly email: EmailSender,
    private readonly webhook: WebhookSender,
  ) {}

  async resolve(recipient: string): Promise<ResolvedChannels> {
    const preference = await this.preferences.find(recipient);
    return {
      email: this.email.enabled && preference?.emailEnabled ? preference.email : null,
      webhookTarget: this.webhook.enabled && preference?.webhookEnabled ? preference.webhookTarget : null,
    };
  }
}
