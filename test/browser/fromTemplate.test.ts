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
  { className: '7Г', pupils: ['Омаров Ерлан'] },
  { className: '7Д', pupils: ['Сеитова Дана'] },
  { className: '7Е', pupils: ['Тулеуов Арман'] },
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
  test('previews the plan, then creates four classes at a time with real progress', async () => {
    const { s, pending } = await batchSidebar(['7А']);
    try {
      const { page } = s;
      expect(s.callsTo('planFromTemplate')).toEqual([
        [{ template: BUILTIN.name, rosterSheet: 'Ученики', subject: 'Алгебра', period: 2 }],
      ]);
      const items = page.locator('.plan li');
      await expect(items.count()).resolves.toBe(6);
      await expect(items.nth(0).textContent()).resolves.toContain(f.exists);
      await expect(items.nth(1).textContent()).resolves.not.toContain(f.exists);
      await expect(items.nth(2).textContent()).resolves.toContain(sheetOf('7В'));

      await page.getByRole('button', { name: f.create(5) }).click();
      // Four classes in flight at once (each is a sheet of its own); the fifth waits for them.
      await until(() => pending.length === 4, 'the first round');
      await expect(bar(s).getAttribute('aria-valuemax')).resolves.toBe('5');
      await page.waitForTimeout(300);
      expect(pending).toHaveLength(4);
      ['7Б', '7В', '7Г', '7Д'].forEach((c, i) =>
        pending[i].done.resolve({ sheetName: sheetOf(c), skipped: false }),
      );
      await until(() => pending.length === 5, 'the second round');
      await expect(page.getByText(f.progress(5, 5, '7Е')).isVisible()).resolves.toBe(true);
      await expect(bar(s).getAttribute('aria-valuenow')).resolves.toBe('4');
      pending[4].done.resolve({ sheetName: sheetOf('7Е'), skipped: false });

      const summary = page.getByRole('status', { name: f.summary });
      await summary.waitFor();
      await expect(summary.textContent()).resolves.toContain(f.created(5));
      await expect(summary.textContent()).resolves.toContain(f.skipped(1));
      await expect(summary.locator('li').allTextContents()).resolves.toEqual(
        ['7Б', '7В', '7Г', '7Д', '7Е', '7А'].map(sheetOf),
      );
      await expect(bar(s).count()).resolves.toBe(0);

      const base = { template: BUILTIN.name, subject: 'Алгебра', teacher: 'Ахметова А. К.', period: 2 };
      expect(pending.map((p) => p.request)).toEqual(
        ROSTER.slice(1).map((c) => ({ ...base, className: c.className, pupils: c.pupils })),
      );
    } finally {
      await s.close();
    }
  });

  test('Cancel stops after the current round', async () => {
    const { s, pending } = await batchSidebar([]);
    try {
      const { page } = s;
      await page.getByRole('button', { name: f.create(6) }).click();
      await until(() => pending.length === 4, 'the first round');
      await page.getByRole('button', { name: f.cancel }).click();
      await expect(page.getByText(f.cancelling).isVisible()).resolves.toBe(true);
      pending.forEach((p) => p.done.resolve({ sheetName: sheetOf(p.request.className), skipped: false }));

      const summary = page.getByRole('status', { name: f.summary });
      await summary.waitFor();
      await expect(summary.textContent()).resolves.toContain(f.created(4));
      await expect(summary.textContent()).resolves.toContain(f.notStarted(2));
      expect(s.callsTo('createFromTemplate')).toHaveLength(4);
    } finally {
      await s.close();
    }
  });

  test('a class that fails is reported and the others still run', async () => {
    const { s, pending } = await batchSidebar([]);
    try {
      const { page } = s;
      await page.getByRole('button', { name: f.create(6) }).click();
      await until(() => pending.length === 4, 'the first round');
      pending[0].done.resolve({ sheetName: sheetOf('7А'), skipped: false });
      pending[1].done.reject(new Error('Лист «7Б Алгебра Ч2» создан другим пользователем'));
      // The server found it had been created meanwhile: skipped, never overwritten.
      pending[2].done.resolve({ sheetName: sheetOf('7В'), skipped: true });
      pending[3].done.resolve({ sheetName: sheetOf('7Г'), skipped: false });
      await until(() => pending.length === 6, 'the second round');
      pending[4].done.resolve({ sheetName: sheetOf('7Д'), skipped: false });
      pending[5].done.resolve({ sheetName: sheetOf('7Е'), skipped: false });

      const summary = page.getByRole('status', { name: f.summary });
      await summary.waitFor();
      const text = await summary.textContent();
      expect(text).toContain(f.created(4));
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
