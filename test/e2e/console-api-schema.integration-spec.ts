import { readFile } from 'node:fs/promises';
import { API_SCHEMA_FILE, renderApiSchema } from '../support/console-api-schema.mjs';
import { useTestStack } from '../support/test-stack.js';

/** The console's client is generated from the API's OpenAPI document: this fails the day they drift apart. */
describe("the console's generated API types", () => {
  const stack = useTestStack('console-api-schema', { worker: false });

  it('match what GET /openapi.json serves (regenerate with npm run console:client)', async () => {
    const document = (await stack.http().get('/openapi.json').expect(200)).body as Record<string, unknown>;
    const committed = await readFile(new URL(`../../${API_SCHEMA_FILE}`, import.meta.url), 'utf8');
    expect(committed).toBe(await renderApiSchema(document));
  });
});
