/**
 * Texts of the reports (СОР/СОЧ analysis, monitoring) as a typed table per language; the compiler
 * checks every language has every text. Kept apart from ../../texts so the reports own them.
 */
import type { Level } from '../../scale';

/** The teacher's free-text blocks of the analysis form (rules §6.4), plus the purpose line. */
export type BlockId = 'purpose' | 'achieved' | 'difficult' | 'difficulties' | 'reasons' | 'correction';

export type Stage = 'primary' | 'basic' | 'upper' | 'other';

export interface ReportTexts {
  analysis: {
    title: string;
    school: string;
    period: string;
    subject: string;
    className: string;
    teacher: string;
    pupils: string;
    date: string;
    /** The work column: «СОР/СОЧ». */
    work: string;
    wrote: string;
    max: string;
    level: Record<Level, string>;
    quality(t4: string): string;
    success(t3: string): string;
    note: string;
    names: string;
    /** Headings of the blocks; `purpose` is the header line's label. */
    blocks: Record<BlockId, string>;
  };
  monitoring: {
    title(scope: string): string;
    year: string;
    half(half: string, quarter: string): string;
    /** N is explained once, under the title. */
    note: string;
    sections: {
      rows: string;
      classes: string;
      subjects: string;
      stages: string;
      marks: string;
      honours: string;
      help: string;
      reminders: string;
    };
    className: string;
    subject: string;
    n: string;
    success: string;
    quality: string;
    sou: string;
    mean: string;
    changeSuccess: string;
    changeQuality: string;
    stage: Record<Stage, string>;
    school: string;
    pupils: string;
    excellent: string;
    excellentNames: string;
    good: string;
    goodNames: string;
    pupil: string;
    mark: string;
    count: string;
    period: string;
    teacher: string;
    missing: string;
    notComputed: string;
    where: string;
    none: string;
    skipped(sheets: string): string;
    /** The year's monitoring before every period is marked. */
    pendingYear(pupils: number): string;
    chartByClass: string;
    chartMarks: string;
  };
}
