import { MESSAGES, type Lang } from '../i18n';
import { formatNumber } from '../numbers';
import { TEXTS } from '../texts';
import { MODERATION_TEXTS } from './texts';
import type { QuarterMark, SampleRule, WorkRef } from './types';

/** The work's name as the journal's headers say it: «СОЧ», «СОР 2», «ТЖБ», «SAU 1». */
export function workLabel(ref: WorkRef, lang: Lang): string {
  const t = TEXTS.of(lang).journal;
  return ref.kind === 'soch' ? t.soch : t.sor(ref.index);
}

/** A number in running text: at most two decimals, a decimal comma in Kazakh and Russian. */
export function decimal(x: number, lang: Lang): string {
  const s = formatNumber(x);
  return lang === 'en' ? s : s.replace('.', ',');
}

/** A difference with its sign: «+2», «−1,5», «0». */
export function signed(x: number, lang: Lang): string {
  const s = decimal(Math.abs(x), lang);
  if (s === '0') return s;
  return x > 0 ? `+${s}` : `−${s}`;
}

/** A period mark cell: the mark, «н/а», «осв», «!» (the journal shows why), or empty. */
export function quarterCell(q: QuarterMark | undefined, lang: Lang): string | number {
  if (typeof q === 'number') return q;
  if (q === 'na') return MESSAGES[lang].na;
  if (q === 'exempt') return MESSAGES[lang].exempt;
  if (q === 'invalid') return '!';
  return '';
}

/** 2025-03-14 → 14.03.2025; anything else as given. */
export function dateText(iso: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso.trim());
  return m ? `${m[3]}.${m[2]}.${m[1]}` : iso.trim();
}

export function ruleText(rule: SampleRule, lang: Lang): string {
  const t = MODERATION_TEXTS.of(lang).sheet;
  if (rule.kind === 'named') return t.named(rule.rows.length);
  return rule.kind === 'perLevel' ? t.perLevel(rule.n) : t.share(decimal(rule.percent, lang));
}
