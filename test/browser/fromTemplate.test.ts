import type { Browser } from 'playwright-core';
import type { FromTemplateRequest, PlanItem, RosterClass } from '../../src/shared/endpoints';
import { TEXTS } from '../../sidebar/i18n';
import { BUILTIN, bootstrap } from './fixtures';
import { deferred, launchChromium, openSidebar, until, type Sidebar } from './harness';

jest.setTimeout(60000);

const f = TEXTS.ru.fromTemplate;
let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

const ROSTER: RosterClass[] = [
  { className: '7А', pupils: ['Абаев Нурлан', 'Ахметова Айгерим'] },
  { className: '7Б', pupils: ['Ким Ольга'] },
  { className: '7В', pupils: ['Ли Анна', 'Петров Пётр', '<b>Сидоров</b>'] },
];
const sheetOf = (cls: string) => `${cls} Алгебра Ч2`;

type Pending = {
  request: FromTemplateRequest;
  done: ReturnType<typeof deferred<{ sheetName: string; skipped: boolean }>>;
};

/** A sidebar whose createFromTemplate calls wait until the test settles them. */
async function batchSidebar(existing: string[]): Promise<{ s: Sidebar; pending: Pending[] }> {
  const pending: Pending[] = [];
  const plan: PlanItem[] = ROSTER.map((c) => ({
    className: c.className,
    pupils: c.pupils.length,
    sheetName: sheetOf(c.className),
    exists: existing.includes(c.className),
  }));
  const s = await openSidebar(browser, 'fromTemplate', {
    getBootstrap: (p) => bootstrap(p),
    planFromTemplate: () => plan,
    readRoster: () => ROSTER,
    createFromTemplate: (request) => {
      const done = deferred<{ sheetName: string; skipped: boolean }>();
      pending.push({ request, done });
      return done.promise;
    },
  });
  const { page } = s;
  await page.getByRole('heading', { name: f.title }).waitFor();
  await page.getByLabel(f.template, { exact: true }).selectOption(BUILTIN.name);
  await page.getByLabel(f.rosterSheet).selectOption('Ученики');
  await page.getByLabel(TEXTS.ru.journal.subject).fill('Алгебра');
  await page.getByLabel(TEXTS.ru.journal.teacher).fill('Ахметова А. К.');
  await page.getByLabel(TEXTS.ru.periodKinds.quarter).selectOption('2');
  await page.getByRole('button', { name: f.preview }).click();
  await page.getByRole('heading', { name: f.planCaption }).waitFor();
  return { s, pending };
}

const bar = (s: Sidebar) => s.page.getByRole('progressbar', { name: f.progressLabel });

