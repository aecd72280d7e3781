/**
 * Moderation in the playground, the whole flow as a person does it, in Russian and in Kazakh:
 * start from the menu, type the moderators' and agreed scores into the moderation sheet, refresh
 * and see the discrepancies, write the protocol (in both languages), apply with the confirmation,
 * see the journal's score and mark change, undo, and find the journal exactly as before.
 */
import type { Frame } from 'playwright-core';
import { DEFAULT_SETTINGS } from '../../src/core/settings';
import type { Lang } from '../../src/core/i18n';
import { MODERATION_TEXTS } from '../../src/core/moderation/texts';
import { SHEET_COLUMNS, SHEET_ROWS } from '../../src/core/moderation/sheet';
import type { Moderation } from '../../src/core/moderation/types';
import { TEXTS as CORE_TEXTS } from '../../src/core/texts';
import { OWN_KEY } from '../../src/gas/ownSheets';
import { MODERATION_UI } from '../../sidebar/features/moderation/texts';
import { TEXTS } from '../../sidebar/i18n';
import { cellA1 } from '../fakes/a1';
import {
  cell,
  eventually,
  openMenu,
  sidebar,
  tab,
  typeInto,
  type PlaygroundPage,
  type RunningPlayground,
  usePlaygroundPerTest,
} from './harness';
import { journalColumns } from './journal';

jest.setTimeout(120000);

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
const sheet = (name: string) => services().spreadsheet.getSheetByName(name)!;
const whole = (name: string) =>
  services().calls.paused(() => {
    const range = sheet(name).getDataRange();
    return { values: range.getValues(), formulas: range.getFormulas() };
  });
const valueAt = (name: string, a1: string) =>
  services().calls.paused(() => sheet(name).getRange(a1).getValues()[0][0]);
const allText = (name: string) =>
  services()
    .calls.paused(() => sheet(name).getDataRange().getValues())
    .flat()
    .map(String);

function moderation(): Moderation {
  const stored = running.playground.callEndpoint('listModerations', []) as {
    record: { moderation: Moderation };
  }[];
  expect(stored).toHaveLength(1);
  return stored[0].record.moderation;
}

async function useLanguage(lang: Lang) {
  services()
    .PropertiesService.getDocumentProperties()
    .setProperty('kb.settings', JSON.stringify({ ...DEFAULT_SETTINGS, lang }));
  await view.page.reload();
  await view.page.getByTestId('grid').waitFor();
}

/**
 * Types a score into a cell and waits until the spreadsheet holds it, so the next cell is typed
 * only then (the page re-renders as its server pushes changes); typed again should a keystroke
 * have landed while the grid was re-rendering.
 */
async function typeScore(sheetName: string, a1: string, score: number) {
  for (let attempt = 1; ; attempt++) {
    await typeInto(view.page, a1, String(score));
    try {
      await eventually(() => expect(valueAt(sheetName, a1)).toBe(score), 3000);
      return;
    } catch (error) {
      if (attempt === 3) throw error;
    }
  }
}

async function click(frame: Frame, name: string) {
  await frame.getByRole('button', { name, exact: true }).click();
}

