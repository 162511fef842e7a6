// `npm run test:one -- [--reuse-temporal[=address]] <test file>… [jest options]`: the inner loop.
// Runs the given test files only, with the services their Jest project needs and nothing else —
// a unit spec starts nothing, an integration spec the dev server and the template database (Jest's
// global set-up of that project), the cluster spec the full Temporal server. The workflow bundle is
// reused from tmp/test-workflow-bundle/ while the workflow code is unchanged. --reuse-temporal uses
// a Temporal dev server that already runs (default 127.0.0.1:7233, e.g. ./scripts/start.sh's)
// instead of starting one; it must have the project's search attributes (start.sh's has).
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const repoRoot = fileURLToPath(new URL('../', import.meta.url));
const args = process.argv.slice(2);
const env = { ...process.env, NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ''} --experimental-vm-modules`.trim() };
const reuse = args.find((arg) => arg === '--reuse-temporal' || arg.startsWith('--reuse-temporal='));
if (reuse) env.CXZY_TEST_REUSE_TEMPORAL_ADDRESS = reuse.split('=')[1] ?? '127.0.0.1:7233';
const jestArgs = args.filter((arg) => arg !== reuse);
if (!jestArgs.some((arg) => /\.(spec|integration-spec|cluster-spec)\.ts$/.test(arg))) {
  console.error('usage: npm run test:one -- [--reuse-temporal[=host:port]] <file.spec.ts|file.integration-spec.ts>…');
  process.exit(2);
}
const jest = fileURLToPath(new URL('../node_modules/jest/bin/jest.js', import.meta.url));
const run = spawnSync(process.execPath, [jest, '--runTestsByPath', '--maxWorkers=1', ...jestArgs], {
  cwd: repoRoot,
  env,
  stdio: 'inherit',
});
process.exit(run.status ?? 1);
