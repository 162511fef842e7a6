// One workflow bundle per test run, shared by every worker the tests start (in-process ones read it
// through testConfig, spawned ones inherit TEMPORAL_WORKFLOW_BUNDLE_PATH): without it each of the ~70
// workers would run webpack, which costs minutes in all and grew Jest's heap until it ran out.
// The bundle is kept in tmp/test-workflow-bundle/ under a hash of everything webpack reads, so the
// integration and cluster phases of scripts/test.sh, and `npm run test:one` runs, build it only when
// the workflow code (or what it imports, or the SDK) changed.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { buildWorkflowBundle } from '../../scripts/devkit/workflow-bundle.mjs';
import { repoRoot } from '../../scripts/devkit/app-processes.mjs';

/** Everything that goes into the bundle: the workflows, the two pure libraries, the bundler options, the SDK. */
const INPUTS = [
  'workflows/src',
  'libs/domain/src',
  'libs/contracts/src',
  'apps/worker/src/workflow-bundle.options.ts',
  'apps/worker/src/build-workflow-bundle.main.ts',
  'tsconfig.base.json',
  'package-lock.json',
];

/** @param {string} path @returns {string[]} */
function filesUnder(path) {
  if (!statSync(path).isDirectory()) return [path];
  return readdirSync(path)
    .sort()
    .flatMap((name) => filesUnder(join(path, name)));
}

function inputsHash() {
  const hash = createHash('sha256');
  for (const file of INPUTS.flatMap((input) => filesUnder(join(repoRoot, input)))) {
    hash.update(relative(repoRoot, file)).update('\0').update(readFileSync(file)).update('\0');
  }
  return hash.digest('hex').slice(0, 16);
}

/** The bundle of the current sources: cached, or built now. */
function cachedWorkflowBundle() {
  const dir = join(repoRoot, 'tmp', 'test-workflow-bundle');
  const path = join(dir, `${inputsHash()}.js`);
  if (existsSync(path)) return path;
  mkdirSync(dir, { recursive: true });
  for (const old of readdirSync(dir)) rmSync(join(dir, old), { force: true });
  // Built beside and renamed into place: a run stopped half-way never leaves a truncated bundle.
  const partial = `${path}.${process.pid}.partial`;
  buildWorkflowBundle(partial);
  renameSync(partial, path);
  return path;
}

/** Provides the bundle unless this process's other global set-up already has. */
export function provideTestWorkflowBundle() {
  globalThis.__cxzyTestWorkflowBundle ??= cachedWorkflowBundle();
  process.env.TEMPORAL_WORKFLOW_BUNDLE_PATH = globalThis.__cxzyTestWorkflowBundle;
}
