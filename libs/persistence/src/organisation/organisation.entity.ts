import { Column, CreateDateColumn, Entity, Index, PrimaryColumn, UpdateDateColumn } from 'typeorm';
import type { ManagementMode, OrganisationKind } from '@cxzy/domain';

/** 党组织 — one row per organisation; `path` is its materialised territorial path (see the migration). */
@Entity({ name: 'organisations' })
@Index('ix_organisations_sector', ['sectorCode', 'code'])
export class OrganisationEntity {
  @PrimaryColumn('uuid')
  id!: string;

  @Column('varchar', { length: 64, unique: true })
  code!: string;

  @Column('text')
  name!: string;

  @Column('varchar', { length: 16 })
  kind!: OrganisationKind;

  @Column('varchar', { name: 'sector_code', length: 40 })
  sectorCode!: string;

  @Column('uuid', { name: 'territorial_parent_id', nullable: true })
  territorialParentId!: string | null;

  @Column('uuid', { name: 'vertical_department_id', nullable: true })
  verticalDepartmentId!: string | null;

  @Column('smallint', { name: 'management_mode' })
  managementMode!: ManagementMode;

  @Column('uuid', { name: 'grading_unit_id' })
  gradingUnitId!: string;

  @Column('boolean', { name: 'is_grading_unit' })
  isGradingUnit!: boolean;

  @Column('text')
  path!: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
