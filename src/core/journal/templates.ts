import { LANGS, type Lang } from '../i18n';
import { TEXTS, type BuiltinTemplateId } from '../texts';
import { cleanStructure } from './structure';
import type { JournalMeta, JournalStructure, Template } from './types';

type Shape = Omit<JournalStructure, 'headerLang'>;

/**
 * The built-in gallery. Maxima are typical values the teacher overwrites in the max row with
 * the real ones of the term's works; an empty max cell then marks a work not held yet.
 */
export const BUILTIN_SHAPES: Readonly<Record<BuiltinTemplateId, Shape>> = {
  quarter: { periodKind: 'quarter', foCount: 10, sorMaxes: [20, 20, 20], sochMax: 25, marks: true },
  half: { periodKind: 'half', foCount: 8, sorMaxes: [20, 20], sochMax: null, marks: true },
  formative: { periodKind: 'quarter', foCount: 10, sorMaxes: [], sochMax: null, marks: false },
};

const BUILTIN_IDS = Object.keys(BUILTIN_SHAPES) as BuiltinTemplateId[];

/** The gallery in a language: names, descriptions and journal headers in that language. */
export function builtinTemplates(lang: Lang): Template[] {
  const t = TEXTS.of(lang);
  return BUILTIN_IDS.map((id) => {
    const structure: JournalStructure = {
      ...BUILTIN_SHAPES[id],
      sorMaxes: [...BUILTIN_SHAPES[id].sorMaxes],
      headerLang: lang,
    };
    return {
      name: t.templates[id].name,
      structure,
      builtin: true,
      description: `${t.templates[id].purpose} ${t.journal.describe(structure)}`,
    };
  });
}

/** A built-in's name in any language (a saved template may not take one, whatever the language). */
export function isBuiltinName(name: string): boolean {
  const key = name.trim().toLowerCase();
  return LANGS.some((lang) => BUILTIN_IDS.some((id) => TEXTS[lang].templates[id].name.toLowerCase() === key));
}

/**
 * A journal's structure for "save as template": the one it was created with, with the maxima the
 * teacher has since entered in the max row when given (`current`: the max row's СОР cells and СОЧ
 * cell). A max cell that is empty or not a positive number keeps the created value.
 */
export function structureOfJournal(
  meta: JournalMeta,
  current?: { sorMaxes?: readonly unknown[]; sochMax?: unknown },
): JournalStructure {
  const s = cleanStructure(meta.structure);
  if (current?.sorMaxes)
    s.sorMaxes = s.sorMaxes.map((created, i) => positive(current.sorMaxes?.[i]) ?? created);
  if (s.sochMax !== null && current && 'sochMax' in current)
    s.sochMax = positive(current.sochMax) ?? s.sochMax;
  return s;
}

function positive(x: unknown): number | undefined {
  const n =
    typeof x === 'number'
      ? x
      : typeof x === 'string' && x.trim() !== ''
        ? Number(x.trim().replace(',', '.'))
        : NaN;
  return Number.isFinite(n) && n > 0 ? n : undefined;
}
