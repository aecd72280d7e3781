import { insertNamedSheet } from './newSheet';
/**
 * The audit log of score changes: one sheet of the add-on's own, found by its developer metadata
 * (never by name), created once, appended to under the document lock by scoreChanges.ts, never
 * rewritten. Its words (name, headers) are the core's moderation texts in the moderation's
 * language; the action is stored as a code; the facts in each row (time, journal, cell, old and
 * new score) are the server's own.
 *
 * Protection is warning-only, by decision: the add-on runs with the rights of whoever uses it, so a
 * protection restricted to editors would lock every other teacher's (and the moderation
 * commission's) add-on out of the log it must append to. The warning stops accidental edits;
 * Sheets' version history keeps every deliberate one.
 */
import { sheetText } from '../core/sheetText';
import type { AuditLabels } from '../shared/endpoints';
import type { Sheet, Spreadsheet } from './services';

export const AUDIT_KEY = 'kb.audit';

export function findAuditSheet(ss: Spreadsheet): Sheet | null | undefined {
  return ss.createDeveloperMetadataFinder().withKey(AUDIT_KEY).find()[0]?.getLocation().getSheet();
}

/**
 * Appends rows (when, who, journal, pupil, cell, work, old, new, action, reason, moderation id)
 * below the last one in one setValues; `rows` are already made safe (text quoted with sheetText).
 */
export function appendAudit(ss: Spreadsheet, labels: AuditLabels, rows: (string | number)[][]): void {
  if (rows.length === 0) return;
  let sheet = findAuditSheet(ss);
  if (!sheet) {
    sheet = insertNamedSheet(ss, labels.sheetName);
    sheet.addDeveloperMetadata(AUDIT_KEY, '1');
    sheet
      .getRange(1, 1, 1, 11)
      .setValues([labels.headers.map(sheetText)])
      .setFontWeight('bold');
    sheet.setFrozenRows(1);
    sheet.protect().setWarningOnly(true).setDescription(labels.protection);
  }
  sheet.getRange(sheet.getLastRow() + 1, 1, rows.length, 11).setValues(rows);
}
