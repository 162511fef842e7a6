import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { Sector } from '@cxzy/domain';
import { SectorEntity } from './sector.entity.js';

@Injectable()
export class SectorRepository {
  constructor(private readonly dataSource: DataSource) {}

  private get rows() {
    return this.dataSource.getRepository(SectorEntity);
  }

  /** Seeded sectors first, then added ones in the order they were added. */
  async list(): Promise<Sector[]> {
    const rows = await this.rows.find({ order: { builtin: 'DESC', createdAt: 'ASC', code: 'ASC' } });
    return rows.map(({ code, nameZhCN, nameEn, builtin }) => ({ code, nameZhCN, nameEn, builtin }));
  }

  /** Inserts unless the code exists (the primary key decides, so concurrent requests are safe). */
  async insertIfAbsent(sector: Sector): Promise<boolean> {
    const result = await this.rows
      .createQueryBuilder()
      .insert()
      .values(sector)
      .orIgnore()
      .returning(['code'])
      .execute();
    return (result.raw as unknown[]).length > 0;
  }
}
