import { parseCell, showRaw, type Cell } from './cells';
import { problem, type Column, type Problem } from './i18n';
import { formatNumber, roundHalfUp, snap } from './numbers';
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

/** One weighted component of P. */
export interface Part {
  part: PartName;
  /** The component percentage (FO%, SOR%, SOCH%), snapped. */
  percent: number;
  weight: number;
  /** weight × percent / 100, before any rounding. */
  weighted: number;
  /** What the component adds to P: `weighted`, or its whole-number rounding in `components` mode. */
  adds: number;
}

export interface Work {
  score: number;
  max: number;
}

export interface PeriodMark {
  kind: 'mark';
  parts: Part[];
  /** The formative marks counted (for the explanation: their mean out of fo_max). */
  foMarks: number[];
  /** The СОР works written, in column order, and the СОЧ if it counts. */
  sorWorks: Work[];
  soch?: Work;
  /** P: the total percentage before conversion (snapped; in `components` mode a whole number). */
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
  max?: number;
}

/** The period mark of one pupil (assessment rules §2–3, contract "KB_QUARTER"). */
export function computePeriod(input: PeriodInput, rules: Ruleset): PeriodResult {
  const fo = input.fo.map(parseCell);
  const sor = input.sor.map(parseCell);
  const soch = parseCell(input.soch);
  if (![...fo, ...sor, soch].some((c) => c.kind !== 'empty')) return EMPTY_ROW;

  const foMarks: number[] = [];
  for (let i = 0; i < fo.length; i++) {
    const c = fo[i];
    const column: Column = { part: 'fo', n: i + 1 };
    if (c.kind === 'number') {
      if (snap(c.value) < 1 || snap(c.value) > rules.foMax) {
        return invalidRow(problem('foOutOfScale', column, formatNumber(c.value), formatNumber(rules.foMax)));
      }
      foMarks.push(c.value);
    } else if (c.kind === 'na' || c.kind === 'invalid') {
      return invalidRow(problem('notANumber', column, showRaw(input.fo[i])));
    }
  }

  const sorWorks: Work[] = [];
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

  if ([...fo, ...sor, soch].some((c) => c.kind === 'exempt')) return EXEMPT_ROW;

  const hasSoch = sochChecked.max !== undefined;
  const weights = hasSoch ? rules.withSoch : { ...rules.withoutSoch, soch: 0 };
  if (weights.sor > 0 && !sorHeld) return invalidRow(problem('noSorHeld'));
  if (weights.soch > 0 && !sochChecked.work) return { kind: 'na', reason: 'soch' };
  if (weights.sor > 0 && sorWorks.length === 0) return { kind: 'na', reason: 'sor' };
  if (weights.fo > 0 && foMarks.length === 0) return invalidRow(problem('noFoMarks'));

  const parts: Part[] = [];
  const add = (part: PartName, weight: number, percent: number) => {
    if (weight <= 0) return;
    const weighted = (weight * percent) / 100;
    const adds = rules.rounding === 'components' ? roundHalfUp(weighted) : weighted;
    parts.push({ part, percent: snap(percent), weight, weighted: snap(weighted), adds });
  };
  add('fo', weights.fo, (sum(foMarks) / (foMarks.length * rules.foMax)) * 100);
  add('sor', weights.sor, sorPercent(sorWorks, rules));
  if (sochChecked.work) add('soch', weights.soch, (sochChecked.work.score / sochChecked.work.max) * 100);

  // Rounded components with fractional weights can add up to a little over 100: P never does.
  const percent = snap(Math.min(100, sum(parts.map((p) => p.adds))));
  const compared = rules.rounding === 'none' ? percent : roundHalfUp(percent);
  return {
    kind: 'mark',
    parts,
    foMarks,
    sorWorks,
    ...(weights.soch > 0 && sochChecked.work ? { soch: sochChecked.work } : {}),
    percent,
    compared,
    mark: markOf(percent, rules),
  };
}

function sorPercent(works: Work[], rules: Ruleset): number {
  if (works.length === 0) return 0;
  if (rules.sorMode === 'mean') return sum(works.map((w) => (w.score / w.max) * 100)) / works.length;
  return (sum(works.map((w) => w.score)) / sum(works.map((w) => w.max))) * 100;
}

/**
 * A summative score against its max: `max` undefined means the work is not held (an empty max);
 * `work` is set when the pupil wrote it. Absence and exemption codes are neither scores nor errors.
 */
function checkScore(held: Held, rawMax: unknown): { max?: number; work?: Work } | { problem: Problem } {
  const maxCell = parseCell(rawMax);
  const { column, score } = held;
  if (maxCell.kind === 'empty') {
    if (score.kind === 'number') return { problem: problem('scoreWithoutMax', column) };
    if (score.kind === 'na' || score.kind === 'invalid')
      return { problem: problem('notANumber', column, showRaw(held.raw)) };
    return {};
  }
  if (maxCell.kind !== 'number' || snap(maxCell.value) <= 0)
    return { problem: problem('badMax', column, showRaw(rawMax)) };
  const max = maxCell.value;
  if (score.kind === 'na' || score.kind === 'invalid')
    return { problem: problem('notANumber', column, showRaw(held.raw)) };
  if (score.kind !== 'number') return { max };
  const value = score.value;
  if (snap(value) < 0) return { problem: problem('scoreNegative', column, formatNumber(value)) };
  if (snap(value) > snap(max))
    return { problem: problem('scoreAboveMax', column, formatNumber(value), formatNumber(max)) };
  return { max, work: { score: value, max } };
}

function sum(xs: readonly number[]): number {
  let s = 0;
  for (const x of xs) s += x;
  return s;
}
