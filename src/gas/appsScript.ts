import type { Services } from './services';

/**
 * The real Apps Script services, looked up only when called (never at load time: this bundle
 * also runs for every custom-function call and in AuthMode.NONE). The assignment is the compiler's
 * proof that the real services satisfy the narrow interfaces in services.ts.
 */
export function appsScriptServices(): Services {
  const real: Services = { SpreadsheetApp, PropertiesService, LockService, HtmlService, Session };
  return real;
}