/** `conflict`: a teacher retypes one planned score while the confirmation is on screen. */
async function moderate(lang: Lang, other: Lang, conflict = false) {
  const { page } = view;
  const t = MODERATION_UI[lang];
  const journalName = sheetNames().find((n) => n.startsWith('7Б '))!;
  const before = whole(journalName);

  await openMenu(page, CORE_TEXTS.of(lang).menu.moderation);
  const frame = await sidebar(page);
  await frame.getByLabel(t.journal, { exact: true }).selectOption(journalName);
  await frame.getByLabel(t.work, { exact: true }).waitFor();
  await frame.getByLabel(t.number, { exact: true }).fill('3');
  await frame.getByLabel(t.chair, { exact: true }).fill('Ахметова Г. С.');
  await frame.getByLabel(t.secretary, { exact: true }).fill('Ким Д. В.');
  await frame.getByLabel(t.members, { exact: true }).fill('Иванова Е. П.\nСеитов Б. К.');
  await click(frame, t.start);

  const m = await (async () => {
    await eventually(() => expect(() => moderation()).not.toThrow());
    return moderation();
  })();
  const modSheet = sheetNames().find((n) => n.startsWith(MODERATION_TEXTS.of(lang).moderation))!;
  await frame.getByText(t.started(modSheet, m.rows.length)).waitFor();
  expect(m.rows.length).toBeGreaterThanOrEqual(2);

  // Before the commission has entered anything, Refresh says so (not «no discrepancies»).
  await click(frame, t.refresh);
  await frame.getByText(t.notEnteredYet, { exact: true }).waitFor();

  // The commission's scores, typed into the moderation sheet: the best work gets 0 (the mark must
  // change), the next one point fewer, the rest are confirmed.
  const best = m.rows.reduce((a, b) => (b.teacher > a.teacher ? b : a));
  const second = m.rows.find((r) => r !== best && r.teacher >= 1)!;
  const agreedOf = (r: Moderation['rows'][number]) =>
    r === best ? 0 : r === second ? r.teacher - 1 : r.teacher;
  await tab(page, modSheet).click();
  for (const [i, r] of m.rows.entries()) {
    await typeScore(modSheet, cellA1(SHEET_ROWS.first + i, SHEET_COLUMNS.moderators), agreedOf(r));
    await typeScore(modSheet, cellA1(SHEET_ROWS.first + i, SHEET_COLUMNS.agreed), agreedOf(r));
  }

  await click(frame, t.refresh);
  await frame.getByText(t.discrepancies(2), { exact: true }).waitFor();
  await expect(frame.locator('tr.discrepancy').count()).resolves.toBe(2);
  const bestRow = SHEET_ROWS.first + m.rows.indexOf(best);
  await eventually(async () =>
    expect(await cell(page, cellA1(bestRow, SHEET_COLUMNS.difference)).textContent()).toBe(
      String(-best.teacher),
    ),
  );

  // The protocol in both languages: one sheet, replaced, reflecting the moderation sheet.
  for (const l of [lang, other]) {
    await frame.getByLabel(t.protocolLang, { exact: true }).selectOption(l);
    await click(frame, t.protocol);
    const title = MODERATION_TEXTS.of(l).protocol.title('3');
    await eventually(() => expect(sheetNames().filter((n) => allText(n).includes(title))).toHaveLength(1));
    const protocol = sheetNames().find((n) => allText(n).includes(title))!;
    await frame.getByText(t.protocolDone(protocol)).waitFor();
    // Ready to print: a link to the protocol as an A4 portrait PDF.
    const pdf = new URL(
      (await frame.getByRole('link', { name: TEXTS[lang].printPdf }).getAttribute('href'))!,
    );
    expect([pdf.searchParams.get('size'), pdf.searchParams.get('portrait')]).toEqual(['A4', 'true']);
    const text = allText(protocol).join('\n');
    expect(text).toContain(MODERATION_TEXTS.of(l).protocol.deviations);
    expect(text).toContain('Ахметова Г. С.');
  }
  const protocols = services().calls.paused(() =>
    services()
      .spreadsheet.createDeveloperMetadataFinder()
      .withKey(OWN_KEY)
      .find()
      .filter((md) => md.getValue() === `protocol:${m.id}`),
  );
  expect(protocols).toHaveLength(1);

  // Apply: the confirmation lists every change; nothing changes before Confirm.
  const cols = journalColumns(services(), journalName);
  const markA1 = cellA1(best.row, cols.mark!);
  const markBefore = String(valueAt(journalName, markA1));
  await click(frame, t.apply);
  const confirmation = frame.getByRole('group', { name: t.apply });
  await confirmation.waitFor();
  await expect(confirmation.locator('ul.changes li').allTextContents()).resolves.toEqual(
    [best, second]
      .sort((a, b) => a.row - b.row)
      .map((r) => `${r.pupil} (${r.a1}): ${r.teacher} → ${agreedOf(r)}`),
  );
  expect(whole(journalName)).toEqual(before);
  // Cancel writes nothing; asking again lists the same changes.
  await click(frame, t.cancel);
  await frame.getByText(t.cancelled, { exact: true }).waitFor();
  expect(whole(journalName)).toEqual(before);
  await click(frame, t.apply);
  await confirmation.waitFor();
  const retyped = 0.25; // no score the commission gave
  if (conflict) {
    services().spreadsheet.userEdit(
      journalName,
      second.row,
      second.column,
      String(retyped).replace('.', ','),
    );
  }
  // What the journal holds when Confirm is pressed (the teacher's edit included): undo comes back to it.
  const atConfirm = whole(journalName);
  await click(frame, t.confirm);
  await frame.getByText(t.applied(conflict ? 1 : 2), { exact: true }).waitFor();
  expect(valueAt(journalName, best.a1)).toBe(0);
  if (conflict) {
    await frame.getByText(t.refused(1)).waitFor();
    await expect(frame.locator('ul.conflicts li').allTextContents()).resolves.toEqual([
      `${second.pupil} (${second.a1}): ${t.conflict(String(second.teacher), '0,25')}`,
    ]);
    expect(valueAt(journalName, second.a1)).toBe(retyped);
  } else expect(valueAt(journalName, second.a1)).toBe(second.teacher - 1);

  await tab(page, journalName).click();
  await eventually(async () => expect(await cell(page, best.a1).textContent()).toBe('0'));
  await eventually(async () => expect(await cell(page, markA1).textContent()).not.toBe(markBefore));

  // Undo, with its own confirmation: the journal is exactly as before.
  await click(frame, t.undo);
  const undo = frame.getByRole('group', { name: t.undo });
  await undo.waitFor();
  await expect(undo.locator('ul.changes li').count()).resolves.toBe(conflict ? 1 : 2);
  await click(frame, t.confirm);
  await frame.getByText(t.undone(conflict ? 1 : 2), { exact: true }).waitFor();
  expect(whole(journalName)).toEqual(atConfirm);
  if (!conflict) expect(atConfirm).toEqual(before);
  await eventually(async () => expect(await cell(page, markA1).textContent()).toBe(markBefore));
}

