// @ts-check
// Command 1's demo for the tests: the very modules `./scripts/start.sh` runs (scripts/ is no Nx
// project, so tests reach it through test/support, as the Jest set-up reaches scripts/devkit).
export { runDemo } from '../../scripts/demo.mjs';
export { DEMO_ACCOUNTS } from '../../scripts/console-demo-accounts.mjs';
