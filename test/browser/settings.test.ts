import type { Browser } from 'playwright-core';
import type { Settings } from '../../src/core/settings';
import { TEXTS } from '../../sidebar/i18n';
import { bootstrap } from './fixtures';
import { launchChromium, openSidebar, type Sidebar } from './harness';

jest.setTimeout(60000);

const ru = TEXTS.ru;
let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

async function settingsSidebar(onSave: (s: Settings) => Settings = (s) => s): Promise<Sidebar> {
  const s = await openSidebar(browser, 'settings', {
    getBootstrap: (p) => bootstrap(p),
    saveSettings: onSave,
  });
  await s.page.getByRole('heading', { name: ru.settings.title }).waitFor();
  return s;
}

const group = (s: Sidebar, legend: string) => s.page.getByRole('group', { name: legend });

describe('settings', () => {
  test('a weight sum other than 100 is refused next to the weights, and nothing is saved', async () => {
    const s = await settingsSidebar();
    try {
      const { page } = s;
      await page.getByLabel(ru.settings.ruleset).selectOption('custom');
      const weights = group(s, ru.settings.weightsWithSoch);
      await weights.getByLabel(ru.settings.w_fo, { exact: true }).fill('20');
      await page.getByRole('button', { name: ru.settings.save }).click();

      await expect(page.getByRole('alert').textContent()).resolves.toBe(ru.fixErrors);
      const message = ru.invalid.weightsSum('95');
      await expect(weights.getByText(message).isVisible()).resolves.toBe(true);
      // The error is tied to the inputs it is about.
      const input = weights.getByLabel(ru.settings.w_fo, { exact: true });
      await expect(input.getAttribute('aria-invalid')).resolves.toBe('true');
      const described = (await input.getAttribute('aria-describedby')) ?? '';
      const texts = await Promise.all(
        described.split(' ').map((id) => page.locator(`[id="${id}"]`).textContent()),
      );
      expect(texts).toContain(message);
      await expect(page.evaluate(() => document.activeElement?.getAttribute('aria-invalid'))).resolves.toBe(
        'true',
      );
      expect(s.callsTo('saveSettings')).toEqual([]);
    } finally {
      await s.close();
    }
  });

  test('thresholds that do not rise and numbers out of range are refused', async () => {
    const s = await settingsSidebar();
    try {
      const { page } = s;
      await page.getByLabel(ru.settings.ruleset).selectOption('custom');
      const thresholds = group(s, ru.settings.thresholds);
      await thresholds.getByLabel(ru.settings.t4).fill('90');
      await page.getByLabel(ru.settings.minFoMarks).fill('2,5');
      await page.getByRole('button', { name: ru.settings.save }).click();
      await expect(thresholds.getByText(ru.invalid.thresholdsOrder()).isVisible()).resolves.toBe(true);
      await expect(page.getByText(ru.invalid.wholeRange('0', '60')).isVisible()).resolves.toBe(true);
      expect(s.callsTo('saveSettings')).toEqual([]);
    } finally {
      await s.close();
    }
  });

  test('saving sends the chosen settings, custom rules as overrides of their base', async () => {
    const s = await settingsSidebar();
    try {
      const { page } = s;
      await page.getByLabel(ru.settings.ruleset).selectOption('custom');
      await page.getByLabel(ru.settings.basedOn).selectOption('KZ-2020-MEKTEP');
      const weights = group(s, ru.settings.weightsWithSoch);
      await weights.getByLabel(ru.settings.w_fo, { exact: true }).fill('30');
      await weights.getByLabel(ru.settings.w_sor, { exact: true }).fill('20');
      await group(s, ru.settings.thresholds).getByLabel(ru.settings.t5).fill('86,5');
      await page.getByLabel(ru.settings.sorMode).selectOption('mean');
      await page.getByLabel(ru.settings.schoolName).fill('  Школа-лицей №5 ');
      await page.getByLabel(ru.settings.schoolYear).fill('2026–2027');
      await page.getByLabel(ru.settings.minFoMarks).fill('4');
      await page.getByRole('button', { name: ru.settings.save }).click();

      await expect(page.getByRole('status').filter({ hasText: ru.settings.saved }).isVisible()).resolves.toBe(
        true,
      );
      const expected: Settings = {
        lang: 'ru',
        rules: { base: 'KZ-2020-MEKTEP', custom: { w_fo: 30, w_sor: 20, t5: 86.5, sor_mode: 'mean' } },
        schoolName: 'Школа-лицей №5',
        schoolYear: '2026-2027',
        minFoMarks: 4,
      };
      expect(s.callsTo('saveSettings')).toEqual([[expected]]);
    } finally {
      await s.close();
    }
  });

  test('a ruleset not in force in the school year is pointed out; the final-mark rule is saved with any ruleset', async () => {
    const s = await settingsSidebar();
    try {
      const { page } = s;
      // Each ruleset says what it is, not only its code.
      await expect(
        page.getByLabel(ru.settings.ruleset).locator('option[value="KZ-2016"]').textContent(),
      ).resolves.toBe(ru.settings.presetLabel('KZ-2016', '0/50/50', 'total', '2016-2017 – 2019-2020'));
      await page.getByLabel(ru.settings.ruleset).selectOption('KZ-2016');
      await page.getByLabel(ru.settings.schoolYear).fill('2026-2027');
      const warning = ru.settings.notInForce('KZ-2016', '2016-2017 – 2019-2020', '2026-2027');
      await expect(page.getByText(warning).isVisible()).resolves.toBe(true);
      // The warning is tied to the ruleset choice, and goes once this year's rules are chosen.
      const described = (await page.getByLabel(ru.settings.ruleset).getAttribute('aria-describedby')) ?? '';
      await expect(page.locator(`[id="${described}"]`).textContent()).resolves.toBe(warning);
      await page.getByLabel(ru.settings.ruleset).selectOption('KZ-2020-MEKTEP');
      await expect(page.getByText(warning).count()).resolves.toBe(0);

      await page.getByLabel(ru.settings.final).selectOption('mean');
      await page.getByRole('button', { name: ru.settings.save }).click();
      await page.getByRole('status').filter({ hasText: ru.settings.saved }).waitFor();
      expect(s.callsTo('saveSettings')).toEqual([
        [
          {
            lang: 'ru',
            rules: { base: 'KZ-2020-MEKTEP', custom: { final: 'mean' } },
            schoolName: '',
            schoolYear: '2026-2027',
            minFoMarks: 3,
          },
        ],
      ]);
    } finally {
      await s.close();
    }
  });

  test('a preset is saved without overrides', async () => {
    const s = await settingsSidebar();
    try {
      const { page } = s;
      await page.getByLabel(ru.settings.ruleset).selectOption('KZ-2016');
      await page.getByRole('button', { name: ru.settings.save }).click();
      await page.getByRole('status').filter({ hasText: ru.settings.saved }).waitFor();
      expect(s.callsTo('saveSettings')).toEqual([
        [{ lang: 'ru', rules: { base: 'KZ-2016' }, schoolName: '', schoolYear: '', minFoMarks: 3 }],
      ]);
    } finally {
      await s.close();
    }
  });

  test('saving another language re-renders the sidebar in it', async () => {
    const s = await settingsSidebar();
    try {
      const { page } = s;
      await page.getByLabel(ru.settings.lang).selectOption('kk');
      await page.getByRole('button', { name: ru.settings.save }).click();
      const kk = TEXTS.kk;
      await page.getByRole('heading', { name: kk.settings.title }).waitFor();
      await expect(page.getByLabel(kk.settings.schoolName).isVisible()).resolves.toBe(true);
      await expect(page.getByRole('navigation').textContent()).resolves.toBe(Object.values(kk.nav).join(''));
      await expect(page.getByRole('status').textContent()).resolves.toBe(kk.settings.saved);
      await expect(page.evaluate(() => document.documentElement.lang)).resolves.toBe('kk');
      // The other panels follow too.
      await page.getByRole('button', { name: kk.nav.newJournal }).click();
      await expect(page.getByLabel(kk.journal.subject).isVisible()).resolves.toBe(true);
    } finally {
      await s.close();
    }
  });

  test('a server error is shown as a readable alert', async () => {
    const s = await settingsSidebar(() => {
      throw new Error('Настройки заблокированы другим пользователем');
    });
    try {
      const { page } = s;
      await page.getByRole('button', { name: ru.settings.save }).click();
      await expect(page.getByRole('alert').textContent()).resolves.toBe(
        'Настройки заблокированы другим пользователем',
      );
    } finally {
      await s.close();
    }
  });
});
