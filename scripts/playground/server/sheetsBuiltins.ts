/**
 * Google Sheets functions that HyperFormula lacks but the add-on's data-validation formulas use.
 * They are given to the fakes as extra functions only while the fakes' engine does not have them,
 * so a later engine that does takes over by itself.
 */
import { createFakeServices, type CustomFunction } from '../../../test/fakes';

const BUILTINS: Record<string, CustomFunction> = {
  /** REGEXMATCH(text, regular_expression): whether a part of text matches (RE2, close to JS). */
  REGEXMATCH: (text: unknown, pattern: unknown) => new RegExp(String(pattern ?? '')).test(String(text ?? '')),
};

export function missingSheetsBuiltins(): Record<string, CustomFunction> {
  const probe = createFakeServices().spreadsheet.engine;
  const missing: Record<string, CustomFunction> = {};
  for (const [name, fn] of Object.entries(BUILTINS)) {
    if (String(probe.calculate(`=${name}("a","a")`, 0)) === '#NAME?') missing[name] = fn;
  }
  return missing;
}
