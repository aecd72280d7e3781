import type { Browser } from 'playwright-core';
import type { Panel } from '../../src/shared/endpoints';
import { MODERATION_UI } from '../../sidebar/features/moderation/texts';
import { REPORTS_UI } from '../../sidebar/features/reports/texts';
import { SPEC_UI } from '../../sidebar/features/specs/texts';
import { TEXTS } from '../../sidebar/i18n';
import { bootstrap } from './fixtures';
import { launchChromium, openSidebar } from './harness';

jest.setTimeout(60000);

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

const HEADINGS: Record<Panel, string> = {
  newJournal: TEXTS.ru.journal.title,
  fromTemplate: TEXTS.ru.fromTemplate.title,
  check: TEXTS.ru.check.title,
  settings: TEXTS.ru.settings.title,
  help: TEXTS.ru.help.title,
  moderation: MODERATION_UI.ru.title,
  analysis: REPORTS_UI.ru.analysisTitle,
  monitoring: REPORTS_UI.ru.monitoringTitle,
  specs: SPEC_UI.ru.title,
};

describe('bootstrap', () => {
  test.each(Object.keys(HEADINGS) as Panel[])('opens the %s panel the server asked for', async (panel) => {
    const s = await openSidebar(browser, panel, { getBootstrap: (p) => bootstrap(p) });
    try {
      const { page } = s;
      await page.getByRole('heading', { level: 2, name: HEADINGS[panel] }).first().waitFor();
      expect(s.callsTo('getBootstrap')).toEqual([[panel]]);
      await expect(page.locator('[aria-current="page"]').textContent()).resolves.toBe(TEXTS.ru.nav[panel]);
      // Only the current panel is visible.
      await expect(page.locator('main:visible').count()).resolves.toBe(1);
      expect(s.pageErrors).toEqual([]);
    } finally {
      await s.close();
    }
  });

  test('the navigation opens the other panels', async () => {
    const s = await openSidebar(browser, 'help', { getBootstrap: (p) => bootstrap(p) });
    try {
      const { page } = s;
      await page.getByRole('button', { name: TEXTS.ru.nav.check }).click();
      await expect(page.getByRole('heading', { name: TEXTS.ru.check.title }).isVisible()).resolves.toBe(true);
      await expect(page.getByRole('heading', { name: TEXTS.ru.help.title }).isVisible()).resolves.toBe(false);
      // Keyboard: the nav entries are real buttons.
      await page.getByRole('button', { name: TEXTS.ru.nav.settings }).focus();
      await page.keyboard.press('Enter');
      await page.getByRole('heading', { name: TEXTS.ru.settings.title }).waitFor();
    } finally {
      await s.close();
    }
  });

  test('renders in the language of the bootstrap', async () => {
    const s = await openSidebar(browser, 'help', { getBootstrap: (p) => bootstrap(p, { lang: 'kk' }) });
    try {
      const { page } = s;
      await page.getByRole('heading', { level: 2, name: TEXTS.kk.help.title }).waitFor();
      await expect(page.getByRole('navigation').textContent()).resolves.toContain(TEXTS.kk.nav.fromTemplate);
      await expect(page.evaluate(() => document.documentElement.lang)).resolves.toBe('kk');
      await expect(page.getByText(TEXTS.kk.help.codes[1].text).isVisible()).resolves.toBe(true);
    } finally {
      await s.close();
    }
  });

  test.each([
    ['Нет доступа к таблице', 'Нет доступа к таблице'],
    ['ScriptError: Нет доступа к таблице', 'Нет доступа к таблице'],
    ['', TEXTS.ru.unknownError],
  ])('a server error at start is shown as a readable alert (%j)', async (thrown, shown) => {
    const s = await openSidebar(browser, 'settings', {
      getBootstrap: () => {
        throw new Error(thrown);
      },
    });
    try {
      const alert = s.page.getByRole('alert');
      await alert.waitFor();
      await expect(alert.textContent()).resolves.toBe(shown);
    } finally {
      await s.close();
    }
  });
});
