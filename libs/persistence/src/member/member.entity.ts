import { Column, CreateDateColumn, Entity, Index, PrimaryColumn, UpdateDateColumn } from 'typeorm';
import type { MemberCategory } from '@cxzy/domain';

/** 党员 — keyed for imports by the ID number, which is personal data: list responses mask it. */
@Entity({ name: 'members' })
@Index('ix_members_organisation', ['organisationId', 'category'])
export class MemberEntity {
  @PrimaryColumn('uuid')
  id!: string;

  @Column('varchar', { name: 'id_number', length: 18, unique: true })
  idNumber!: string;

  @Column('text')
  name!: string;

  @Column('uuid', { name: 'organisation_id' })
  organisationId!: string;

  @Column('varchar', { length: 16 })
  category!: MemberCategory;

  @Column('text', { nullable: true })
  post!: string | null;

  @Column('uuid', { name: 'host_organisation_id', nullable: true })
  hostOrganisationId!: string | null;

  @Column('boolean', { name: 'pledge_exempt' })
  pledgeExempt!: boolean;

  @Column('varchar', { length: 20, nullable: true })
  phone!: string | null;

  /** The user this member signs in as (set by an administrator of the unit); a member acts only on their own things. */
  @Column('uuid', { name: 'user_id', nullable: true, unique: true })
  userId!: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
