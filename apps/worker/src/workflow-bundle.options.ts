import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const repoRoot = fileURLToPath(new URL('../../../', import.meta.url));

/** Entry of the workflow bundle. */
export const workflowsPath = fileURLToPath(new URL('../../../workflows/src/index.ts', import.meta.url));

/**
 * Workspace libraries the workflow bundle may use. Only the pure ones: an import of any other
 * workspace library (persistence, application, ...) does not resolve and the bundle fails, so a
 * non-deterministic dependency never reaches workflow code.
 */
const WORKFLOW_SAFE_LIBRARIES = ['@cxzy/domain', '@cxzy/contracts'];

/** The Temporal bundler does not read tsconfig `paths`; map the pure libraries for webpack. */
export function workflowBundlerOptions() {
  const tsconfig = JSON.parse(readFileSync(`${repoRoot}tsconfig.base.json`, 'utf8')) as {
    compilerOptions: { paths: Record<string, string[]> };
  };
  const alias = Object.fromEntries(
    WORKFLOW_SAFE_LIBRARIES.map((name) => {
      const target = tsconfig.compilerOptions.paths[name]?.[0];
      if (!target) throw new Error(`tsconfig.base.json has no path for ${name}`);
      return [`${name}$`, fileURLToPath(new URL(target, `file://${repoRoot}`))];
    }),
  );
  return {
    webpackConfigHook: <C extends { resolve?: { alias?: unknown } }>(config: C): C => {
      const resolve = config.resolve ?? {};
      resolve.alias = { ...(resolve.alias as Record<string, unknown>), ...alias };
      return { ...config, resolve };
    },
  };
}

/** Where the worker takes its workflow code from: the prebuilt bundle when one is configured. */
export function workflowCodeSource(prebuiltBundlePath: string | undefined) {
  return prebuiltBundlePath
    ? { workflowBundle: { codePath: prebuiltBundlePath } }
    : { workflowsPath, bundlerOptions: workflowBundlerOptions() };
}
