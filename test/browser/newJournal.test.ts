import type { Browser } from 'playwright-core';
import type { JournalForm } from '../../src/core/journal/types';
import type { RosterClass } from '../../src/shared/endpoints';
import { TEXTS } from '../../sidebar/i18n';
import { BUILTIN, bootstrap } from './fixtures';
import { launchChromium, openSidebar, type Handlers, type Sidebar } from './harness';

jest.setTimeout(60000);

const j = TEXTS.ru.journal;
const XSS = '<img src=x onerror=alert(1)>';
let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

async function journalSidebar(handlers: Handlers = {}): Promise<Sidebar> {
  const s = await openSidebar(browser, 'newJournal', {
    getBootstrap: (p) => bootstrap(p),
    createJournal: (form) => ({ sheetName: `${form.className} ${form.subject} Ч${form.period}` }),
    ...handlers,
  });
  await s.page.getByRole('heading', { name: j.title }).waitFor();
  return s;
}

describe('new class journal', () => {
  test('sends the form with the pasted pupils trimmed and blank lines dropped', async () => {
    const s = await journalSidebar();
    try {
      const { page } = s;
      await page.getByLabel(j.className, { exact: true }).fill(' 7Б ');
      await page.getByLabel(j.subject).fill('Алгебра');
      await page.getByLabel(j.teacher).fill('Ахметова А. К.');
      await page.getByLabel(j.period, { exact: true }).selectOption('2');
      await page.getByLabel(j.pupils).fill('  Абаев Нурлан \n\n Ахметова Айгерим\r\n   \nКим Ольга\n');
      await expect(page.getByText(j.pupilCount(3)).isVisible()).resolves.toBe(true);
      await page.getByLabel(j.foCount).fill('8');
      await page.getByLabel(j.sorCount).selectOption('3');
      await page.getByLabel(j.sorMax(3)).fill('12,5');
      await page.getByLabel(j.sochMax).fill('30');
      await page.getByLabel(j.headerLang).selectOption('kk');
      await page.getByRole('button', { name: j.create }).click();

      await expect(page.getByRole('status').textContent()).resolves.toBe(j.created('7Б Алгебра Ч2'));
      const expected: JournalForm = {
        className: '7Б',
        subject: 'Алгебра',
        teacher: 'Ахметова А. К.',
        period: 2,
        pupils: ['Абаев Нурлан', 'Ахметова Айгерим', 'Ким Ольга'],
        structure: {
          periodKind: 'quarter',
          foCount: 8,
          sorMaxes: [20, 20, 12.5],
          sochMax: 30,
          marks: true,
          headerLang: 'kk',
        },
      };
      expect(s.callsTo('createJournal')).toEqual([[expected]]);
    } finally {
      await s.close();
    }
  });

  test('offers the created journal as an A4 landscape PDF, and only an https link', async () => {
    const url = 'https://docs.google.com/spreadsheets/d/abc/export?format=pdf&gid=7&size=A4&portrait=false';
    for (const [printUrl, shown] of [
      [url, true],
      ['javascript:alert(1)', false],
    ] as const) {
      const s = await journalSidebar({ createJournal: () => ({ sheetName: '7Б Алгебра 2ч', printUrl }) });
      try {
        const { page } = s;
        await page.getByLabel(j.className, { exact: true }).fill('7Б');
        await page.getByLabel(j.subject).fill('Алгебра');
        await page.getByLabel(j.pupils).fill('Ким Ольга');
        await page.getByRole('button', { name: j.create }).click();
        await page.getByText(j.created('7Б Алгебра 2ч')).waitFor();
        const link = page.getByRole('link', { name: j.printA4 });
        await expect(link.count()).resolves.toBe(shown ? 1 : 0);
        if (shown) {
          await expect(link.getAttribute('href')).resolves.toBe(url);
          await expect(link.getAttribute('target')).resolves.toBe('_blank');
        }
      } finally {
        await s.close();
      }
    }
  });

  test('refuses a form without class, subject or pupils, or with a bad max', async () => {
    const s = await journalSidebar();
    try {
      const { page } = s;
      await page.getByLabel(j.pupils).fill('\n   \n');
      await page.getByLabel(j.sorMax(1)).fill('0');
      await page.getByRole('button', { name: j.create }).click();
      await expect(page.getByRole('alert').textContent()).resolves.toBe(TEXTS.ru.fixErrors);
      for (const label of [j.className, j.subject]) {
        const input = page.getByLabel(label, { exact: true });
        await expect(input.getAttribute('aria-invalid')).resolves.toBe('true');
        const id = await input.getAttribute('aria-describedby');
        await expect(page.locator(`[id="${id}"]`).textContent()).resolves.toBe(TEXTS.ru.invalid.required());
      }
      await expect(page.getByText(TEXTS.ru.invalid.noPupils()).isVisible()).resolves.toBe(true);
      await expect(page.getByText(TEXTS.ru.invalid.positive()).isVisible()).resolves.toBe(true);
      expect(s.callsTo('createJournal')).toEqual([]);
      // A field fixed loses its error at once; the others keep theirs until the next submit.
      await page.getByLabel(j.className, { exact: true }).fill('7Б');
      await expect(
        page.getByLabel(j.className, { exact: true }).getAttribute('aria-invalid'),
      ).resolves.not.toBe('true');
      await expect(page.getByLabel(j.subject, { exact: true }).getAttribute('aria-invalid')).resolves.toBe(
        'true',
      );
      await page.getByLabel(j.sorMax(1)).fill('20');
      await expect(page.getByText(TEXTS.ru.invalid.positive()).count()).resolves.toBe(0);
    } finally {
      await s.close();
    }
  });

  test('a template fills the structure and is named in the form', async () => {
    const s = await journalSidebar();
    try {
      const { page } = s;
      await page.getByLabel(j.template).selectOption(BUILTIN.name);
      await page.getByLabel(j.className, { exact: true }).fill('9В');
      await page.getByLabel(j.subject).fill('Физика');
      await page.getByLabel(j.pupils).fill('Ли Анна');
      await page.getByRole('button', { name: j.create }).click();
      await page.getByRole('status').waitFor();
      const [[form]] = s.callsTo('createJournal') as [[JournalForm]];
      expect(form.structure).toEqual(BUILTIN.structure);
      expect(form.template).toBe(BUILTIN.name);
    } finally {
      await s.close();
    }
  });

  test('pupils from a roster sheet: names are shown as text, never as HTML', async () => {
    const roster: RosterClass[] = [
      { className: '5А', pupils: ['Абаев Нурлан', XSS, '=HYPERLINK("x")'] },
      { className: '5Б', pupils: ['Ким Ольга'] },
    ];
    const s = await journalSidebar({ readRoster: () => roster });
    try {
      const { page } = s;
      await page.getByLabel(j.fromRoster).check();
      // The only sheet named like a roster (journals left out) is chosen and read at once.
      await expect(page.getByLabel(j.rosterSheet).inputValue()).resolves.toBe('Ученики');
      await expect(page.getByLabel(j.rosterSheet).locator('option').allTextContents()).resolves.toEqual([
        j.choose,
        'Ученики',
      ]);
      await page.getByLabel(j.rosterClass).selectOption('5А');
      expect(s.callsTo('readRoster')).toEqual([['Ученики']]);
      // Choosing the class fills the class name.
      await expect(page.getByLabel(j.className, { exact: true }).inputValue()).resolves.toBe('5А');
      await expect(page.locator('.pupil-list li').allTextContents()).resolves.toEqual(roster[0].pupils);
      await expect(page.locator('img').count()).resolves.toBe(0);

      await page.getByLabel(j.subject).fill('Музыка');
      await page.getByRole('button', { name: j.create }).click();
      await page.getByRole('status').waitFor();
      const [[form]] = s.callsTo('createJournal') as [[JournalForm]];
      expect(form.pupils).toEqual(roster[0].pupils);
      expect(s.dialogs).toEqual([]);
      expect(s.pageErrors).toEqual([]);
    } finally {
      await s.close();
    }
  });

  test('a half-year offers periods 1–2 and no СОЧ is sent as null', async () => {
    const s = await journalSidebar();
    try {
      const { page } = s;
      await page.getByLabel(j.periodKind, { exact: true }).selectOption('half');
      await expect(
        page.getByLabel(j.period, { exact: true }).locator('option').allTextContents(),
      ).resolves.toEqual(['1', '2']);
      await page.getByLabel(j.noSoch).check();
      await expect(page.getByLabel(j.sochMax).count()).resolves.toBe(0);
      await page.getByLabel(j.className, { exact: true }).fill('3А');
      await page.getByLabel(j.subject).fill('Музыка');
      await page.getByLabel(j.pupils).fill('Ли Анна');
      await page.getByRole('button', { name: j.create }).click();
      await page.getByRole('status').waitFor();
      const [[form]] = s.callsTo('createJournal') as [[JournalForm]];
      expect(form.structure.periodKind).toBe('half');
      expect(form.structure.sochMax).toBeNull();
    } finally {
      await s.close();
    }
  });

  test('a server error is shown as a readable alert', async () => {
    const s = await journalSidebar({
      createJournal: () => {
        throw new Error('Лист «7Б Алгебра Ч1» уже существует');
      },
    });
    try {
      const { page } = s;
      await page.getByLabel(j.className, { exact: true }).fill('7Б');
      await page.getByLabel(j.subject).fill('Алгебра');
      await page.getByLabel(j.pupils).fill('Ли Анна');
      await page.getByRole('button', { name: j.create }).click();
      await expect(page.getByRole('alert').textContent()).resolves.toBe(
        'Лист «7Б Алгебра Ч1» уже существует',
      );
    } finally {
      await s.close();
    }
  });
});
