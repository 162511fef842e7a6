import type { INestApplication } from '@nestjs/common';
import request from 'supertest';
import { CreateFirstAdministratorUseCase } from '@cxzy/application';
import { as, userWith, type Http } from './auth.js';
import { bootApi } from './boot-apps.js';
import { createTestDatabase, type TestDatabase } from './test-database.js';
import { testConfig } from './test-config.js';
import { uniqueTaskQueue } from './temporal.js';

export interface ApiUnderTest {
  readonly db: TestDatabase;
  readonly api: INestApplication;
  /**
   * As `administrator`, the first administrator of the registry's top-level grading unit `REG`,
   * made as `npm run admin:create` makes one: registry-wide settings are theirs (ADR 0016, 0017).
   */
  readonly http: () => Http;
  /** As another administrator of `REG` (what audit and `createdBy` record). */
  as(username: string): Promise<Http>;
  /** Without a token: the 401 cases. */
  readonly anonymous: () => ReturnType<typeof request>;
  close(): Promise<void>;
}

/** The real API on a private copy of the migrated database, for tests that need no worker. */
export async function startApiOnFreshDatabase(prefix: string): Promise<ApiUnderTest> {
  const db = await createTestDatabase();
  const api = await bootApi(
    testConfig({ DATABASE_URL: db.url, TEMPORAL_TASK_QUEUE: uniqueTaskQueue(prefix), PASSWORD_HASH_COST: '4' }),
  );
  await api.get(CreateFirstAdministratorUseCase).execute({
    username: 'administrator',
    displayName: 'administrator',
    unitCode: 'REG',
    unitName: '中共青州市委员会',
    password: 'Test-only-secret-9',
    operator: 'jest',
  });
  const administrator = await as(api, 'administrator');
  return {
    db,
    api,
    http: () => administrator,
    as: (username) => userWith(api, username, [{ role: 'administrator', organisationCode: 'REG' }]),
    anonymous: () => request(api.getHttpServer()),
    close: async () => {
      await api.close();
      await db.drop();
    },
  };
}
