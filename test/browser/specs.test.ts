/**
 * The Work specification panel in Chromium with the stub google.script.run: the journal it reads
 * is a real one (created by the add-on on the fakes, read by the real readJournal endpoint), the
 * messages expected are the core's own for the same input.
 */
import type { Browser, Page } from 'playwright-core';
import {
  checkJournalMax,
  checkSpec,
  journalCheckText,
  parseSpecJson,
  renderSpecProblem,
  specToJson,
  type WorkSpec,
} from '../../src/core/tasks';
import type { JournalData, StoredSpec } from '../../src/shared/endpoints';
import { TEXTS as TEXTS_CORE } from '../../src/core/texts';
import { SPEC_UI } from '../../sidebar/features/specs/texts';
import { TEXTS } from '../../sidebar/i18n';
import { addon, form, quarterStructure } from '../addon/fixture';
import { fractionsSpec } from '../tasks/fixtures';
import { bootstrap } from './fixtures';
import { launchChromium, openSidebar, type Handlers, type Sidebar } from './harness';

jest.setTimeout(60000);

const t = SPEC_UI.ru;
const SHEET = '7А Алгебра Ч1';
let browser: Browser;
let journal: JournalData;

beforeAll(async () => {
  browser = await launchChromium();
  // A quarter journal with СОР 1 of 15 and СОР 2 of 10 points, and a СОЧ.
  const { api } = addon();
  const { sheetName } = api.createJournal(form({ structure: quarterStructure({ sorMaxes: [15, 10] }) }));
  journal = { ...api.readJournal(sheetName), sheetName: SHEET };
});
afterAll(async () => {
  await browser?.close();
});

async function specSidebar(handlers: Handlers = {}): Promise<Sidebar> {
  const s = await openSidebar(browser, 'specs', {
    getBootstrap: (p) => bootstrap(p),
    listSpecs: () => [],
    readJournal: () => journal,
    ...handlers,
  });
  await s.page.getByRole('heading', { level: 2, name: t.title }).waitFor();
  return s;
}

async function chooseWork(page: Page, work: string) {
  await page.getByLabel(t.journal, { exact: true }).selectOption(SHEET);
  const works = page.getByLabel(t.work, { exact: true });
  await expect(works.locator('option').allTextContents()).resolves.toEqual([
    t.choose,
    'СОР 1',
    'СОР 2',
    'СОЧ',
  ]);
  await works.selectOption({ label: work });
}

const task = (page: Page, n: number) => page.getByRole('group', { name: t.task(String(n)), exact: true });
const descriptor = (page: Page, n: number, d: number) =>
  page.getByRole('group', { name: `${t.task(String(n))}: ${t.descriptor(d)}`, exact: true });

async function fillTask(page: Page, n: number, criterion: string, objective: string, points: string[]) {
  const group = task(page, n);
  await group.getByLabel(t.criterion).fill(criterion);
  await group.getByLabel(t.objective).fill(objective);
  for (let d = 1; d <= points.length; d++) {
    if (d > 1) await page.getByRole('button', { name: `${t.task(String(n))}: ${t.addDescriptor}` }).click();
    await descriptor(page, n, d).getByLabel(t.descriptor(d), { exact: true }).fill(`дескриптор ${n}.${d}`);
    await descriptor(page, n, d)
      .getByLabel(t.points)
      .fill(points[d - 1]);
  }
}

/** The core's message for one path of a would-be specification, as the form shows it (no path). */
function coreMessage(x: unknown, path: string): string {
  const r = checkSpec(x, 'ru');
  if (r.ok) throw new Error('expected problems');
  const p = r.problems.find((q) => q.path === path);
  if (!p) throw new Error(`no problem at ${path}`);
  return renderSpecProblem({ ...p, path: '' }, 'ru');
}

