import { existsSync } from 'node:fs';

/** Where Debian and Ubuntu put their Chromium (the e2e tests never download a browser). */
const CANDIDATES = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
];

/** The system Chromium for playwright-core: CHROMIUM_PATH, else the usual paths, else a clear error. */
export function chromiumExecutable(): string {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv) {
    if (!existsSync(fromEnv)) throw new Error(`CHROMIUM_PATH=${fromEnv} does not exist`);
    return fromEnv;
  }
  const found = CANDIDATES.find((path) => existsSync(path));
  if (!found)
    throw new Error(
      `no Chromium found (looked at ${CANDIDATES.join(', ')}): install Debian's with ` +
        '`apt-get install -y chromium` (scripts/test.sh does it when it can), or set CHROMIUM_PATH',
    );
  return found;
}
