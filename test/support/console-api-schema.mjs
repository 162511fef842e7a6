// @ts-check
// The console's API types are generated from the API's OpenAPI document, never written by hand:
// `npm run console:client` (scripts/generate-console-client.mjs) rewrites the file from a running
// API, and the drift test (test/e2e) fails when the committed file no longer matches what it serves.
import openapiTS, { astToString } from 'openapi-typescript';

/** Where the generated types live (relative to the repository root). */
export const API_SCHEMA_FILE = 'apps/console/src/api/api-schema.generated.ts';

const HEADER = `// Generated from the API's GET /openapi.json by scripts/generate-console-client.mjs — do not edit.
// Regenerate: start the API (npm run start:api) and run npm run console:client.
`;

/**
 * The TypeScript text for an OpenAPI document (the object GET /openapi.json answers).
 * @param {Record<string, unknown>} document
 * @returns {Promise<string>}
 */
export async function renderApiSchema(document) {
  const ast = await openapiTS(/** @type {any} */ (document), { alphabetize: true });
  return HEADER + astToString(ast);
}
