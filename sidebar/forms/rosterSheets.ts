/** The sheets a roster can be on, for the roster drop-downs. */
import type { PanelData } from '../../src/shared/endpoints';

/** A roster sheet's usual names: «Список классов», «Ученики», «Сыныптар тізімі», «Roster». */
const ROSTER_NAME = /спис|учени|контингент|тізім|оқушы|roster|pupils|students/i;

/**
 * Every sheet but the journals (a journal is never a roster), the likeliest roster first, and the
 * one to preselect: the only sheet named like a roster, if there is exactly one.
 */
export function rosterSheets(data: Pick<PanelData, 'sheets' | 'journals'>): {
  sheets: string[];
  likely?: string;
} {
  const journals = new Set(data.journals.map((j) => j.sheetName));
  const sheets = data.sheets.filter((s) => !journals.has(s));
  const named = sheets.filter((s) => ROSTER_NAME.test(s));
  return {
    sheets: [...named, ...sheets.filter((s) => !ROSTER_NAME.test(s))],
    ...(named.length === 1 ? { likely: named[0] } : {}),
  };
}
