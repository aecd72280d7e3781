import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import vm from 'node:vm';

export const ROOT = join(__dirname, '..', '..');
export const CODE_JS = join(ROOT, 'dist', 'Code.js');

/**
 * Loads the built dist/Code.js the way Apps Script does: one script in a fresh global scope, with
 * no Apps Script services unless the caller passes some. Returns the global scope.
 */
export function loadBundle(globals: Record<string, unknown> = {}): Record<string, unknown> {
  const context = vm.createContext({ ...globals });
  vm.runInContext(readFileSync(CODE_JS, 'utf8'), context, { filename: 'Code.js' });
  return context as Record<string, unknown>;
}

/** Calls a top-level function of the bundle (a stub from globals.js). */
export function callGlobal(scope: Record<string, unknown>, name: string, args: unknown[]): unknown {
  const fn = scope[name];
  if (typeof fn !== 'function') throw new Error(`no top-level function ${name}`);
  return fn(...args);
}
