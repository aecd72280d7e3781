/**
 * The reports through the page, the real sidebar and the real bundle on the sample school: the
 * СОР/СОЧ analysis of a class whose figures are computed by hand below (and the teacher's text kept
 * on a rebuild), and the monitoring in Russian and in Kazakh with its two charts. No journal changes.
 */
import type { Frame } from 'playwright-core';
import { REPORTS_UI } from '../../sidebar/features/reports/texts';
import { TEXTS } from '../../sidebar/i18n';
import { TEXTS as CORE_TEXTS } from '../../src/core/texts';
import { OWN_KEY } from '../../src/gas/ownSheets';
import type { FakeSheet } from '../fakes';
import { quarterStructure } from '../addon/fixture';
import {
  eventually,
  openMenu,
  sidebar,
  cell,
  type PlaygroundPage,
  type RunningPlayground,
  usePlaygroundPerTest,
} from './harness';

jest.setTimeout(120000);

let running: RunningPlayground;
let view: PlaygroundPage;
// Each test starts from a fresh sample school in a fresh page.
usePlaygroundPerTest((r, v) => {
  running = r;
  view = v;
});

const ss = () => running.playground.services.spreadsheet;
// The reports written here; the sample school's score grid (also the add-on's own) is not one.
const ownSheets = () =>
  ss()
    .getSheets()
    .filter((s) =>
      s
        .getDeveloperMetadata()
        .some((m) => m.getKey() === OWN_KEY && !(m.getValue() ?? '').startsWith('scoreGrid:')),
    );

/**
 * 11А Физика, 4 pupils, every work written at 90 %, 70 %, 50 %, 30 % of its max (ФО 9, 7, 5, 3):
 * P = 90, 70, 50, 30 → marks 5, 4, 3, 2. By hand, per work (KZ-2020: low 0–39, medium 40–84,
 * high 85–100): wrote 4, low 1 (30 %), medium 2 (70 %, 50 %), high 1 (90 %); quality = at least
 * 65 %: 2 of 4 = 50.0 %; pass rate = at least 40 %: 3 of 4 = 75.0 %. For the monitoring: N 4, one
 * each of 5/4/3/2, pass rate 75.0, quality 50.0, СОУ (100 + 64 + 36 + 16) / 4 = 54.0, mean 3.50.
 */
function addHandClass(): string {
  const { sheetName } = running.playground.callEndpoint('createJournal', [
    {
      className: '11А',
      subject: 'Физика',
      teacher: 'Ким Д. С.',
      period: 2,
      pupils: ['Алуа Ахметова', 'Данияр Есенов', 'Мирас Касымов', 'Томирис Серикова'],
      structure: quarterStructure(),
    },
  ]) as { sheetName: string };
  const rows = [90, 70, 50, 30].map((p) => [
    ...Array<number>(10).fill(p / 10),
    0.2 * p,
    0.2 * p,
    0.2 * p,
    0.25 * p,
  ]);
  running.playground.services.calls.paused(() =>
    ss().getSheetByName(sheetName)!.getRange(5, 3, 4, 14).setValues(rows),
  );
  return sheetName;
}

function journalContents(): string {
  return running.playground.services.calls.paused(() =>
    JSON.stringify(
      ss()
        .getSheets()
        .filter((s) => s.getDeveloperMetadata().some((m) => m.getKey() === 'kb.journal'))
        .map((s) => [s.getName(), s.getDataRange().getValues(), s.getDataRange().getFormulas()]),
    ),
  );
}

const valuesOf = (sheet: FakeSheet) =>
  running.playground.services.calls.paused(() => sheet.getDataRange().getValues());

/** The sidebar once it shows the panel with this heading (a menu click replaces the sidebar). */
async function panel(heading: string): Promise<Frame> {
  let frame: Frame | undefined;
  await eventually(async () => {
    frame = await sidebar(view.page);
    await frame.getByRole('heading', { level: 2, name: heading }).waitFor({ timeout: 2000 });
  }, 20000);
  return frame!;
}

async function buildAnalysis(frame: Frame, sheetName: string) {
  const t = REPORTS_UI.ru;
  await frame.getByLabel(t.journal, { exact: true }).selectOption(sheetName);
  await frame.getByRole('button', { name: t.buildAnalysis, exact: true }).click();
  await frame.getByText(t.done(1)).waitFor({ timeout: 30000 });
}

