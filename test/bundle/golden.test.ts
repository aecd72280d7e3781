import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { callGlobal, loadBundle, ROOT } from './loadBundle';

interface GoldenCase {
  fn: string;
  note?: string;
  args: unknown[];
  expect: unknown;
}

// The shared golden cases live beside the repo; CI clones it with shared/ next to it. Both files
// run: contract version 2 keeps every case of version 1 and adds its own.
const GOLDEN_FILES = ['cases.jsonl', 'cases-v2.jsonl'];
const cases: (GoldenCase & { file: string })[] = GOLDEN_FILES.flatMap((file) =>
  readFileSync(join(ROOT, '..', 'shared', 'golden', file), 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => ({ ...(JSON.parse(line) as GoldenCase), file })),
);

/** The golden README's comparison: numbers within 1e-6, "!" = an invalid-row message, 1×1 = bare, `throws`. */
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
  it('has the cases of both files to run', () => {
    expect(cases.filter((c) => c.file === 'cases.jsonl').length).toBeGreaterThanOrEqual(57);
    expect(cases.filter((c) => c.file === 'cases-v2.jsonl').length).toBeGreaterThanOrEqual(24);
  });
  it.each(
    cases.map((c, i) => [`${c.file} ${i + 1} ${c.fn} ${c.note ?? JSON.stringify(c.args)}`, c] as const),
  )('%s', (_, c) => {
    const throws = (c.expect as { throws?: string } | null)?.throws;
    if (typeof throws === 'string') {
      // A call-level error: an Error whose message starts with the function's name.
      expect(() => callGlobal(scope, c.fn, structuredClone(c.args))).toThrow(new RegExp(`^${throws}: `));
      return;
    }
    const actual = callGlobal(scope, c.fn, structuredClone(c.args));
    if (!matches(actual, c.expect)) {
      throw new Error(
        `${c.fn}(${JSON.stringify(c.args)}) = ${JSON.stringify(actual)}, expected ${JSON.stringify(c.expect)}`,
      );
    }
  });
});
