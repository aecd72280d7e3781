import { examFunctions } from '../../src/gas/functions/exam';
import { markFunctions } from '../../src/gas/functions/marks';
import { periodFunctions } from '../../src/gas/functions/period';
import { scaleFunctions } from '../../src/gas/functions/scale';
import type { LocaleSource } from '../../src/gas/language';

/** Every KB_ function wired to a given spreadsheet locale, as main.ts wires them to the real one. */
export function kb(locale: LocaleSource = () => undefined) {
  return {
    ...periodFunctions(locale),
    ...scaleFunctions(locale),
    ...markFunctions(locale),
    ...examFunctions(locale),
  };
}

/** The call-level error a function throws, as the text Sheets would show. */
export function thrown(f: () => unknown): string {
  try {
    f();
  } catch (e) {
    return e instanceof Error ? e.message : String(e);
  }
  throw new Error('expected the call to throw');
}
