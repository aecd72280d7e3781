import { parseCell, showRaw } from '../cells';
import { MESSAGES, type Lang } from '../i18n';
import { formatNumber } from '../numbers';
import { TEXTS } from '../texts';
import type { Finding } from './checkTypes';
import { cleanText, nameKey } from './names';
import { foundColumns, type JournalSnapshot } from './snapshot';

/** A СОР or СОЧ column and what the class has in it. */
interface Summative {
  column: number;
  label: string;
  max: { kind: 'empty' } | { kind: 'ok'; value: number } | { kind: 'bad' };
  /** Numeric scores (valid or not) and absence codes in the column. */
  scores: number;
  absent: number;
  /** Pupils with a valid score against a usable max: the work has been held. */
  written: number;
}

interface PupilRow {
  row: number;
  who: string;
  hasData: boolean;
  exempt: boolean;
  foMarks: number;
  /** Summative columns the pupil has a number in (a wrong one is reported as such, not as missing work). */
  scored: Set<number>;
  absent: Set<number>;
}

/**
 * The cell-level and pupil-level checks: values the rules cannot read, scores outside 0…max, maxima
 * missing, missing work, too few ФО marks, duplicate names.
 *
 * Missing maxima, decided: an empty max with scores under it is `scoreWithoutMax`, reported once at
 * the max cell (every such row's mark shows «!»); `missingMax` is an empty max that silently changes
 * the marks: the СОЧ max of a journal that has a СОЧ column (marks are then computed with the no-СОЧ
 * weights), no СОР max at all while marks are computed, or a column with absence codes but no max
 * (the work counts as not held).
 */
