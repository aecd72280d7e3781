import { parseCell } from './cells';
import type { Messages } from './i18n';
import { outcomeText } from './outcome';
import { computePeriod, type Part, type PeriodInput, type PeriodMark, type PeriodResult } from './period';
import type { Ruleset } from './ruleset';

/**
 * One line a teacher can check by hand, e.g.
 * `ФО 8.6/10 → 21.5 + СОР 33/40 → 20.63 + СОЧ 21/25 → 42 = 84.13 → 84% → 4`;
 * under `mektep` rounding followed by what mektep.edu.kz would show when its code leaves the rules.
 */
export function explainPeriod(input: PeriodInput, rules: Ruleset, m: Messages): string {
  const r = computePeriod(input, rules);
  const line = explainResult(r, rules, m);
  const note = rules.rounding === 'mektep' && r.kind !== 'empty' ? mektepNote(input, r, rules, m) : undefined;
  return note ? `${line} (${note})` : line;
}

function explainResult(r: PeriodResult, rules: Ruleset, m: Messages): string {
  if (r.kind !== 'mark') {
    const text = outcomeText(r, m);
    if (r.kind !== 'na') return text;
    const why = r.reason === 'soch' ? m.naSoch() : r.reason === 'sor' ? m.naSor() : m.naPeriod();
    return `${text}: ${why}`;
  }
  const terms = r.parts.map((p) => `${partLabel(p, r, rules, m)} → ${steps(p, m)}`);
  const total =
    rules.rounding === 'total' ? `${m.number(r.percent)} → ${r.compared}%` : `${m.number(r.percent)}%`;
  return `${terms.join(' + ')} = ${total} → ${r.mark}`;
}

/** The weighted component and each rounding it goes through: `20.63`, `20.63 ≈ 21`, `20.63 ≈ 20.6 ≈ 21`. */
function steps(p: Part, m: Messages): string {
  const chain = [p.weighted, ...(p.tenth !== undefined ? [p.tenth] : []), p.adds];
  return chain
    .filter((x, i) => i === 0 || x !== chain[i - 1])
    .map((x) => m.number(x))
    .join(' ≈ ');
}

function partLabel(p: Part, r: PeriodMark, rules: Ruleset, m: Messages): string {
  if (p.part === 'fo') return `${m.parts.fo} ${m.number(r.foMean ?? 0)}/${m.number(rules.foMax)}`;
  const name = m.parts[p.part];
  if (p.part === 'soch') return `${name} ${m.number(r.soch!.score)}/${m.number(r.soch!.max)}`;
  const works = r.sorWorks;
  if (rules.sorMode === 'mean' && works.length > 1) {
    const each = works.map((w) => `${m.number((w.score / w.max) * 100)}%`).join(', ');
    return `${name} ${m.explainMean}(${each}) = ${m.number(p.percent)}%`;
  }
  const score = works.reduce((a, w) => a + w.score, 0);
  const max = works.reduce((a, w) => a + w.max, 0);
  return `${name} ${m.number(score)}/${m.number(max)}`;
}

/**
 * Where Mektep's code leaves the rules for this row (README, "KZ-2020-MEKTEP"): it gives no mark
 * for a СОЧ of 0, and counts a missed СОР as 0 points of its max.
 */
function mektepNote(input: PeriodInput, r: PeriodResult, rules: Ruleset, m: Messages): string | undefined {
  if (r.kind === 'mark' && r.soch?.score === 0) return m.mektepSochZero();
  if (r.kind !== 'mark' && !(r.kind === 'na' && r.reason === 'sor')) return undefined;
  const held = (j: number) => parseCell(input.sorMax[j]).kind === 'number';
  const missed = input.sor.map((raw, j) => held(j) && parseCell(raw).kind === 'absent');
  if (!missed.some(Boolean)) return undefined;
  const asMektep = computePeriod({ ...input, sor: input.sor.map((raw, j) => (missed[j] ? 0 : raw)) }, rules);
  if (asMektep.kind !== 'mark') return undefined;
  if (r.kind === 'mark' && asMektep.percent === r.percent) return undefined;
  return m.mektepMissedSor(m.number(asMektep.percent), String(asMektep.mark));
}
