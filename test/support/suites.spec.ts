import { readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { specFilesUnder } from './area-suite.js';
import { SUITES } from '../suites/suites.js';

const testRoot = fileURLToPath(new URL('../', import.meta.url));

/** Every integration spec outside the browser tests (test/e2e has its own phase) and the cluster. */
function allIntegrationSpecs(folder = testRoot): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const path = join(folder, entry.name);
    if (entry.isDirectory())
      return ['e2e', 'cluster', 'node_modules'].includes(entry.name) ? [] : allIntegrationSpecs(path);
    return entry.name.endsWith('.integration-spec.ts') ? [relative(testRoot, path)] : [];
  });
}

describe('the integration suites (scripts/test.sh runs these, not the spec files)', () => {
  const inSuites = Object.entries(SUITES).flatMap(([suite, folders]) =>
    folders.flatMap((folder) => specFilesUnder(folder).map((file) => ({ suite, spec: relative(testRoot, file) }))),
  );

  it('hold every integration spec, so a new spec is never left out of the test command', () => {
    const held = new Set(inSuites.map((entry) => entry.spec));
    expect(allIntegrationSpecs().filter((spec) => !held.has(spec))).toEqual([]);
  });

  it('hold each spec once, so none runs twice', () => {
    const twice = inSuites.filter((entry, index) => inSuites.findIndex((other) => other.spec === entry.spec) !== index);
    expect(twice).toEqual([]);
  });

  it('name only folders and files that exist and hold specs', () => {
    const empty = Object.values(SUITES)
      .flat()
      .filter((folder) => specFilesUnder(folder).length === 0);
    expect(empty).toEqual([]);
  });
});
