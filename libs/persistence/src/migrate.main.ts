// `npm run migrate`: applies pending migrations to DATABASE_URL (the schema owner), creates the
// application role if missing and grants it its rights (DATABASE_APP_ROLE); exits non-zero on failure.
import 'reflect-metadata';
import { DataSource } from 'typeorm';
import { applicationRoleOf, loadAppConfig } from '@cxzy/config';
import { dataSourceOptions } from './data-source-options.js';
import { runMigrationsExclusively } from './run-migrations.js';

const config = loadAppConfig();
const dataSource = new DataSource(dataSourceOptions(config.DATABASE_URL));
await dataSource.initialize();
try {
  const applied = await runMigrationsExclusively(dataSource, applicationRoleOf(config));
  console.log(applied.length ? `[migrate] applied: ${applied.join(', ')}` : '[migrate] schema is up to date');
} finally {
  await dataSource.destroy();
}
