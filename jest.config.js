/** Tests are TypeScript transformed by SWC (fast, no type-check: `npm run typecheck` does that). */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/test'],
  testMatch: ['**/*.test.ts'],
  transform: {
    '^.+\\.(t|j)sx?$': [
      '@swc/jest',
      { jsc: { transform: { react: { runtime: 'automatic', importSource: 'preact' } } } },
    ],
  },
  reporters: ['default', '<rootDir>/scripts/summary-reporter.cjs'],
  moduleFileExtensions: ['ts', 'tsx', 'js', 'mjs', 'json'],
};
