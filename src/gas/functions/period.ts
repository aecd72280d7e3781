import { explainPeriod } from '../../core/explain';
import { callError } from '../../core/errors';
import { computeNeed } from '../../core/need';
import { parseCell, showRaw } from '../../core/cells';
import { EMPTY_ROW, invalidRow, outcomeText, type Outcome } from '../../core/outcome';
import { problem, type Messages } from '../../core/i18n';
import { applyHeld } from '../../core/held';
import { computePeriod, type PartName, type PeriodInput, type PeriodResult } from '../../core/period';
import { resolveRuleset, type Ruleset } from '../../core/ruleset';
import type { Mark } from '../../core/scale';
import { cellOf, columns, grid, pupilRows, requireSingleColumn, rowOf, type Grid } from '../args';
import { asCustomFunction } from '../customFunction';
import { messagesOf, type LocaleSource } from '../language';

type Cell = string | number;

interface ClassInput {
  rules: Ruleset;
  rows: readonly PeriodInput[];
}

/**
 * Shapes the (fo, sor, sor_max, soch, soch_max) arguments of one class into per-pupil inputs, with
 * the ruleset's `held` rule applied; `perRow` holds further arguments with one row or one per pupil
 * (KB_NEED's target).
 */
function classInput(
  fo: unknown,
  sor: unknown,
  sorMax: unknown,
  soch: unknown,
  sochMax: unknown,
  rules: unknown,
  perRow: Record<string, Grid | undefined> = {},
): ClassInput {
  const ruleset = resolveRuleset(rules);
  const g = {
    fo: grid(fo),
    sor: grid(sor),
    sor_max: grid(sorMax),
    soch: grid(soch),
    soch_max: grid(sochMax),
  };
  requireSingleColumn('soch', g.soch);
  requireSingleColumn('soch_max', g.soch_max);
  const sorCols = sorColumns(g.sor, g.sor_max);
  const n = pupilRows(
    { fo: g.fo, sor: g.sor, soch: g.soch },
    { sor_max: g.sor_max, soch_max: g.soch_max, ...perRow },
  );
  const rows: PeriodInput[] = [];
  for (let r = 0; r < n; r++) {
    rows.push({
      fo: rowOf(g.fo, r),
      sor: padded(rowOf(g.sor, r), sorCols),
      sorMax: padded(rowOf(g.sor_max, r), sorCols),
      soch: cellOf(g.soch, r),
      sochMax: cellOf(g.soch_max, r),
    });
  }
  return { rules: ruleset, rows: applyHeld(rows, ruleset, g.soch !== undefined) };
}

function sorColumns(sor: Grid | undefined, sorMax: Grid | undefined): number {
  const a = columns(sor);
  const b = columns(sorMax);
  if (sor && sorMax && a !== b) throw callError('columnsMismatch', 'sor_max', String(b), 'sor', String(a));
  return Math.max(a, b);
}

function padded(row: readonly unknown[], n: number): readonly unknown[] {
  return row.length >= n ? row : [...row, ...Array<unknown>(n - row.length).fill('')];
}

/** The five KB_DETAIL columns: ФО %, СОР %, СОЧ %, P, mark. */
function detailRow(r: PeriodResult, text: () => string): Cell[] {
  if (r.kind !== 'mark') return ['', '', '', '', text()];
  const pct = (part: PartName): Cell => r.parts.find((p) => p.part === part)?.percent ?? '';
  return [pct('fo'), pct('sor'), pct('soch'), r.percent, r.mark];
}

export function periodFunctions(locale: LocaleSource) {
  /** Runs the period computation for every pupil and maps each result to an output row. */
  const perPupil = (name: string, map: (r: PeriodResult, rules: Ruleset, text: () => string) => Cell[]) =>
    asCustomFunction(
      name,
      locale,
      5,
      (fo: unknown, sor: unknown, sorMax: unknown, soch?: unknown, sochMax?: unknown, rules?: unknown) => {
        const input = classInput(fo, sor, sorMax, soch, sochMax, rules);
        // The locale is a service call: read it only when some row shows a text.
        let m: Messages | undefined;
        return input.rows.map((row) => {
          const r = computePeriod(row, input.rules);
          return map(r, input.rules, () =>
            r.kind === 'mark' ? '' : outcomeText(r, (m ??= messagesOf(input.rules.lang, locale))),
          );
        });
      },
    );

  return {
    KB_QUARTER: perPupil('KB_QUARTER', (r, _rules, text) => [r.kind === 'mark' ? r.mark : text()]),
    KB_PERCENT: perPupil('KB_PERCENT', (r, _rules, text) => [r.kind === 'mark' ? r.percent : text()]),
    KB_DETAIL: perPupil('KB_DETAIL', (r, _rules, text) => detailRow(r, text)),
    KB_EXPLAIN: asCustomFunction(
      'KB_EXPLAIN',
      locale,
      5,
      (fo: unknown, sor: unknown, sorMax: unknown, soch?: unknown, sochMax?: unknown, rules?: unknown) => {
        const input = classInput(fo, sor, sorMax, soch, sochMax, rules);
        const m = messagesOf(input.rules.lang, locale);
        return input.rows.map((row) => [explainPeriod(row, input.rules, m)]);
      },
    ),
    KB_NEED: asCustomFunction(
      'KB_NEED',
      locale,
      5,
      (fo: unknown, sor: unknown, sorMax: unknown, sochMax: unknown, target: unknown, rules?: unknown) => {
        const targets = grid(target);
        if (!targets) throw callError('missingArg', 'target');
        requireSingleColumn('target', targets);
        const input = classInput(fo, sor, sorMax, undefined, sochMax, rules, { target: targets });
        const m = messagesOf(input.rules.lang, locale);
        return input.rows.map((row, i) => {
          const wanted = targetMark(cellOf(targets, i));
          const r = typeof wanted === 'number' ? computeNeed(row, wanted, input.rules) : wanted;
          if (r.kind === 'score') return [r.score];
          return [r.kind === 'unreachable' ? m.unreachable : outcomeText(r, m)];
        });
      },
    ),
  };
}

/** A pupil's target mark; an empty or impossible one is that row's outcome, not the whole call's. */
function targetMark(raw: unknown): Mark | Outcome {
  const c = parseCell(raw);
  if (c.kind === 'empty') return EMPTY_ROW;
  if (c.kind !== 'number' || !Number.isInteger(c.value) || c.value < 2 || c.value > 5) {
    return invalidRow(problem('badTarget', showRaw(raw)));
  }
  return c.value as Mark;
}
