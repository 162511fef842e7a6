// Three projects: `unit` (pure code beside the sources, and test/support's own pure helpers),
// `integration` (test/, against a real Temporal dev server and PostgreSQL started once per run by
// test/support/global-setup.mjs) and
// `cluster` (test/cluster/, against the cluster profile: the full Temporal server on PostgreSQL).
// Native ESM (NestJS 12 is ESM-only): run with NODE_OPTIONS=--experimental-vm-modules.
import { readFileSync } from 'node:fs';

const { compilerOptions } = JSON.parse(readFileSync(new URL('./tsconfig.base.json', import.meta.url), 'utf8'));

const moduleNameMapper = {
  ...Object.fromEntries(
    Object.entries(compilerOptions.paths).map(([alias, [target]]) => [
      `^${alias}$`,
      `<rootDir>/${target.replace(/^\.\//, '')}`,
    ]),
  ),
  // Sources import './x.js' (NodeNext); Jest resolves the .ts file.
  '^(\\.{1,2}/.*)\\.js$': '$1',
};

const swc = [
  '@swc/jest',
  {
    jsc: {
      target: 'es2022',
      parser: { syntax: 'typescript', decorators: true },
      transform: { legacyDecorator: true, decoratorMetadata: true, useDefineForClassFields: false },
      keepClassNames: true,
    },
    module: { type: 'es6' },
    sourceMaps: 'inline',
  },
];

const common = {
  rootDir: '.',
  testEnvironment: 'node',
  extensionsToTreatAsEsm: ['.ts'],
  transform: { '^.+\\.ts$': swc },
  moduleNameMapper,
  setupFiles: ['reflect-metadata'],
};

export default {
  projects: [
    {
      ...common,
      displayName: 'unit',
      testMatch: ['<rootDir>/{apps,workflows,activities,libs}/**/*.spec.ts', '<rootDir>/test/support/*.spec.ts'],
    },
    {
      ...common,
      displayName: 'integration',
      testMatch: ['<rootDir>/test/**/*.integration-spec.ts'],
      globalSetup: '<rootDir>/test/support/global-setup.mjs',
      globalTeardown: '<rootDir>/test/support/global-teardown.mjs',
      slowTestThreshold: 60,
    },
    {
      // The same specs as `integration`, grouped into one Jest file per area (test/suites/suites.ts):
      // scripts/test.sh's integration phase, where loading the frameworks once per spec file cost
      // minutes of CPU on 2 cores. Run a single spec with the `integration` project.
      ...common,
      displayName: 'integration-suites',
      testMatch: ['<rootDir>/test/suites/*.suite-spec.ts'],
      globalSetup: '<rootDir>/test/support/global-setup.mjs',
      globalTeardown: '<rootDir>/test/support/global-teardown.mjs',
      slowTestThreshold: 300,
    },
    {
      ...common,
      displayName: 'cluster',
      testMatch: ['<rootDir>/test/cluster/*.cluster-spec.ts'],
      globalSetup: '<rootDir>/test/support/cluster-global-setup.mjs',
      globalTeardown: '<rootDir>/test/support/cluster-global-teardown.mjs',
      slowTestThreshold: 180,
    },
  ],
};
