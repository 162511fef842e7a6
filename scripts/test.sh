#!/usr/bin/env bash
# Command 2: every check CI runs — types, lint, format, unit tests, integration tests against a real
# Temporal dev server and PostgreSQL, and the cluster test against the full Temporal server on
# PostgreSQL (all found, built or started here; the Go builds are cached once per machine), and the
# web console's end-to-end tests in Debian's Chromium (installed with apt-get when missing).
source "$(dirname "$0")/lib.sh"
require_node
install_dependencies
ensure_chromium

node --input-type=module -e "
  import { ensurePostgresRunning } from './scripts/devkit/postgres.mjs';
  import { findOrBuildTemporalCli } from './scripts/devkit/temporal-cli.mjs';
  import { findOrBuildTemporalServer } from './scripts/devkit/temporal-server-binaries.mjs';
  await ensurePostgresRunning(process.env.TEST_DATABASE_SERVER_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres');
  console.log('[test] Temporal CLI: ' + await findOrBuildTemporalCli());
  console.log('[test] Temporal server (cluster profile): ' + (await findOrBuildTemporalServer()).serverPath);
"

echo "[test] typecheck";   npx tsc -p tsconfig.json --noEmit && npx tsc -p apps/console/tsconfig.json --noEmit
echo "[test] lint"
# @nx/enforce-module-boundaries reads the cached project graph and silently skips without it.
NX_DAEMON=false npx nx show projects > /dev/null
npx eslint . --max-warnings 0
echo "[test] format";      npx prettier --check . --log-level warn
# The console's end-to-end tests (test/e2e) open the build the API serves.
build_console
echo "[test] jest (unit + integration incl. the console's e2e + cluster)"
mkdir -p tmp
status=0
# One test file at a time (2 cores), in a child process that Jest replaces once it holds more than
# 2 GB after a file: in one process for the whole run the heap grew past Node's limit (CI, 134).
NODE_OPTIONS=--experimental-vm-modules npx jest --maxWorkers=1 --workerIdleMemoryLimit=2GB --json --outputFile=tmp/jest-results.json "$@" || status=$?
node -e '
  const r = JSON.parse(require("fs").readFileSync("tmp/jest-results.json", "utf8"));
  console.log(`${r.numPassedTests} passed, ${r.numFailedTests} failed`);
' || true
exit $status
