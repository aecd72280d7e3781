import { LANGS } from '../i18n';
import { fieldProblem, isRecord, join, showValue, unknownKeys, type FieldProblem } from './fieldProblems';
import type { JournalStructure } from './types';

/** Limits of a journal's structure (types.ts documents them; the journal must fit a screen). */
export const STRUCTURE_LIMITS = { foCount: 60, sorCount: 6, maxScore: 100 } as const;

const KEYS: readonly (keyof JournalStructure)[] = [
  'periodKind',
  'foCount',
  'sorMaxes',
  'sochMax',
  'marks',
  'headerLang',
];
const PERIOD_KINDS = ['quarter', 'half'];

/**
 * Everything wrong with a would-be JournalStructure, each problem with its path. Decisions:
 * - foCount is 1–60 even without marks: a formative-only journal without ФО columns records
 *   nothing, and under KZ-2020 a mark needs ФО marks.
 * - periodKind 'half' with a СОЧ is an error: half-year marking exists for 1-hour-a-week subjects
 *   precisely because they have no СОЧ (assessment rules §2), so such a template is a mistake.
 * - marks without any СОР is an error: every ruleset weights СОР, so every row would be invalid.
 * - A formative-only journal (marks false) may still keep СОР/СОЧ columns to record scores.
 */
export function validateStructure(x: unknown, path = 'structure'): FieldProblem[] {
  if (!isRecord(x)) return [fieldProblem(path, 'wrongType', 'object', showValue(x))];
  const problems = unknownKeys(x, KEYS, path);
  const at = (key: keyof JournalStructure) => join(path, key);
  const has = (key: keyof JournalStructure) => {
    if (key in x) return true;
    problems.push(fieldProblem(at(key), 'missing'));
    return false;
  };

  if (has('periodKind')) {
    const v = x.periodKind;
    if (typeof v !== 'string')
      problems.push(fieldProblem(at('periodKind'), 'wrongType', 'string', showValue(v)));
    else if (!PERIOD_KINDS.includes(v))
      problems.push(fieldProblem(at('periodKind'), 'oneOf', showValue(v), 'quarter, half'));
  }
  if (has('foCount')) {
    const v = x.foCount;
    if (typeof v !== 'number')
      problems.push(fieldProblem(at('foCount'), 'wrongType', 'integer', showValue(v)));
    else if (!Number.isInteger(v) || v < 1 || v > STRUCTURE_LIMITS.foCount) {
      problems.push(fieldProblem(at('foCount'), 'foCount', showValue(v), STRUCTURE_LIMITS.foCount));
    }
  }
  if (has('sorMaxes')) {
    const v = x.sorMaxes;
    if (!Array.isArray(v)) problems.push(fieldProblem(at('sorMaxes'), 'wrongType', 'array', showValue(v)));
    else {
      if (v.length > STRUCTURE_LIMITS.sorCount) {
        problems.push(fieldProblem(at('sorMaxes'), 'tooManySor', v.length, STRUCTURE_LIMITS.sorCount));
      }
      v.forEach((max, i) => problems.push(...maxProblems(max, join(at('sorMaxes'), i))));
    }
  }
  if (has('sochMax') && x.sochMax !== null) problems.push(...maxProblems(x.sochMax, at('sochMax')));
  if (has('marks') && typeof x.marks !== 'boolean') {
    problems.push(fieldProblem(at('marks'), 'wrongType', 'boolean', showValue(x.marks)));
  }
  if (has('headerLang')) {
    const v = x.headerLang;
    if (typeof v !== 'string')
      problems.push(fieldProblem(at('headerLang'), 'wrongType', 'string', showValue(v)));
    else if (!(LANGS as readonly string[]).includes(v)) {
      problems.push(fieldProblem(at('headerLang'), 'oneOf', showValue(v), LANGS.join(', ')));
    }
  }

  if (x.periodKind === 'half' && typeof x.sochMax === 'number')
    problems.push(fieldProblem(at('sochMax'), 'halfWithSoch'));
  if (x.marks === true && Array.isArray(x.sorMaxes) && x.sorMaxes.length === 0) {
    problems.push(fieldProblem(at('sorMaxes'), 'marksWithoutSor'));
  }
  return problems;
}

function maxProblems(v: unknown, path: string): FieldProblem[] {
  if (typeof v !== 'number' || !Number.isFinite(v))
    return [fieldProblem(path, 'wrongType', 'number', showValue(v))];
  if (v <= 0) return [fieldProblem(path, 'notPositive', showValue(v))];
  if (v > STRUCTURE_LIMITS.maxScore)
    return [fieldProblem(path, 'tooLarge', showValue(v), STRUCTURE_LIMITS.maxScore)];
  return [];
}

/** A copy of a structure that passed validateStructure, with exactly its own fields. */
export function cleanStructure(s: JournalStructure): JournalStructure {
  return {
    periodKind: s.periodKind,
    foCount: s.foCount,
    sorMaxes: [...s.sorMaxes],
    sochMax: s.sochMax,
    marks: s.marks,
    headerLang: s.headerLang,
  };
}
