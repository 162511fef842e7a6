import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** 站内信 — a notice in a user's in-app inbox. `idempotencyKey` makes every notice exactly-once. */
@Entity({ name: 'inbox_notices' })
@Index('ix_inbox_notices_recipient_created', ['recipient', 'createdAt'])
export class InboxNoticeEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column('text', { name: 'idempotency_key', unique: true })
  idempotencyKey!: string;

  @Column('text')
  recipient!: string;

  @Column('text', { name: 'title_zh_cn' })
  titleZhCN!: string;

  @Column('text', { name: 'title_en' })
  titleEn!: string;

  @Column('text', { name: 'body_zh_cn' })
  bodyZhCN!: string;

  @Column('text', { name: 'body_en' })
  bodyEn!: string;

  @Column('text', { nullable: true })
  link!: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @Column('timestamptz', { name: 'read_at', nullable: true })
  readAt!: Date | null;
}
