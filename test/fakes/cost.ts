/**
 * The cost model of ../shared/spec/apps-script-costs.md: every counted call of the fakes belongs
 * to one tier, and a tier has an optimistic and a pessimistic price in milliseconds (the spec's
 * numbers, unchanged). An operation is priced as rounds of server executions: the executions of
 * one round run in parallel (the sidebar keeps up to 4 google.script.run calls in flight), so a
 * round costs its slowest execution.
 *
 * Calls the spec does not name are classified by what they do on Google, conservatively:
 * getMaxRows/getMaxColumns and getSpreadsheetLocale are priced as backend reads (they ask for
 * properties of the sheet or file, like getLastRow); flush as a backend read (it waits for the
 * queued writes); activate, toast and setActiveSheet as writes (queued UI changes).
 */
import type { CallLog } from './callLog';

export type Tier =
  | 'execution'
  | 'read'
  | 'local'
  | 'write'
  | 'builder'
  | 'propertyRead'
  | 'propertyWrite'
  | 'lock'
  | 'unlock'
  | 'structural';

/** [optimistic, pessimistic] milliseconds per call (apps-script-costs.md). */
export const TIER_MS: Record<Tier, readonly [number, number]> = {
  execution: [300, 1500],
  read: [30, 160],
  local: [0.3, 3],
  write: [1, 30],
  builder: [0.05, 0.3],
  propertyRead: [30, 84],
  propertyWrite: [62, 231],
  lock: [30, 100],
  unlock: [5, 30],
  structural: [200, 1000],
};

const BY_KEY: Record<string, Tier> = {};
function tier(t: Tier, keys: string): void {
  for (const key of keys.trim().split(/\s+/)) BY_KEY[key] = t;
}

tier(
  'read',
  `Range.getValues Range.getDisplayValues Range.getFormulas Range.getDeveloperMetadata
   Sheet.getLastRow Sheet.getLastColumn Sheet.getMaxRows Sheet.getMaxColumns Sheet.getDataRange
   Sheet.getDeveloperMetadata Spreadsheet.getSheets Spreadsheet.getSheetByName
   Spreadsheet.getRangeByName Spreadsheet.getSpreadsheetLocale DeveloperMetadataFinder.find
   SpreadsheetApp.flush`,
);
tier(
  'local',
  `Sheet.getName Sheet.getSheetId Sheet.getIndex Sheet.getRange Sheet.getRangeList
   Sheet.createDeveloperMetadataFinder Range.getRow Range.getColumn Range.getNumRows
   Range.getNumColumns Range.getA1Notation Range.getSheet DeveloperMetadata.getKey
   DeveloperMetadata.getValue DeveloperMetadata.getLocation DeveloperMetadataLocation.getSheet
   DeveloperMetadataLocation.getColumn DeveloperMetadataLocation.getRow
   DeveloperMetadataFinder.withKey Spreadsheet.getId Spreadsheet.getName Spreadsheet.getUrl
   Spreadsheet.getActiveSheet Spreadsheet.createDeveloperMetadataFinder
   SpreadsheetApp.getActiveSpreadsheet SpreadsheetApp.getUi PropertiesService.getDocumentProperties
   LockService.getDocumentLock Session.getActiveUserLocale HtmlOutput.getContent`,
);
tier(
  'write',
  `Range.setValues Range.setFormula Range.setFormulas Range.setNumberFormat Range.setFontWeight
   Range.setFontSize Range.setBackground Range.setHorizontalAlignment Range.setWrap
   Range.setVerticalAlignment Range.setBorder Range.setNote Range.merge Range.mergeAcross
   Range.setDataValidation Range.addDeveloperMetadata Range.protect Range.activate Range.clearContent
   RangeList.setNumberFormat RangeList.setFontWeight RangeList.setFontSize RangeList.setBackground
   RangeList.setHorizontalAlignment RangeList.setWrap RangeList.setVerticalAlignment
   RangeList.setBorder RangeList.clearContent
   Sheet.setFrozenRows Sheet.setFrozenColumns Sheet.setColumnWidth Sheet.setColumnWidths Sheet.setRowHeights
   Sheet.addDeveloperMetadata Sheet.setConditionalFormatRules Sheet.protect Sheet.setTabColor
   Sheet.setName Sheet.activate Sheet.clear Spreadsheet.setActiveSheet Spreadsheet.setNamedRange
   Spreadsheet.toast DeveloperMetadata.setValue DeveloperMetadata.remove Protection.setWarningOnly
   Protection.setDescription`,
);
tier(
  'builder',
  `SpreadsheetApp.newDataValidation SpreadsheetApp.newConditionalFormatRule
   DataValidationBuilder.requireFormulaSatisfied DataValidationBuilder.setAllowInvalid
   DataValidationBuilder.setHelpText DataValidationBuilder.build
   ConditionalFormatRuleBuilder.whenFormulaSatisfied ConditionalFormatRuleBuilder.whenTextStartsWith
   ConditionalFormatRuleBuilder.whenTextEqualTo ConditionalFormatRuleBuilder.whenNumberEqualTo
   ConditionalFormatRuleBuilder.setBackground ConditionalFormatRuleBuilder.setFontColor
   ConditionalFormatRuleBuilder.setRanges ConditionalFormatRuleBuilder.build Sheet.newChart
   EmbeddedChartBuilder.asColumnChart EmbeddedChartBuilder.asPieChart EmbeddedChartBuilder.addRange
   EmbeddedChartBuilder.setPosition EmbeddedChartBuilder.setOption EmbeddedChartBuilder.build
   Menu.addItem Menu.addSeparator Menu.addToUi Ui.createAddonMenu HtmlService.createHtmlOutputFromFile
   HtmlService.createHtmlOutput HtmlOutput.setTitle`,
);
tier('propertyRead', 'Properties.getProperty');
tier('propertyWrite', 'Properties.setProperty Properties.deleteProperty');
tier('lock', 'Lock.tryLock');
tier('unlock', 'Lock.releaseLock');
tier(
  'structural',
  `Spreadsheet.insertSheet Spreadsheet.deleteSheet Sheet.insertChart Ui.showSidebar
   Sheet.insertColumnsAfter Sheet.insertRowsAfter Sheet.deleteRows Sheet.deleteColumns`,
);

