/**
 * The criteria a work is judged on, for levels, statistics and rubrics. Decision: one criterion
 * per learning objective — the tasks sharing an objective code form one criterion, whose max is the
 * sum of their descriptors' points. The analysis form asks which OBJECTIVES were achieved, and a
 * rubric that showed one objective twice with two levels would confuse parents; a work whose tasks
 * all have different objectives (the usual case) gets exactly one criterion per task.
 */
import { snap } from '../numbers';
import type { WorkSpec } from './types';

/** A descriptor as a grid column, in grid order (tasks in spec order, then their descriptors). */
export interface DescriptorColumn {
  /** 0-based index among all descriptors: the grid's descriptor column is first + index. */
  index: number;
  taskIndex: number;
  taskNumber: number;
  text: string;
  points: number;
}

export interface Criterion {
  objective: string;
  /** The criterion texts of its tasks, each once, in task order. */
  texts: string[];
  /** Task numbers, in spec order. */
  tasks: number[];
  /** DescriptorColumn indexes. */
  descriptors: number[];
  max: number;
}

export function descriptorColumns(spec: WorkSpec): DescriptorColumn[] {
  const columns: DescriptorColumn[] = [];
  spec.tasks.forEach((task, taskIndex) =>
    task.descriptors.forEach((d) =>
      columns.push({
        index: columns.length,
        taskIndex,
        taskNumber: task.number,
        text: d.text,
        points: d.points,
      }),
    ),
  );
  return columns;
}

/** Criteria in the order their objective first appears. */
export function criteriaOf(spec: WorkSpec): Criterion[] {
  const byObjective = new Map<string, Criterion>();
  for (const column of descriptorColumns(spec)) {
    const task = spec.tasks[column.taskIndex];
    let c = byObjective.get(task.objective);
    if (!c) {
      c = { objective: task.objective, texts: [], tasks: [], descriptors: [], max: 0 };
      byObjective.set(task.objective, c);
    }
    if (!c.texts.includes(task.criterion)) c.texts.push(task.criterion);
    if (!c.tasks.includes(task.number)) c.tasks.push(task.number);
    c.descriptors.push(column.index);
    c.max = snap(c.max + column.points);
  }
  return [...byObjective.values()];
}

/** The criterion as one line of text: its texts joined. */
export function criterionText(c: Criterion): string {
  return c.texts.join('; ');
}
