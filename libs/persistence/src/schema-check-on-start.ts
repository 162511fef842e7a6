import { Injectable, type OnModuleInit } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { pendingMigrations } from './run-migrations.js';

/**
 * No code runs on an old schema: a process that logs in as the application role cannot migrate
 * (it has no DDL rights, docs/security.md), so it refuses to start until `npm run migrate` — which
 * command 1, the cluster script and the test set-up run first — has brought the schema up to date.
 */
@Injectable()
export class SchemaCheckOnStart implements OnModuleInit {
  constructor(private readonly dataSource: DataSource) {}

  async onModuleInit(): Promise<void> {
    const pending = await pendingMigrations(this.dataSource);
    if (pending.length > 0)
      throw new Error(
        `数据库结构未更新 / the database schema is not up to date: run \`npm run migrate\` first (pending: ${pending.join(', ')})`,
      );
  }
}
