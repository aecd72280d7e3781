/**
 * Task-level scoring (issue: criteria, descriptors and rubrics for parents), pure: runs in the
 * sidebar, never in dist/Code.js (integration brief). The flow:
 *
 *   parseSpecJson / checkSpec → WorkSpec (specToJson to share it) · checkJournalMax against the
 *   journal · scoreGrid → the grid sheet (+ journalScoreCells: the journal column's formulas) ·
 *   readGrid → each pupil's points · pupilCriteria / levelOf → levels · criterionStats →
 *   objectiveBlocks → mergeObjectiveBlocks → analysisReport's keptText · rubricReport → pages.
 */
export * from './types';
export { OBJECTIVE_PATTERN, cleanObjective, isObjectiveCode } from './objective';
export { SPEC_FORMAT, SPEC_LIMITS, SPEC_VERSION, isPoints, validateSpec } from './specValidate';
export {
  checkSpec,
  cleanSpec,
  parseSpecJson,
  specToJson,
  specTotal,
  taskMax,
  type SpecParse,
} from './specJson';
export { renderSpecProblem, type SpecProblem } from './specProblems';
export {
  checkJournalMax,
  journalCheckText,
  workLabel,
  type JournalCheck,
  type JournalMaxes,
} from './journalMax';
export {
  criteriaOf,
  criterionText,
  descriptorColumns,
  type Criterion,
  type DescriptorColumn,
} from './criteria';
export {
  GRID_COLUMNS,
  GRID_ROWS,
  journalScoreCells,
  scoreGrid,
  type GridInput,
  type GridPositions,
  type ScoreGridLayout,
} from './grid';
export {
  descriptorValidation,
  journalScoreFormula,
  quotedSheet,
  totalFormula,
  type GridRefs,
} from './gridFormulas';
export {
  readGrid,
  renderGridProblem,
  type GridProblem,
  type GridRead,
  type PupilScores,
  type PupilState,
} from './readGrid';
export { levelOf, levelRuleText, pupilCriteria, validLevels, type CriterionResult } from './levels';
export { DEFAULT_STATS, criterionStats, type CriterionStats, type StatsOptions } from './stats';
export {
  mergeObjectiveBlocks,
  objectiveBlocks,
  type ObjectiveBlockId,
  type ObjectiveBlocks,
} from './objectiveBlocks';
export {
  rubricReport,
  RUBRIC_ROW_HEIGHT,
  type RubricHeader,
  type RubricLayout,
  type RubricOptions,
} from './rubric';
export { TASK_TEXTS, type TaskTexts } from './texts';
export { GRID_KIND, gridPositions, gridScope, journalWorks, type JournalWorks } from './gridSheet';
export { GridRefused, gridPlan, linkCells, pupilRows, type JournalOnSheet } from './gridLinks';
