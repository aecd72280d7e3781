import { callError } from '../../src/core/errors';
import { asCustomFunction } from '../../src/gas/customFunction';
import { thrown } from './fixtures';

// The wrapper that turns problems into the Error text Sheets shows in a cell's tooltip.

describe('asCustomFunction', () => {
  const locale = () => 'ru_RU';

  it('passes arguments and results through untouched', () => {
    const args: unknown[] = [];
    const fn = asCustomFunction('KB_TEST', locale, 1, (a: unknown, b?: unknown) => {
      args.push(a, b);
      return [[a, b]];
    });
    const range = [[1, 2]];
    expect(fn(range, 'x')).toEqual([[range, 'x']]);
    expect(args[0]).toBe(range);
  });

  it('a call-level problem becomes "NAME: message" in the language of the rules argument', () => {
    const seen: unknown[][] = [];
    const fn = asCustomFunction('KB_TEST', locale, 1, (...args: unknown[]) => {
      seen.push(args);
      throw callError('missingArg', 'target');
    });
    expect(thrown(() => fn(1))).toBe('KB_TEST: не указан аргумент target');
    expect(thrown(() => fn(1, [['lang', 'en']]))).toBe('KB_TEST: argument target is missing');
    expect(thrown(() => fn(1, [['lang', 'kk']]))).toBe('KB_TEST: target аргументі көрсетілмеген');
    expect(seen).toHaveLength(3);
  });

  it('an unexpected error is still named after the function', () => {
    const fn = asCustomFunction('KB_TEST', locale, undefined, () => {
      throw new TypeError('x is undefined');
    });
    expect(thrown(fn)).toBe('KB_TEST: x is undefined');
    const text = asCustomFunction('KB_TEST', locale, undefined, () => {
      throw 'plain text';
    });
    expect(thrown(text)).toBe('KB_TEST: plain text');
  });

  it('throws an Error (what Sheets shows as #ERROR!), not the internal CallError', () => {
    const fn = asCustomFunction('KB_TEST', locale, undefined, () => {
      throw callError('rulesShape', '3');
    });
    try {
      fn();
    } catch (e) {
      expect(e).toBeInstanceOf(Error);
      expect((e as Error).name).toBe('Error');
    }
    expect.assertions(2);
  });
});
