import type { Browser } from 'playwright-core';
import type { Template } from '../../src/core/journal/types';
import { TEXTS as CORE_TEXTS } from '../../src/core/texts';
import { TEXTS } from '../../sidebar/i18n';
import { BUILTIN, HALF_YEAR, bootstrap } from './fixtures';
import { launchChromium, openSidebar, type Handlers, type Sidebar } from './harness';

jest.setTimeout(60000);

const tt = TEXTS.ru.templates;
let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

async function templatesSidebar(handlers: Handlers): Promise<Sidebar> {
  const s = await openSidebar(browser, 'fromTemplate', { getBootstrap: (p) => bootstrap(p), ...handlers });
  await s.page.getByRole('heading', { name: tt.title }).waitFor();
  return s;
}

const names = (s: Sidebar) => s.page.locator('.template-name').allTextContents();

describe('templates', () => {
  test('lists templates; only saved ones can be deleted, after confirming', async () => {
    const s = await templatesSidebar({ deleteTemplate: () => [BUILTIN] });
    try {
      const { page } = s;
      await expect(names(s)).resolves.toEqual([`${BUILTIN.name} ${tt.builtin}`, `${HALF_YEAR.name} `]);
      // A school's own template (no description of its own) shows what it holds, like the built-ins.
      expect(HALF_YEAR.description).toBeUndefined();
      await expect(page.locator('.template-list li').nth(1).locator('.muted').textContent()).resolves.toBe(
        CORE_TEXTS.ru.journal.describe(HALF_YEAR.structure),
      );
      await expect(page.getByRole('button', { name: `${tt.delete}: ${BUILTIN.name}` }).count()).resolves.toBe(
        0,
      );
      await page.getByRole('button', { name: `${tt.delete}: ${HALF_YEAR.name}` }).click();
      expect(s.callsTo('deleteTemplate')).toEqual([]);
      await page.getByRole('button', { name: tt.yesDelete }).click();
      await expect(page.getByRole('status').textContent()).resolves.toBe(tt.deleted(HALF_YEAR.name));
      expect(s.callsTo('deleteTemplate')).toEqual([[HALF_YEAR.name]]);
      await expect(names(s)).resolves.toEqual([`${BUILTIN.name} ${tt.builtin}`]);
      // The template list of the new-journal panel follows.
      await page.getByRole('button', { name: TEXTS.ru.nav.newJournal }).click();
      await expect(
        page
          .locator('#panel-newJournal')
          .getByLabel(TEXTS.ru.journal.template, { exact: true })
          .locator('option')
          .allTextContents(),
      ).resolves.toEqual([TEXTS.ru.journal.noTemplate, BUILTIN.name]);
    } finally {
      await s.close();
    }
  });

  test('export shows the JSON read-only, with a copy button', async () => {
    const json = JSON.stringify({
      name: HALF_YEAR.name,
      structure: HALF_YEAR.structure,
      url: 'https://example.org/x',
    });
    const s = await templatesSidebar({ exportTemplate: () => json });
    try {
      const { page } = s;
      await page.getByRole('button', { name: `${tt.export}: ${HALF_YEAR.name}` }).click();
      const box = page.getByLabel(tt.exportLabel(HALF_YEAR.name));
      await expect(box.inputValue()).resolves.toBe(json);
      await expect(box.getAttribute('readonly')).resolves.not.toBeNull();
      await page.getByRole('button', { name: tt.copy }).click();
      await expect(page.getByRole('status').textContent()).resolves.toBe(tt.copied);
      expect(s.callsTo('exportTemplate')).toEqual([[HALF_YEAR.name]]);
    } finally {
      await s.close();
    }
  });

  test('import shows every error the server returns', async () => {
    const s = await templatesSidebar({
      importTemplate: () => {
        throw new Error(
          'foCount: 0 — нужно 1–60\nsochMax: «abc» — не число\nheaderLang: «de» — kk, ru или en',
        );
      },
    });
    try {
      const { page } = s;
      await page.getByLabel(tt.importJson).fill('{"name":"x","structure":{"foCount":0,"sochMax":"abc"}}');
      await page.getByRole('button', { name: tt.import, exact: true }).click();
      const alert = page.getByRole('alert');
      await expect(alert.locator('.notice-text').evaluate((el) => el.firstChild?.textContent)).resolves.toBe(
        TEXTS.ru.problemsFound(3),
      );
      await expect(alert.locator('li').allTextContents()).resolves.toEqual([
        'foCount: 0 — нужно 1–60',
        'sochMax: «abc» — не число',
        'headerLang: «de» — kk, ru или en',
      ]);
      expect(s.callsTo('importTemplate')).toEqual([
        ['{"name":"x","structure":{"foCount":0,"sochMax":"abc"}}'],
      ]);
    } finally {
      await s.close();
    }
  });

  test('import and save-as-template add the returned template to the list', async () => {
    const imported: Template = { ...HALF_YEAR, name: 'Импорт <script>alert(1)</script>' };
    const saved: Template = { ...BUILTIN, name: 'Алгебра 7', builtin: false };
    const s = await templatesSidebar({ importTemplate: () => imported, saveTemplate: () => saved });
    try {
      const { page } = s;
      await page.getByLabel(tt.importJson).fill(JSON.stringify(imported));
      await page.getByRole('button', { name: tt.import, exact: true }).click();
      await expect(page.getByRole('status').textContent()).resolves.toBe(tt.imported(imported.name));

      await page.getByLabel(tt.journal, { exact: true }).selectOption('7А Алгебра Ч1');
      await page.getByLabel(tt.name).fill(' Алгебра 7 ');
      await page.getByRole('button', { name: tt.save }).click();
      await expect(page.getByRole('status').textContent()).resolves.toBe(tt.saved('Алгебра 7'));
      expect(s.callsTo('saveTemplate')).toEqual([[{ sheetName: '7А Алгебра Ч1', name: 'Алгебра 7' }]]);
      await expect(names(s)).resolves.toEqual([
        `${BUILTIN.name} ${tt.builtin}`,
        `${HALF_YEAR.name} `,
        `${imported.name} `,
        'Алгебра 7 ',
      ]);
      expect(s.dialogs).toEqual([]);
    } finally {
      await s.close();
    }
  });
});
