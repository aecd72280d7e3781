import { parseCell } from './cells';
import type { PeriodInput } from './period';
import type { Ruleset } from './ruleset';

/**
 * The ruleset key `held` (contract v2): under `class`, in a call over several rows, a СОР or the
 * СОЧ counts as held only once some row has a score or an absence code in its column. A work
 * whose max is set but which nobody has written yet is treated as not held (its max as empty),
 * so pupils get running marks mid-period instead of «н/а» for a work the class has not written.
 * `soch` says whether the call has a СОЧ score column at all (KB_NEED has only its max).
 */
export function applyHeld(
  rows: readonly PeriodInput[],
  rules: Ruleset,
  soch: boolean,
): readonly PeriodInput[] {
  if (rules.held !== 'class' || rows.length < 2) return rows;
  const written = (cells: unknown[]) =>
    cells.some((raw) => {
      const kind = parseCell(raw).kind;
      return kind === 'number' || kind === 'absent';
    });
  const columns = Math.max(0, ...rows.map((r) => r.sor.length));
  const sorWritten = Array.from({ length: columns }, (_, j) => written(rows.map((r) => r.sor[j])));
  const sochWritten = !soch || written(rows.map((r) => r.soch));
  if (sochWritten && sorWritten.every(Boolean)) return rows;
  return rows.map((r) => ({
    ...r,
    sorMax: r.sorMax.map((max, j) => (sorWritten[j] ? max : '')),
    ...(sochWritten ? {} : { sochMax: '' }),
  }));
}
