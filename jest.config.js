/** Tests are TypeScript transformed by esbuild (no type-check here: `npm run typecheck` does that). */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/test'],
  testMatch: ['**/*.test.ts'],
  transform: { '^.+\\.(t|j)sx?$': '<rootDir>/scripts/jest-esbuild.cjs' },
  reporters: ['default', '<rootDir>/scripts/summary-reporter.cjs'],
  moduleFileExtensions: ['ts', 'tsx', 'js', 'mjs', 'cjs', 'json'],
};
