// Builds dist/ = exactly what `clasp push` uploads: Code.js, appsscript.json (and sidebar.html).
import { build } from 'esbuild';
import { copyFileSync, mkdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildSidebar } from './build-sidebar.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const dist = join(root, 'dist');
mkdirSync(dist, { recursive: true });

// esbuild drops JSDoc and Apps Script calls only top-level function declarations, so the stubs
// Sheets needs for autocomplete are appended verbatim after the bundle.
await build({
  entryPoints: [join(root, 'src/gas/main.ts')],
  bundle: true,
  format: 'iife',
  globalName: 'KB',
  target: 'es2020',
  // The Apps Script editor's parser rejects BigInt literals (`10n`): the build fails on one.
  supported: { bigint: false },
  // Apps Script loads this file for every custom-function call: whitespace and syntax are
  // minified to keep it under its 150 KB budget, but names are kept, so stack traces and the
  // Apps Script editor still show readable function names.
  minifyWhitespace: true,
  minifySyntax: true,
  minifyIdentifiers: false,
  legalComments: 'none',
  charset: 'utf8',
  outfile: join(dist, 'Code.js'),
  footer: { js: '\n' + readFileSync(join(root, 'src/gas/globals.js'), 'utf8') },
  logLevel: 'warning',
});
copyFileSync(join(root, 'appsscript.json'), join(dist, 'appsscript.json'));
await buildSidebar();
console.log('built dist/Code.js, dist/appsscript.json');
