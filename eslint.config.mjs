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
