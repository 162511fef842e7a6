// The dependency picture of docs/architecture.md, checked on every lint.
import js from '@eslint/js';
import { createProjectGraphAsync, readCachedProjectGraph } from '@nx/devkit';
import nx from '@nx/eslint-plugin';
import prettier from 'eslint-config-prettier';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const nodeBuiltins = [
  'node:*',
  'fs',
  'path',
  'os',
  'crypto',
  'child_process',
  'http',
  'https',
  'net',
  'url',
  'util',
  'worker_threads',
];
// @nx/enforce-module-boundaries reads the cached project graph (.nx/workspace-data) and, without
// one, prints a warning and checks nothing. So every ESLint run (script, CI, editor) first builds
// or refreshes that graph, and refuses to lint at all if the rule still could not read it.
process.env.NX_DAEMON ??= 'false';
await createProjectGraphAsync({ exitOnError: false });
try {
  readCachedProjectGraph();
} catch (error) {
  throw new Error(
    `eslint.config.mjs: no cached Nx project graph after building it, so @nx/enforce-module-boundaries would skip (${error.message})`,
  );
}

const io = ['@nestjs/*', 'typeorm', 'pg', 'nestjs-pino', 'pino', 'axios', 'nodemailer'];

/** Who may import whom (Nx tags in each project.json) and which packages each layer must not touch. */
const depConstraints = [
  {
    sourceTag: 'type:domain',
    onlyDependOnLibsWithTags: [],
    bannedExternalImports: [...io, '@temporalio/*', ...nodeBuiltins],
  },
  {
    sourceTag: 'type:contracts',
    onlyDependOnLibsWithTags: ['type:domain'],
    bannedExternalImports: [...io, '@temporalio/client', '@temporalio/worker', '@temporalio/activity', ...nodeBuiltins],
  },
  {
    sourceTag: 'type:workflows',
    onlyDependOnLibsWithTags: ['type:domain', 'type:contracts'],
    bannedExternalImports: [...io, '@temporalio/client', '@temporalio/worker', '@temporalio/activity', ...nodeBuiltins],
  },
  { sourceTag: 'type:config', onlyDependOnLibsWithTags: [], bannedExternalImports: ['@temporalio/*', 'typeorm', 'pg'] },
  // Demo and benchmark data: pure like the domain; only tests and scripts import it.
  {
    sourceTag: 'type:demo-data',
    onlyDependOnLibsWithTags: ['type:domain'],
    bannedExternalImports: [...io, '@temporalio/*', ...nodeBuiltins],
  },
  {
    sourceTag: 'type:persistence',
    onlyDependOnLibsWithTags: ['type:domain', 'type:config'],
    bannedExternalImports: ['@temporalio/*'],
  },
  {
    sourceTag: 'type:notification',
    onlyDependOnLibsWithTags: ['type:domain', 'type:config', 'type:persistence'],
    bannedExternalImports: ['@temporalio/*'],
  },
  {
    sourceTag: 'type:temporal-client',
    onlyDependOnLibsWithTags: ['type:config'],
    bannedExternalImports: ['@temporalio/worker'],
  },
  {
    sourceTag: 'type:application',
    onlyDependOnLibsWithTags: [
      'type:domain',
      'type:contracts',
      'type:config',
      'type:persistence',
      'type:notification',
      'type:temporal-client',
    ],
    bannedExternalImports: ['@temporalio/worker', '@temporalio/activity'],
  },
  {
    sourceTag: 'type:activities',
    onlyDependOnLibsWithTags: [
      'type:domain',
      'type:contracts',
      'type:config',
      'type:application',
      'type:notification',
      'type:persistence',
    ],
    bannedExternalImports: ['@temporalio/client', '@temporalio/worker'],
  },
  // Apps never import each other. The API serves HTTP and starts workflows through the client: no
  // Temporal worker, no activities, no workflows. The worker registers activities and loads
  // workflows by path (bundler), never by import.
  {
    sourceTag: 'type:api',
    onlyDependOnLibsWithTags: [
      'type:domain',
      'type:contracts',
      'type:config',
      'type:persistence',
      'type:temporal-client',
      'type:application',
    ],
    bannedExternalImports: ['@temporalio/worker', '@temporalio/activity', '@temporalio/workflow'],
  },
  {
    sourceTag: 'type:worker',
    onlyDependOnLibsWithTags: [
      'type:domain',
      'type:contracts',
      'type:config',
      'type:persistence',
      'type:notification',
      'type:temporal-client',
      'type:application',
      'type:activities',
    ],
  },
  { sourceTag: 'type:test', onlyDependOnLibsWithTags: ['*'] },
  // The web console runs in the browser and talks only to the public API (its generated client).
  { sourceTag: 'type:console', onlyDependOnLibsWithTags: [], bannedExternalImports: [...io, '@temporalio/*'] },
];

