import { parseCell, showRaw, type Cell } from './cells';
import { Q, shown, sumQ } from './exact';
import { problem, type Column, type Problem } from './i18n';
import { EMPTY_ROW, EXEMPT_ROW, invalidRow, type Outcome } from './outcome';
import type { Ruleset } from './ruleset';
import { markOf, type Mark } from './scale';

/** One pupil's raw cells for one subject and period, as the sheet holds them. */
export interface PeriodInput {
  fo: readonly unknown[];
  sor: readonly unknown[];
  /** One max per СОР column; an empty max is a work not yet held. */
  sorMax: readonly unknown[];
  soch?: unknown;
  /** Empty or omitted: the period has no СОЧ. */
  sochMax?: unknown;
}

export type PartName = 'fo' | 'sor' | 'soch';

/** One weighted component of P; the numbers are the exact values as the sheet shows them. */
export interface Part {
  part: PartName;
  /** The component percentage (FO%, SOR%, SOCH%). */
  percent: number;
  weight: number;
  /** weight × percent / 100, before any rounding. */
  weighted: number;
  /** `mektep` rounding: `weighted` half up to one decimal, the step before the whole number. */
  tenth?: number;
  /** What the component adds to P: `weighted`, or its rounding in `components` and `mektep` modes. */
  adds: number;
}

export interface Work {
  score: number;
  max: number;
}

export interface PeriodMark {
  kind: 'mark';
  parts: Part[];
  /** The ФО mean out of fo_max as counted (in `mektep` mode rounded to one decimal, as Mektep shows it). */
  foMean?: number;
  /** The СОР works written, in column order, and the СОЧ if it counts. */
  sorWorks: Work[];
  soch?: Work;
  /** P: the total percentage before conversion (in `components` and `mektep` modes a whole number). */
  percent: number;
  /** The percentage compared to the thresholds. */
  compared: number;
  mark: Mark;
}

export type PeriodResult = Outcome | PeriodMark;

interface Held {
  column: Column;
  score: Cell;
  raw: unknown;
}

interface ExactWork {
  score: Q;
  max: Q;
}

const HUNDRED = Q.int(100);

/** Nothing entered in the row. An exemption code in a ФО cell is an excused lesson, no entry (contract v2). */
export function nothingEntered(input: Pick<PeriodInput, 'fo' | 'sor' | 'soch'>): boolean {
  return blankRow(input.fo.map(parseCell), input.sor.map(parseCell), parseCell(input.soch));
}

function blankRow(fo: readonly Cell[], sor: readonly Cell[], soch: Cell): boolean {
  return (
    fo.every((c) => c.kind === 'empty' || c.kind === 'exempt') &&
    sor.every((c) => c.kind === 'empty') &&
    soch.kind === 'empty'
  );
}