describe('work specification panel', () => {
  test('an action before any specification is opened or typed says what to do', async () => {
    const s = await specSidebar();
    try {
      const { page } = s;
      await page.getByRole('button', { name: t.makeRubrics, exact: true }).click();
      await expect(page.getByRole('alert').textContent()).resolves.toContain(t.noSpecYet);
      await expect(page.locator('[aria-invalid="true"]').count()).resolves.toBe(0);
      expect(s.callsTo('writeRubrics')).toEqual([]);
    } finally {
      await s.close();
    }
  });

  test('creates a specification in the form and saves it to the library', async () => {
    let saved: StoredSpec[] = [];
    const s = await specSidebar({
      saveSpec: (json) => (saved = [{ title: JSON.parse(json).title, json }]),
    });
    try {
      const { page } = s;
      await chooseWork(page, 'СОР 2');
      expect(s.callsTo('readJournal')).toEqual([[SHEET]]);
      await page.getByLabel(t.specTitle).fill('  Дроби  ');
      await fillTask(page, 1, 'Выполняет действия с дробями', '6.1.2.1', ['2', '1,5']);
      await page.getByRole('button', { name: t.addTask }).click();
      await fillTask(page, 2, 'Решает задачи', '6.5.2.1', ['6.5']);
      await expect(page.getByText(t.total('10')).isVisible()).resolves.toBe(true);
      await page.getByRole('button', { name: t.save }).click();
      await expect(page.getByRole('status').textContent()).resolves.toBe(t.saved('Дроби'));

      const [[json]] = s.callsTo('saveSpec') as [[string]];
      const parsed = parseSpecJson(json, 'ru');
      if (!parsed.ok) throw new Error(parsed.errors.join('\n'));
      expect(parsed.spec.title).toBe('Дроби');
      expect(parsed.spec.work).toEqual({ kind: 'sor', index: 2 });
      expect(
        parsed.spec.tasks.map((x) => [x.number, x.objective, x.descriptors.map((d) => d.points)]),
      ).toEqual([
        [1, '6.1.2.1', [2, 1.5]],
        [2, '6.5.2.1', [6.5]],
      ]);
      expect(saved).toHaveLength(1);
      await expect(page.locator('.template-name').allTextContents()).resolves.toEqual(['Дроби']);
      expect(s.pageErrors).toEqual([]);
    } finally {
      await s.close();
    }
  });

  test('shows each problem next to its field, and the journal max mismatch; nothing is saved', async () => {
    const s = await specSidebar({ saveSpec: () => [] });
    try {
      const { page } = s;
      await chooseWork(page, 'СОР 2');
      await fillTask(page, 1, 'Критерий', '6,5', ['abc']);
      await page.getByRole('button', { name: t.check }).click();
      await expect(page.getByRole('alert').first().textContent()).resolves.toBe(TEXTS.ru.fixErrors);

      const typed = {
        format: 'kb-sheets/work-spec',
        version: 1,
        title: '',
        work: { kind: 'sor', index: 2 },
        tasks: [
          {
            number: 1,
            criterion: 'Критерий',
            objective: '6,5',
            descriptors: [{ text: 'дескриптор 1.1', points: 'abc' }],
          },
        ],
      };
      const title = page.getByLabel(t.specTitle);
      await expect(title.getAttribute('aria-invalid')).resolves.toBe('true');
      const errorOf = async (field: ReturnType<Page['getByLabel']>) =>
        page
          .locator(`[id="${(await field.getAttribute('aria-describedby'))!.split(' ').pop()!}"]`)
          .textContent();
      await expect(errorOf(title)).resolves.toBe(coreMessage(typed, 'title'));
      await expect(errorOf(task(page, 1).getByLabel(t.objective))).resolves.toBe(
        coreMessage(typed, 'tasks[0].objective'),
      );
      await expect(errorOf(descriptor(page, 1, 1).getByLabel(t.points))).resolves.toBe(
        coreMessage(typed, 'tasks[0].descriptors[0].points'),
      );

      // Fixed fields lose their error at once; a total of 7 against the journal's 10 is refused.
      await title.fill('Дроби');
      await task(page, 1).getByLabel(t.objective).fill('6.5.2.1');
      await descriptor(page, 1, 1).getByLabel(t.points).fill('7');
      await expect(title.getAttribute('aria-invalid')).resolves.toBeNull();
      const fixed: WorkSpec = {
        ...(typed as unknown as WorkSpec),
        title: 'Дроби',
        tasks: [
          {
            number: 1,
            criterion: 'Критерий',
            objective: '6.5.2.1',
            descriptors: [{ text: 'дескриптор 1.1', points: 7 }],
          },
        ],
      };
      const mismatch = journalCheckText(
        checkJournalMax(fixed, { sorMaxes: [15, 10], sochMax: 25 }),
        fixed.work,
        'ru',
      );
      expect(mismatch).not.toBe('');
      await page.getByRole('button', { name: t.save }).click();
      await expect(page.locator('.messages').getByRole('alert').textContent()).resolves.toBe(mismatch);
      expect(s.callsTo('saveSpec')).toEqual([]);
    } finally {
      await s.close();
    }
  });

  test('import: bad JSON and an invalid file list the core errors; a good file fills the form', async () => {
    const s = await specSidebar();
    try {
      const { page } = s;
      const area = page.getByLabel(t.importJson);
      const importIt = () => page.getByRole('button', { name: t.import, exact: true }).click();
      const errors = () => page.locator('.messages li').allTextContents();

      const broken = '{\n  "format": "kb-sheets/work-spec",,\n}';
      await area.fill(broken);
      await importIt();
      await expect(page.locator('.messages').getByRole('alert').textContent()).resolves.toContain(
        t.importFailed,
      );
      await expect(errors()).resolves.toEqual((parseSpecJson(broken, 'ru') as { errors: string[] }).errors);

      const invalid = JSON.stringify({ ...fractionsSpec(), work: { kind: 'sor', index: 9 }, tasks: [] });
      await area.fill(invalid);
      await importIt();
      const expected = (parseSpecJson(invalid, 'ru') as { errors: string[] }).errors;
      expect(expected.length).toBe(2);
      await expect(errors()).resolves.toEqual(expected);

      await area.fill(specToJson(fractionsSpec()));
      await importIt();
      await expect(page.getByRole('status').textContent()).resolves.toBe(t.imported(fractionsSpec().title));
      await expect(page.getByLabel(t.specTitle).inputValue()).resolves.toBe(fractionsSpec().title);
      await expect(descriptor(page, 3, 2).getByLabel(t.points).inputValue()).resolves.toBe('1.5');
      await expect(page.getByLabel(t.work, { exact: true }).inputValue()).resolves.toBe('sor:2');
      await expect(area.inputValue()).resolves.toBe('');
    } finally {
      await s.close();
    }
  });

  test('export shows the specification file read-only, with a copy button', async () => {
    const s = await specSidebar();
    try {
      const { page } = s;
      await page.getByLabel(t.importJson).fill(JSON.stringify(fractionsSpec()));
      await page.getByRole('button', { name: t.import, exact: true }).click();
      await page.getByRole('button', { name: t.export, exact: true }).click();
      const box = page.getByLabel(t.exportLabel(fractionsSpec().title));
      await expect(box.inputValue()).resolves.toBe(specToJson(fractionsSpec()));
      await expect(box.getAttribute('readonly')).resolves.not.toBeNull();
      await page.getByRole('button', { name: t.copy }).click();
      await expect(page.getByRole('status').textContent()).resolves.toBe(t.copied);
    } finally {
      await s.close();
    }
  });

  test('the library: open a saved specification, export it, delete it after confirming', async () => {
    const json = specToJson(fractionsSpec());
    const title = fractionsSpec().title;
    const s = await specSidebar({ listSpecs: () => [{ title, json }], deleteSpec: () => [] });
    try {
      const { page } = s;
      await page.getByRole('button', { name: `${t.open}: ${title}` }).click();
      await expect(page.getByRole('status').textContent()).resolves.toBe(t.opened(title));
      await expect(task(page, 4).getByLabel(t.objective).inputValue()).resolves.toBe('6.3.1.2');
      await page.getByRole('button', { name: `${t.export}: ${title}` }).click();
      await expect(page.getByLabel(t.exportLabel(title)).inputValue()).resolves.toBe(json);
      await page.getByRole('button', { name: `${t.delete}: ${title}` }).click();
      expect(s.callsTo('deleteSpec')).toEqual([]);
      await page.getByRole('button', { name: t.yesDelete }).click();
      await expect(page.getByRole('status').textContent()).resolves.toBe(t.deleted(title));
      expect(s.callsTo('deleteSpec')).toEqual([[title]]);
      await expect(page.getByText(t.libraryEmpty).isVisible()).resolves.toBe(true);
    } finally {
      await s.close();
    }
  });

  test('asks the server for the score grid and reports the journal cells left because they hold a score', async () => {
    const s = await specSidebar({
      createScoreGrid: () => ({
        gridSheet: `${SHEET} · СОР 2`,
        link: { linked: ['N6', 'N7'], already: [], kept: [{ a1: 'N5', pupil: 'Ученик 01', found: 7.5 }] },
      }),
    });
    try {
      const { page } = s;
      await chooseWork(page, 'СОР 2');
      await page.getByLabel(t.importJson).fill(specToJson(fractionsSpec()));
      await page.getByRole('button', { name: t.import, exact: true }).click();
      await page.getByRole('button', { name: t.createGrid, exact: true }).click();
      await page.getByText(t.gridDone(`${SHEET} · СОР 2`, 2)).waitFor();
      await expect(page.locator('.messages li').allTextContents()).resolves.toEqual([
        t.gridKept(1),
        t.keptCell('Ученик 01', 'N5', '7,5'),
      ]);
      // The specification crosses as its JSON file; the server plans, writes and links.
      expect(s.callsTo('createScoreGrid')).toEqual([
        [{ json: specToJson(fractionsSpec()), sheetName: SHEET }],
      ]);
    } finally {
      await s.close();
    }
  });

  test('shows the server’s refusal of an existing score grid', async () => {
    const refusal = TEXTS_CORE.ru.server.gridExists('Сетка 6А');
    const s = await specSidebar({
      createScoreGrid: () => {
        throw new Error(refusal);
      },
    });
    try {
      const { page } = s;
      await chooseWork(page, 'СОР 2');
      await page.getByLabel(t.importJson).fill(specToJson(fractionsSpec()));
      await page.getByRole('button', { name: t.import, exact: true }).click();
      await page.getByRole('button', { name: t.createGrid, exact: true }).click();
      await expect(page.locator('.messages').getByRole('alert').textContent()).resolves.toBe(refusal);
    } finally {
      await s.close();
    }
  });
});