export default tseslint.config(
  {
    ignores: [
      '**/node_modules/**',
      '**/dist/**',
      'tmp/**',
      'coverage/**',
      '.nx/**',
      'apps/console/src/api/api-schema.generated.ts',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.ts', '**/*.mjs'],
    plugins: { '@nx': nx },
    languageOptions: { globals: globals.node },
    rules: {
      '@nx/enforce-module-boundaries': ['error', { enforceBuildableLibDependency: false, allow: [], depConstraints }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      // Off on purpose: Nest DI reads constructor types from decorator metadata, so a class used
      // "only as a type" in a constructor must stay a value import.
      '@typescript-eslint/consistent-type-imports': 'off',
      'no-console': ['error', { allow: ['error'] }],
    },
  },
  {
    // Pure code runs inside Temporal's deterministic sandbox: no Node built-ins (Nx's rule does not see them).
    files: [
      'libs/domain/src/**/*.ts',
      'libs/contracts/src/**/*.ts',
      'workflows/src/**/*.ts',
      'libs/demo-data/src/**/*.ts',
    ],
    ignores: ['**/*.spec.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: nodeBuiltins,
              message: 'pure code (domain, contracts, workflows, demo data) must not use Node built-ins',
            },
          ],
        },
      ],
    },
  },
  {
    // The web console: browser code (TSX), same boundaries as every project.
    files: ['apps/console/**/*.{ts,tsx}'],
    plugins: { '@nx': nx },
    languageOptions: { globals: globals.browser },
    rules: {
      '@nx/enforce-module-boundaries': ['error', { enforceBuildableLibDependency: false, allow: [], depConstraints }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-console': 'error',
    },
  },
  {
    // The console's build configuration runs in Node.
    files: ['apps/console/vite.config.ts'],
    languageOptions: { globals: globals.node },
  },
  {
    // Entry points and dev scripts talk to the terminal.
    files: ['scripts/**', 'libs/persistence/src/*.main.ts', 'apps/*/src/*.main.ts', 'test/support/**'],
    rules: { 'no-console': 'off' },
  },
  {
    // Specs may read fixtures from disk.
    files: ['**/*.spec.ts'],
    rules: {
      '@nx/enforce-module-boundaries': [
        'error',
        {
          enforceBuildableLibDependency: false,
          depConstraints: depConstraints.map((c) => ({ ...c, bannedExternalImports: [] })),
        },
      ],
    },
  },
  {
    // Tests drive the real apps; the Jest set-up files (.mjs) run before any module graph exists.
    files: ['test/**/*.ts'],
    rules: {
      '@nx/enforce-module-boundaries': [
        'error',
        { enforceBuildableLibDependency: false, allow: ['@cxzy/api', '@cxzy/worker'], depConstraints },
      ],
    },
  },
  { files: ['test/support/*.mjs'], rules: { '@nx/enforce-module-boundaries': 'off' } },
  prettier,
);
