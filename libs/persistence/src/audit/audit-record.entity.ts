import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { AuditResult } from '@cxzy/domain';

/** One line of the append-only audit trail (see the migration for the triggers that keep it so). */
@Entity({ name: 'audit_records' })
export class AuditRecordEntity {
  @PrimaryGeneratedColumn({ type: 'bigint' })
  seq!: string;

  @Column('timestamptz', { name: 'occurred_at' })
  occurredAt!: Date;

  @Column('text', { name: 'request_id', nullable: true })
  requestId!: string | null;

  @Column('text', { name: 'actor_id' })
  actorId!: string;

  @Column('text', { name: 'actor_role', nullable: true })
  actorRole!: string | null;

  @Column('text', { name: 'actor_org', nullable: true })
  actorOrg!: string | null;

  @Column('text')
  action!: string;

  @Column('text', { name: 'object_type' })
  objectType!: string;

  @Column('text', { name: 'object_id' })
  objectId!: string;

  @Column('jsonb', { nullable: true })
  before!: unknown;

  @Column('jsonb', { nullable: true })
  after!: unknown;

  @Column('varchar', { length: 16 })
  result!: AuditResult;

  @Column('text', { nullable: true })
  reason!: string | null;

  /** 'sha256' (records before the key) or 'hmac-sha256:<key id>' (ADR 0018). */
  @Column('text', { name: 'chain_version' })
  chainVersion!: string;

  @Column('char', { name: 'prev_hash', length: 64 })
  prevHash!: string;

  @Column('char', { length: 64 })
  hash!: string;
}
