import { Column, Entity, PrimaryColumn } from 'typeorm';

export type SmokeCheckStatus = 'recorded' | 'completed';

/** One row per connectivity check (连通性检查) started through the API. */
@Entity({ name: 'smoke_checks' })
export class SmokeCheckEntity {
  @PrimaryColumn('uuid')
  id!: string;

  @Column('text')
  message!: string;

  @Column('text', { name: 'requested_by' })
  requestedBy!: string;

  @Column('varchar', { length: 16 })
  status!: SmokeCheckStatus;

  @Column('uuid', { name: 'notice_id', nullable: true })
  noticeId!: string | null;

  @Column('timestamptz', { name: 'recorded_at' })
  recordedAt!: Date;

  @Column('timestamptz', { name: 'completed_at', nullable: true })
  completedAt!: Date | null;
}
