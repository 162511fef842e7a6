// @ts-check
// The Temporal Web UI for the cluster profile. The CLI's dev server embeds the UI; the full server
// does not, so the UI's own server (Go module github.com/temporalio/ui-server/v2, the same UI 2.42.1
// the CLI embeds) is built once (about 1 minute on 2 cores) and pointed at the cluster's frontend.
import { spawn } from 'node:child_process';
import { mkdirSync, openSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { cachedOrGoInstall, cxzyCacheDir, executableFromEnv } from './go-install.mjs';

export const TEMPORAL_UI_VERSION = 'v2.42.1';

/**
 * $TEMPORAL_UI_SERVER_PATH, the cache, else `go install` into the cache.
 * @param {{ log?: (line: string) => void }} [options]
 */
export async function findOrBuildUiServer({ log = (line) => console.log(line) } = {}) {
  const fromEnv = executableFromEnv('TEMPORAL_UI_SERVER_PATH');
  if (fromEnv) return fromEnv;
  const dir = cxzyCacheDir(`temporal-ui-server-${TEMPORAL_UI_VERSION}`);
  const cached = join(dir, 'server');
  await cachedOrGoInstall([cached], {
    packages: [`github.com/temporalio/ui-server/v2/cmd/server@${TEMPORAL_UI_VERSION}`],
    targetDir: dir,
    what: `the Temporal Web UI server ${TEMPORAL_UI_VERSION}`,
    minutes: 1,
    missingGoHint: 'Install Go or set TEMPORAL_UI_SERVER_PATH.',
    log,
  });
  return cached;
}

/**
 * Starts the UI on 127.0.0.1:`port` for the frontend at `address`; resolves once it answers.
 * @param {{ uiServerPath: string, address: string, port: number, rootDir: string, namespace?: string }} options
 */
export async function startUiServer({ uiServerPath, address, port, rootDir, namespace = 'default' }) {
  mkdirSync(join(rootDir, 'config'), { recursive: true });
  const config = { temporalGrpcAddress: address, host: '127.0.0.1', port, enableUi: true, defaultNamespace: namespace };
  writeFileSync(join(rootDir, 'config', 'cluster.yaml'), JSON.stringify(config, null, 2));
  const logFile = join(rootDir, 'ui-server.log');
  const out = openSync(logFile, 'a');
  const args = ['--root', rootDir, '--config', 'config', '--env', 'cluster', 'start'];
  const child = spawn(uiServerPath, args, { stdio: ['ignore', out, out] });
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 30_000;
  while (
    (await fetch(url).then(
      (r) => r.status,
      () => 0,
    )) !== 200
  ) {
    if (child.exitCode !== null || Date.now() > deadline) {
      child.kill('SIGKILL');
      throw new Error(`the Web UI did not start on ${url}; see ${logFile}`);
    }
    await new Promise((r) => setTimeout(r, 300));
  }
  return { url, child };
}
