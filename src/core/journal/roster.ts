import { LANGS, type Lang } from '../i18n';
import { TEXTS } from '../texts';
import { classKey } from './classNames';
import { cleanText, nameKey } from './names';

/** One class of a roster sheet (columns: class, pupil). */
export interface RosterClass {
  className: string;
  pupils: string[];
}

export interface RosterResult {
  /** Classes in the order they first appear, pupils in sheet order. */
  classes: RosterClass[];
  /** Rows that could not be used (a pupil without a class), or no pupils at all. */
  errors: string[];
  /** Kept but worth a look: the same name twice in a class (two pupils may share a name). */
  warnings: string[];
}

// A header row is recognised in any language, whatever the add-on's language.
const CLASS_HEADERS = new Set(LANGS.flatMap((l) => TEXTS[l].roster.classHeaders));
const PUPIL_HEADERS = new Set(LANGS.flatMap((l) => TEXTS[l].roster.pupilHeaders));

/**
 * A roster sheet's values (column A: class, column B: pupil; an optional header row), grouped by
 * class. Names are trimmed and their spaces tidied; blank rows and rows with a class but no pupil
 * (a class heading) are skipped. Row numbers in messages are the sheet's (1-based).
 */
export function parseRoster(grid: readonly (readonly unknown[])[], lang: Lang): RosterResult {
  const t = TEXTS.of(lang).roster;
  const classes: (RosterClass & { rows: Map<string, number> })[] = [];
  const byKey = new Map<string, (typeof classes)[number]>();
  const errors: string[] = [];
  const warnings: string[] = [];
  let seenContent = false;

  grid.forEach((cells, i) => {
    const row = i + 1;
    const className = cleanText(cells[0]);
    const pupil = cleanText(cells[1]);
    if (className === '' && pupil === '') return;
    const isFirst = !seenContent;
    seenContent = true;
    if (isFirst && isHeader(className, pupil)) return;
    if (pupil === '') return;
    if (className === '') {
      errors.push(t.noClass(row, pupil));
      return;
    }
    const key = classKey(className);
    let group = byKey.get(key);
    if (!group) {
      group = { className, pupils: [], rows: new Map() };
      byKey.set(key, group);
      classes.push(group);
    }
    const firstRow = group.rows.get(nameKey(pupil));
    if (firstRow !== undefined) warnings.push(t.duplicate(group.className, pupil, firstRow, row));
    else group.rows.set(nameKey(pupil), row);
    group.pupils.push(pupil);
  });

  if (classes.length === 0 && errors.length === 0) errors.push(t.noPupils());
  return { classes: classes.map(({ className, pupils }) => ({ className, pupils })), errors, warnings };
}

function isHeader(className: string, pupil: string): boolean {
  return CLASS_HEADERS.has(headerWord(className)) || PUPIL_HEADERS.has(headerWord(pupil));
}

/** «ФИО ученика:» → «фио ученика»; «Класс (литера)» → «класс». */
function headerWord(text: string): string {
  return text
    .replace(/\(.*?\)/g, '')
    .replace(/[:.*№#]/g, '')
    .trim()
    .toLowerCase();
}
