import fc from 'fast-check';
import { jsonErrorAt, lineAndColumn } from '../../src/core/journal/jsonPosition';

const parses = (s: string) => {
  try {
    JSON.parse(s);
    return true;
  } catch {
    return false;
  }
};

describe('jsonErrorAt', () => {
  test.each([
    ['{"a": [1, 2]}', -1],
    ['{"a": [1,, 2]}', 9],
    ['{"a": 1,}', 8],
    ['{"a" 1}', 5],
    ['[01]', 2],
    ['"abc', 4],
    ['tru', 0],
    ['{"a": "\\x"}', 7],
    ['', 0],
    ['  {} x', 5],
    ['-', 0],
    ['1.', 1],
  ])('%j → %d', (text, at) => {
    expect(jsonErrorAt(text)).toBe(at);
  });

  test('agrees with JSON.parse on valid JSON and on JSON with a character changed, inserted or removed', () => {
    const mutated = fc
      .tuple(
        fc.json(),
        fc.nat(),
        fc.constantFrom(',', '}', ']', '"', ':', ' ', '0', '-', '.', 'e', '\\', '\n', ''),
        fc.boolean(),
      )
      .map(([json, at, ch, replace]) => {
        const i = at % (json.length + 1);
        return json.slice(0, i) + ch + json.slice(replace ? i + 1 : i);
      });
    fc.assert(
      fc.property(fc.oneof(fc.json(), mutated, fc.string()), (text) => {
        const at = jsonErrorAt(text);
        expect(at === -1).toBe(parses(text));
        expect(at).toBeLessThanOrEqual(text.length);
      }),
      { numRuns: 2000 },
    );
  });

  test('line and column are 1-based', () => {
    expect(lineAndColumn('ab\ncd', 0)).toEqual({ line: 1, column: 1 });
    expect(lineAndColumn('ab\ncd', 4)).toEqual({ line: 2, column: 2 });
  });
});
