import { Injectable } from '@nestjs/common';
import { newSector, sectorAlreadyExists, type Sector } from '@cxzy/domain';
import { SectorRepository } from '@cxzy/persistence';
import type { CreateSectorCommand } from './create-sector.command.js';

@Injectable()
export class ListSectorsUseCase {
  constructor(private readonly sectors: SectorRepository) {}

  execute(): Promise<Sector[]> {
    return this.sectors.list();
  }
}

@Injectable()
export class CreateSectorUseCase {
  constructor(private readonly sectors: SectorRepository) {}

  /** Refuses a code that exists (409), whoever added it. */
  async execute(command: CreateSectorCommand): Promise<Sector> {
    const sector = newSector(command);
    if (!(await this.sectors.insertIfAbsent(sector))) throw sectorAlreadyExists(sector.code);
    return sector;
  }
}
