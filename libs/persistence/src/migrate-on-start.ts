import { Injectable, Logger, type OnModuleInit } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { runMigrationsExclusively } from './run-migrations.js';

/** Every process brings the schema up to date before it serves: no code runs on an old schema. */
@Injectable()
export class MigrateOnStart implements OnModuleInit {
  private readonly logger = new Logger('Migrations');
  constructor(private readonly dataSource: DataSource) {}

  async onModuleInit(): Promise<void> {
    const applied = await runMigrationsExclusively(this.dataSource);
    if (applied.length) this.logger.log(`applied ${applied.join(', ')}`);
  }
}
