import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

export type DeliveryChannel = 'email' | 'webhook';
export type DeliveryStatus = 'sending' | 'sent' | 'dead-lettered';
/** What was (to be) sent, kept for administrators and re-sending. */
export type DeliveryPayload = Record<string, string | null>;

/**
 * One notification on one outside channel. (idempotency_key, channel) is unique, so a retried
 * activity finds the earlier attempt; a delivery that used up its retries stays here as a dead
 * letter for administrators.
 */
@Entity({ name: 'notification_deliveries' })
export class NotificationDeliveryEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column('text', { name: 'idempotency_key' })
  idempotencyKey!: string;

  @Column('varchar', { length: 16 })
  channel!: DeliveryChannel;

  @Column('text')
  recipient!: string;

  @Column('varchar', { length: 16 })
  status!: DeliveryStatus;

  @Column('jsonb')
  payload!: DeliveryPayload;

  @Column('text', { name: 'last_error', nullable: true })
  lastError!: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @Column('timestamptz', { name: 'sent_at', nullable: true })
  sentAt!: Date | null;

  @Column('timestamptz', { name: 'dead_lettered_at', nullable: true })
  deadLetteredAt!: Date | null;
}
