/** Tests are TypeScript transformed by esbuild (no type-check here: `npm run typecheck` does that). */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/test'],
  testMatch: ['**/*.test.ts'],
  transform: { '^.+\\.(t|j)sx?$': '<rootDir>/scripts/jest-esbuild.cjs' },
  reporters: ['default', '<rootDir>/scripts/summary-reporter.cjs'],
  // Each test file in a fresh worker process: run in one process, a playground file's state
  // (modules the playground loads natively, outside jest's registry) reached the next file and
  // made the specs playground test depend on the order. Two workers use both cores.
  maxWorkers: 2,
  workerIdleMemoryLimit: '1MB',
  moduleFileExtensions: ['ts', 'tsx', 'js', 'mjs', 'cjs', 'json'],
};
