/**
 * The spreadsheet locale for custom functions. Read lazily (only when a text is returned) and
 * defensively: outside Apps Script, in the bundle test and the playground, there is no SpreadsheetApp.
 */
export function spreadsheetLocale(): string | undefined {
  if (typeof SpreadsheetApp === 'undefined') return undefined;
  try {
    return SpreadsheetApp.getActiveSpreadsheet()?.getSpreadsheetLocale();
  } catch {
    return undefined;
  }
}
