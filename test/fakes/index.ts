import type { Services } from '../../src/gas/services';
import { CallLog } from './callLog';
import type { CustomFunction } from './customFunctions';
import { FakeHtmlService } from './html';
import { FakeLockService, LockState } from './lock';
import { FakeProperties, FakePropertiesService } from './properties';
import { FakeSession } from './session';
import { FakeSpreadsheet } from './spreadsheet';
import { FakeSpreadsheetApp } from './spreadsheetApp';
import type { UiRecord } from './ui';
import { emptyUiRecord } from './ui';

/**
 * In-memory Apps Script services for adapter tests and the local playground. See README.md.
 */

export interface FakeServicesOptions {
  /** Spreadsheet locale, default 'ru_RU'. */
  locale?: string;
  /** The user's UI language (Session.getActiveUserLocale), default 'ru'. */
  userLocale?: string;
  /** Project HTML files by name, for HtmlService.createHtmlOutputFromFile. */
  htmlFiles?: Record<string, string>;
  /** Custom functions usable in formulas, by name (KB_DETAIL …). */
  functions?: Record<string, CustomFunction>;
  /** Name of the first sheet, default 'Лист1'. */
  firstSheetName?: string;
  /** The spreadsheet's file name, default 'Новая таблица'. */
  name?: string;
}

export interface FakeServices extends Services {
  SpreadsheetApp: FakeSpreadsheetApp;
  PropertiesService: FakePropertiesService;
  LockService: FakeLockService;
  HtmlService: FakeHtmlService;
  Session: FakeSession;
  /** The active spreadsheet. */
  spreadsheet: FakeSpreadsheet;
  /** Every call to every service method, keyed 'Range.getValues'. */
  calls: CallLog;
  /** Menus, sidebars and toasts the add-on showed. */
  ui: UiRecord;
  /** The document properties, for inspection. */
  properties: FakeProperties;
  /** The document lock; `lock.holdByOtherUser()` simulates contention. */
  lock: LockState;
}

export function createFakeServices(options: FakeServicesOptions = {}): FakeServices {
  const calls = new CallLog();
  const ui = emptyUiRecord();
  const spreadsheet = new FakeSpreadsheet({
    calls,
    ui,
    locale: options.locale,
    functions: options.functions,
    firstSheetName: options.firstSheetName,
    name: options.name,
  });
  const properties = new FakeProperties(calls);
  const lock = new LockState();
  return {
    SpreadsheetApp: new FakeSpreadsheetApp(calls, spreadsheet, ui),
    PropertiesService: new FakePropertiesService(calls, properties),
    LockService: new FakeLockService(calls, lock),
    HtmlService: new FakeHtmlService(calls, options.htmlFiles ?? {}),
    Session: new FakeSession(calls, options.userLocale ?? 'ru'),
    spreadsheet,
    calls,
    ui,
    properties,
    lock,
  };
}

export { CallLog } from './callLog';
export type { CustomFunction } from './customFunctions';
export { FakeConditionalFormatRule, FakeDataValidation } from './builders';
export { FakeDeveloperMetadata } from './metadata';
export { FakeEmbeddedChart, FakeEmbeddedChartBuilder, type ChartRecord } from './charts';
export { FakeProtection } from './protection';
export { FakeRange } from './range';
export { FakeSheet } from './sheet';
export type { ChangeEvent, UserEditResult } from './spreadsheet';
export { FakeSpreadsheet } from './spreadsheet';
export type { CellSnapshot, SheetSnapshot, SpreadsheetSnapshot } from './snapshot';
export type { MenuEntry, UiRecord } from './ui';
