/** @type {import('jest').Config} */
export default {
  testEnvironment: 'node',
  extensionsToTreatAsEsm: ['.ts'],
  moduleNameMapper: {
    '^(\\.{1,2}/.*)\\.js$': '$1',
    // One bundled file instead of 266 modules linked per suite (__tests__/setup/bundle-deps.mjs).
    '^@sinclair/typebox$': '<rootDir>/node_modules/.cache/egress-audit/test-deps/typebox.mjs',
  },
  // esbuild strips the types (__tests__/setup/esbuild-transform.mjs says why not ts-jest).
  transform: {
    '^.+\\.ts$': '<rootDir>/__tests__/setup/esbuild-transform.mjs',
  },
  testMatch: ['<rootDir>/__tests__/**/*.test.ts'],
  testTimeout: 60000,
  // Jest's default is one worker per core minus one: a single worker on a 2-core machine, which left
  // a core idle. The main process only schedules suites, so use both.
  maxWorkers: 2,
  // The most expensive suites first (by __tests__/setup/suite-costs.json), also on a fresh clone.
  testSequencer: '<rootDir>/__tests__/setup/sequencer.mjs',
  // Builds dist/ when it does not match src/ and rules/ (the e2e, CLI and worker suites run the bundle),
  // and the bundled test dependencies.
  globalSetup: '<rootDir>/__tests__/setup/global-setup.mjs',
  // Per-suite CPU seconds when EGRESS_AUDIT_JEST_PROFILE names a file (CONTRIBUTING.md, "Fast tests").
  setupFilesAfterEnv: ['<rootDir>/__tests__/setup/cpu-profile.mjs'],
  // `npm run coverage` only (collecting it slows every suite). V8 coverage: the tests run as native ESM.
  coverageProvider: 'v8',
  collectCoverageFrom: ['src/**/*.ts', '!src/**/*.d.ts'],
  coverageReporters: ['text-summary', 'json-summary', 'html'],
  // Floors just under what the suite reached on 2026-12-03 (statements/branches/functions/lines %:
  // scan 89.5/85.8/91.0/89.5, compare 100/97.2/100/100, config 90.3/89.3/96.3/90.3), so a change that
  // leaves scanning, comparison or policy code untested fails `npm run coverage`.
  coverageThreshold: {
    './src/scan/': { statements: 89, branches: 85, functions: 90, lines: 89 },
    './src/compare/': { statements: 99, branches: 97, functions: 99, lines: 99 },
    './src/config/': { statements: 90, branches: 89, functions: 96, lines: 90 },
  },
};
