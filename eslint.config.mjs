import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/', 'node_modules/', 'coverage/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['src/core/**/*.ts'],
    rules: {
      // The core is pure: nothing from Apps Script may leak in.
      'no-restricted-globals': [
        'error',
        'SpreadsheetApp',
        'PropertiesService',
        'HtmlService',
        'LockService',
        'Session',
        'Utilities',
      ],
    },
  },
  // Layers (README, design): gas → core, sidebar → the contract and the core's small pieces,
  // never back up. A violation fails CI.
  {
    files: ['src/core/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/shared/**', '**/gas/**', '**/sidebar/**', '**/scripts/**', '**/test/**'],
              message: 'src/core imports nothing outside itself.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['src/shared/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/gas/**', '**/sidebar/**', '**/scripts/**', '**/test/**'],
              message: 'The contract imports only core types.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['sidebar/**/*.ts', 'sidebar/**/*.tsx'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/src/gas/**'],
              message: 'The sidebar reaches the server only through the contract (rpc.ts).',
            },
            {
              // The mark engine and the reports run on the server only (scopeId only names a scope).
              regex: '/core/(period|annual|reports(/(?!scopeId$)[^/]+)?)$',
              message: 'Marks and reports are computed on the server (src/gas/app).',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['**/*.js', '**/*.mjs', '**/*.cjs'],
    rules: { '@typescript-eslint/no-require-imports': 'off' },
    languageOptions: {
      globals: {
        require: 'readonly',
        module: 'writable',
        process: 'readonly',
        console: 'readonly',
        __dirname: 'readonly',
      },
    },
  },
  {
    // Top-level stubs Apps Script calls by name; KB is the bundle's global.
    files: ['src/gas/globals.js'],
    languageOptions: { globals: { KB: 'readonly' } },
    rules: { 'no-unused-vars': 'off', '@typescript-eslint/no-unused-vars': 'off' },
  },
);
