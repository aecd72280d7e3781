// Builds dist/sidebar.html: the sidebar's JS and CSS inlined into one file, because HtmlService
// serves a single HTML file and cannot load separate scripts or styles from the project.
import { build } from 'esbuild';
import { Buffer } from 'node:buffer';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

/** The server replaces __KB_PANEL__ with the panel to open. */
export const PANEL_SCRIPT = '<script>window.KB_PANEL="__KB_PANEL__";</script>';

/**
 * Makes bundled JS safe to inline: `</script` and `<!--` would end or confuse the script element,
 * and HtmlService mangles `//` in string literals (it takes "https://…" for a comment). Each
 * rewrite is an escape that means the same inside a string, template or regular expression.
 */
export function escapeInlineJs(js) {
  return js
    .replace(/<\/(script)/gi, '<\\/$1')
    .replace(/<!--/g, '\\x3C!--')
    .replace(/:\/\//g, ':\\/\\/');
}

async function bundle(entry, options = {}) {
  const result = await build({
    entryPoints: [join(root, entry)],
    bundle: true,
    minify: true,
    write: false,
    target: 'es2020',
    charset: 'utf8',
    legalComments: 'none',
    logLevel: 'warning',
    ...options,
  });
  return result.outputFiles[0].text.trim();
}

export async function buildSidebar() {
  const [js, css] = await Promise.all([
    bundle('sidebar/main.tsx', {
      format: 'iife',
      jsx: 'automatic',
      jsxImportSource: 'preact',
      define: { 'process.env.NODE_ENV': '"production"' },
    }),
    bundle('sidebar/styles.css', { loader: { '.css': 'css' } }),
  ]);
  if (/<\/style/i.test(css)) throw new Error('sidebar CSS contains "</style"');
  const safeJs = escapeInlineJs(js);

  const template = readFileSync(join(root, 'sidebar/index.html'), 'utf8');
  const parts = { PANEL: PANEL_SCRIPT, CSS: `<style>${css}</style>`, JS: `<script>${safeJs}</script>` };
  // A function replacement: "$" in the bundle must not be read as a replacement pattern.
  const html = template.replace(/<!--KB:(PANEL|CSS|JS)-->/g, (_, key) => parts[key]);
  for (const key of Object.keys(parts)) {
    if (!template.includes(`<!--KB:${key}-->`)) throw new Error(`sidebar/index.html lacks <!--KB:${key}-->`);
  }

  const dist = join(root, 'dist');
  mkdirSync(dist, { recursive: true });
  writeFileSync(join(dist, 'sidebar.html'), html);
  const bytes = Buffer.byteLength(html);
  console.log(`built dist/sidebar.html (${(bytes / 1024).toFixed(1)} KiB)`);
  return { bytes };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) await buildSidebar();
