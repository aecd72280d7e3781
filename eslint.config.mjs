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
      'no-restricted-globals': ['error', 'SpreadsheetApp', 'PropertiesService', 'HtmlService', 'LockService', 'Session', 'Utilities'],
    },
  },
  {
    files: ['**/*.js', '**/*.mjs', '**/*.cjs'],
    languageOptions: { globals: { require: 'readonly', module: 'writable', process: 'readonly', console: 'readonly', __dirname: 'readonly' } },
  },
  {
    files: ['src/gas/globals.js'],
    rules: { 'no-unused-vars': 'off', 'no-undef': 'off' },
  },
);
