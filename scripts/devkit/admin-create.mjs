// @ts-check
// `npm run admin:create` as a child process, the way a new deployment makes a grading unit's first
// administrator (docs/security.md, "Bootstrap"): for the demo, the county benchmark and the cluster
// test. The password goes through the environment (CXZY_ADMIN_PASSWORD), never the command line.
import { spawnSync } from 'node:child_process';
import { repoRoot } from './app-processes.mjs';

/**
 * @param {{ username: string, unitCode: string, unitName: string, displayName?: string, password: string,
 *           role?: 'administrator' | 'security-administrator' | 'audit-administrator',
 *           env: NodeJS.ProcessEnv }} options `env`: the server side's (DATABASE_URL …); `role`: which of
 *           the unit's three administrators (三员分立; the system administrator by default)
 * @returns {'created' | 'existing'} an existing user is kept (the command never takes over an account)
 */
export function runAdminCreate({ username, unitCode, unitName, displayName, password, role, env }) {
  const run = spawnSync(
    process.execPath,
    [
      '--enable-source-maps',
      '--import',
      './scripts/devkit/ts-runtime/register.mjs',
      'apps/api/src/admin-create.main.ts',
      ...['--username', username, '--unit', unitCode, '--unit-name', unitName],
      ...(displayName ? ['--display-name', displayName] : []),
      ...(role ? ['--role', role] : []),
    ],
    { cwd: repoRoot, encoding: 'utf8', timeout: 120_000, env: { ...env, CXZY_ADMIN_PASSWORD: password } },
  );
  if (run.status === 0) return 'created';
  if (/exists already/.test(run.stderr)) return 'existing';
  throw new Error(`npm run admin:create for ${username} failed: ${run.stderr.trim() || run.stdout.trim()}`);
}
