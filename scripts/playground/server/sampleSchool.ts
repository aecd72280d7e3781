/**
 * Seeds the playground with a sample school through the REAL endpoints of the bundle (saveSettings,
 * createJournal), then fills the journals' score cells the way teachers do, mistakes included,
 * so "Check journals" has something to find:
 *   - 5А Математика: 'abc' in a ФО cell, a pupil without СОЧ;
 *   - 7Б Русский язык: a СОР score above its max, an exempt pupil ('осв');
 *   - 9В Математика: the same pupil listed twice.
 * A roster sheet «Список классов» (class | pupil) feeds "Journals from a template". The library
 * holds a work specification, and 5А Математика's СОР 2 is marked in its score grid (sampleSpec.ts).
 */
import type { Endpoints } from '../../../src/shared/endpoints';
import type { JournalForm } from '../../../src/core/journal/types';
import type { Settings } from '../../../src/core/settings';
import { findJournals, readColumnTags } from '../../../src/gas/journalReader';
import type { Services, Sheet } from '../../../src/gas/services';
import {
  CLASSES,
  classRoster,
  JOURNALS,
  pupilScores,
  ROSTER_ONLY_CLASSES,
  seededRandom,
  type SampleJournal,
} from './sampleData';
import { SAMPLE_SPEC_JOURNAL, seedSampleSpec } from './sampleSpec';

export type CallEndpoint = <K extends keyof Endpoints>(
  name: K,
  ...args: Parameters<Endpoints[K]>
) => ReturnType<Endpoints[K]>;

export const SAMPLE_SETTINGS: Settings = {
  lang: 'ru',
  rules: { base: 'KZ-2020' },
  schoolName: 'КГУ «Школа-гимназия № 12»',
  schoolYear: '2026-2027',
  minFoMarks: 3,
};

export const ROSTER_SHEET = 'Список классов';
const SEED = 20262027;

export interface SampleSchool {
  /** Sheet name of each created journal, in the order of JOURNALS. */
  journals: { sheetName: string; journal: SampleJournal; pupils: string[] }[];
  rosters: Record<string, string[]>;
}

export function seedSampleSchool(services: Services, call: CallEndpoint): SampleSchool {
  const random = seededRandom(SEED);
  const rosters: Record<string, string[]> = {};
  for (const c of [...CLASSES, ...ROSTER_ONLY_CLASSES]) rosters[c.className] = classRoster(random, c.size);

  call('saveSettings', SAMPLE_SETTINGS);

  const journals = JOURNALS.map((journal) => {
    const pupils = rosters[journal.className];
    const { sheetName } = call('createJournal', journalForm(journal, pupils));
    return { sheetName, journal, pupils };
  });

  const ss = services.SpreadsheetApp.getActiveSpreadsheet();
  const found = new Map(findJournals(ss).map((j) => [j.sheet.getName(), j]));
  for (const { sheetName, journal, pupils } of journals) {
    const stored = found.get(sheetName);
    if (!stored)
      throw new Error(`sample school: journal ${sheetName} was created but is not found by its metadata`);
    fillScores(stored.sheet, stored.meta.rows.firstPupilRow, journal, pupils.length, random);
  }

  const specJournal = journals.find(
    (j) =>
      j.journal.className === SAMPLE_SPEC_JOURNAL.className &&
      j.journal.subject === SAMPLE_SPEC_JOURNAL.subject,
  );
  if (specJournal) seedSampleSpec(services, call, specJournal.sheetName, random);

  writeRosterSheet(services, rosters);
  const first = ss.getSheetByName(journals[0].sheetName);
  if (first) first.activate();
  return { journals, rosters };
}

function journalForm(journal: SampleJournal, pupils: string[]): JournalForm {
  return {
    className: journal.className,
    subject: journal.subject,
    teacher: journal.teacher,
    period: journal.period,
    pupils,
    structure: {
      periodKind: journal.periodKind,
      foCount: journal.foCount,
      sorMaxes: journal.sorMaxes,
      sochMax: journal.sochMax,
      marks: journal.marks,
      headerLang: journal.headerLang,
    },
  };
}

/** Scores go in with one write per part of the journal (ФО, СОР, СОЧ), as the add-on itself writes. */
function fillScores(
  sheet: Sheet,
  firstRow: number,
  journal: SampleJournal,
  pupilCount: number,
  random: () => number,
): void {
  const columns = columnsByRole(sheet);
  const rows = Array.from({ length: pupilCount }, () => pupilScores(random, journal));
  plantMistakes(journal, rows);

  writeBlock(
    sheet,
    firstRow,
    columns.fo,
    rows.map((r) => r.fo),
  );
  writeBlock(
    sheet,
    firstRow,
    columns.sor,
    rows.map((r) => r.sor),
  );
  if (columns.soch !== undefined)
    writeBlock(
      sheet,
      firstRow,
      [columns.soch],
      rows.map((r) => [r.soch]),
    );

  if (journal.className === '9В' && journal.subject === 'Математика' && columns.pupil !== undefined) {
    // Pasted from last year's list: pupil 12 repeats pupil 11.
    const repeated = sheet.getRange(firstRow + 10, columns.pupil).getValues();
    sheet.getRange(firstRow + 11, columns.pupil).setValues(repeated);
  }
}

function plantMistakes(journal: SampleJournal, rows: ReturnType<typeof pupilScores>[]): void {
  if (journal.className === '5А' && journal.subject === 'Математика') {
    rows[4].fo[2] = 'abc';
    rows[7].soch = ''; // wrote no СОЧ: not attested until it is written
  }
  if (journal.className === '7Б' && journal.subject === 'Русский язык') {
    rows[2].sor[0] = journal.sorMaxes[0] + 2;
    rows[9] = { fo: rows[9].fo.map(() => ''), sor: rows[9].sor.map(() => ''), soch: 'осв' };
  }
}

/** The journal's parts where its column tags say they are, as the add-on itself finds them. */
function columnsByRole(sheet: Sheet): { pupil?: number; fo: number[]; sor: number[]; soch?: number } {
  const tags = readColumnTags(sheet).sort((a, b) => a.index - b.index);
  const of = (role: string) => tags.filter((t) => t.role === role).map((t) => t.column);
  return { pupil: of('pupil')[0], fo: of('fo'), sor: of('sor'), soch: of('soch')[0] };
}

/** Writes a block over consecutive columns; a part whose columns were moved apart is written column by column. */
function writeBlock(sheet: Sheet, firstRow: number, columns: number[], values: (string | number)[][]): void {
  if (columns.length === 0 || values.length === 0) return;
  const contiguous = columns.every((c, i) => i === 0 || c === columns[i - 1] + 1);
  if (contiguous) {
    sheet.getRange(firstRow, columns[0], values.length, columns.length).setValues(values);
    return;
  }
  columns.forEach((column, i) =>
    sheet.getRange(firstRow, column, values.length, 1).setValues(values.map((row) => [row[i]])),
  );
}

function writeRosterSheet(services: Services, rosters: Record<string, string[]>): void {
  const ss = services.SpreadsheetApp.getActiveSpreadsheet();
  const sheet = ss.getSheetByName(ROSTER_SHEET) ?? ss.insertSheet(ROSTER_SHEET);
  const rows: string[][] = [['Класс', 'Ученик']];
  for (const [className, pupils] of Object.entries(rosters))
    for (const pupil of pupils) rows.push([className, pupil]);
  sheet.getRange(1, 1, rows.length, 2).setValues(rows);
  sheet.getRange(1, 1, 1, 2).setFontWeight('bold');
  sheet.setFrozenRows(1);
  sheet.setColumnWidth(2, 220);
}
