// Jest transform: TypeScript/TSX to CommonJS with esbuild (fast, no type-check: `npm run typecheck`
// does that). esbuild is already the build tool, so tests add no compiler of their own.
const { transformSync } = require('esbuild');

module.exports = {
  process(source, filename) {
    const loader = filename.endsWith('.tsx') ? 'tsx' : filename.endsWith('.ts') ? 'ts' : 'js';
    const { code, map } = transformSync(source, {
      loader,
      format: 'cjs',
      target: 'node20',
      sourcemap: 'inline',
      sourcefile: filename,
      jsx: 'automatic',
      jsxImportSource: 'preact',
    });
    return { code, map };
  },
};
