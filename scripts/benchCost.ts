/**
 * `cost NAME: …` lines for `npm run bench` (bundled by esbuild at bench time): each user action
 * run on the fakes with the real server code and the sidebar's real runs, priced by the cost model
 * of ../shared/spec/apps-script-costs.md (test/fakes/cost.ts, test/cost/operations.ts).
 */
import { costLine, type Price } from '../test/fakes/cost';
import { checkFromMenu, monitoringFromMenu } from '../src/gas/app/menuRuns';
import * as op from '../test/cost/operations';

export async function costBench(): Promise<string[]> {
  const lines: string[] = [];
  const add = (name: string, p: Price) => lines.push(costLine(name, p));
  const school60 = op.school(60, 30);
  add('monitoring-60', await op.monitoring(school60));
  add('analysis-1', await op.analysis(school60));
  const school300 = op.school(300, 30);
  add('monitoring-300', await op.monitoring(school300));
  add('check-300', await op.check(school300));
  add('bootstrap-300', await op.bootstrap(school300));
  add('menu-monitoring-300', op.fromMenu(school300, monitoringFromMenu));
  add('menu-check-300', op.fromMenu(school300, checkFromMenu));
  add('from-template-60', await op.fromTemplate(60));
  add('rubrics-30', await op.rubrics());
  add('score-grid-30', await op.scoreGrid());
  add('exam-journal-30', await op.examJournal(30));
  add('moderation-apply', await op.moderationApply());
  return lines;
}
