/**
 * A summative work described task by task (issue: task-level scoring). The official specifications
 * give, for each task, the assessment criterion, the learning objective it checks and the
 * descriptors with their points; the pupil's score for the work is the sum of the descriptor points.
 */

/** Which work of a journal the specification describes: СОР n (1–6) or the СОЧ. */
export type WorkRef = { kind: 'sor'; index: number } | { kind: 'soch' };

export interface Descriptor {
  text: string;
  /** Positive, whole or .5. */
  points: number;
}

export interface Task {
  /** The task's number as printed on the work: a whole number ≥ 1, unique in the work. */
  number: number;
  /** The assessment criterion the task checks (text). */
  criterion: string;
  /** The learning-objective code, e.g. 6.5.2.1 (see objective.ts). */
  objective: string;
  descriptors: Descriptor[];
}

export interface WorkSpec {
  format: 'kb-sheets/work-spec';
  version: 1;
  title: string;
  work: WorkRef;
  subject?: string;
  /** Grade 1–12. */
  grade?: number;
  tasks: Task[];
}

/** Level of a pupil on a criterion, from the share of the criterion's points. */
export type TaskLevel = 'high' | 'medium' | 'low';

/** Lower bounds in percent of the criterion's points: high ≥ high, medium ≥ medium, low below. */
export interface LevelThresholds {
  high: number;
  medium: number;
}

/** The analysis form's levels (rules §6: low below 40 %, medium 40–84 %, high 85 % and above). */
export const DEFAULT_LEVELS: LevelThresholds = { high: 85, medium: 40 };
