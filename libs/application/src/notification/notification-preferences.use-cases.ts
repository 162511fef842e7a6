import { Injectable } from '@nestjs/common';
import { DomainError } from '@cxzy/domain';
import { NotificationPreferenceRepository, TransactionRunner, type PreferenceChanges } from '@cxzy/persistence';
import { AuditTrail } from '../audit/audit-trail.service.js';
import type { RequestContext } from '../audit/request-context.js';

export type NotificationPreferencesView = PreferenceChanges & { recipient: string };

/** 通知偏好: which outside channels reach a person. The inbox is always on. */
@Injectable()
export class NotificationPreferencesUseCases {
  constructor(
    private readonly preferences: NotificationPreferenceRepository,
    private readonly transactions: TransactionRunner,
    private readonly audit: AuditTrail,
  ) {}

  async get(recipient: string): Promise<NotificationPreferencesView> {
    const found = await this.preferences.find(recipient);
    return {
      recipient,
      email: found?.email ?? null,
      emailEnabled: found?.emailEnabled ?? false,
      webhookTarget: found?.webhookTarget ?? null,
      webhookEnabled: found?.webhookEnabled ?? false,
    };
  }

  async update(
    context: RequestContext,
    recipient: string,
    changes: PreferenceChanges,
  ): Promise<NotificationPreferencesView> {
    if (changes.emailEnabled && !changes.email) {
      throw new DomainError(
        'EMAIL_ADDRESS_REQUIRED',
        'invalid',
        { zhCN: '开启邮件通知需要填写邮箱地址', en: 'an e-mail address is required to turn e-mail on' },
        'email',
      );
    }
    if (changes.webhookEnabled && !changes.webhookTarget) {
      throw new DomainError(
        'WEBHOOK_TARGET_REQUIRED',
        'invalid',
        {
          zhCN: '开启短信/消息推送需要填写接收号码',
          en: 'a target (phone number, chat id) is required to turn the webhook on',
        },
        'webhookTarget',
      );
    }
    const before = await this.get(recipient);
    return this.transactions.run(async (manager) => {
      const saved = await this.preferences.save(recipient, changes, manager);
      const after: NotificationPreferencesView = {
        recipient,
        email: saved.email,
        emailEnabled: saved.emailEnabled,
        webhookTarget: saved.webhookTarget,
        webhookEnabled: saved.webhookEnabled,
      };
      await this.audit.record(
        context,
        {
          action: 'notification-preferences.update',
          objectType: 'notification-preferences',
          objectId: recipient,
          before,
          after,
        },
        manager,
      );
      return after;
    });
  }
}