describe('journals from a template', () => {
  test('previews the plan, then creates one class at a time with real progress', async () => {
    const { s, pending } = await batchSidebar(['7А']);
    try {
      const { page } = s;
      expect(s.callsTo('planFromTemplate')).toEqual([
        [{ template: BUILTIN.name, rosterSheet: 'Ученики', subject: 'Алгебра', period: 2 }],
      ]);
      const items = page.locator('.plan li');
      await expect(items.count()).resolves.toBe(3);
      await expect(items.nth(0).textContent()).resolves.toContain(f.exists);
      await expect(items.nth(1).textContent()).resolves.not.toContain(f.exists);
      await expect(items.nth(2).textContent()).resolves.toContain(sheetOf('7В'));

      await page.getByRole('button', { name: f.create(2) }).click();
      await until(() => pending.length === 1, 'the first class');
      await expect(bar(s).getAttribute('aria-valuenow')).resolves.toBe('0');
      await expect(bar(s).getAttribute('aria-valuemax')).resolves.toBe('2');
      await expect(page.getByText(f.progress(1, 2, '7Б')).isVisible()).resolves.toBe(true);
      // The next class waits for the current one.
      await page.waitForTimeout(300);
      expect(pending).toHaveLength(1);

      pending[0].done.resolve({ sheetName: sheetOf('7Б'), skipped: false });
      await until(() => pending.length === 2, 'the second class');
      await expect(page.getByText(f.progress(2, 2, '7В')).isVisible()).resolves.toBe(true);
      await expect(bar(s).getAttribute('aria-valuenow')).resolves.toBe('1');
      pending[1].done.resolve({ sheetName: sheetOf('7В'), skipped: false });

      const summary = page.getByRole('status', { name: f.summary });
      await summary.waitFor();
      await expect(summary.textContent()).resolves.toContain(f.created(2));
      await expect(summary.textContent()).resolves.toContain(f.skipped(1));
      await expect(summary.locator('li').allTextContents()).resolves.toEqual([
        sheetOf('7Б'),
        sheetOf('7В'),
        sheetOf('7А'),
      ]);
      await expect(bar(s).count()).resolves.toBe(0);

      const base = { template: BUILTIN.name, subject: 'Алгебра', teacher: 'Ахметова А. К.', period: 2 };
      expect(pending.map((p) => p.request)).toEqual([
        { ...base, className: '7Б', pupils: ROSTER[1].pupils },
        { ...base, className: '7В', pupils: ROSTER[2].pupils },
      ]);
    } finally {
      await s.close();
    }
  });

  test('Cancel stops after the current class', async () => {
    const { s, pending } = await batchSidebar([]);
    try {
      const { page } = s;
      await page.getByRole('button', { name: f.create(3) }).click();
      await until(() => pending.length === 1, 'the first class');
      await page.getByRole('button', { name: f.cancel }).click();
      await expect(page.getByText(f.cancelling).isVisible()).resolves.toBe(true);
      pending[0].done.resolve({ sheetName: sheetOf('7А'), skipped: false });

      const summary = page.getByRole('status', { name: f.summary });
      await summary.waitFor();
      await expect(summary.textContent()).resolves.toContain(f.created(1));
      await expect(summary.textContent()).resolves.toContain(f.notStarted(2));
      expect(s.callsTo('createFromTemplate')).toHaveLength(1);
    } finally {
      await s.close();
    }
  });

  test('a class that fails is reported and the next one still runs', async () => {
    const { s, pending } = await batchSidebar([]);
    try {
      const { page } = s;
      await page.getByRole('button', { name: f.create(3) }).click();
      await until(() => pending.length === 1, 'the first class');
      pending[0].done.resolve({ sheetName: sheetOf('7А'), skipped: false });
      await until(() => pending.length === 2, 'the second class');
      pending[1].done.reject(new Error('Лист «7Б Алгебра Ч2» создан другим пользователем'));
      await until(() => pending.length === 3, 'the third class');
      // The server found it had been created meanwhile: skipped, never overwritten.
      pending[2].done.resolve({ sheetName: sheetOf('7В'), skipped: true });

      const summary = page.getByRole('status', { name: f.summary });
      await summary.waitFor();
      const text = await summary.textContent();
      expect(text).toContain(f.created(1));
      expect(text).toContain(f.skipped(1));
      expect(text).toContain(f.failed(1));
      await expect(summary.getByRole('alert').textContent()).resolves.toContain(
        '7Б: Лист «7Б Алгебра Ч2» создан другим пользователем',
      );
    } finally {
      await s.close();
    }
  });

  test('a plan the server refuses is shown as a readable alert', async () => {
    const s = await openSidebar(browser, 'fromTemplate', {
      getBootstrap: (p) => bootstrap(p),
      planFromTemplate: () => {
        throw new Error('На листе «Ученики» нет столбца «Класс»');
      },
      readRoster: () => ROSTER,
    });
    try {
      const { page } = s;
      await page.getByLabel(f.template, { exact: true }).selectOption(BUILTIN.name);
      await page.getByLabel(f.rosterSheet).selectOption('Ученики');
      await page.getByLabel(TEXTS.ru.journal.subject).fill('Алгебра');
      await page.getByRole('button', { name: f.preview }).click();
      await expect(page.getByRole('alert').textContent()).resolves.toBe(
        'На листе «Ученики» нет столбца «Класс»',
      );
    } finally {
      await s.close();
    }
  });
});
