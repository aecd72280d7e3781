/**
 * The specification form as the teacher types it (numbers as text), and the way back to an
 * object for the core's checkSpec, so the form and an imported file are validated alike and every
 * problem's path (tasks[1].descriptors[0].points) names one field of the form.
 */
import type { Lang } from '../../../src/core/i18n/messages';
import { renderSpecProblem, type SpecProblem, type WorkRef, type WorkSpec } from '../../../src/core/tasks';
import { SPEC_FORMAT, SPEC_VERSION } from '../../../src/core/tasks';

export interface DescriptorDraft {
  text: string;
  points: string;
}

export interface TaskDraft {
  /** Stable key for the list (rows are added and removed). */
  key: number;
  number: string;
  criterion: string;
  objective: string;
  descriptors: DescriptorDraft[];
}

export interface Draft {
  title: string;
  subject: string;
  /** Kept from an imported file (the form does not edit it). */
  grade?: number;
  tasks: TaskDraft[];
}

let nextKey = 1;
const key = () => nextKey++;

export const emptyDescriptor = (): DescriptorDraft => ({ text: '', points: '' });

export function emptyTask(number: number): TaskDraft {
  return {
    key: key(),
    number: String(number),
    criterion: '',
    objective: '',
    descriptors: [emptyDescriptor()],
  };
}

export function emptyDraft(): Draft {
  return { title: '', subject: '', tasks: [emptyTask(1)] };
}

/** Nothing typed or opened yet: the form is as emptyDraft left it. */
export function isBlankDraft(d: Draft): boolean {
  return (
    d.title.trim() === '' &&
    d.subject.trim() === '' &&
    d.tasks.every(
      (t) =>
        t.criterion.trim() === '' &&
        t.objective.trim() === '' &&
        t.descriptors.every((x) => x.text.trim() === '' && x.points.trim() === ''),
    )
  );
}

/** The next task's number: one more than the largest typed. */
export function nextNumber(tasks: readonly TaskDraft[]): number {
  return Math.max(0, ...tasks.map((t) => Math.trunc(Number(t.number)) || 0)) + 1;
}

export function draftOf(spec: WorkSpec): Draft {
  return {
    title: spec.title,
    subject: spec.subject ?? '',
    ...(spec.grade !== undefined ? { grade: spec.grade } : {}),
    tasks: spec.tasks.map((t) => ({
      key: key(),
      number: String(t.number),
      criterion: t.criterion,
      objective: t.objective,
      descriptors: t.descriptors.map((d) => ({ text: d.text, points: String(d.points) })),
    })),
  };
}

/** «1,5» and «1.5» are numbers; anything else stays text, so the core says what is wrong with it. */
export function numberOf(text: string): number | string {
  const t = text.trim().replace(',', '.');
  return /^-?\d+(\.\d+)?$/.test(t) ? Number(t) : text;
}

/** The would-be specification file for checkSpec. */
export function specObject(draft: Draft, work: WorkRef): unknown {
  return {
    format: SPEC_FORMAT,
    version: SPEC_VERSION,
    title: draft.title,
    work,
    ...(draft.subject.trim() !== '' ? { subject: draft.subject } : {}),
    ...(draft.grade !== undefined ? { grade: draft.grade } : {}),
    tasks: draft.tasks.map((t) => ({
      number: numberOf(t.number),
      criterion: t.criterion,
      objective: t.objective,
      descriptors: t.descriptors.map((d) => ({ text: d.text, points: numberOf(d.points) })),
    })),
  };
}

/** Each problem's message (without its path) under the path it names. */
export function problemsByPath(problems: readonly SpecProblem[], lang: Lang): Map<string, string[]> {
  const byPath = new Map<string, string[]>();
  for (const p of problems) {
    const text = renderSpecProblem({ ...p, path: '' } as SpecProblem, lang);
    byPath.set(p.path, [...(byPath.get(p.path) ?? []), text]);
  }
  return byPath;
}

/** The paths the form shows next to a field; any other problem is listed above the buttons. */
export function formPaths(draft: Draft): Set<string> {
  const paths = new Set(['title', 'subject', 'tasks']);
  draft.tasks.forEach((t, i) => {
    const task = `tasks[${i}]`;
    for (const k of ['', '.number', '.criterion', '.objective', '.descriptors']) paths.add(task + k);
    t.descriptors.forEach((_, j) => {
      const d = `${task}.descriptors[${j}]`;
      for (const k of ['', '.text', '.points']) paths.add(d + k);
    });
  });
  return paths;
}

/** «sor:2» / «soch» for a select's value. */
export function workKey(work: WorkRef): string {
  return work.kind === 'soch' ? 'soch' : `sor:${work.index}`;
}

export function workOfKey(value: string): WorkRef | undefined {
  if (value === 'soch') return { kind: 'soch' };
  const m = /^sor:(\d+)$/.exec(value);
  return m ? { kind: 'sor', index: Number(m[1]) } : undefined;
}