/** The period mark of one pupil (assessment rules §2–3, contract "KB_QUARTER"). */
export function computePeriod(input: PeriodInput, rules: Ruleset): PeriodResult {
  const fo = input.fo.map(parseCell);
  const sor = input.sor.map(parseCell);
  const soch = parseCell(input.soch);
  if (blankRow(fo, sor, soch)) return EMPTY_ROW;

  const foMarks: Q[] = [];
  const foMax = Q.of(rules.foMax);
  for (let i = 0; i < fo.length; i++) {
    const c = fo[i];
    const column: Column = { part: 'fo', n: i + 1 };
    if (c.kind === 'number') {
      const mark = Q.of(c.value);
      if (mark.lt(Q.int(1)) || foMax.lt(mark)) {
        return invalidRow(problem('foOutOfScale', column, c.value, rules.foMax));
      }
      foMarks.push(mark);
    } else if (c.kind === 'na' || c.kind === 'invalid') {
      return invalidRow(problem('notANumber', column, showRaw(input.fo[i])));
    }
  }

  const sorWorks: ExactWork[] = [];
  let sorHeld = false;
  for (let i = 0; i < sor.length; i++) {
    const checked = checkScore(
      { column: { part: 'sor', n: i + 1 }, score: sor[i], raw: input.sor[i] },
      input.sorMax[i],
    );
    if ('problem' in checked) return invalidRow(checked.problem);
    if (checked.max !== undefined) sorHeld = true;
    if (checked.work) sorWorks.push(checked.work);
  }

  const sochChecked = checkScore(
    { column: { part: 'soch', n: 1 }, score: soch, raw: input.soch },
    input.sochMax,
  );
  if ('problem' in sochChecked) return invalidRow(sochChecked.problem);

  if ([...sor, soch].some((c) => c.kind === 'exempt')) return EXEMPT_ROW;

  const hasSoch = sochChecked.max !== undefined;
  const weights = hasSoch ? rules.withSoch : { ...rules.withoutSoch, soch: 0 };
  if (weights.sor > 0 && !sorHeld) return invalidRow(problem('noSorHeld'));
  if (weights.soch > 0 && !sochChecked.work) return { kind: 'na', reason: 'soch' };
  if (weights.sor > 0 && sorWorks.length === 0) return { kind: 'na', reason: 'sor' };
  if (weights.fo > 0 && foMarks.length === 0) return invalidRow(problem('noFoMarks'));

  let foMean = foMarks.length > 0 ? sumQ(foMarks).div(Q.int(foMarks.length)) : undefined;
  // Mektep rounds the ФО mean to one decimal before anything else.
  if (foMean && rules.rounding === 'mektep') foMean = foMean.halfUp(1);
  const fractions: [PartName, number, Q | undefined][] = [
    ['fo', weights.fo, foMean?.div(foMax)],
    ['sor', weights.sor, sorFraction(sorWorks, rules)],
    ['soch', weights.soch, sochChecked.work && sochChecked.work.score.div(sochChecked.work.max)],
  ];
  const parts: Part[] = [];
  const adds: Q[] = [];
  for (const [part, weight, fraction] of fractions) {
    if (weight <= 0 || !fraction) continue;
    // weight% × (fraction × 100%) / 100 = weight × fraction, in percentage points.
    const weighted = Q.of(weight).mul(fraction);
    const tenth = rules.rounding === 'mektep' ? weighted.halfUp(1) : undefined;
    const add = rules.rounding === 'components' ? weighted.halfUp() : tenth ? tenth.halfUp() : weighted;
    adds.push(add);
    parts.push({
      part,
      percent: fraction.mul(HUNDRED).toNumber(),
      weight,
      weighted: weighted.toNumber(),
      ...(tenth ? { tenth: tenth.toNumber() } : {}),
      adds: add.toNumber(),
    });
  }

  // Rounded components with fractional weights can add up to a little over 100: P never does.
  const percent = sumQ(adds).min(HUNDRED);
  const mark = markOf(percent, rules);
  return {
    kind: 'mark',
    parts,
    ...(foMean && weights.fo > 0 ? { foMean: foMean.toNumber() } : {}),
    sorWorks: sorWorks.map(asNumbers),
    ...(weights.soch > 0 && sochChecked.work ? { soch: asNumbers(sochChecked.work) } : {}),
    percent: shown(percent, (reading) => markOf(reading, rules) === mark),
    compared: (rules.rounding === 'none' ? percent : percent.halfUp()).toNumber(),
    mark,
  };
}

function sorFraction(works: ExactWork[], rules: Ruleset): Q | undefined {
  if (works.length === 0) return undefined;
  if (rules.sorMode === 'mean') return sumQ(works.map((w) => w.score.div(w.max))).div(Q.int(works.length));
  return sumQ(works.map((w) => w.score)).div(sumQ(works.map((w) => w.max)));
}

const asNumbers = (w: ExactWork): Work => ({ score: w.score.toNumber(), max: w.max.toNumber() });

/**
 * A summative score against its max: `max` undefined means the work is not held (an empty max);
 * `work` is set when the pupil wrote it. Absence and exemption codes are neither scores nor errors.
 */
function checkScore(held: Held, rawMax: unknown): { max?: Q; work?: ExactWork } | { problem: Problem } {
  const maxCell = parseCell(rawMax);
  const { column, score } = held;
  if (maxCell.kind === 'empty') {
    if (score.kind === 'number') return { problem: problem('scoreWithoutMax', column) };
    if (score.kind === 'na' || score.kind === 'invalid')
      return { problem: problem('notANumber', column, showRaw(held.raw)) };
    return {};
  }
  const max = maxCell.kind === 'number' ? Q.of(maxCell.value) : undefined;
  if (!max || max.cmp(Q.int(0)) <= 0) return { problem: problem('badMax', column, showRaw(rawMax)) };
  if (score.kind === 'na' || score.kind === 'invalid')
    return { problem: problem('notANumber', column, showRaw(held.raw)) };
  if (score.kind !== 'number') return { max };
  const value = Q.of(score.value);
  if (value.lt(Q.int(0))) return { problem: problem('scoreNegative', column, score.value) };
  if (max.lt(value))
    return {
      problem: problem('scoreAboveMax', column, score.value, max.toNumber()),
    };
  return { max, work: { score: value, max } };
}
