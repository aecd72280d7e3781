import type { Lang } from '../core/i18n';
import { DEFAULT_SETTINGS, type Settings } from '../core/settings';
import { TEXTS, type Texts } from '../core/texts';
import type { Services, Spreadsheet } from './services';

export const SETTINGS_PROPERTY = 'kb.settings';
export const TEMPLATES_PROPERTY = 'kb.templates';

/** What every endpoint works with: the services, the active spreadsheet and the school's settings. */
export interface Ctx {
  services: Services;
  ss: Spreadsheet;
  settings: Settings;
  lang: Lang;
  texts: Texts;
}

export function context(services: Services): Ctx {
  const settings = loadSettings(services);
  return {
    services,
    ss: services.SpreadsheetApp.getActiveSpreadsheet(),
    settings,
    lang: settings.lang,
    texts: TEXTS[settings.lang],
  };
}

/** Settings from document properties; anything unreadable falls back to the defaults, field by field. */
export function loadSettings(services: Services): Settings {
  const raw = services.PropertiesService.getDocumentProperties().getProperty(SETTINGS_PROPERTY);
  if (!raw) return DEFAULT_SETTINGS;
  try {
    return { ...DEFAULT_SETTINGS, ...(JSON.parse(raw) as Partial<Settings>) };
  } catch {
    return DEFAULT_SETTINGS;
  }
}
