import type { Browser } from 'playwright-core';
import type { CheckReport } from '../../src/shared/endpoints';
import { TEXTS } from '../../sidebar/i18n';
import { bootstrap } from './fixtures';
import { deferred, launchChromium, openSidebar, until } from './harness';

jest.setTimeout(60000);

const c = TEXTS.ru.check;
let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

const REPORT: CheckReport = {
  journals: 3,
  problems: [
    { sheetName: '7А Алгебра Ч1', a1: 'E7', code: 'aboveMax', message: 'СОР 2: 12 > макс 10' },
    {
      sheetName: '7Б Алгебра Ч1',
      a1: 'B9',
      code: 'duplicatePupil',
      message: 'Ученик <img src=x onerror=alert(1)> записан дважды',
    },
    { sheetName: "7Б 'Физика'", a1: 'K12', code: 'aboveMax', message: 'СОЧ: 31 > макс 30' },
  ],
  summary: { aboveMax: 2, duplicatePupil: 1 },
};

describe('check journals', () => {
  test('runs as soon as it opens, shows progress, then the problems; a click jumps to the cell', async () => {
    const answer = deferred<CheckReport>();
    const s = await openSidebar(browser, 'check', {
      getBootstrap: (p) => bootstrap(p),
      checkJournals: () => answer.promise,
      jumpTo: () => undefined,
    });
    try {
      const { page } = s;
      // Opening «Check journals» is asking for the check: no second click.
      await until(() => s.callsTo('checkJournals').length === 1, 'checkJournals');
      await expect(page.getByRole('progressbar').isVisible()).resolves.toBe(true);
      await expect(page.getByRole('button', { name: c.run, exact: true }).isDisabled()).resolves.toBe(true);
      answer.resolve(REPORT);

      await page.getByText(c.problems(3)).waitFor();
      await expect(page.getByRole('progressbar').count()).resolves.toBe(0);
      await expect(page.locator('.summary-counts li').allTextContents()).resolves.toEqual([
        `${c.codes.aboveMax} 2`,
        `${c.codes.duplicatePupil} 1`,
      ]);
      const problems = page.locator('button.problem');
      await expect(problems.count()).resolves.toBe(3);
      // Server text is shown as text.
      await expect(problems.nth(1).locator('.message').textContent()).resolves.toBe(
        REPORT.problems[1].message,
      );
      await expect(page.locator('img').count()).resolves.toBe(0);

      await problems.nth(2).click();
      await until(() => s.callsTo('jumpTo').length === 1, 'jumpTo');
      expect(s.callsTo('jumpTo')).toEqual([[{ sheetName: "7Б 'Физика'", a1: 'K12' }]]);
      // Keyboard works too.
      await problems.nth(0).focus();
      await page.keyboard.press('Enter');
      await until(() => s.callsTo('jumpTo').length === 2, 'the second jumpTo');
      expect(s.callsTo('jumpTo')[1]).toEqual([{ sheetName: '7А Алгебра Ч1', a1: 'E7' }]);
      expect(s.dialogs).toEqual([]);
    } finally {
      await s.close();
    }
  });

  test('filters the problems by code', async () => {
    const s = await openSidebar(browser, 'check', {
      getBootstrap: (p) => bootstrap(p),
      checkJournals: () => REPORT,
    });
    try {
      const { page } = s;
      await page.getByRole('button', { name: c.run, exact: true }).click();
      await page.getByLabel(c.filter).selectOption('duplicatePupil');
      await expect(page.locator('button.problem .where').allTextContents()).resolves.toEqual([
        '7Б Алгебра Ч1!B9',
      ]);
      await page.getByLabel(c.filter).selectOption('');
      await expect(page.locator('button.problem').count()).resolves.toBe(3);
    } finally {
      await s.close();
    }
  });

  test('no problems says so', async () => {
    const s = await openSidebar(browser, 'check', {
      getBootstrap: (p) => bootstrap(p),
      checkJournals: () => ({ journals: 2, problems: [], summary: {} }),
    });
    try {
      const { page } = s;
      await page.getByRole('button', { name: c.run, exact: true }).click();
      await expect(page.getByRole('status').textContent()).resolves.toBe(`${c.journals(2)}. ${c.none}`);
    } finally {
      await s.close();
    }
  });

  test('a failed jump is shown as a readable alert', async () => {
    const s = await openSidebar(browser, 'check', {
      getBootstrap: (p) => bootstrap(p),
      checkJournals: () => REPORT,
      jumpTo: () => {
        throw new Error('Лист «7А Алгебра Ч1» не найден');
      },
    });
    try {
      const { page } = s;
      await page.getByRole('button', { name: c.run, exact: true }).click();
      await page.locator('button.problem').first().click();
      await expect(page.getByRole('alert').textContent()).resolves.toBe('Лист «7А Алгебра Ч1» не найден');
    } finally {
      await s.close();
    }
  });
});
