/**
 * A teacher's quarter in the playground, in Russian and in Kazakh (issue «The teacher's journal,
 * day to day»): a new journal shows running, provisional marks as ФО and the first СОР come in;
 * an «осв» in a ФО lesson changes nothing but that lesson; once the class writes the СОЧ, a pupil
 * who missed it is «н/а» and everyone else has a final mark.
 */
import type { Lang } from '../../src/core/i18n';
import { MESSAGES } from '../../src/core/i18n';
import { DEFAULT_SETTINGS } from '../../src/core/settings';
import { TEXTS as CORE_TEXTS } from '../../src/core/texts';
import { TEXTS } from '../../sidebar/i18n';
import { cellA1 } from '../fakes/a1';
import {
  cell,
  eventually,
  openMenu,
  sidebar,
  tab,
  type PlaygroundPage,
  type RunningPlayground,
  usePlaygroundPerTest,
} from './harness';
import { journalColumns, valueAt } from './journal';

jest.setTimeout(120000);

let running: RunningPlayground;
let view: PlaygroundPage;
usePlaygroundPerTest((r, v) => {
  running = r;
  view = v;
});

const services = () => running.playground.services;
const GREY = 'rgb(128, 134, 139)'; // the journal's quiet text colour (#80868b): a provisional mark

async function quarter(lang: Lang) {
  const { page } = view;
  running.playground.callEndpoint('saveSettings', [{ ...DEFAULT_SETTINGS, lang }]);
  await page.reload();
  await page.getByTestId('grid').waitFor();

  // A new journal from the panel, with its default structure: 10 ФО, СОР 20 and 20, СОЧ 25.
  const j = TEXTS[lang].journal;
  await openMenu(page, CORE_TEXTS.of(lang).menu.newJournal);
  const frame = await sidebar(page);
  await frame.getByLabel(j.className, { exact: true }).fill('9Г');
  await frame.getByLabel(j.subject, { exact: true }).fill('Геометрия');
  await frame.getByLabel(j.pupils, { exact: true }).fill('Әлия Нұрланқызы\nИван Петров\nДана Маратқызы');
  await frame.getByRole('button', { name: j.create, exact: true }).click();
  let sheet = '';
  await eventually(() => {
    sheet = services()
      .spreadsheet.getSheets()
      .map((s) => s.getName())
      .find((n) => n.startsWith('9Г Геометрия'))!;
    expect(sheet).toBeTruthy();
  }, 20000);
  await eventually(async () => expect(await tab(page, sheet).getAttribute('aria-selected')).toBe('true'));
  const cols = journalColumns(services(), sheet);
  const row = (pupil: number) => 4 + pupil;
  const type = async (pupil: number, column: number, text: string, value: unknown = Number(text)) => {
    const a1 = cellA1(row(pupil), column);
    // Click, and type only once the page shows the cell selected (the grid re-renders as the
    // server pushes each edit; a keystroke before that would land in the cell selected before).
    await eventually(async () => {
      await cell(page, a1).click();
      expect(await page.getByTestId('name-box').textContent()).toBe(a1);
    });
    // Playwright types Cyrillic as text input, without key events: open the editor first.
    if (!/^[\x20-\x7e]+$/.test(text)) await page.keyboard.press('F2');
    await page.keyboard.type(text);
    await page.keyboard.press('Enter');
    await eventually(() => expect(valueAt(services(), sheet, row(pupil), column)).toBe(value));
  };
  const mark = (pupil: number) => cell(page, cellA1(row(pupil), cols.mark!));
  const m = MESSAGES[lang];

  // ФО and the first СОР: Әлия ФО 8, 9 and 16/20; Иван ФО 6, 7 and 10/20; Дана ФО 9, missed СОР 1.
  await type(1, cols.fo[0], '8');
  await type(1, cols.fo[1], '9');
  await type(2, cols.fo[0], '6');
  await type(2, cols.fo[1], '7');
  await type(3, cols.fo[0], '9');
  await type(1, cols.sor[0], '16');
  await type(2, cols.sor[0], '10');
  const absent = lang === 'kk' ? 'ж' : 'н';
  await type(3, cols.sor[0], absent, absent);
  // Running marks with the no-СОЧ weights: 0.5·85 + 0.5·80 = 82.5 → 4; 0.5·65 + 0.5·50 = 57.5 → 3;
  // Дана missed the only СОР the class wrote: н/а. Marks are grey (provisional) until the СОЧ.
  await eventually(async () => expect(await mark(1).textContent()).toBe('4'));
  await eventually(async () => expect(await mark(2).textContent()).toBe('3'));
  await eventually(async () => expect(await mark(3).textContent()).toBe(m.na));
  await expect(mark(1).evaluate((e) => getComputedStyle(e).color)).resolves.toBe(GREY);

  // An excused lesson: «осв»/«бос» in a ФО cell changes nothing but that lesson.
  await type(1, cols.fo[2], m.exempt, m.exempt);
  await eventually(async () => expect(await mark(1).textContent()).toBe('4'));

  // The class writes the СОЧ: Әлия 22/25, Иван 14/25, Дана did not write it.
  await type(1, cols.soch!, '22');
  await type(2, cols.soch!, '14');
  // 0.25·85 + 0.25·80 + 0.5·88 = 85.25 → 5; 0.25·65 + 0.25·50 + 0.5·56 = 56.75 → 3; Дана н/а.
  await eventually(async () => expect(await mark(1).textContent()).toBe('5'));
  await eventually(async () => expect(await mark(2).textContent()).toBe('3'));
  await eventually(async () => expect(await mark(3).textContent()).toBe(m.na));
  await eventually(async () =>
    expect(await mark(1).evaluate((e) => getComputedStyle(e).color)).not.toBe(GREY),
  );
}

describe('a teacher’s quarter in the playground', () => {
  it('in Russian', async () => {
    await quarter('ru');
  });

  it('in Kazakh', async () => {
    await quarter('kk');
  });
});