describe('moderation in the playground', () => {
  it('the whole flow in Russian', async () => {
    await moderate('ru', 'kk');
  });

  it('a score retyped in the journal during the confirmation is refused and shown, never overwritten', async () => {
    await moderate('ru', 'en', true);
  });

  it('the whole flow in Kazakh', async () => {
    await useLanguage('kk');
    await moderate('kk', 'ru');
  });

  it('a re-check of the works the council named (Kazakh): only those pupils, and the protocol says so', async () => {
    await useLanguage('kk');
    const { page } = view;
    const t = MODERATION_UI.kk;
    const journalName = sheetNames().find((n) => n.startsWith('7Б '))!;
    await openMenu(page, CORE_TEXTS.of('kk').menu.moderation);
    const frame = await sidebar(page);
    await frame.getByLabel(t.journal, { exact: true }).selectOption(journalName);
    await frame.getByLabel(t.work, { exact: true }).waitFor();
    await frame.getByLabel(t.rule, { exact: true }).selectOption('named');
    // Nobody ticked: refused next to the list, nothing started.
    await click(frame, t.start);
    await frame.getByText(TEXTS.kk.fixErrors).waitFor();
    expect(running.playground.callEndpoint('listModerations', [])).toEqual([]);

    const group = frame.getByRole('group', { name: t.namedPupils });
    const pupils = await group.getByRole('checkbox').count();
    expect(pupils).toBeGreaterThan(3);
    const names = await group.locator('label').allTextContents();
    await group.getByLabel(names[1], { exact: true }).check();
    await group.getByLabel(names[3], { exact: true }).check();
    await frame.getByLabel(t.number, { exact: true }).fill('4');
    await click(frame, t.start);
    await eventually(() => expect(() => moderation()).not.toThrow());
    const m = moderation();
    expect(m.rule.kind).toBe('named');
    expect(m.rows.map((r) => r.pupil)).toEqual([names[1], names[3]]);

    await click(frame, t.protocol);
    const title = MODERATION_TEXTS.of('kk').protocol.title('4');
    await eventually(() => expect(sheetNames().filter((n) => allText(n).includes(title))).toHaveLength(1));
    const protocol = sheetNames().find((n) => allText(n).includes(title))!;
    expect(allText(protocol)).toContain(MODERATION_TEXTS.of('kk').protocol.procedureNamed);
  });
});
