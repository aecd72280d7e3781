import { langOfLocale, type Lang } from '../core/i18n';
import { TEXTS } from '../core/texts';
import { loadSettings } from './context';
import type { Services } from './services';

/** The menu handlers: top-level functions (see globals.js) that open the sidebar on a panel. */
export const MENU_HANDLERS = {
  newJournal: 'kbShowNewJournal',
  fromTemplate: 'kbShowFromTemplate',
  checkJournals: 'kbShowCheck',
  specs: 'kbShowSpecs',
  // In menu order (the menu test compares them).
  analysis: 'kbShowAnalysis',
  monitoring: 'kbShowMonitoring',
  moderation: 'kbShowModeration',
  // Without the sidebar, after a separator.
  runMonitoring: 'kbRunMonitoring',
  runAnalyses: 'kbRunAnalyses',
  runCheck: 'kbRunCheck',
  settings: 'kbShowSettings',
  help: 'kbShowHelp',
} as const;

/** The part of the onOpen event we read. */
export interface OpenEvent {
  authMode?: unknown;
}

/**
 * Builds the add-on menu. In AuthMode.NONE (the add-on is installed but not yet used in this
 * file) nothing but the menu may run, and document properties cannot be read: the user's locale
 * decides the language then.
 */
export function buildMenu(services: Services, e: OpenEvent | undefined): void {
  const t = TEXTS.of(menuLanguage(services, e));
  services.SpreadsheetApp.getUi()
    .createAddonMenu()
    .addItem(t.menu.newJournal, MENU_HANDLERS.newJournal)
    .addItem(t.menu.fromTemplate, MENU_HANDLERS.fromTemplate)
    .addItem(t.menu.checkJournals, MENU_HANDLERS.checkJournals)
    .addItem(t.menu.specs, MENU_HANDLERS.specs)
    .addItem(t.menu.analysis, MENU_HANDLERS.analysis)
    .addItem(t.menu.monitoring, MENU_HANDLERS.monitoring)
    .addItem(t.menu.moderation, MENU_HANDLERS.moderation)
    .addSeparator()
    .addItem(t.menu.runMonitoring, MENU_HANDLERS.runMonitoring)
    .addItem(t.menu.runAnalyses, MENU_HANDLERS.runAnalyses)
    .addItem(t.menu.runCheck, MENU_HANDLERS.runCheck)
    .addSeparator()
    .addItem(t.menu.settings, MENU_HANDLERS.settings)
    .addItem(t.menu.help, MENU_HANDLERS.help)
    .addToUi();
}

function menuLanguage(services: Services, e: OpenEvent | undefined): Lang {
  if (String(e?.authMode ?? '') !== 'NONE') {
    try {
      return loadSettings(services).lang;
    } catch {
      // fall through to the user's locale
    }
  }
  try {
    return langOfLocale(services.Session.getActiveUserLocale()) ?? 'ru';
  } catch {
    return 'ru';
  }
}
