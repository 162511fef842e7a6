import type { INestApplication } from '@nestjs/common';
import { jest } from '@jest/globals';
import request from 'supertest';
import { bootApi } from '../../support/boot-apps.js';
import { createTestDatabase, type TestDatabase } from '../../support/test-database.js';
import { testConfig } from '../../support/test-config.js';
import { uniqueTaskQueue } from '../../support/temporal.js';

jest.setTimeout(120_000);

/**
 * Issue #22, finding 5: the OpenAPI description maps every route, its parameters and its errors —
 * a map for an attacker. Production does not serve it unless API_DOCS_ENABLED=true says so;
 * development and the tests (the console's client is generated from it) do.
 */
describe('the OpenAPI docs are not served in production', () => {
  let db: TestDatabase;
  const apis: INestApplication[] = [];
  const apiWith = async (env: Record<string, string>) => {
    const api = await bootApi(
      testConfig({ DATABASE_URL: db.url, TEMPORAL_TASK_QUEUE: uniqueTaskQueue('api-docs'), ...env }),
    );
    apis.push(api);
    return () => request(api.getHttpServer());
  };
  beforeAll(async () => {
    db = await createTestDatabase();
  });
  afterAll(async () => {
    for (const api of apis) await api.close();
    await db?.drop();
  });

  it('answers 404 for /docs and /openapi.json with NODE_ENV=production, and serves them when asked', async () => {
    const production = await apiWith({ NODE_ENV: 'production' });
    expect((await production().get('/openapi.json')).status).toBe(404);
    expect((await production().get('/docs')).status).toBe(404);
    expect((await production().get('/docs/')).status).toBe(404);
    // The rest of the API is there all the same.
    expect((await production().post('/auth/login').send({ username: 'x', password: 'y' })).status).toBe(401);

    const asked = await apiWith({ NODE_ENV: 'production', API_DOCS_ENABLED: 'true' });
    expect((await asked().get('/openapi.json').expect(200)).body.openapi).toMatch(/^3\./);
  });

  it('serves them in development (the console client is generated from /openapi.json) unless turned off', async () => {
    const development = await apiWith({ NODE_ENV: 'development' });
    const spec = (await development().get('/openapi.json').expect(200)).body;
    expect(Object.keys(spec.paths)).toContain('/smoke-checks');
    expect((await development().get('/docs').expect(200)).text).toContain('swagger');

    const off = await apiWith({ NODE_ENV: 'development', API_DOCS_ENABLED: 'false' });
    expect((await off().get('/openapi.json')).status).toBe(404);
  });
});
