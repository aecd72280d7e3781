/**
 * Whole flows through the page, the real sidebar and the real bundle: Check journals and jump to a
 * problem, a ruleset change recalculating every journal, switching the language, and creating
 * journals for a roster from a template.
 */
import type { Frame } from 'playwright-core';
import { TEXTS } from '../../sidebar/i18n';
import { ROSTER_SHEET } from '../../scripts/playground/server/sampleSchool';
import { EXAM_TEXTS } from '../../src/core/journal/examTexts';
import { DEFAULT_SETTINGS } from '../../src/core/settings';
import { TEXTS as CORE_TEXTS } from '../../src/core/texts';
import type { CheckReport, RosterClass } from '../../src/shared/endpoints';
import { cellA1 } from '../fakes/a1';
import {
  cell,
  eventually,
  menuCaptions,
  openMenu,
  sidebar,
  tab,
  type PlaygroundPage,
  type RunningPlayground,
  usePlaygroundPerTest,
} from './harness';
import { journalColumns, numericInputs, pupilRows, valueAt } from './journal';

jest.setTimeout(90000);

const ru = TEXTS.ru;
let running: RunningPlayground;
let view: PlaygroundPage;
// Each test starts from a fresh sample school in a fresh page.
usePlaygroundPerTest((r, v) => {
  running = r;
  view = v;
});

const services = () => running.playground.services;
const sheetNames = () =>
  services()
    .spreadsheet.getSheets()
    .map((s) => s.getName());
const journalSheet = (prefix: string) => sheetNames().find((n) => n.startsWith(prefix)) ?? '';

async function openSettings(): Promise<Frame> {
  await openMenu(view.page, CORE_TEXTS.of('ru').menu.settings);
  const frame = await sidebar(view.page);
  await frame.getByLabel(ru.settings.lang, { exact: true }).waitFor();
  return frame;
}

