/**
 * Exact-enough arithmetic for marks. Doubles carry noise (5.8/10·25 = 14.499999999999998), so every
 * value is snapped to 9 decimals before it is compared, rounded or shown: the rules' inputs never
 * have more than a few decimals, so the snap removes noise and nothing else.
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
