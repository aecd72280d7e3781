/**
 * Runs the built dist/Code.js the way Apps Script does: one script in one global scope (a node:vm
 * context) where the five Apps Script services are globals, here the in-memory fakes. Everything
 * crossing into the bundle is re-created inside its realm from JSON, as Apps Script serialises
 * google.script.run arguments, so the bundle never sees this realm's objects.
 */
import vm from 'node:vm';
import type { FakeServices } from '../../../test/fakes';
import { createMembrane, type RealmIntrinsics } from './membrane';

export interface BundleScope {
  /** Calls a top-level function with JSON-able arguments; returns its result as plain JSON data. */
  invoke(name: string, args: unknown[]): unknown;
  /** Calls a top-level function with values of this realm (a custom function called by the engine). */
  callDirect(name: string, args: unknown[]): unknown;
  has(name: string): boolean;
}

type Scope = Record<string, unknown> & { JSON: JSON };

/** Names of the custom functions (KB_…) of a bundle: its top-level functions, read in an empty scope. */
export function customFunctionNames(code: string): string[] {
  const probe = vm.createContext({}) as Record<string, unknown>;
  vm.runInContext(code, probe, { filename: 'Code.js' });
  return Object.keys(probe).filter(
    (name) => /^KB_[A-Z0-9_]+$/.test(name) && typeof probe[name] === 'function',
  );
}

const SERVICES = ['SpreadsheetApp', 'PropertiesService', 'LockService', 'HtmlService', 'Session'] as const;

/** Loads the bundle in a fresh global scope whose Apps Script services are the fakes. */
export function loadBundle(code: string, services: FakeServices): BundleScope {
  const context = vm.createContext({}) as Scope;
  const membrane = createMembrane(
    vm.runInContext('({ Array, Date, Object, Error })', context) as RealmIntrinsics,
  );
  for (const name of SERVICES) context[name] = membrane.wrap(services[name]);
  context.console = console;
  vm.runInContext(code, context, { filename: 'Code.js' });
  const parse = vm.runInContext('JSON.parse', context) as (text: string) => unknown;

  const fn = (name: string): ((...args: unknown[]) => unknown) => {
    const f = context[name];
    if (typeof f !== 'function') throw new Error(`Code.js has no top-level function ${name}`);
    return f as (...args: unknown[]) => unknown;
  };

  return {
    invoke(name, args) {
      // As google.script.run does: plain data in, plain data out.
      const inRealm = parse(JSON.stringify(args ?? [])) as unknown[];
      const result = fn(name)(...inRealm);
      return result === undefined ? undefined : (JSON.parse(JSON.stringify(result)) as unknown);
    },
    callDirect(name, args) {
      return membrane.inward(fn(name)(...args.map(membrane.outward)));
    },
    has(name) {
      return Object.prototype.hasOwnProperty.call(context, name) && typeof context[name] === 'function';
    },
  };
}

/** The message of an error thrown in the bundle's realm (not an instance of this realm's Error). */
export function errorMessage(error: unknown): string {
  if (error && typeof (error as { message?: unknown }).message === 'string')
    return (error as { message: string }).message;
  return String(error);
}