export function checkScores(snapshot: JournalSnapshot, minFoMarks: number, lang: Lang): Finding[] {
  const t = TEXTS.of(lang).check;
  const m = MESSAGES[lang];
  const { rows, rules } = snapshot;
  const cols = foundColumns(snapshot.columns);
  const cell = (row: number, column: number): unknown => snapshot.values[row - 1]?.[column - 1];
  const findings: Finding[] = [];
  const add = (row: number, column: number, code: Finding['code'], message: string) =>
    findings.push({ row, column, code, message });
  const foMax = formatNumber(rules.foMax);
  const marksComputed = snapshot.meta?.structure.marks ?? cols.detail.size > 0;

  const summative: Summative[] = [
    ...cols.sor.map((tag) => ({ column: tag.column, label: m.column({ part: 'sor', n: tag.index }) })),
    ...(cols.soch === undefined ? [] : [{ column: cols.soch, label: m.column({ part: 'soch', n: 1 }) }]),
  ].map(({ column, label }) => {
    const raw = cell(rows.maxRow, column);
    const c = parseCell(raw);
    let max: Summative['max'] = { kind: 'empty' };
    if (c.kind === 'number' && c.value > 0) max = { kind: 'ok', value: c.value };
    else if (c.kind !== 'empty') {
      max = { kind: 'bad' };
      add(rows.maxRow, column, 'invalidValue', t.invalidMax(label, showRaw(raw)));
    }
    return { column, label, max, scores: 0, absent: 0, written: 0 };
  });

  const dataColumns = [cols.pupil, ...cols.fo.map((f) => f.column), ...summative.map((s) => s.column)].filter(
    (c): c is number => c !== undefined,
  );
  const pupils: PupilRow[] = [];
  const firstRowOfName = new Map<string, number>();

  for (let row = rows.firstPupilRow; row <= snapshot.values.length; row++) {
    if (!dataColumns.some((c) => parseCell(cell(row, c)).kind !== 'empty')) continue;
    const name = cols.pupil === undefined ? '' : cleanText(cell(row, cols.pupil));
    const p: PupilRow = {
      row,
      who: t.where(name, row),
      hasData: false,
      exempt: false,
      foMarks: 0,
      scored: new Set(),
      absent: new Set(),
    };
    const say = (column: number, code: Finding['code'], message: string) =>
      add(row, column, code, `${p.who}: ${message}`);

    for (const tag of cols.fo) {
      const raw = cell(row, tag.column);
      const c = parseCell(raw);
      const label = m.column({ part: 'fo', n: tag.index });
      if (c.kind !== 'empty') p.hasData = true;
      if (c.kind === 'exempt') p.exempt = true;
      if (c.kind === 'invalid' || c.kind === 'na')
        say(tag.column, 'invalidValue', t.invalidFo(label, showRaw(raw), foMax));
      if (c.kind !== 'number') continue;
      if (c.value < 1 || c.value > rules.foMax) {
        say(tag.column, 'invalidValue', t.invalidFo(label, formatNumber(c.value), foMax));
      } else p.foMarks++;
    }

    for (const s of summative) {
      const raw = cell(row, s.column);
      const c = parseCell(raw);
      if (c.kind !== 'empty') p.hasData = true;
      if (c.kind === 'exempt') p.exempt = true;
      if (c.kind === 'absent') {
        s.absent++;
        p.absent.add(s.column);
      }
      if (c.kind === 'invalid' || c.kind === 'na')
        say(s.column, 'invalidValue', t.invalidScore(s.label, showRaw(raw)));
      if (c.kind !== 'number') continue;
      s.scores++;
      p.scored.add(s.column);
      if (c.value < 0) say(s.column, 'belowZero', t.belowZero(s.label, formatNumber(c.value)));
      else if (s.max.kind === 'ok' && c.value > s.max.value) {
        say(s.column, 'aboveMax', t.aboveMax(s.label, formatNumber(c.value), formatNumber(s.max.value)));
      } else if (s.max.kind === 'ok') s.written++;
    }

    if (name !== '') {
      const key = nameKey(name);
      const first = firstRowOfName.get(key);
      if (first === undefined) firstRowOfName.set(key, row);
      else if (cols.pupil !== undefined)
        add(row, cols.pupil, 'duplicatePupil', t.duplicatePupil(name, first));
    }
    pupils.push(p);
  }

  const anyData = pupils.some((p) => p.hasData);
  const soch = summative.find((s) => s.column === cols.soch);
  const sors = summative.filter((s) => s !== soch);

  for (const s of summative) {
    if (s.max.kind !== 'empty') continue;
    if (s.scores > 0) add(rows.maxRow, s.column, 'scoreWithoutMax', t.scoreWithoutMax(s.label, s.scores));
    else if (s === soch && marksComputed && anyData)
      add(rows.maxRow, s.column, 'missingMax', t.sochMaxMissing());
    else if (s.absent > 0) add(rows.maxRow, s.column, 'missingMax', t.codesWithoutMax(s.label, s.absent));
  }
  const withSoch = soch?.max.kind === 'ok';
  const weights = withSoch ? rules.withSoch : { ...rules.withoutSoch, soch: 0 };
  if (
    marksComputed &&
    anyData &&
    weights.sor > 0 &&
    sors.length > 0 &&
    sors.every((s) => s.max.kind === 'empty' && s.scores === 0)
  ) {
    add(rows.maxRow, sors[0].column, 'missingMax', t.noSorMax());
  }

  // Missing work: only for pupils with something in the period, never for exempt ones.
  const heldSor = sors.filter((s) => s.written > 0);
  const sochHeld = soch !== undefined && soch.written > 0;
  for (const p of pupils) {
    if (!p.hasData || p.exempt) continue;
    const say = (column: number, code: Finding['code'], message: string) =>
      add(p.row, column, code, `${p.who}: ${message}`);
    if (marksComputed && sochHeld && !p.scored.has(soch.column)) {
      say(soch.column, 'missingSoch', t.missingSoch(p.absent.has(soch.column)));
    }
    if (
      marksComputed &&
      weights.sor > 0 &&
      heldSor.length > 0 &&
      !sors.some((s) => s.max.kind !== 'empty' && p.scored.has(s.column))
    ) {
      say(heldSor[0].column, 'missingAllSor', t.missingAllSor(heldSor.length));
    }
    const foCounts = !marksComputed || weights.fo > 0;
    if (foCounts && minFoMarks > 0 && p.foMarks < minFoMarks && cols.fo.length > 0) {
      say(cols.fo[0].column, 'fewFoMarks', t.fewFoMarks(p.foMarks, minFoMarks));
    }
  }
  return findings;
}
