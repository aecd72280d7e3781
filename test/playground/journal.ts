/**
 * Reading a sample journal in tests: where its parts are (from the column tags the add-on wrote,
 * not from header texts), the pupils' inputs, and the KZ-2020 mark the spec defines for them, an
 * oracle written from assessment-rules.md §2 independently of the add-on's code.
 */
import { readColumnTags } from '../../src/gas/journalReader';
import type { FakeServices } from '../fakes';
import { cellA1 } from '../fakes/a1';

export interface JournalColumns {
  pupil: number;
  fo: number[];
  sor: number[];
  soch?: number;
  /** The mark column: the last of the five detail columns. */
  mark?: number;
}

export const FIRST_PUPIL_ROW = 5;
export const MAX_ROW = 4;

export function journalColumns(services: FakeServices, sheetName: string): JournalColumns {
  const sheet = services.spreadsheet.getSheetByName(sheetName);
  if (!sheet) throw new Error(`no sheet ${sheetName}`);
  const tags = services.calls.paused(() => readColumnTags(sheet)).sort((a, b) => a.index - b.index);
  const of = (role: string) => tags.filter((t) => t.role === role).map((t) => t.column);
  const detail = of('detail');
  return {
    pupil: of('pupil')[0],
    fo: of('fo'),
    sor: of('sor'),
    soch: of('soch')[0],
    mark: detail[detail.length - 1],
  };
}

export function valueAt(services: FakeServices, sheetName: string, row: number, col: number): unknown {
  return services.calls.paused(
    () => services.spreadsheet.rangeByA1(`'${sheetName}'!${cellA1(row, col)}`).getValues()[0][0],
  );
}

/** The pupil rows of a journal: from the first pupil row to the sheet's last row with content. */
export function pupilRows(services: FakeServices, sheetName: string): number[] {
  const sheet = services.spreadsheet.getSheetByName(sheetName);
  if (!sheet) throw new Error(`no sheet ${sheetName}`);
  const last = services.calls.paused(() => sheet.getLastRow());
  return Array.from({ length: Math.max(0, last - FIRST_PUPIL_ROW + 1) }, (_, i) => FIRST_PUPIL_ROW + i);
}

/** A pupil row's inputs when every one is a number or empty; undefined when it holds codes or text. */
export function numericInputs(
  services: FakeServices,
  sheetName: string,
  row: number,
  cols: JournalColumns,
): { fo: number[]; sor: number[]; sorMax: number[]; soch?: number; sochMax?: number } | undefined {
  const read = (col: number) => valueAt(services, sheetName, row, col);
  const all = [...cols.fo, ...cols.sor, ...(cols.soch ? [cols.soch] : [])].map(read);
  if (all.some((v) => v !== '' && typeof v !== 'number')) return undefined;
  const sorWritten = cols.sor.filter((c) => typeof read(c) === 'number');
  const soch = cols.soch ? read(cols.soch) : undefined;
  const sochMax = cols.soch ? valueAt(services, sheetName, MAX_ROW, cols.soch) : undefined;
  return {
    fo: cols.fo.map(read).filter((v): v is number => typeof v === 'number'),
    sor: sorWritten.map((c) => read(c) as number),
    sorMax: sorWritten.map((c) => valueAt(services, sheetName, MAX_ROW, c) as number),
    ...(typeof soch === 'number' ? { soch, sochMax: sochMax as number } : {}),
  };
}

/** KZ-2020: P = 25 % ФО + 25 % СОР + 50 % СОЧ, rounded half up to a whole percent, then the scale. */
export function kz2020Mark(input: {
  fo: number[];
  sor: number[];
  sorMax: number[];
  soch?: number;
  sochMax?: number;
}): number {
  const fo = (sum(input.fo) / (input.fo.length * 10)) * 100;
  const sor = (sum(input.sor) / sum(input.sorMax)) * 100;
  const p =
    input.soch === undefined
      ? 0.5 * fo + 0.5 * sor
      : 0.25 * fo + 0.25 * sor + 0.5 * ((input.soch / (input.sochMax as number)) * 100);
  const rounded = Math.floor(Number(p.toFixed(9)) + 0.5);
  if (rounded >= 85) return 5;
  if (rounded >= 65) return 4;
  if (rounded >= 40) return 3;
  return 2;
}

const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
