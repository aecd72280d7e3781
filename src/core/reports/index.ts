/**
 * The reports' public surface for the gas layer: read journals (classResults), build the
 * СОР/СОЧ analysis (analysisReport, keeping the teacher's text with keptTextOf / findBlocks) and the
 * school monitoring (monitoringReport). Everything here is pure: data in, plain tables out.
 */
export {
  classResults,
  type ClassResults,
  type JournalInfo,
  type PupilResult,
  type Work,
  type WorkScore,
} from './classResults';
export { workStats, pupilCount, type WorkStats } from './analysisData';
export { analysisReport, levelRanges, type AnalysisHeader, type AnalysisLayout } from './analysis';
export { BLOCK_IDS, BLOCK_ROWS, findBlocks, keptTextOf, type BlockPosition, type KeptText } from './keptText';
export { monitoringData, type MonitoringData, type MonitoringInput } from './monitoringData';
export { monitoringReport, monitoringLayout, scopeText, type MonitoringReport } from './monitoring';
export { previousScope, selectMarks } from './scope';
export { journalsForScope, latestScopeId, parseScopeId, scopeId, type Scope } from './scopeId';
export { gradeOf, stageOf } from './stages';
export { type BlockId, type ReportTexts, type Stage } from './texts';
export type { ChartSpec, ReportLayout } from './types';