describe('flows', () => {
  it('Check journals lists the planted mistakes; a click jumps to the cell', async () => {
    const { page } = view;
    await openMenu(page, CORE_TEXTS.of('ru').menu.checkJournals);
    const frame = await sidebar(page);
    await frame.getByRole('button', { name: ru.check.run, exact: true }).click();
    const report = running.playground.callEndpoint('checkJournals', []) as CheckReport;
    const aboveMax = report.problems.find((p) => p.code === 'aboveMax');
    if (!aboveMax) throw new Error('the sample school has a score above its max');
    const problem = frame.locator('button.problem', { hasText: `${aboveMax.sheetName}!${aboveMax.a1}` });
    await problem.click();

    await eventually(async () =>
      expect(await tab(page, aboveMax.sheetName).getAttribute('aria-selected')).toBe('true'),
    );
    await eventually(async () => expect(await page.getByTestId('name-box').textContent()).toBe(aboveMax.a1));
    await expect(cell(page, aboveMax.a1).getAttribute('class')).resolves.toMatch(/\bselected\b/);
  });

  it('a ruleset saved in Settings recalculates the marks in the grid (KZ-2016)', async () => {
    const frame = await openSettings();
    await frame.getByLabel(ru.settings.ruleset, { exact: true }).selectOption('KZ-2016');
    await frame.getByRole('button', { name: ru.settings.save, exact: true }).click();
    await frame.getByText(ru.settings.saved).waitFor();

    const sheet = services().spreadsheet.getActiveSheet().getName();
    const cols = journalColumns(services(), sheet);
    let checked = 0;
    for (const row of pupilRows(services(), sheet)) {
      const inputs = numericInputs(services(), sheet, row, cols);
      if (!inputs || inputs.soch === undefined || inputs.sor.length === 0) continue;
      await eventually(async () =>
        expect(await cell(view.page, cellA1(row, cols.mark!)).textContent()).toBe(String(kz2016Mark(inputs))),
      );
      checked++;
    }
    expect(checked).toBeGreaterThan(10);
  });

  it('switching the language to Kazakh changes the sheet outputs and, once reopened, the menu', async () => {
    const frame = await openSettings();
    await frame.getByLabel(ru.settings.lang, { exact: true }).selectOption('kk');
    await frame.getByRole('button', { name: ru.settings.save, exact: true }).click();
    await frame.getByText(TEXTS.kk.settings.saved).waitFor();

    const sheet = journalSheet('7Б ');
    const cols = journalColumns(services(), sheet);
    await eventually(() =>
      expect(
        pupilRows(services(), sheet).map((row) => valueAt(services(), sheet, row, cols.mark!)),
      ).toContain('бос'),
    );
    await view.page.reload();
    await view.page.getByTestId('grid').waitFor();
    await expect(menuCaptions(view.page)).resolves.toContain(CORE_TEXTS.of('kk').menu.checkJournals);
  });

  it.each(['ru', 'kk'] as const)(
    'an annual journal with the exam, made from the New journal panel, computes in the grid (%s)',
    async (lang) => {
      // The school's language and its final-mark rule, saved as Settings saves them (KB_RULES too).
      running.playground.callEndpoint('saveSettings', [
        { ...DEFAULT_SETTINGS, lang, rules: { base: 'KZ-2020', custom: { final: 'mean' } } },
      ]);
      await view.page.reload();
      await view.page.getByTestId('grid').waitFor();
      const t = TEXTS[lang].journal;
      await openMenu(view.page, CORE_TEXTS.of(lang).menu.newJournal);
      const frame = await sidebar(view.page);
      await frame.getByLabel(t.kind, { exact: true }).selectOption('exam');
      await expect(frame.getByLabel(t.template, { exact: true }).count()).resolves.toBe(0);
      await frame.getByLabel(t.className, { exact: true }).fill('8Б');
      await frame.getByLabel(t.subject, { exact: true }).fill('Қазақ тілі');
      await frame.getByLabel(t.pupils, { exact: true }).fill('Әлия Нұрланқызы\nЕржан Серікұлы');
      await frame.getByRole('button', { name: t.create, exact: true }).click();
      const name = `8Б Қазақ тілі · ${EXAM_TEXTS.of(lang).sheetWord}`;
      await eventually(() => expect(sheetNames()).toContain(name), 20000);

      // The teacher types the quarter marks and the exam scores; the sheet's formulas do the rest.
      const typed: [number, number, string][] = [
        [4, 3, '5'],
        [4, 4, '5'],
        [4, 5, '4'],
        [4, 6, '5'],
        [4, 8, '27'],
        [5, 3, '4'],
        [5, 4, '3'],
        [5, 5, '4'],
        [5, 6, '4'],
        [5, 8, '11'],
      ];
      for (const [row, col, text] of typed) services().spreadsheet.userEdit(name, row, col, text);
      await eventually(async () => expect(await tab(view.page, name).count()).toBe(1));
      await tab(view.page, name).click();
      // Annual 5 and 4; exam 27 → 5, 11 → 2 (re-sit); final (mean) 5 and 3.
      for (const [a1, shown] of [
        ['G4', '5'],
        ['I4', '5'],
        ['J4', '5'],
        ['G5', '4'],
        ['I5', '2'],
        ['J5', '3'],
      ]) {
        await eventually(async () => expect(await cell(view.page, a1).textContent()).toBe(shown));
      }
    },
  );

  it('creates one journal per class of the roster from a template, skipping none', async () => {
    const { page } = view;
    await openMenu(page, CORE_TEXTS.of('ru').menu.fromTemplate);
    const frame = await sidebar(page);
    const template = frame.getByLabel(ru.fromTemplate.template, { exact: true });
    await template.waitFor();
    const firstTemplate = await template.locator('option').nth(1).getAttribute('value');
    await template.selectOption(firstTemplate!);
    await frame.getByLabel(ru.fromTemplate.rosterSheet, { exact: true }).selectOption(ROSTER_SHEET);
    await frame.getByLabel(ru.journal.subject, { exact: true }).fill('Физика');
    await frame.getByRole('button', { name: ru.fromTemplate.preview, exact: true }).click();
    const roster = running.playground.callEndpoint('readRoster', [ROSTER_SHEET]) as RosterClass[];
    await frame.getByRole('button', { name: ru.fromTemplate.create(roster.length), exact: true }).click();

    for (const c of roster) {
      await eventually(
        () => expect(sheetNames().some((n) => n.startsWith(`${c.className} Физика`))).toBe(true),
        20000,
      );
      const name = sheetNames().find((n) => n.startsWith(`${c.className} Физика`))!;
      await eventually(async () => expect(await tab(page, name).count()).toBe(1));
    }
  });
});

/** KZ-2016 (assessment-rules.md §2): formative work not scored, P = 50 % СОР + 50 % СОЧ. */
function kz2016Mark(input: { sor: number[]; sorMax: number[]; soch?: number; sochMax?: number }): number {
  const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
  const sor = (sum(input.sor) / sum(input.sorMax)) * 100;
  const p = input.soch === undefined ? sor : 0.5 * sor + 0.5 * ((input.soch / input.sochMax!) * 100);
  const rounded = Math.floor(Number(p.toFixed(9)) + 0.5);
  return rounded >= 85 ? 5 : rounded >= 65 ? 4 : rounded >= 40 ? 3 : 2;
}
