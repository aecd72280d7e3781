/**
 * A work specification as a file: `{ "format": "kb-sheets/work-spec", "version": 1, "title",
 * "work", "subject"?, "grade"?, "tasks" }`, so one teacher's specification serves every class of
 * the parallel and administrators can share it like a journal template.
 */
import type { Lang } from '../i18n';
import { fieldProblem } from '../journal/fieldProblems';
import { jsonErrorAt, lineAndColumn } from '../journal/jsonPosition';
import { cleanText } from '../journal/names';
import { snap } from '../numbers';
import { cleanObjective } from './objective';
import { renderSpecProblem, type SpecProblem } from './specProblems';
import { validateSpec } from './specValidate';
import type { Task, WorkSpec } from './types';

/** The specification as a pretty-printed export file, with exactly its own fields. */
export function specToJson(spec: WorkSpec): string {
  return JSON.stringify(cleanSpec(spec), null, 2);
}

export type SpecParse =
  { ok: true; spec: WorkSpec } | { ok: false; errors: string[]; problems: SpecProblem[] };

/** Reads an export file; every error names the field (or the line and column) and what is wrong. */
export function parseSpecJson(text: string, lang: Lang): SpecParse {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  let file: unknown;
  try {
    file = JSON.parse(body);
  } catch {
    const at = Math.max(0, jsonErrorAt(body));
    const { line, column } = lineAndColumn(body, at);
    const p = fieldProblem('', 'notJson', line, column, near(body, at));
    return { ok: false, errors: [renderSpecProblem(p, lang)], problems: [p] };
  }
  return checkSpec(file, lang);
}

/** Validates an object (the sidebar's form, a parsed file) and returns the clean specification. */
export function checkSpec(x: unknown, lang: Lang): SpecParse {
  const problems = validateSpec(x);
  if (problems.length > 0)
    return { ok: false, errors: problems.map((p) => renderSpecProblem(p, lang)), problems };
  return { ok: true, spec: cleanSpec(x as WorkSpec) };
}

/** A copy of a valid specification: trimmed texts (inner spaces collapsed), codes without spaces, no empty optionals. */
export function cleanSpec(s: WorkSpec): WorkSpec {
  const spec: WorkSpec = {
    format: 'kb-sheets/work-spec',
    version: 1,
    title: cleanText(s.title),
    work: s.work.kind === 'soch' ? { kind: 'soch' } : { kind: 'sor', index: s.work.index },
    tasks: [],
  };
  if (s.subject !== undefined && cleanText(s.subject) !== '') spec.subject = cleanText(s.subject);
  if (s.grade !== undefined) spec.grade = s.grade;
  spec.tasks = s.tasks.map((t): Task => ({
    number: t.number,
    criterion: cleanText(t.criterion),
    objective: cleanObjective(t.objective),
    descriptors: t.descriptors.map((d) => ({ text: cleanText(d.text), points: d.points })),
  }));
  // Key order of the export file: the order a reader expects.
  const { format, version, title, work, subject, grade, tasks } = spec;
  return JSON.parse(JSON.stringify({ format, version, title, work, subject, grade, tasks })) as WorkSpec;
}

/** The work's max: the sum of all descriptor points. */
export function specTotal(spec: WorkSpec): number {
  return snap(spec.tasks.reduce((sum, t) => sum + taskMax(t), 0));
}

export function taskMax(task: Task): number {
  return snap(task.descriptors.reduce((sum, d) => sum + d.points, 0));
}

/** A few words around the mistake: «"version": 1,, "title":». */
function near(text: string, at: number): string {
  let before = text.slice(Math.max(0, at - 16), at);
  const space = before.search(/\s/);
  if (at > 16 && space >= 0) before = before.slice(space);
  return (before + text.slice(at, at + 12)).replace(/\s+/g, ' ').trim();
}
