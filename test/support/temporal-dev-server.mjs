// @ts-check
// The dev server command 1 and the global set-up run, for a spec that needs a Temporal server of its
// own (one it may kill and start again on the same database file: test/integration/outages).
export { startTemporalDevServer } from '../../scripts/devkit/temporal-dev-server.mjs';
