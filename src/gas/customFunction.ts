import { CallError } from '../core/errors';
import { renderProblem, type Lang } from '../core/i18n';
import { resolveRuleset } from '../core/ruleset';
import { messagesOf, type LocaleSource } from './language';

/**
 * Runs a custom function body and turns a call-level problem into the Error Sheets shows in the
 * cell's tooltip: "KB_QUARTER: неизвестный набор правил «KZ-2017» …", in the language the call's
 * `rules` asks for when they can be read (argument `rulesAt`), else the spreadsheet's.
 */
export function asCustomFunction<A extends unknown[], R>(
  name: string,
  locale: LocaleSource,
  rulesAt: number | undefined,
  body: (...args: A) => R,
) {
  return (...args: A): R => {
    try {
      return body(...args);
    } catch (e) {
      if (!(e instanceof CallError))
        throw new Error(`${name}: ${e instanceof Error ? e.message : String(e)}`);
      const m = messagesOf(rulesAt === undefined ? undefined : langOfRules(args[rulesAt]), locale);
      throw new Error(`${name}: ${renderProblem(m, e.problem)}`);
    }
  };
}

function langOfRules(rules: unknown): Lang | undefined {
  try {
    return resolveRuleset(rules).lang;
  } catch {
    return undefined;
  }
}
