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

  /** In display order: the eight of the documents as they list them, then added ones in the order they came. */
  async list(): Promise<Sector[]> {
    const rows = await this.rows.find({ order: { position: 'ASC' } });
    return rows.map(({ code, nameZhCN, nameEn, builtin }) => ({ code, nameZhCN, nameEn, builtin }));
  }

  /** Inserts unless the code exists (the primary key decides, so concurrent requests are safe). */
  async insertIfAbsent(sector: Sector): Promise<boolean> {
    const inserted: unknown[] = await this.dataSource.query(
      `INSERT INTO sectors (code, name_zh_cn, name_en, builtin, position)
       SELECT $1, $2, $3, $4, coalesce(max(position), 0) + 1 FROM sectors
       ON CONFLICT (code) DO NOTHING RETURNING code`,
      [sector.code, sector.nameZhCN, sector.nameEn, sector.builtin],
    );
    return inserted.length > 0;
  }
}
