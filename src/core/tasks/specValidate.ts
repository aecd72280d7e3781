/**
 * Everything wrong with a would-be WorkSpec (from an imported file or the sidebar's form), each
 * problem with its JSON path, in the style of journal/structure.ts validateStructure.
 */
import { fieldProblem, isRecord, join, showValue, unknownKeys } from '../journal/fieldProblems';
import { STRUCTURE_LIMITS } from '../journal/structure';
import { formatNumber } from '../numbers';
import { isObjectiveCode } from './objective';
import { ownProblem, type SpecProblem } from './specProblems';

export const SPEC_FORMAT = 'kb-sheets/work-spec';
export const SPEC_VERSION = 1;
/** A grid must fit a screen and a journal's max is at most 100 (journal/structure.ts). */
export const SPEC_LIMITS = {
  title: 120,
  subject: 60,
  text: 500,
  tasks: 30,
  descriptorsPerTask: 15,
  descriptors: 60,
  total: STRUCTURE_LIMITS.maxScore,
  sorCount: STRUCTURE_LIMITS.sorCount,
  grade: { min: 1, max: 12 },
} as const;

const KEYS = ['format', 'version', 'title', 'work', 'subject', 'grade', 'tasks'];
const TASK_KEYS = ['number', 'criterion', 'objective', 'descriptors'];
const DESCRIPTOR_KEYS = ['text', 'points'];

/** Problems of a parsed file; a wrong format or version is the only problem reported then. */
export function validateSpec(file: unknown): SpecProblem[] {
  if (!isRecord(file) || !('format' in file)) return [ownProblem('', 'notSpec')];
  if (file.format !== SPEC_FORMAT)
    return [ownProblem('format', 'specFormat', showValue(file.format), SPEC_FORMAT)];
  if (file.version !== SPEC_VERSION) {
    return 'version' in file
      ? [ownProblem('version', 'specVersion', showValue(file.version), String(SPEC_VERSION))]
      : [fieldProblem('version', 'missing')];
  }
  const problems: SpecProblem[] = unknownKeys(file, KEYS, '');
  problems.push(...textProblems(file, 'title', '', true, SPEC_LIMITS.title));
  if ('subject' in file) problems.push(...textProblems(file, 'subject', '', false, SPEC_LIMITS.subject));
  if ('grade' in file) problems.push(...gradeProblems(file.grade));
  problems.push(...('work' in file ? workProblems(file.work) : [fieldProblem('work', 'missing')]));
  problems.push(...('tasks' in file ? tasksProblems(file.tasks) : [fieldProblem('tasks', 'missing')]));
  return problems;
}

function workProblems(w: unknown): SpecProblem[] {
  if (!isRecord(w)) return [fieldProblem('work', 'wrongType', 'object', showValue(w))];
  if (!('kind' in w)) return [fieldProblem('work.kind', 'missing')];
  if (w.kind === 'soch') return unknownKeys(w, ['kind'], 'work');
  if (w.kind !== 'sor') return [fieldProblem('work.kind', 'oneOf', showValue(w.kind), 'sor, soch')];
  const problems: SpecProblem[] = unknownKeys(w, ['kind', 'index'], 'work');
  if (!('index' in w)) problems.push(fieldProblem('work.index', 'missing'));
  else if (!isWhole(w.index, 1, SPEC_LIMITS.sorCount))
    problems.push(ownProblem('work.index', 'sorIndex', showValue(w.index), SPEC_LIMITS.sorCount));
  return problems;
}

function gradeProblems(g: unknown): SpecProblem[] {
  const { min, max } = SPEC_LIMITS.grade;
  return isWhole(g, min, max) ? [] : [ownProblem('grade', 'grade', showValue(g), min, max)];
}

