import type { Lang } from '../i18n';
import { TEXTS } from '../texts';
import { detailFormula, type FormulaParts } from './detailFormula';
import type { Finding } from './checkTypes';
import { cleanText } from './names';
import { DETAIL_COLUMNS } from './positions';
import { foundColumns, type JournalSnapshot } from './snapshot';

/** Error values as getValues returns them (#REF!, #N/A, #ERROR! …). */
const ERROR_VALUE = /^#(REF!|N\/A|VALUE!|NAME\?|ERROR!|DIV\/0!|NUM!|NULL!|SPILL!|CALC!)/i;
const FIRST_RANGE_ROWS = /^=KB_DETAIL\(\$?[A-Z]+\$?(\d+):\$?[A-Z]+\$?(\d+)/;

/**
 * computedOverwritten: a detail column deleted, the anchor formula deleted or changed (compared
 * with the one the columns found now call for: inserting a column or a pupil row inside a block
 * keeps it valid), pupils below the rows it covers, or an error shown in the detail block.
 * Journals without marks have no computed block and are skipped.
 */
export function checkComputed(snapshot: JournalSnapshot, lang: Lang): Finding[] {
  const cols = foundColumns(snapshot.columns);
  const marksComputed = snapshot.meta?.structure.marks ?? cols.detail.size > 0;
  if (!marksComputed) return [];
  const t = TEXTS.of(lang).check;
  const headers = TEXTS.of(snapshot.meta?.structure.headerLang ?? lang).journal.detail;
  const { rows } = snapshot;
  const findings: Finding[] = [];
  const add = (row: number, column: number, message: string) =>
    findings.push({ row, column, code: 'computedOverwritten', message });

  const scoreColumns = [...cols.fo, ...cols.sor].map((c) => c.column).concat(cols.soch ?? []);
  const fallbackColumn = Math.max(cols.pupil ?? 1, ...scoreColumns) + 1;
  for (let i = 1; i <= DETAIL_COLUMNS; i++) {
    if (cols.detail.has(i)) continue;
    const near = [...cols.detail.entries()].sort((a, b) => Math.abs(a[0] - i) - Math.abs(b[0] - i))[0]?.[1];
    add(rows.headerRow, near ?? fallbackColumn, t.detailColumnMissing(headers[i - 1]));
  }

  const anchorColumn = cols.detail.get(1);
  if (anchorColumn === undefined) return findings;
  const anchorRow = rows.firstPupilRow;
  const found = (snapshot.anchorFormula ?? '').trim();
  if (found === '') {
    add(anchorRow, anchorColumn, t.formulaMissing());
    return findings;
  }
  const normalised = normalise(found);
  const covered = FIRST_RANGE_ROWS.exec(normalised);
  const parts = (lastRow: number): FormulaParts => {
    const span = (cs: number[]) =>
      cs.length > 0 ? { first: Math.min(...cs), last: Math.max(...cs) } : undefined;
    const fo = span(cols.fo.map((c) => c.column));
    const sor = span(cols.sor.map((c) => c.column));
    return {
      firstRow: anchorRow,
      lastRow,
      maxRow: rows.maxRow,
      ...(fo ? { fo } : {}),
      ...(sor ? { sor } : {}),
      ...(cols.soch === undefined ? {} : { soch: cols.soch }),
    };
  };
  const lastRow = covered ? Number(covered[2]) : NaN;
  if (
    !covered ||
    Number(covered[1]) !== anchorRow ||
    normalise(detailFormula(parts(lastRow))) !== normalised
  ) {
    add(anchorRow, anchorColumn, t.formulaChanged(found.length > 120 ? `${found.slice(0, 119)}…` : found));
    return findings;
  }

  const below = pupilRowsBelow(snapshot, cols, lastRow);
  if (below !== undefined)
    add(below, cols.pupil ?? anchorColumn, t.pupilsBelowFormula(lastRow, lastDataRow(snapshot, cols)));

  for (let row = anchorRow; row <= snapshot.values.length; row++) {
    for (const column of cols.detail.values()) {
      const v = snapshot.values[row - 1]?.[column - 1];
      if (typeof v === 'string' && ERROR_VALUE.test(v.trim())) {
        add(row, column, t.detailError(v.trim()));
        return findings;
      }
    }
  }
  return findings;
}

function normalise(formula: string): string {
  return formula.replace(/\s+/g, '').toUpperCase();
}

type Columns = ReturnType<typeof foundColumns>;

function dataColumns(cols: Columns): number[] {
  return [cols.pupil, ...cols.fo.map((c) => c.column), ...cols.sor.map((c) => c.column), cols.soch].filter(
    (c): c is number => c !== undefined,
  );
}

function hasData(snapshot: JournalSnapshot, cols: Columns, row: number): boolean {
  return dataColumns(cols).some((c) => cleanText(snapshot.values[row - 1]?.[c - 1]) !== '');
}

/** The first row below the formula's rows with a pupil or scores in it. */
function pupilRowsBelow(snapshot: JournalSnapshot, cols: Columns, lastRow: number): number | undefined {
  for (let row = lastRow + 1; row <= snapshot.values.length; row++)
    if (hasData(snapshot, cols, row)) return row;
  return undefined;
}

function lastDataRow(snapshot: JournalSnapshot, cols: Columns): number {
  for (let row = snapshot.values.length; row > 0; row--) if (hasData(snapshot, cols, row)) return row;
  return 0;
}