describe('reports in the playground', () => {
  it('the analysis of a class matches the hand computation and keeps the teacher’s text', async () => {
    const sheetName = addHandClass();
    await view.page.reload();
    await view.page.getByTestId('grid').waitFor();
    const before = journalContents();
    await openMenu(view.page, CORE_TEXTS.of('ru').menu.analysis);
    const frame = await panel(REPORTS_UI.ru.analysisTitle);
    await buildAnalysis(frame, sheetName);

    const [report] = ownSheets();
    const values = valuesOf(report);
    const work = (label: string) => values.find((r) => r[0] === label)?.slice(1, 8);
    expect(work('СОР 1')).toEqual([4, 20, 1, 2, 1, 50, 75]);
    expect(work('СОР 3')).toEqual([4, 20, 1, 2, 1, 50, 75]);
    expect(work('СОЧ')).toEqual([4, 25, 1, 2, 1, 50, 75]);
    expect(values.flat()).toContain('КГУ «Школа-гимназия № 12»');
    const names = values.find((r, i) => r[0] === 'СОР 1' && i > values.findIndex((v) => v[0] === 'СОЧ'));
    expect(names).toBeDefined();
    expect(String(names![1])).toBe('Томирис Серикова');
    // The percentages show with one decimal.
    const display = running.playground.services.calls.paused(() => report.getDataRange().getDisplayValues());
    expect(display.find((r) => r[0] === 'СОЧ')?.slice(6, 8)).toEqual(['50,0', '75,0']);

    // The teacher writes a reason in the grid, then rebuilds: the text stays.
    const heading = values.findIndex((v) => v[0] === 'Причины затруднений') + 1;
    await view.page.getByTestId(`tab-${report.getName()}`).click();
    await eventually(async () => {
      await cell(view.page, `A${heading + 1}`).click();
      expect(await view.page.getByTestId('name-box').textContent()).toBe(`A${heading + 1}`);
    });
    // F2 opens the editor first: Cyrillic letters arrive as text input, without the key events that would.
    await view.page.keyboard.press('F2');
    await view.page.keyboard.type('Мало практических задач');
    await view.page.keyboard.press('Enter');
    await eventually(() => expect(valuesOf(report)[heading][0]).toBe('Мало практических задач'));
    await buildAnalysis(frame, sheetName);
    const [again] = ownSheets();
    expect(valuesOf(again)[heading][0]).toBe('Мало практических задач');
    expect(journalContents() === before).toBe(true);
  });

  it('the monitoring in Russian and in Kazakh, with its charts, leaves every journal as it was', async () => {
    addHandClass();
    await view.page.reload();
    await view.page.getByTestId('grid').waitFor();
    for (const lang of ['ru', 'kk'] as const) {
      if (lang === 'kk') {
        // Settings → Kazakh; the reports follow the settings language.
        await openMenu(view.page, CORE_TEXTS.of('ru').menu.settings);
        const settings = await panel(TEXTS.ru.settings.title);
        await settings.getByLabel(TEXTS.ru.settings.lang, { exact: true }).selectOption('kk');
        await settings.getByRole('button', { name: TEXTS.ru.settings.save, exact: true }).click();
        await settings.getByText(TEXTS.kk.settings.saved).waitFor();
      }
      const t = REPORTS_UI[lang];
      // (The journals' own outputs follow the language: compare from here.)
      const before = journalContents();
      await openMenu(view.page, CORE_TEXTS.of('ru').menu.monitoring);
      const frame = await panel(t.monitoringTitle);
      // It opens on the latest period the journals have (the sample school's are in quarter 2).
      await expect(frame.getByLabel(t.scope, { exact: true }).inputValue()).resolves.toBe('q2');
      await frame.getByLabel(t.scope, { exact: true }).selectOption('q2');
      await frame.getByRole('button', { name: t.buildMonitoring, exact: true }).click();
      await frame.getByText(t.done(1)).waitFor({ timeout: 60000 });

      const [report] = ownSheets();
      expect(report.charts.map((c) => c.type)).toEqual(['column', 'pie']);
      // The page draws both charts over the report, with the class from the table.
      await view.page.getByTestId('chart-2').waitFor();
      await expect(
        view.page.getByTestId('chart-1').locator('title').allTextContents(),
      ).resolves.toContainEqual(expect.stringMatching(/^11А · /));
      // A link to print it: Sheets' PDF export of this sheet, A4 landscape for the wide tables.
      const pdf = new URL(
        (await frame.getByRole('link', { name: TEXTS[lang].printPdf }).getAttribute('href'))!,
      );
      expect(pdf.searchParams.get('gid')).toBe(String(report.getSheetId()));
      expect([pdf.searchParams.get('size'), pdf.searchParams.get('portrait')]).toEqual(['A4', 'false']);
      const values = valuesOf(report);
      const row = values.find((r) => r[0] === '11А' && r[1] === 'Физика');
      expect(row?.slice(2, 12)).toEqual([4, 1, 1, 1, 1, 0, 75, 50, 54, 3.5]);
      const title = String(values[0][0]);
      expect(title).toMatch(lang === 'kk' ? /тоқсан/ : /четверть/);
      expect(journalContents() === before).toBe(true);
    }
    expect(ownSheets()).toHaveLength(1);
  });
});