/** The tier of a counted call; an unclassified call is an error, so no call escapes the price. */
export function tierOf(key: string): Tier {
  const t = BY_KEY[key];
  if (!t) throw new Error(`cost model: no tier for ${key} (classify it in test/fakes/cost.ts)`);
  return t;
}

export interface Price {
  executions: number;
  calls: number;
  /** Milliseconds. */
  optimistic: number;
  pessimistic: number;
}

/** The price of one execution that made these calls (keys as CallLog.snapshot gives them). */
export function priceExecution(counts: Record<string, number>): Price {
  const price: Price = {
    executions: 1,
    calls: 0,
    optimistic: TIER_MS.execution[0],
    pessimistic: TIER_MS.execution[1],
  };
  for (const [key, n] of Object.entries(counts)) {
    const [o, p] = TIER_MS[tierOf(key)];
    price.calls += n;
    price.optimistic += n * o;
    price.pessimistic += n * p;
  }
  return price;
}

/**
 * Meters an operation on the fakes: `round` runs a set of executions that are in flight together
 * (each priced on its own calls; the round costs its slowest); rounds add up.
 */
export class CostMeter {
  readonly total: Price = { executions: 0, calls: 0, optimistic: 0, pessimistic: 0 };

  constructor(private readonly calls: CallLog) {}

  /** One server execution on its own. */
  run<T>(execution: () => T): T {
    let out: T | undefined;
    this.round([() => (out = execution())]);
    return out as T;
  }

  /** Executions in flight together (at most 4, as the sidebar keeps them). */
  round(executions: readonly (() => unknown)[]): void {
    if (executions.length > 4) throw new Error('cost model: at most 4 executions in flight');
    let optimistic = 0;
    let pessimistic = 0;
    for (const execution of executions) {
      this.calls.reset();
      execution();
      const p = priceExecution(this.calls.snapshot());
      this.total.executions++;
      this.total.calls += p.calls;
      optimistic = Math.max(optimistic, p.optimistic);
      pessimistic = Math.max(pessimistic, p.pessimistic);
    }
    this.calls.reset();
    this.total.optimistic += optimistic;
    this.total.pessimistic += pessimistic;
  }

  /** Many executions, run 4 at a time. */
  parallel(executions: readonly (() => unknown)[]): void {
    for (let i = 0; i < executions.length; i += 4) this.round(executions.slice(i, i + 4));
  }
}

/** `cost NAME: executions N, calls N, google A–B s`, the bench's line. */
export function costLine(name: string, price: Price): string {
  const s = (ms: number) => (ms / 1000).toFixed(1);
  return `cost ${name}: executions ${price.executions}, calls ${price.calls}, google ${s(price.optimistic)}–${s(price.pessimistic)} s`;
}
