import type { Lang } from '../../src/core/i18n';
import { TEXTS } from '../../src/core/texts';
import {
  checkSpec,
  isObjectiveCode,
  parseSpecJson,
  specToJson,
  specTotal,
  validateSpec,
  type SpecProblem,
  type WorkSpec,
} from '../../src/core/tasks';
import { copy, fractionsSpec } from './fixtures';

/** The problems of the fixture after `change`, as «path code». */
function problemsAfter(
  change: (spec: Record<string, unknown> & { tasks: Record<string, unknown>[] }) => void,
): string[] {
  const spec = copy(fractionsSpec()) as unknown as Record<string, unknown> & {
    tasks: Record<string, unknown>[];
  };
  change(spec);
  return validateSpec(spec).map((p: SpecProblem) => `${p.path} ${p.code}`);
}

describe('objective codes', () => {
  test.each(['6.5.2.1', '5.1.2.1', '10.2.1', '7.3', '11.1.2.3.4', ' 6. 5.2.1 '])(
    '%s is well formed',
    (code) => expect(isObjectiveCode(code)).toBe(true),
  );
  test.each(['6', '6.5.2.1.1.1', '6,5,2,1', '6.L1', '6..2', '.6.5', '6.5.', 'abc', '1234.1'])(
    '%s is not',
    (code) => expect(isObjectiveCode(code)).toBe(false),
  );
});

describe('validateSpec: each field', () => {
  test('the fixture is valid and totals 10', () => {
    expect(validateSpec(fractionsSpec())).toEqual([]);
    expect(specTotal(fractionsSpec())).toBe(10);
  });

  test('not a specification, a wrong format or version: only that is said', () => {
    expect(validateSpec([])).toEqual([{ path: '', code: 'notSpec', args: [] }]);
    expect(problemsAfter((s) => (s.format = 'kb-sheets/template'))).toEqual(['format specFormat']);
    expect(problemsAfter((s) => (s.version = 2))).toEqual(['version specVersion']);
    expect(problemsAfter((s) => delete s.version)).toEqual(['version missing']);
  });

  test('top-level fields', () => {
    expect(problemsAfter((s) => (s.extra = 1))).toEqual(['extra unknownKey']);
    expect(problemsAfter((s) => (s.title = '  '))).toEqual(['title empty']);
    expect(problemsAfter((s) => (s.title = 'x'.repeat(121)))).toEqual(['title tooLong']);
    expect(problemsAfter((s) => delete s.title)).toEqual(['title missing']);
    expect(problemsAfter((s) => (s.subject = 5))).toEqual(['subject wrongType']);
    expect(problemsAfter((s) => delete s.subject)).toEqual([]);
    expect(problemsAfter((s) => (s.grade = 6.5))).toEqual(['grade grade']);
    expect(problemsAfter((s) => (s.grade = 13))).toEqual(['grade grade']);
    expect(problemsAfter((s) => delete s.grade)).toEqual([]);
  });

  test('the work', () => {
    expect(problemsAfter((s) => delete s.work)).toEqual(['work missing']);
    expect(problemsAfter((s) => (s.work = 'sor'))).toEqual(['work wrongType']);
    expect(problemsAfter((s) => (s.work = { kind: 'fo' }))).toEqual(['work.kind oneOf']);
    expect(problemsAfter((s) => (s.work = { kind: 'sor' }))).toEqual(['work.index missing']);
    expect(problemsAfter((s) => (s.work = { kind: 'sor', index: 7 }))).toEqual(['work.index sorIndex']);
    expect(problemsAfter((s) => (s.work = { kind: 'sor', index: 0 }))).toEqual(['work.index sorIndex']);
    expect(problemsAfter((s) => (s.work = { kind: 'soch' }))).toEqual([]);
    expect(problemsAfter((s) => (s.work = { kind: 'soch', index: 1 }))).toEqual(['work.index unknownKey']);
  });

  test('the tasks list', () => {
    expect(problemsAfter((s) => delete (s as Record<string, unknown>).tasks)).toEqual(['tasks missing']);
    expect(problemsAfter((s) => (s.tasks = {} as never))).toEqual(['tasks wrongType']);
    expect(problemsAfter((s) => (s.tasks = []))).toEqual(['tasks noTasks']);
    expect(
      problemsAfter((s) => {
        const t = s.tasks[3];
        s.tasks = Array.from({ length: 31 }, (_, i) => ({ ...t, number: i + 1 }));
      }),
    ).toEqual(['tasks tooMany']);
    expect(problemsAfter((s) => (s.tasks[1] = 'task' as never))).toEqual(['tasks[1] wrongType']);
  });

  test('a task', () => {
    expect(problemsAfter((s) => (s.tasks[1].number = 1))).toEqual(['tasks[1].number duplicateNumber']);
    expect(problemsAfter((s) => (s.tasks[1].number = 0))).toEqual(['tasks[1].number taskNumber']);
    expect(problemsAfter((s) => (s.tasks[1].number = '2'))).toEqual(['tasks[1].number taskNumber']);
    expect(problemsAfter((s) => delete s.tasks[0].number)).toEqual(['tasks[0].number missing']);
    expect(problemsAfter((s) => (s.tasks[2].criterion = ''))).toEqual(['tasks[2].criterion empty']);
    expect(problemsAfter((s) => (s.tasks[2].objective = '6,5,2,1'))).toEqual([
      'tasks[2].objective objectiveCode',
    ]);
    expect(problemsAfter((s) => (s.tasks[2].objective = 6.5))).toEqual(['tasks[2].objective wrongType']);
    expect(problemsAfter((s) => (s.tasks[2].objective = ' '))).toEqual(['tasks[2].objective empty']);
    expect(problemsAfter((s) => delete s.tasks[2].objective)).toEqual(['tasks[2].objective missing']);
    expect(problemsAfter((s) => (s.tasks[0].note = 'x'))).toEqual(['tasks[0].note unknownKey']);
  });

  test('descriptors and points', () => {
    const at = (change: (d: Record<string, unknown>[]) => void) =>
      problemsAfter((s) => change(s.tasks[2].descriptors as Record<string, unknown>[]));
    expect(problemsAfter((s) => (s.tasks[2].descriptors = []))).toEqual([
      'tasks[2].descriptors noDescriptors',
    ]);
    expect(problemsAfter((s) => delete s.tasks[2].descriptors)).toEqual(['tasks[2].descriptors missing']);
    expect(at((d) => (d[1].points = 0))).toEqual(['tasks[2].descriptors[1].points points']);
    expect(at((d) => (d[1].points = -1))).toEqual(['tasks[2].descriptors[1].points points']);
    expect(at((d) => (d[1].points = 0.3))).toEqual(['tasks[2].descriptors[1].points points']);
    expect(at((d) => (d[1].points = '2'))).toEqual(['tasks[2].descriptors[1].points wrongType']);
    expect(at((d) => delete d[1].points)).toEqual(['tasks[2].descriptors[1].points missing']);
    expect(at((d) => (d[0].text = ''))).toEqual(['tasks[2].descriptors[0].text empty']);
    expect(at((d) => (d[0].weight = 1))).toEqual(['tasks[2].descriptors[0].weight unknownKey']);
    expect(at((d) => (d[0].points = 92))).toEqual([]); // 10 - 2 + 92 = 100: the journal's limit
    expect(at((d) => (d[0].points = 92.5))).toEqual(['tasks totalTooLarge']);
  });

  test('several problems at once are all reported', () => {
    expect(
      problemsAfter((s) => {
        s.title = '';
        s.tasks[0].objective = 'x';
        (s.tasks[3].descriptors as Record<string, unknown>[])[0].points = 0;
      }),
    ).toEqual(['title empty', 'tasks[0].objective objectiveCode', 'tasks[3].descriptors[0].points points']);
  });
});

