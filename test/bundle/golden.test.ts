import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { callGlobal, loadBundle, ROOT } from './loadBundle';

interface GoldenCase {
  fn: string;
  note?: string;
  args: unknown[];
  expect: unknown;
}

// The shared golden cases live beside the repo; CI clones it with shared/ next to it.
const GOLDEN = join(ROOT, '..', 'shared', 'golden', 'cases.jsonl');
const cases: GoldenCase[] = readFileSync(GOLDEN, 'utf8')
  .split('\n')
  .filter((line) => line.trim() !== '')
  .map((line) => JSON.parse(line));

/** The golden README's comparison: numbers within 1e-6, "!" = an invalid-row message, 1×1 = bare. */
function matches(actual: unknown, expected: unknown): boolean {
  if (
    Array.isArray(actual) &&
    actual.length === 1 &&
    Array.isArray(actual[0]) &&
    actual[0].length === 1 &&
    !Array.isArray(expected)
  ) {
    return matches(actual[0][0], expected);
  }
  if (Array.isArray(expected)) {
    return (
      Array.isArray(actual) &&
      actual.length === expected.length &&
      expected.every((e, i) => matches(actual[i], e))
    );
  }
  if (typeof expected === 'number') return typeof actual === 'number' && Math.abs(actual - expected) <= 1e-6;
  if (expected === '!') return typeof actual === 'string' && actual.startsWith('! ');
  return actual === expected;
}

describe('golden cases against the built dist/Code.js', () => {
  const scope = loadBundle();
  it('has cases to run', () => expect(cases.length).toBeGreaterThanOrEqual(57));
  it.each(cases.map((c, i) => [`${i + 1} ${c.fn} ${c.note ?? JSON.stringify(c.args)}`, c] as const))(
    '%s',
    (_, c) => {
      const actual = callGlobal(scope, c.fn, structuredClone(c.args));
      if (!matches(actual, c.expect)) {
        throw new Error(
          `${c.fn}(${JSON.stringify(c.args)}) = ${JSON.stringify(actual)}, expected ${JSON.stringify(c.expect)}`,
        );
      }
    },
  );
});
