/**
 * What the sidebar bundle carries, from esbuild's own list of the modules it bundles (the same
 * options as scripts/build-sidebar.mjs): no mark engine and no report core — marks and reports are
 * computed on the server — and nothing of the server's Apps Script layer.
 */
import { build } from 'esbuild';
import { join } from 'node:path';

const ROOT = join(__dirname, '..', '..');

async function sidebarModules(): Promise<string[]> {
  const result = await build({
    entryPoints: [join(ROOT, 'sidebar/main.tsx')],
    bundle: true,
    write: false,
    outfile: 'sidebar.js',
    metafile: true,
    format: 'iife',
    jsx: 'automatic',
    jsxImportSource: 'preact',
    target: 'es2020',
    logLevel: 'silent',
    define: { 'process.env.NODE_ENV': '"production"' },
  });
  // What reaches the output: a module whose exports are all shaken off contributes no bytes.
  const [output] = Object.values(result.metafile.outputs);
  return Object.entries(output.inputs)
    .filter(([, i]) => i.bytesInOutput > 0)
    .map(([path]) => path);
}

describe('the sidebar bundle', () => {
  it('carries no mark engine, no report core and nothing of src/gas', async () => {
    const modules = await sidebarModules();
    expect(modules.length).toBeGreaterThan(20);
    expect(modules).toContain('sidebar/main.tsx');
    const forbidden = modules.filter((m) =>
      /^src\/(gas\/|core\/(period|annual|indicators)\.ts$|core\/reports\/(?!scopeId\.ts$))/.test(m),
    );
    expect(forbidden).toEqual([]);
  });
});
