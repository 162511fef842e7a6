// Node module hooks: resolve the workspace aliases of tsconfig.base.json and `./x.js` → `./x.ts`,
// then compile .ts with swc (legacy decorators + metadata, as NestJS and TypeORM expect).
import { readFileSync, existsSync } from 'node:fs';
import { dirname, resolve as resolvePath } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import swc from '@swc/core';

const repoRoot = resolvePath(dirname(fileURLToPath(import.meta.url)), '../../..');
const aliases = readWorkspaceAliases();

function readWorkspaceAliases() {
  const tsconfig = JSON.parse(readFileSync(resolvePath(repoRoot, 'tsconfig.base.json'), 'utf8'));
  const paths = tsconfig.compilerOptions.paths ?? {};
  return new Map(Object.entries(paths).map(([alias, [target]]) => [alias, resolvePath(repoRoot, target)]));
}

export async function resolve(specifier, context, nextResolve) {
  const aliased = aliases.get(specifier);
  if (aliased) {
    return { url: pathToFileURL(aliased).href, shortCircuit: true, format: 'module' };
  }
  const parent = context.parentURL;
  if (parent?.startsWith('file:') && parent.endsWith('.ts') && specifier.startsWith('.') && specifier.endsWith('.js')) {
    const candidate = fileURLToPath(new URL(specifier.slice(0, -3) + '.ts', parent));
    if (existsSync(candidate)) {
      return { url: pathToFileURL(candidate).href, shortCircuit: true, format: 'module' };
    }
  }
  return nextResolve(specifier, context);
}

export async function load(url, context, nextLoad) {
  if (!url.startsWith('file:') || !url.endsWith('.ts')) {
    return nextLoad(url, context);
  }
  const filename = fileURLToPath(url);
  const { code } = await swc.transform(readFileSync(filename, 'utf8'), {
    filename,
    sourceMaps: 'inline',
    module: { type: 'es6' },
    jsc: {
      target: 'es2022',
      parser: { syntax: 'typescript', decorators: true },
      transform: { legacyDecorator: true, decoratorMetadata: true, useDefineForClassFields: false },
      keepClassNames: true,
    },
  });
  return { format: 'module', source: code, shortCircuit: true };
}