function tasksProblems(tasks: unknown): SpecProblem[] {
  if (!Array.isArray(tasks)) return [fieldProblem('tasks', 'wrongType', 'array', showValue(tasks))];
  if (tasks.length === 0) return [ownProblem('tasks', 'noTasks')];
  const problems: SpecProblem[] = [];
  if (tasks.length > SPEC_LIMITS.tasks)
    problems.push(ownProblem('tasks', 'tooMany', tasks.length, SPEC_LIMITS.tasks));
  const firstOf = new Map<number, string>();
  let descriptors = 0;
  let total = 0;
  tasks.forEach((task, i) => {
    const path = join('tasks', i);
    if (!isRecord(task)) {
      problems.push(fieldProblem(path, 'wrongType', 'object', showValue(task)));
      return;
    }
    problems.push(...unknownKeys(task, TASK_KEYS, path));
    const at = (key: string) => join(path, key);
    if (!('number' in task)) problems.push(fieldProblem(at('number'), 'missing'));
    else if (!isWhole(task.number, 1, 999))
      problems.push(ownProblem(at('number'), 'taskNumber', showValue(task.number)));
    else {
      const first = firstOf.get(task.number as number);
      if (first !== undefined)
        problems.push(ownProblem(at('number'), 'duplicateNumber', showValue(task.number), first));
      else firstOf.set(task.number as number, path);
    }
    problems.push(...textProblems(task, 'criterion', path, true, SPEC_LIMITS.text));
    problems.push(...objectiveProblems(task, at('objective')));
    const d = descriptorsProblems(task.descriptors, at('descriptors'), 'descriptors' in task);
    problems.push(...d.problems);
    descriptors += d.count;
    total += d.total;
  });
  if (descriptors > SPEC_LIMITS.descriptors)
    problems.push(ownProblem('tasks', 'tooMany', descriptors, SPEC_LIMITS.descriptors));
  if (total > SPEC_LIMITS.total)
    problems.push(ownProblem('tasks', 'totalTooLarge', formatNumber(total), SPEC_LIMITS.total));
  return problems;
}

function objectiveProblems(task: Record<string, unknown>, path: string): SpecProblem[] {
  if (!('objective' in task)) return [fieldProblem(path, 'missing')];
  const v = task.objective;
  if (typeof v !== 'string') return [fieldProblem(path, 'wrongType', 'string', showValue(v))];
  if (v.trim() === '') return [fieldProblem(path, 'empty')];
  return isObjectiveCode(v) ? [] : [ownProblem(path, 'objectiveCode', showValue(v))];
}

function descriptorsProblems(
  list: unknown,
  path: string,
  present: boolean,
): { problems: SpecProblem[]; count: number; total: number } {
  const none = (p: SpecProblem) => ({ problems: [p], count: 0, total: 0 });
  if (!present) return none(fieldProblem(path, 'missing'));
  if (!Array.isArray(list)) return none(fieldProblem(path, 'wrongType', 'array', showValue(list)));
  if (list.length === 0) return none(ownProblem(path, 'noDescriptors'));
  const problems: SpecProblem[] = [];
  if (list.length > SPEC_LIMITS.descriptorsPerTask)
    problems.push(ownProblem(path, 'tooMany', list.length, SPEC_LIMITS.descriptorsPerTask));
  let total = 0;
  list.forEach((d, i) => {
    const at = join(path, i);
    if (!isRecord(d)) {
      problems.push(fieldProblem(at, 'wrongType', 'object', showValue(d)));
      return;
    }
    problems.push(...unknownKeys(d, DESCRIPTOR_KEYS, at));
    problems.push(...textProblems(d, 'text', at, true, SPEC_LIMITS.text));
    if (!('points' in d)) problems.push(fieldProblem(join(at, 'points'), 'missing'));
    else if (typeof d.points !== 'number' || !Number.isFinite(d.points))
      problems.push(fieldProblem(join(at, 'points'), 'wrongType', 'number', showValue(d.points)));
    else if (!isPoints(d.points))
      problems.push(ownProblem(join(at, 'points'), 'points', showValue(d.points)));
    else total += d.points;
  });
  return { problems, count: list.length, total };
}

/** Descriptor points: above 0, whole or a half (the official specifications never use finer). */
export function isPoints(x: number): boolean {
  return x > 0 && Number.isInteger(x * 2);
}

function isWhole(x: unknown, min: number, max: number): boolean {
  return typeof x === 'number' && Number.isInteger(x) && x >= min && x <= max;
}

function textProblems(
  x: Record<string, unknown>,
  key: string,
  path: string,
  required: boolean,
  max: number,
): SpecProblem[] {
  const at = join(path, key);
  if (!(key in x)) return [fieldProblem(at, 'missing')];
  const v = x[key];
  if (typeof v !== 'string') return [fieldProblem(at, 'wrongType', 'string', showValue(v))];
  const trimmed = v.trim();
  if (required && trimmed === '') return [fieldProblem(at, 'empty')];
  if (trimmed.length > max) return [fieldProblem(at, 'tooLong', trimmed.length, max)];
  return [];
}
