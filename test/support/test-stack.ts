import type { INestApplication, INestApplicationContext } from '@nestjs/common';
import { Client, Connection } from '@temporalio/client';
import request from 'supertest';
import type { AppConfig } from '@cxzy/config';
import { as, type Http } from './auth.js';
import { bootApi, bootWorker } from './boot-apps.js';
import { createTestDatabase, type TestDatabase } from './test-database.js';
import { testConfig } from './test-config.js';
import { testTemporalAddress, uniqueTaskQueue } from './temporal.js';

export interface TestStack {
  readonly db: TestDatabase;
  readonly config: AppConfig;
  readonly api: INestApplication;
  readonly worker: INestApplicationContext;
  /** A Temporal client on this run's server (start workflows on `config.TEMPORAL_TASK_QUEUE`). */
  readonly client: Client;
  /** supertest against the API, with no token (public routes, and the 401 cases). */
  http(): ReturnType<typeof request>;
  /** supertest acting as an existing user (a bearer token with the roles they hold now). */
  as(username: string): Promise<Http>;
}

/**
 * Gives the calling test file its own clone of the migrated database, its own task queue, and the
 * real worker and API on them (set up in beforeAll, torn down in afterAll). Read the fields inside
 * tests and hooks, not at module load.
 */
export function useTestStack(
  name: string,
  options: { worker?: boolean; env?: () => Record<string, string> } = {},
): TestStack {
  const state: { -readonly [K in keyof Omit<TestStack, 'http' | 'as'>]?: TestStack[K] } = {};
  let connection: Connection | undefined;
  beforeAll(async () => {
    state.db = await createTestDatabase();
    state.config = testConfig({
      DATABASE_URL: state.db.url,
      TEMPORAL_TASK_QUEUE: uniqueTaskQueue(name),
      ...options.env?.(),
    });
    if (options.worker !== false) state.worker = await bootWorker(state.config);
    state.api = await bootApi(state.config);
    connection = await Connection.connect({ address: testTemporalAddress() });
    state.client = new Client({ connection });
    // Booting a worker bundles every workflow: far slower than Jest's 5 s default on a busy machine.
  }, 120_000);
  afterAll(async () => {
    await connection?.close();
    await state.api?.close();
    await state.worker?.close();
    await state.db?.drop();
  });
  const need = <K extends keyof typeof state>(key: K): NonNullable<(typeof state)[K]> => {
    const value = state[key];
    if (!value) throw new Error(`the test stack's ${String(key)} is not ready: use it inside tests and hooks`);
    return value as NonNullable<(typeof state)[K]>;
  };
  return {
    get db() {
      return need('db');
    },
    get config() {
      return need('config');
    },
    get api() {
      return need('api');
    },
    get worker() {
      return need('worker');
    },
    get client() {
      return need('client');
    },
    http: () => request(need('api').getHttpServer()),
    as: (username: string) => as(need('api'), username),
  };
}
