import { jest } from '@jest/globals';
import { readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

/** test/ — the folder the suites' folder names are relative to. */
const testRoot = fileURLToPath(new URL('../', import.meta.url));

/** Every *.integration-spec.ts under `folder` (relative to test/), in name order. */
export function specFilesUnder(folder: string): string[] {
  const path = join(testRoot, folder);
  if (!statSync(path).isDirectory()) return path.endsWith('.integration-spec.ts') ? [path] : [];
  return readdirSync(path)
    .sort()
    .flatMap((name) => specFilesUnder(relative(testRoot, join(path, name))));
}

/**
 * Runs the spec files of `folders` as one Jest test file (scripts/test.sh's integration phase):
 * Jest loads NestJS, TypeORM and the Temporal SDK once per test file, which cost several seconds of
 * CPU each time on 2 cores; here they load once for the whole area. Each spec still boots its own
 * database, API and worker in its own describe block, so nothing else is shared.
 *
 * A spec's `jest.setTimeout` sets the timeout of the whole Jest file, whenever it is called, so
 * the suite takes the longest any of its specs asked for.
 */
export async function runSpecsOf(folders: readonly string[]): Promise<void> {
  // Where jest.setTimeout keeps the file's test timeout (jest-runtime and jest-circus agree on it).
  const timeoutKey = Symbol.for('TEST_TIMEOUT_SYMBOL');
  const current = () => Number((globalThis as Record<symbol, unknown>)[timeoutKey] ?? 0);
  let longest = 5_000;
  for (const folder of folders) {
    for (const file of specFilesUnder(folder)) {
      await import(file);
      longest = Math.max(longest, current());
    }
  }
  jest.setTimeout(longest);
}
