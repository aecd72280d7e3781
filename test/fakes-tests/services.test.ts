import { createFakeServices } from '../fakes';
import { MAX_VALUE_BYTES } from '../fakes/properties';

describe('PropertiesService', () => {
  it('stores strings per document and deletes them', () => {
    const services = createFakeServices();
    const props = services.PropertiesService.getDocumentProperties();
    expect(props.getProperty('kb.settings')).toBeNull();
    props.setProperty('kb.settings', '{"lang":"kk"}').setProperty('kb.version', '1');
    expect(services.PropertiesService.getDocumentProperties().getProperty('kb.settings')).toBe(
      '{"lang":"kk"}',
    );
    props.deleteProperty('kb.version');
    expect(services.properties.all()).toEqual({ 'kb.settings': '{"lang":"kk"}' });
  });

  it('enforces the 9 KB per value limit in UTF-8 bytes, as Apps Script does', () => {
    const props = createFakeServices().PropertiesService.getDocumentProperties();
    props.setProperty('ascii', 'x'.repeat(MAX_VALUE_BYTES));
    // Cyrillic letters take two bytes: 4609 of them are over the limit.
    expect(() => props.setProperty('ru', 'ж'.repeat(4609))).toThrow('Argument too large: value');
    expect(props.getProperty('ru')).toBeNull();
  });

  it('enforces the 500 KB store quota', () => {
    const props = createFakeServices().PropertiesService.getDocumentProperties();
    // 56 × 9000 bytes fit in 500 × 1024; a 57th does not.
    for (let i = 0; i < 56; i++) props.setProperty(`k${i}`, 'x'.repeat(9000));
    expect(() => props.setProperty('one-more', 'x'.repeat(9000))).toThrow(
      'You have exceeded the property storage quota',
    );
  });

  it('rejects non-string values', () => {
    const props = createFakeServices().PropertiesService.getDocumentProperties();
    expect(() => props.setProperty('n', 5 as unknown as string)).toThrow('Invalid argument: value');
  });
});

describe('LockService', () => {
  it('shares one document lock between all callers', () => {
    const services = createFakeServices();
    const first = services.LockService.getDocumentLock()!;
    const second = services.LockService.getDocumentLock()!;
    expect(first.tryLock(10_000)).toBe(true);
    expect(first.tryLock(10_000)).toBe(true);
    expect(second.tryLock(10_000)).toBe(false);
    first.releaseLock();
    expect(second.tryLock(10_000)).toBe(true);
    // Another spreadsheet's lock is another lock.
    expect(createFakeServices().LockService.getDocumentLock()!.tryLock(1)).toBe(true);
  });

  it('simulates another user holding the lock', () => {
    const services = createFakeServices();
    services.lock.holdByOtherUser();
    const lock = services.LockService.getDocumentLock()!;
    expect(lock.tryLock(30_000)).toBe(false);
    lock.releaseLock();
    expect(services.lock.isHeld()).toBe(true);
    services.lock.releaseOtherUser();
    expect(lock.tryLock(30_000)).toBe(true);
  });
});

describe('HtmlService, Ui and Session', () => {
  it('serves project HTML files by name, with or without .html', () => {
    const services = createFakeServices({ htmlFiles: { 'sidebar.html': '<div id="app"></div>' } });
    expect(services.HtmlService.createHtmlOutputFromFile('sidebar').getContent()).toBe(
      '<div id="app"></div>',
    );
    expect(services.HtmlService.createHtmlOutputFromFile('sidebar.html').getContent()).toBe(
      '<div id="app"></div>',
    );
    expect(() => services.HtmlService.createHtmlOutputFromFile('help')).toThrow(
      'No HTML file named help was found.',
    );
    expect(services.HtmlService.createHtmlOutput('<b>x</b>').getContent()).toBe('<b>x</b>');
  });

  it('records the add-on menu and the sidebars shown', () => {
    const services = createFakeServices({ htmlFiles: { sidebar: '<main></main>' } });
    const ui = services.SpreadsheetApp.getUi();
    const menu = ui
      .createAddonMenu()
      .addItem('Открыть', 'showSidebar')
      .addSeparator()
      .addItem('Справка', 'showHelp');
    expect(services.ui.menus).toEqual([]);
    menu.addToUi();
    expect(services.ui.menus).toEqual([
      { caption: 'Открыть', functionName: 'showSidebar' },
      { separator: true },
      { caption: 'Справка', functionName: 'showHelp' },
    ]);
    ui.showSidebar(services.HtmlService.createHtmlOutputFromFile('sidebar').setTitle('KB Sheets'));
    expect(services.ui.sidebars).toEqual([{ content: '<main></main>', title: 'KB Sheets' }]);
  });

  it('records toasts and reports the user locale', () => {
    const services = createFakeServices({ userLocale: 'kk' });
    services.spreadsheet.toast('Дайын', 'KB Sheets', 5);
    expect(services.ui.toasts).toEqual([{ message: 'Дайын', title: 'KB Sheets', timeoutSeconds: 5 }]);
    expect(services.Session.getActiveUserLocale()).toBe('kk');
    expect(createFakeServices().Session.getActiveUserLocale()).toBe('ru');
  });
});
