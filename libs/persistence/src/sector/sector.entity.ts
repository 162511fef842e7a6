import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';

/** 领域 — the eight of SPEC §2 are seeded by the migration (`builtin`); administrators add others. */
@Entity({ name: 'sectors' })
export class SectorEntity {
  @PrimaryColumn('varchar', { length: 40 })
  code!: string;

  @Column('text', { name: 'name_zh_cn' })
  nameZhCN!: string;

  @Column('text', { name: 'name_en' })
  nameEn!: string;

  @Column('boolean')
  builtin!: boolean;

  /** Display order: the documents' order for the seeded sectors, then the order of addition. */
  @Column('integer')
  position!: number;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
