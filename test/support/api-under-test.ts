import type { INestApplication } from '@nestjs/common';
import request from 'supertest';
import { bootApi } from './boot-apps.js';
import { createTestDatabase, type TestDatabase } from './test-database.js';
import { testConfig } from './test-config.js';
import { uniqueTaskQueue } from './temporal.js';

export interface ApiUnderTest {
  readonly db: TestDatabase;
  readonly api: INestApplication;
  readonly http: () => ReturnType<typeof request>;
  close(): Promise<void>;
}

/** The real API on a private copy of the migrated database, for tests that need no worker. */
export async function startApiOnFreshDatabase(prefix: string): Promise<ApiUnderTest> {
  const db = await createTestDatabase();
  const api = await bootApi(testConfig({ DATABASE_URL: db.url, TEMPORAL_TASK_QUEUE: uniqueTaskQueue(prefix) }));
  return {
    db,
    api,
    http: () => request(api.getHttpServer()),
    close: async () => {
      await api.close();
      await db.drop();
    },
  };
}
