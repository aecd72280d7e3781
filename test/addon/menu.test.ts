import { buildMenu, MENU_HANDLERS } from '../../src/gas/menu';
import { showSidebar } from '../../src/gas/sidebar';
import { createFakeServices } from '../fakes';

describe('the add-on menu', () => {
  it('in AuthMode.NONE builds the menu only, in the user locale, without reading the document', () => {
    const services = createFakeServices({ userLocale: 'kk' });
    buildMenu(services, { authMode: 'NONE' });
    expect(services.calls.count('PropertiesService.getDocumentProperties')).toBe(0);
    expect(services.calls.count('SpreadsheetApp.getActiveSpreadsheet')).toBe(0);
    const captions = services.ui.menus.flatMap((m) => ('caption' in m ? [m.caption] : []));
    expect(captions).toHaveLength(Object.keys(MENU_HANDLERS).length);
    expect(captions[0]).toMatch(/журнал/i);
    expect(services.ui.menus.flatMap((m) => ('functionName' in m ? [m.functionName] : []))).toEqual(
      Object.values(MENU_HANDLERS),
    );
  });

  it('uses the language chosen in Settings once the add-on may read the document', () => {
    const services = createFakeServices({ userLocale: 'ru' });
    services.PropertiesService.getDocumentProperties().setProperty(
      'kb.settings',
      JSON.stringify({ lang: 'en' }),
    );
    buildMenu(services, { authMode: 'FULL' });
    const captions = services.ui.menus.flatMap((m) => ('caption' in m ? [m.caption] : []));
    expect(captions).toContain('Check journals');
  });

  it('falls back to Russian for an unknown locale', () => {
    const services = createFakeServices({ userLocale: 'de' });
    buildMenu(services, { authMode: 'NONE' });
    const captions = services.ui.menus.flatMap((m) => ('caption' in m ? [m.caption] : []));
    expect(captions.join(' ')).toMatch(/[а-я]/);
  });

  it('opens the sidebar on the asked panel', () => {
    const services = createFakeServices({
      htmlFiles: { sidebar: '<script>window.KB_PANEL="__KB_PANEL__";</script>' },
    });
    showSidebar(services, 'check');
    expect(services.ui.sidebars[0].content).toContain('window.KB_PANEL="check"');
    expect(services.ui.sidebars[0].title).toBe('KB Sheets');
  });
});
