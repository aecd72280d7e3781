/** The new-journal form as strings (what the inputs hold) → a JournalForm for createJournal. */
import type { Lang } from '../../src/core/i18n/messages';
import type { ExamJournalForm } from '../../src/core/journal/examJournal';
import type { JournalForm, JournalStructure, PeriodKind } from '../../src/core/journal/types';
import { invalid, type Errors } from './invalid';
import { duplicateNames, parsePupils, readNumber, readPositive } from './numbers';

export const MAX_SOR = 6;
export const MAX_FO = 60;

export interface StructureDraft {
  periodKind: PeriodKind;
  foCount: string;
  sorMaxes: string[];
  noSoch: boolean;
  sochMax: string;
  marks: boolean;
  headerLang: Lang;
}

export interface JournalDraft extends StructureDraft {
  kind: 'period' | 'exam';
  /** The exam's scale (annual journal of an exam subject). */
  exam: string;
  template: string;
  className: string;
  subject: string;
  teacher: string;
  period: string;
  pupilSource: 'paste' | 'roster';
  pupilsText: string;
  rosterSheet: string;
  rosterClass: string;
}

/** Error keys: the draft's fields, and `sor:N` for the N-th СОР max (0-based). */
export type JournalField = keyof JournalDraft | `sor:${number}`;

export function periodsOf(kind: PeriodKind): number {
  return kind === 'quarter' ? 4 : 2;
}

export function draftOfStructure(s: JournalStructure): StructureDraft {
  return {
    periodKind: s.periodKind,
    foCount: String(s.foCount),
    sorMaxes: s.sorMaxes.map(String),
    noSoch: s.sochMax === null,
    sochMax: s.sochMax === null ? '' : String(s.sochMax),
    marks: s.marks,
    headerLang: s.headerLang,
  };
}

export function emptyJournalDraft(lang: Lang): JournalDraft {
  return {
    kind: 'period',
    exam: 'KZ-KAZLANG',
    template: '',
    className: '',
    subject: '',
    teacher: '',
    period: '1',
    pupilSource: 'paste',
    pupilsText: '',
    rosterSheet: '',
    rosterClass: '',
    ...draftOfStructure({
      periodKind: 'quarter',
      foCount: 10,
      sorMaxes: [20, 20],
      sochMax: 25,
      marks: true,
      headerLang: lang,
    }),
  };
}

export function structureOfDraft(d: StructureDraft, errors: Errors<JournalField>): JournalStructure {
  const fo = readNumber(d.foCount, 1, MAX_FO, true);
  if (fo.error) errors.foCount = fo.error;
  const sorMaxes = d.sorMaxes.map((text, i) => {
    const r = readPositive(text);
    if (r.error) errors[`sor:${i}`] = r.error;
    return r.value ?? NaN;
  });
  let sochMax: number | null = null;
  if (!d.noSoch) {
    const r = readPositive(d.sochMax);
    if (r.error) errors.sochMax = r.error;
    sochMax = r.value ?? NaN;
  }
  return {
    periodKind: d.periodKind,
    foCount: fo.value ?? NaN,
    sorMaxes,
    sochMax,
    marks: d.marks,
    headerLang: d.headerLang,
  };
}

/** `rosterPupils`: the chosen roster class's pupils, when the pupils come from a roster sheet. */
export function journalOfDraft(
  d: JournalDraft,
  rosterPupils: string[] | undefined,
): { form?: JournalForm; errors: Errors<JournalField> } {
  const errors: Errors<JournalField> = {};
  const { className, subject, pupils } = classOfDraft(d, rosterPupils, errors);
  const period = readNumber(d.period, 1, periodsOf(d.periodKind), true);
  if (period.error) errors.period = period.error;
  const structure = structureOfDraft(d, errors);

  if (Object.keys(errors).length > 0) return { errors };
  const form: JournalForm = {
    className,
    subject,
    teacher: d.teacher.trim(),
    period: period.value ?? 1,
    pupils,
    structure,
  };
  if (d.template !== '') form.template = d.template;
  return { form, errors };
}

/** The annual journal of an exam subject: the class part of the draft, its period kind and exam. */
export function examJournalOfDraft(
  d: JournalDraft,
  rosterPupils: string[] | undefined,
): { form?: ExamJournalForm; errors: Errors<JournalField> } {
  const errors: Errors<JournalField> = {};
  const { className, subject, pupils } = classOfDraft(d, rosterPupils, errors);
  if (Object.keys(errors).length > 0) return { errors };
  return {
    form: {
      className,
      subject,
      teacher: d.teacher.trim(),
      periodKind: d.periodKind,
      exam: d.exam,
      pupils,
      headerLang: d.headerLang,
    },
    errors,
  };
}

/** Class, subject and pupils, which both kinds of journal need. */
function classOfDraft(
  d: JournalDraft,
  rosterPupils: string[] | undefined,
  errors: Errors<JournalField>,
): { className: string; subject: string; pupils: string[] } {
  const required = (key: 'className' | 'subject'): string => {
    const v = d[key].trim();
    if (v === '') errors[key] = invalid('required');
    return v;
  };
  const className = required('className');
  const subject = required('subject');
  let pupils: string[];
  if (d.pupilSource === 'paste') {
    pupils = parsePupils(d.pupilsText);
    const twice = duplicateNames(pupils);
    if (pupils.length === 0) errors.pupilsText = invalid('noPupils');
    else if (twice.length > 0) errors.pupilsText = invalid('duplicatePupils', twice.join(', '));
  } else {
    pupils = rosterPupils ?? [];
    if (d.rosterSheet === '') errors.rosterSheet = invalid('required');
    else if (d.rosterClass === '') errors.rosterClass = invalid('required');
    else if (pupils.length === 0) errors.rosterClass = invalid('noPupils');
  }
  return { className, subject, pupils };
}
