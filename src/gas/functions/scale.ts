import { parseCell, showRaw } from '../../core/cells';
import { problem, type Messages } from '../../core/i18n';
import { Q } from '../../core/exact';
import {
  EMPTY_ROW,
  EXEMPT_ROW,
  INVALID_PREFIX,
  invalidRow,
  outcomeText,
  type Outcome,
} from '../../core/outcome';
import { resolveRuleset, type Ruleset } from '../../core/ruleset';
import { levelOf, markOf } from '../../core/scale';
import { broadcastCell, columns, grid } from '../args';
import { asCustomFunction } from '../customFunction';
import { messagesOf, type LocaleSource } from '../language';

/** KB_MARK of one cell: a percentage, or an outcome passed through from KB_PERCENT. */
function markCell(raw: unknown, rules: Ruleset, m: Messages): number | string {
  if (typeof raw === 'string' && raw.startsWith(INVALID_PREFIX)) return raw;
  const c = parseCell(raw);
  if (c.kind === 'number' && c.value >= 0 && c.value <= 100) return markOf(Q.of(c.value), rules);
  const o: Outcome =
    c.kind === 'empty' || c.kind === 'absent'
      ? EMPTY_ROW
      : c.kind === 'exempt'
        ? EXEMPT_ROW
        : c.kind === 'na'
          ? { kind: 'na', reason: 'period' }
          : invalidRow(problem('notAPercent', showRaw(raw)));
  return outcomeText(o, m);
}

/** KB_LEVEL of one work: high / medium / low from the pupil's rounded percentage. */
function levelCell(score: unknown, max: unknown, rules: Ruleset, m: Messages): string {
  const s = parseCell(score);
  if (s.kind === 'empty' || s.kind === 'absent') return '';
  if (s.kind === 'exempt') return m.exempt;
  const column = { part: 'sor', n: 1 } as const;
  const mx = parseCell(max);
  const fail = (o: Outcome) => outcomeText(o, m);
  if (mx.kind === 'empty') return fail(invalidRow(problem('maxMissing', column)));
  if (mx.kind !== 'number' || mx.value <= 0) return fail(invalidRow(problem('badMax', column, showRaw(max))));
  if (s.kind !== 'number') return fail(invalidRow(problem('notANumber', column, showRaw(score))));
  if (s.value < 0) return fail(invalidRow(problem('scoreNegative', column, s.value)));
  if (s.value > mx.value) return fail(invalidRow(problem('scoreAboveMax', column, s.value, mx.value)));
  return m.levels[levelOf(s.value, mx.value, rules)];
}

export function scaleFunctions(locale: LocaleSource) {
  return {
    KB_MARK: asCustomFunction('KB_MARK', locale, 1, (percent: unknown, rules?: unknown) => {
      const ruleset = resolveRuleset(rules);
      const m = messagesOf(ruleset.lang, locale);
      const cells = grid(percent) ?? [['']];
      return cells.map((row) => row.map((raw) => markCell(raw, ruleset, m)));
    }),
    KB_LEVEL: asCustomFunction('KB_LEVEL', locale, 2, (score: unknown, max: unknown, rules?: unknown) => {
      const ruleset = resolveRuleset(rules);
      const m = messagesOf(ruleset.lang, locale);
      const scores = grid(score) ?? [['']];
      const cols = columns(scores);
      const maxAt = broadcastCell('max', grid(max), scores.length, cols);
      return scores.map((row, r) =>
        Array.from({ length: cols }, (_, c) => levelCell(row[c], maxAt(r, c), ruleset, m)),
      );
    }),
  };
}
