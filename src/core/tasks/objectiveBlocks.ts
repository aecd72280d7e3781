/**
 * The «objectives achieved» / «objectives that caused difficulty» blocks of the СОР/СОЧ analysis
 * form (reports/keptText.ts BLOCK_IDS 'achieved' and 'difficult'), filled from the statistics:
 * one line per objective, «6.5.2.1 <criterion> — достигли 82 % учащихся».
 *
 * The teacher may edit the blocks and the edits must survive a rebuild: mergeObjectiveBlocks
 * keeps a block the teacher changed (its text differs from what was generated last time) and
 * refreshes a block still holding the generated text. The caller stores the generated text
 * (e.g. in the report's metadata) to pass as `previous` next time.
 */
import type { Lang } from '../i18n';
import { roundHalfUp } from '../numbers';
import type { KeptText } from '../reports/keptText';
import type { BlockId } from '../reports/texts';
import { criterionText } from './criteria';
import type { CriterionStats } from './stats';
import { TASK_TEXTS } from './texts';

export type ObjectiveBlockId = Extract<BlockId, 'achieved' | 'difficult'>;
export type ObjectiveBlocks = Record<ObjectiveBlockId, string>;

/** The two blocks' text, lines joined by "\n" ('' when no objective qualifies). */
export function objectiveBlocks(stats: readonly CriterionStats[], lang: Lang): ObjectiveBlocks {
  const t = TASK_TEXTS.of(lang).analysis;
  const line = (s: CriterionStats, percent: number | null, make: typeof t.achieved) =>
    make(s.criterion.objective, criterionText(s.criterion), String(roundHalfUp(percent ?? 0)));
  return {
    achieved: stats
      .filter((s) => s.achieved)
      .map((s) => line(s, s.reachedPercent, t.achieved))
      .join('\n'),
    difficult: stats
      .filter((s) => s.difficult)
      .map((s) => line(s, s.lowPercent, t.difficult))
      .join('\n'),
  };
}

/**
 * The kept text to pass to analysisReport: `kept` (read from the previous report with keptTextOf),
 * with each objective block replaced by the generated one unless the teacher edited it. Without
 * `previous` any kept text counts as the teacher's. An empty generated block leaves the block empty.
 */
export function mergeObjectiveBlocks(
  generated: ObjectiveBlocks,
  kept: KeptText,
  previous?: Partial<ObjectiveBlocks>,
): KeptText {
  const merged: KeptText = { ...kept };
  for (const id of ['achieved', 'difficult'] as const) {
    const old = kept[id];
    const edited =
      old !== undefined && old.trim() !== '' && normalise(old) !== normalise(previous?.[id] ?? '');
    if (edited) continue;
    if (generated[id]) merged[id] = generated[id];
    else delete merged[id];
  }
  return merged;
}

/** keptTextOf joins the block's cells by "\n" and trims them: compare the same way. */
function normalise(text: string): string {
  return text
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l !== '')
    .join('\n');
}
