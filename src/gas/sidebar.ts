import type { Panel } from '../shared/endpoints';
import type { Services } from './services';

/** The placeholder the sidebar build leaves for the panel to open (see scripts/build-sidebar.mjs). */
export const PANEL_PLACEHOLDER = '__KB_PANEL__';

export function showSidebar(services: Services, panel: Panel): void {
  const html = services.HtmlService.createHtmlOutputFromFile('sidebar')
    .getContent()
    .replace(PANEL_PLACEHOLDER, panel);
  services.SpreadsheetApp.getUi().showSidebar(
    services.HtmlService.createHtmlOutput(html).setTitle('KB Sheets'),
  );
}
