/**
 * The sample school's task-level scoring: a work specification in the library (saveSpec) and a
 * filled score grid for «5А Математика» СОР 2, made as the Work specification panel makes it
 * (createScoreGrid through the REAL endpoint). The teacher marked СОР 2 task by task: the journal's typed СОР 2 scores are cleared
 * first, so every pupil's score is the grid's total. Points are deterministic (seeded); one pupil
 * was absent ('н') and one has not written yet (an empty row).
 */
import { descriptorColumns, specToJson, type WorkSpec } from '../../../src/core/tasks';
import type { Services } from '../../../src/gas/services';
import { gridPlan, linkCells } from '../../../src/core/tasks/gridLinks';
import type { CallEndpoint } from './sampleSchool';

export const SAMPLE_SPEC: WorkSpec = {
  format: 'kb-sheets/work-spec',
  version: 1,
  title: 'Натуральные числа и действия над ними',
  work: { kind: 'sor', index: 2 },
  subject: 'Математика',
  grade: 5,
  tasks: [
    {
      number: 1,
      criterion: 'Выполняет арифметические действия с натуральными числами',
      objective: '5.1.2.1',
      descriptors: [
        { text: 'складывает и вычитает многозначные числа', points: 2 },
        { text: 'умножает и делит многозначные числа', points: 2 },
      ],
    },
    {
      number: 2,
      criterion: 'Применяет свойства действий для рационального вычисления',
      objective: '5.1.2.3',
      descriptors: [
        { text: 'применяет переместительное и сочетательное свойства', points: 2 },
        { text: 'применяет распределительное свойство', points: 2 },
      ],
    },
    {
      number: 3,
      criterion: 'Решает текстовые задачи',
      objective: '5.5.1.2',
      descriptors: [
        { text: 'составляет числовое выражение по условию задачи', points: 3 },
        { text: 'находит значение выражения', points: 2 },
        { text: 'записывает ответ', points: 2 },
      ],
    },
  ],
};

export const SAMPLE_SPEC_JOURNAL = { className: '5А', subject: 'Математика' };
const ABSENT_PUPIL = 3; // 0-based, in the journal's order
const NOT_WRITTEN_PUPIL = 5;

export function seedSampleSpec(
  services: Services,
  call: CallEndpoint,
  journalSheet: string,
  random: () => number,
): void {
  call('saveSpec', specToJson(SAMPLE_SPEC));
  const before = call('readJournal', journalSheet);
  const { layout, name } = gridPlan(SAMPLE_SPEC, before, 'ru');
  const cells = linkCells(SAMPLE_SPEC, before, layout, name);
  // Marked task by task: the journal's СОР 2 cells will read the grid, not a typed score.
  const ss = services.SpreadsheetApp.getActiveSpreadsheet();
  const journal = ss.getSheetByName(journalSheet)!;
  for (const c of cells) journal.getRange(c.a1).setValues([['']]);

  const { gridSheet, link } = call('createScoreGrid', {
    json: specToJson(SAMPLE_SPEC),
    sheetName: journalSheet,
  });
  if (link.linked.length !== cells.length)
    throw new Error(`sample grid: ${link.linked.length} of ${cells.length} linked`);
  const grid = ss.getSheetByName(gridSheet)!;
  const p = layout.positions;
  const columns = descriptorColumns(SAMPLE_SPEC);
  const points = Array.from({ length: p.pupilCount }, (_, i) => {
    if (i === NOT_WRITTEN_PUPIL) return columns.map(() => '');
    if (i === ABSENT_PUPIL) return columns.map((_, k) => (k === 0 ? 'н' : ''));
    // Most pupils reach most points; the text problem's first descriptor is the hard one.
    return columns.map((c) =>
      Math.min(c.points, Math.floor(random() * (c.points + (c.index === 4 ? 0 : 2)))),
    );
  });
  grid.getRange(p.firstPupilRow, p.firstDescriptorColumn, p.pupilCount, columns.length).setValues(points);
}