describe('messages in three languages', () => {
  const broken = () => {
    const s = copy(fractionsSpec()) as unknown as {
      tasks: { objective: string; descriptors: { points: number }[] }[];
      title?: string;
    };
    s.tasks[2].objective = '6-5-2-1';
    s.tasks[0].descriptors[0].points = 0;
    delete s.title;
    return s;
  };
  test.each<[Lang, string, string]>([
    ['ru', 'код цели обучения', 'нужен балл больше 0'],
    ['kk', 'оқу мақсатының коды', 'балл 0-ден үлкен'],
    ['en', 'learning-objective code', 'points must be above 0'],
  ])('%s', (lang, objective, points) => {
    const r = checkSpec(broken(), lang);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.errors).toHaveLength(3);
    expect(r.errors[0]).toMatch(/^title: /);
    // A shared problem is worded by the journal's field texts.
    expect(r.errors[0]).toBe(`title: ${TEXTS.of(lang).fieldErrors.missing()}`);
    expect(r.errors[1]).toMatch(/^tasks\[0\]\.descriptors\[0\]\.points: 0\b/);
    expect(r.errors[1]).toContain(points);
    expect(r.errors[2]).toMatch(/^tasks\[2\]\.objective: "6-5-2-1"/);
    expect(r.errors[2]).toContain(objective);
  });
});

describe('JSON import and export', () => {
  test('round trip: export, import, the same specification', () => {
    const spec = fractionsSpec();
    const r = parseSpecJson(specToJson(spec), 'ru');
    expect(r).toEqual({ ok: true, spec });
  });

  test('the export has the format and version first and nothing else than the fields', () => {
    const file = JSON.parse(specToJson({ ...fractionsSpec(), extra: 1 } as WorkSpec)) as Record<
      string,
      unknown
    >;
    expect(Object.keys(file)).toEqual(['format', 'version', 'title', 'work', 'subject', 'grade', 'tasks']);
  });

  test('import cleans texts and codes; an empty subject is dropped', () => {
    const spec = fractionsSpec() as WorkSpec & { subject: string };
    spec.title = '  Обыкновенные   дроби ';
    spec.subject = ' ';
    spec.tasks[0].objective = ' 6. 1.2.1';
    spec.tasks[0].descriptors[0].text = 'складывает\u00a0дроби ';
    const r = parseSpecJson(`\ufeff${JSON.stringify(spec)}`, 'ru');
    if (!r.ok) throw new Error(r.errors.join('\n'));
    expect(r.spec.title).toBe('Обыкновенные дроби');
    expect(r.spec.subject).toBeUndefined();
    expect(r.spec.tasks[0].objective).toBe('6.1.2.1');
    expect(r.spec.tasks[0].descriptors[0].text).toBe('складывает дроби');
  });

  test('broken JSON: the line and column of the mistake', () => {
    const text = '{\n  "format": "kb-sheets/work-spec",\n  "version": 1,,\n  "title": "x"\n}';
    const r = parseSpecJson(text, 'ru');
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.errors).toHaveLength(1);
    expect(r.errors[0]).toContain('строке 3, позиция 16');
    expect(r.errors[0]).toContain('"version": 1,,');
  });

  test('a journal template is not a specification', () => {
    const r = parseSpecJson('{"format":"kb-sheets/template","version":1}', 'en');
    expect(r.ok).toBe(false);
    if (!r.ok)
      expect(r.errors).toEqual([
        'format: "kb-sheets/template" is not a KB Sheets work specification (expected "kb-sheets/work-spec")',
      ]);
  });
});
