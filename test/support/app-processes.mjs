// @ts-check
// The dev-machine helpers that run the project's processes (scripts/devkit), for the TypeScript
// specs: the same spawn, stop and health-wait code as `npm run start:cluster` and command 1.
export { exited, runMigrations, spawnApp, stopChild, waitForHealthyApi } from '../../scripts/devkit/app-processes.mjs';
export { freePort } from '../../scripts/devkit/free-port.mjs';
export { runAdminCreate } from '../../scripts/devkit/admin-create.mjs';
