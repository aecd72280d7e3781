// Builds the playground into a git-ignored folder: the page (Preact) and the server (TypeScript
// from scripts/playground/server and test/fakes). The add-on bundle dist/ is built by `npm run
// build`; HyperFormula stays out of it and is only loaded here, by the server.
//   node scripts/playground/build.mjs [--page-only] [--page-dir DIR]
import { build } from 'esbuild';
import { copyFileSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const OUT_DIR = join(ROOT, 'node_modules', '.cache', 'kb-playground');
export const PAGE_DIR = join(OUT_DIR, 'page');
export const SERVER_FILE = join(OUT_DIR, 'server.mjs');

const here = join(ROOT, 'scripts', 'playground');

export async function buildPage(pageDir = PAGE_DIR) {
  mkdirSync(pageDir, { recursive: true });
  await build({
    entryPoints: [
      { in: join(here, 'page', 'main.tsx'), out: 'app' },
      { in: join(here, 'page', 'style.css'), out: 'app' },
    ],
    bundle: true,
    format: 'iife',
    target: 'es2020',
    jsx: 'automatic',
    jsxImportSource: 'preact',
    outdir: pageDir,
    charset: 'utf8',
    logLevel: 'warning',
  });
  copyFileSync(join(here, 'page', 'index.html'), join(pageDir, 'index.html'));
}

export async function buildServer() {
  await build({
    entryPoints: [join(here, 'server', 'index.ts')],
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    // hyperformula and the rest of node_modules are loaded from node_modules as they are.
    packages: 'external',
    outfile: SERVER_FILE,
    charset: 'utf8',
    logLevel: 'warning',
  });
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  const at = process.argv.indexOf('--page-dir');
  const pageDir = at > 0 ? process.argv[at + 1] : PAGE_DIR;
  await buildPage(pageDir);
  if (!process.argv.includes('--page-only')) await buildServer();
  console.log(`built the playground page in ${pageDir}`);
}
