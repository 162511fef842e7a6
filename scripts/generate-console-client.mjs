// @ts-check
// Regenerates the console's API types from a running API: node scripts/generate-console-client.mjs [url]
// (default http://127.0.0.1:3000/openapi.json, i.e. npm run start:api or npm start).
import { writeFile } from 'node:fs/promises';
import { API_SCHEMA_FILE, renderApiSchema } from '../test/support/console-api-schema.mjs';

const url = process.argv[2] ?? 'http://127.0.0.1:3000/openapi.json';
const response = await fetch(url).catch((error) => {
  throw new Error(`cannot reach ${url} (${error.message}): start the API first (npm run start:api)`);
});
if (!response.ok) throw new Error(`${url} answered ${response.status}`);
const text = await renderApiSchema(/** @type {Record<string, unknown>} */ (await response.json()));
await writeFile(new URL(`../${API_SCHEMA_FILE}`, import.meta.url), text);
console.log(`[console] wrote ${API_SCHEMA_FILE} from ${url}`);
