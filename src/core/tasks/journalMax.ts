/**
 * A specification against the journal whose score cell it will fill: the work must exist in the
 * journal and the specification's total must equal the journal's max for it — otherwise the
 * journal's percentage (score / max) would silently be wrong.
 */
import type { Lang } from '../i18n';
import { snap } from '../numbers';
import { TEXTS } from '../texts';
import { decimal } from './format';
import { specTotal } from './specJson';
import { TASK_TEXTS } from './texts';
import type { WorkRef, WorkSpec } from './types';

/** The journal's maxes: a JournalStructure, or its max row as read from the sheet (null: empty; a СОЧ max null: no СОЧ). */
export interface JournalMaxes {
  sorMaxes: readonly (number | null)[];
  sochMax: number | null;
}

export type JournalCheck =
  | { ok: true; total: number; max: number }
  | { ok: false; code: 'noSuchSor'; total: number; max: null; sorCount: number }
  | { ok: false; code: 'noSoch' | 'noMax'; total: number; max: null }
  | { ok: false; code: 'maxMismatch'; total: number; max: number };

export function checkJournalMax(spec: WorkSpec, journal: JournalMaxes): JournalCheck {
  const total = specTotal(spec);
  const w = spec.work;
  if (w.kind === 'sor' && w.index > journal.sorMaxes.length)
    return { ok: false, code: 'noSuchSor', total, max: null, sorCount: journal.sorMaxes.length };
  const max = w.kind === 'sor' ? journal.sorMaxes[w.index - 1] : journal.sochMax;
  if (max === null || max === undefined)
    return { ok: false, code: w.kind === 'soch' ? 'noSoch' : 'noMax', total, max: null };
  if (snap(max) !== total) return { ok: false, code: 'maxMismatch', total, max };
  return { ok: true, total, max };
}

/** The check's message in a language; '' when it passed. */
export function journalCheckText(check: JournalCheck, work: WorkRef, lang: Lang): string {
  if (check.ok) return '';
  const t = TASK_TEXTS.of(lang).journal;
  const label = workLabel(work, lang);
  switch (check.code) {
    case 'noSuchSor':
      return t.noSuchSor(label, check.sorCount);
    case 'noSoch':
      return t.noSoch();
    case 'noMax':
      return t.noMax(label);
    case 'maxMismatch':
      return t.maxMismatch(label, decimal(check.total, lang), decimal(check.max, lang));
  }
}

/** The work's name as the journal's headers say it: «СОР 2», «ТЖБ», «SAU 1». */
export function workLabel(work: WorkRef, lang: Lang): string {
  const t = TEXTS.of(lang).journal;
  return work.kind === 'soch' ? t.soch : t.sor(work.index);
}
