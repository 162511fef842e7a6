import type { LocalizedText } from '@cxzy/domain';

/** 发送通知 to one person on every channel they use. */
export interface SendNotificationCommand {
  readonly recipient: string;
  readonly title: LocalizedText;
  readonly body: LocalizedText;
  readonly link: string | null;
  /** Sending twice with the same reference sends once (e.g. the id of the matter being urged). */
  readonly reference: string;
  readonly sentBy: string;
}
