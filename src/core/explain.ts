import type { Messages } from './i18n';
import { formatNumber } from './numbers';
import { outcomeText } from './outcome';
import type { Part, PeriodMark, PeriodResult } from './period';
import type { Ruleset } from './ruleset';

/**
 * One line a teacher can check by hand, e.g.
 * `ФО 8.6/10 → 21.5 + СОР 33/40 → 20.63 + СОЧ 21/25 → 42 = 84.13 → 84% → 4`.
 */
export function explainPeriod(r: PeriodResult, rules: Ruleset, m: Messages): string {
  if (r.kind !== 'mark') {
    const text = outcomeText(r, m);
    if (r.kind !== 'na') return text;
    const why = r.reason === 'soch' ? m.naSoch() : r.reason === 'sor' ? m.naSor() : m.naPeriod();
    return `${text}: ${why}`;
  }
  const terms = r.parts.map(
    (p) => `${partLabel(p, r, rules, m)} → ${formatNumber(p.weighted)}${roundedNote(p, rules)}`,
  );
  const total =
    rules.rounding === 'total'
      ? `${formatNumber(r.percent)} → ${r.compared}%`
      : `${formatNumber(r.percent)}%`;
  return `${terms.join(' + ')} = ${total} → ${r.mark}`;
}

function partLabel(p: Part, r: PeriodMark, rules: Ruleset, m: Messages): string {
  if (p.part === 'fo') {
    const mean = r.foMarks.reduce((a, b) => a + b, 0) / r.foMarks.length;
    return `${m.parts.fo} ${formatNumber(mean)}/${formatNumber(rules.foMax)}`;
  }
  const name = m.parts[p.part];
  if (p.part === 'soch') return `${name} ${formatNumber(r.soch!.score)}/${formatNumber(r.soch!.max)}`;
  const works = r.sorWorks;
  if (rules.sorMode === 'mean' && works.length > 1) {
    const each = works.map((w) => `${formatNumber((w.score / w.max) * 100)}%`).join(', ');
    return `${name} ${m.explainMean}(${each}) = ${formatNumber(p.percent)}%`;
  }
  const score = works.reduce((a, w) => a + w.score, 0);
  const max = works.reduce((a, w) => a + w.max, 0);
  return `${name} ${formatNumber(score)}/${formatNumber(max)}`;
}

function roundedNote(p: Part, rules: Ruleset): string {
  return rules.rounding === 'components' && p.adds !== p.weighted ? ` ≈ ${p.adds}` : '';
}
