#!/usr/bin/env bash
# Command 2: every check CI runs, in phases — static checks (types, lint, format), unit tests,
# integration tests against a real Temporal dev server and PostgreSQL, the web console's end-to-end
# tests in Debian's Chromium (same Jest project, own phase), and the cluster test against the full Temporal server on
# PostgreSQL. Everything is found, built or started here (the Go builds are cached once per machine).
#
# Every phase runs even when an earlier one failed, so one run shows everything; the script exits
# non-zero if any phase failed. At the end: each phase's wall time, the ten slowest test files, and
# the last line "N passed, M failed" over all test phases (CI reads it). Arguments go to each Jest
# phase (e.g. a path pattern); `npm run test:one -- <file>` is the quicker way to run one file.
source "$(dirname "$0")/lib.sh"
require_node

mkdir -p tmp
rm -f tmp/jest-*.json
phases=tmp/test-phases.tsv
: > "$phases"
failed=0
run_started=$SECONDS

# run_phase <name> <command…>: runs it, records its wall time and outcome, never stops the script.
run_phase() {
  local name=$1 started=$SECONDS status=0
  shift
  echo "[test] ── phase: $name"
  "$@" || status=$?
  printf '%s\t%s\t%s\n' "$name" "$((SECONDS - started))" "$status" >> "$phases"
  echo "[test] ── phase $name: $((SECONDS - started)) s, $([ "$status" = 0 ] && echo ok || echo "FAILED ($status)")"
  [ "$status" = 0 ] || failed=1
}

setup() {
  install_dependencies &&
  ensure_chromium &&
  node --input-type=module -e "
    import { ensurePostgresRunning } from './scripts/devkit/postgres.mjs';
    import { DEFAULT_REDIS_URL, ensureRedisRunning } from './scripts/devkit/redis.mjs';
    import { findOrBuildTemporalCli } from './scripts/devkit/temporal-cli.mjs';
    import { findOrBuildTemporalServer } from './scripts/devkit/temporal-server-binaries.mjs';
    await ensurePostgresRunning(process.env.TEST_DATABASE_SERVER_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres');
    await ensureRedisRunning(process.env.REDIS_URL ?? DEFAULT_REDIS_URL);
    console.log('[test] Temporal CLI: ' + await findOrBuildTemporalCli());
    console.log('[test] Temporal server (cluster profile): ' + (await findOrBuildTemporalServer()).serverPath);
  " &&
  # The console's end-to-end tests (test/e2e) open the build the API serves.
  build_console
}

static_checks() {
  local status=0
  echo "[test] typecheck"
  npx tsc -p tsconfig.json --noEmit && npx tsc -p apps/console/tsconfig.json --noEmit || status=1
  # eslint.config.mjs builds the Nx project graph first and refuses to lint without it
  # (@nx/enforce-module-boundaries would otherwise skip silently).
  echo "[test] lint"
  npx eslint . --max-warnings 0 || status=1
  echo "[test] format"
  npx prettier --check . --log-level warn || status=1
  return $status
}

# jest_phase <phase> <project> <jest options…>: one Jest project, with its own global set-up and
# teardown, so the full Temporal server runs only during the cluster phase and the dev server only
# during integration and e2e. --workerIdleMemoryLimit: Jest replaces a test process that holds more
# than 2 GB after a file (in one process for the whole run the heap grew past Node's limit, CI 134).
jest_phase() {
  local phase=$1 project=$2
  shift 2
  NODE_OPTIONS=--experimental-vm-modules npx jest --selectProjects "$project" --passWithNoTests \
    --workerIdleMemoryLimit=2GB --json --outputFile="tmp/jest-$phase.json" "$@"
}

run_phase setup setup
setup_failed=$failed
run_phase static static_checks
if [ "$setup_failed" = 0 ]; then # the tests need what set-up installs and builds
  run_phase unit jest_phase unit unit --maxWorkers=2 "$@"
  # Two files at a time: an integration file mostly waits (Temporal timers, 公示 windows, workers
  # restarting), so on 2 cores two of them took 203 s where one at a time took 377 s (6 files).
  # The specs grouped into one Jest file per area (test/suites/suites.ts): the frameworks load once
  # per area instead of once per spec. Narrowed by arguments (a path pattern), the specs run one
  # by one as before.
  if [ "$#" = 0 ]; then
    # Three at a time: grouped, the suites leave the CPU idle part of the time (waiting on Temporal
    # timers and 公示 windows); measured 486 s with three against 552 s with two.
    run_phase integration jest_phase integration integration-suites --maxWorkers=3
  else
    run_phase integration jest_phase integration integration --maxWorkers=2 "$@" --testPathIgnorePatterns=/test/e2e/
  fi
  # The console's end-to-end files (Chromium) one at a time, on a dev server of their own: beside
  # another file on the loaded 2-core machine the browser missed its 30 s waits (console.integration-spec).
  run_phase e2e jest_phase e2e integration --maxWorkers=1 "$@" --testPathPatterns=/test/e2e/
  run_phase cluster jest_phase cluster cluster --maxWorkers=1 "$@"
fi

node scripts/devkit/test-report.mjs "$phases" "$((SECONDS - run_started))" tmp/jest-unit.json \
  tmp/jest-integration.json tmp/jest-e2e.json tmp/jest-cluster.json || failed=1
exit $failed
