import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { PipelineDefinitionStatus } from '@cxzy/domain';

/**
 * 流程定义 — one version of a pipeline definition for a process kind and a sector. Only drafts
 * change; published and retired rows are immutable (repository + database trigger).
 */
@Entity({ name: 'pipeline_definitions' })
export class PipelineDefinitionEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column('text', { name: 'process_kind' })
  processKind!: string;

  /** A sector code ('village', 'agency', …); no foreign key: sectors are data of another module. */
  @Column('text', { name: 'sector_code' })
  sectorCode!: string;

  @Column('integer')
  version!: number;

  @Column('varchar', { length: 16 })
  status!: PipelineDefinitionStatus;

  /** A draft may hold an invalid body; a published one passed validatePipelineDefinition. */
  @Column('jsonb')
  body!: Record<string, unknown>;

  @Column('timestamptz', { name: 'created_at' })
  createdAt!: Date;

  @Column('text', { name: 'created_by' })
  createdBy!: string;

  @Column('timestamptz', { name: 'updated_at' })
  updatedAt!: Date;

  @Column('text', { name: 'updated_by' })
  updatedBy!: string;

  @Column('timestamptz', { name: 'published_at', nullable: true })
  publishedAt!: Date | null;

  @Column('text', { name: 'published_by', nullable: true })
  publishedBy!: string | null;

  @Column('timestamptz', { name: 'retired_at', nullable: true })
  retiredAt!: Date | null;

  @Column('text', { name: 'retired_by', nullable: true })
  retiredBy!: string | null;
}
