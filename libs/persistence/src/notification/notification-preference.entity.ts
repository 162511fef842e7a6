import { Column, Entity, PrimaryColumn, UpdateDateColumn } from 'typeorm';

/** 通知偏好 — which channels besides the inbox (always on) reach a person. */
@Entity({ name: 'notification_preferences' })
export class NotificationPreferenceEntity {
  @PrimaryColumn('text')
  recipient!: string;

  @Column('text', { nullable: true })
  email!: string | null;

  @Column('boolean', { name: 'email_enabled', default: false })
  emailEnabled!: boolean;

  /** What the webhook gateway needs to reach the person (a phone number for SMS, a chat id, ...). */
  @Column('text', { name: 'webhook_target', nullable: true })
  webhookTarget!: string | null;

  @Column('boolean', { name: 'webhook_enabled', default: false })
  webhookEnabled!: boolean;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
