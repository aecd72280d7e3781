/**
 * Arithmetic on values the add-on computes in doubles itself — sums of task points, moderation
 * differences, shares of a class — where a 9-decimal snap removes the noise of the sum
 * (0.1 + 0.2). Marks never go through it: the rules are computed exactly (exact.ts).
 */
export function snap(x: number): number {
  const s = Math.round(x * 1e9) / 1e9;
  return s === 0 ? 0 : s; // no -0
}

/** Half up to a whole number after the snap (never banker's rounding): 39.5 → 40, 84.4 → 84. */
export function roundHalfUp(x: number): number {
  return Math.floor(snap(x) + 0.5);
}

/** Half up to `digits` decimals, for display: 84.125 → 84.13. */
export function roundTo(x: number, digits: number): number {
  const f = 10 ** digits;
  return Math.floor(snap(x * f) + 0.5) / f;
}

/** A number for a message or an explanation: at most two decimals, no trailing zeros. */
export function formatNumber(x: number): string {
  return String(roundTo(x, 2));
}
