import type { INestApplication } from '@nestjs/common';
import request from 'supertest';
import { bootstrapAdministrator, type Http } from './auth.js';
import { bootApi } from './boot-apps.js';
import { createTestDatabase, type TestDatabase } from './test-database.js';
import { testConfig } from './test-config.js';
import { uniqueTaskQueue } from './temporal.js';

export interface ApiUnderTest {
  readonly db: TestDatabase;
  readonly api: INestApplication;
  /** As an administrator named `administrator` (the registry-wide routes need no organisation). */
  readonly http: () => Http;
  /** As an administrator with another name (what audit and `createdBy` record). */
  as(username: string): Promise<Http>;
  /** Without a token: the 401 cases. */
  readonly anonymous: () => ReturnType<typeof request>;
  close(): Promise<void>;
}

/** The real API on a private copy of the migrated database, for tests that need no worker. */
export async function startApiOnFreshDatabase(prefix: string): Promise<ApiUnderTest> {
  const db = await createTestDatabase();
  const api = await bootApi(testConfig({ DATABASE_URL: db.url, TEMPORAL_TASK_QUEUE: uniqueTaskQueue(prefix) }));
  const administrator = await bootstrapAdministrator(api, 'administrator');
  return {
    db,
    api,
    http: () => administrator,
    as: (username) => bootstrapAdministrator(api, username),
    anonymous: () => request(api.getHttpServer()),
    close: async () => {
      await api.close();
      await db.drop();
    },
  };
}
