/**
 * The playground page in Chromium, used as a person uses it: the sample school's tabs and marks,
 * typing a score, the add-on menu, the real sidebar talking to the real bundle.
 */
import type { Browser } from 'playwright-core';
import type { MenuEntry } from '../../scripts/playground/shared/state';
import { SAMPLE_SETTINGS } from '../../scripts/playground/server/sampleSchool';
import { cellA1, parseA1, rectContains } from '../fakes/a1';
import {
  cell,
  eventually,
  launchChromium,
  menuCaptions,
  openMenu,
  openPage,
  sidebar,
  startTestPlayground,
  tab,
  typeInto,
  type PlaygroundPage,
  type RunningPlayground,
} from './harness';
import { journalColumns, kz2020Mark, MAX_ROW, numericInputs, pupilRows, valueAt } from './journal';

jest.setTimeout(60000);

let running: RunningPlayground;
let browser: Browser;
let view: PlaygroundPage;

beforeAll(async () => {
  running = await startTestPlayground();
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await running?.close();
});

beforeEach(async () => {
  view = await openPage(browser, running);
});

afterEach(async () => {
  await view.page.context().close();
  expect(view.errors).toEqual([]);
});

const services = () => running.playground.services;
const menu = (): MenuEntry[] => services().ui.menus;
const captionOf = (functionName: string) => {
  const entry = menu().find((m) => 'functionName' in m && m.functionName === functionName);
  if (!entry || !('caption' in entry)) throw new Error(`the add-on menu has no ${functionName}`);
  return entry.caption;
};

/** The active journal and its first row whose inputs are all plain numbers. */
function activeJournal(): { sheet: string; row: number; cols: ReturnType<typeof journalColumns> } {
  const sheet = services().spreadsheet.getActiveSheet().getName();
  const cols = journalColumns(services(), sheet);
  const row = pupilRows(services(), sheet).find((r) => {
    const inputs = numericInputs(services(), sheet, r, cols);
    return inputs !== undefined && inputs.fo.length > 0 && inputs.sor.length > 0 && inputs.soch !== undefined;
  });
  if (row === undefined) throw new Error(`no row of plain numbers in ${sheet}`);
  return { sheet, row, cols };
}

describe('the playground page', () => {
  it("shows the sample school's tabs and the journal's computed marks", async () => {
    const { page } = view;
    for (const s of services().spreadsheet.getSheets())
      await expect(tab(page, s.getName()).textContent()).resolves.toBe(s.getName());
    const { sheet, cols } = activeJournal();
    await expect(page.getByTestId(`tab-${sheet}`).getAttribute('aria-selected')).resolves.toBe('true');
    let checked = 0;
    for (const row of pupilRows(services(), sheet)) {
      const inputs = numericInputs(services(), sheet, row, cols);
      if (!inputs || inputs.soch === undefined || inputs.fo.length === 0) continue;
      await expect(cell(page, cellA1(row, cols.mark!)).textContent()).resolves.toBe(
        String(kz2020Mark(inputs)),
      );
      checked++;
    }
    expect(checked).toBeGreaterThan(10);
  });

  it('recalculates the mark when a score is typed into a cell', async () => {
    const { page } = view;
    const { sheet, row, cols } = activeJournal();
    const max = valueAt(services(), sheet, MAX_ROW, cols.soch!);
    const mark = cell(page, cellA1(row, cols.mark!));
    for (const score of [0, max]) {
      await typeInto(page, cellA1(row, cols.soch!), String(score));
      await eventually(() => expect(valueAt(services(), sheet, row, cols.soch!)).toBe(score));
      const inputs = numericInputs(services(), sheet, row, cols)!;
      await eventually(async () => expect(await mark.textContent()).toBe(String(kz2020Mark(inputs))));
    }
    // Enter moved the selection down, as in Sheets.
    await expect(page.getByTestId('name-box').textContent()).resolves.toBe(cellA1(row + 1, cols.soch!));
  });

  it('shows a formula in the formula bar and cell text as text, never as HTML', async () => {
    const { page } = view;
    const { cols } = activeJournal();
    await cell(page, cellA1(5, cols.mark! - 4)).click();
    await expect(page.getByTestId('formula-bar').inputValue()).resolves.toMatch(/^=KB_DETAIL\(/);
    await typeInto(page, 'A1', '<img src=x onerror=alert(1)>');
    await eventually(async () =>
      expect(await cell(page, 'A1').textContent()).toBe('<img src=x onerror=alert(1)>'),
    );
    await expect(cell(page, 'A1').locator('img').count()).resolves.toBe(0);
  });

  it("lists the add-on's menu items as onOpen built them", async () => {
    const captions = menu().flatMap((m) => ('caption' in m ? [m.caption] : []));
    expect(captions.length).toBeGreaterThanOrEqual(5);
    await expect(menuCaptions(view.page)).resolves.toEqual(captions);
  });

  it('opens the real sidebar from the menu: Settings, filled in by the bundle', async () => {
    const { page } = view;
    await openMenu(page, captionOf('kbShowSettings'));
    const frame = await sidebar(page);
    await eventually(async () =>
      expect(
        await frame
          .locator('input')
          .evaluateAll((inputs) => inputs.map((i) => (i as HTMLInputElement).value)),
      ).toContain(SAMPLE_SETTINGS.schoolName),
    );
    await expect(
      page
        .getByTestId('sidebar')
        .boundingBox()
        .then((b) => b?.width),
    ).resolves.toBe(300);
    await page.getByTestId('sidebar-close').click();
    await expect(page.getByTestId('sidebar-frame').count()).resolves.toBe(0);
  });

  it('google.script.host.close() in the sidebar closes it', async () => {
    const { page } = view;
    await openMenu(page, captionOf('kbShowHelp'));
    const frame = await sidebar(page);
    await frame.evaluate(() =>
      (window as unknown as { google: { script: { host: { close(): void } } } }).google.script.host.close(),
    );
    await eventually(async () => expect(await page.getByTestId('sidebar').count()).toBe(0));
  });

  it('warns, as Sheets does, when a computed cell protected with a warning is typed over', async () => {
    const { page } = view;
    const { sheet, row, cols } = activeJournal();
    const a1 = cellA1(row, cols.mark!);
    const protection = services()
      .spreadsheet.snapshot()
      .sheets.find((s) => s.name === sheet)!
      .protections.find(
        (p) => p.range !== null && rectContains(parseA1(p.range, 1000, 100), row, cols.mark!),
      );
    if (!protection) throw new Error(`${sheet}!${a1} is not protected`);
    await typeInto(page, a1, '5');
    await eventually(async () =>
      expect(await page.getByTestId('toast').textContent()).toBe(protection.description),
    );
  });

  it('switches sheets with the tabs', async () => {
    const { page } = view;
    await tab(page, 'Список классов').click();
    await eventually(async () => expect(await cell(page, 'A1').textContent()).toBe('Класс'));
    expect(services().spreadsheet.getActiveSheet().getName()).toBe('Список классов');
  });
});
