import type { Ruleset } from '../../src/core/ruleset';

/**
 * Exact rational arithmetic on BigInt, the yardstick the property tests hold the double-based
 * core against: a mark computed here cannot be moved by floating-point noise.
 */
export class Q {
  readonly n: bigint;
  readonly d: bigint;
  constructor(n: bigint, d: bigint = 1n) {
    if (d === 0n) throw new Error('division by zero');
    const sign = d < 0n ? -1n : 1n;
    const g = gcd(n < 0n ? -n : n, d < 0n ? -d : d) || 1n;
    this.n = (sign * n) / g;
    this.d = (sign * d) / g;
  }
  static of(n: number, d = 1): Q {
    return new Q(BigInt(n), BigInt(d));
  }
  /** A ruleset number (weights, thresholds may have a few decimals), read exactly. */
  static decimal(x: number): Q {
    return new Q(BigInt(Math.round(x * 1e9)), 10n ** 9n);
  }
  add(o: Q): Q {
    return new Q(this.n * o.d + o.n * this.d, this.d * o.d);
  }
  mul(o: Q): Q {
    return new Q(this.n * o.n, this.d * o.d);
  }
  div(o: Q): Q {
    return new Q(this.n * o.d, this.d * o.n);
  }
  gte(o: Q): boolean {
    return this.n * o.d >= o.n * this.d;
  }
  /** Half up to a whole number (x ≥ 0): floor(x + 1/2). */
  halfUp(): Q {
    return new Q(floorDiv(2n * this.n + this.d, 2n * this.d));
  }
  /** Half up to one decimal: floor(10x + 1/2) / 10. */
  halfUpTenth(): Q {
    return this.mul(Q.of(10)).halfUp().div(Q.of(10));
  }
  toNumber(): number {
    return Number(this.n) / Number(this.d);
  }
}

function gcd(a: bigint, b: bigint): bigint {
  while (b !== 0n) [a, b] = [b, a % b];
  return a;
}

function floorDiv(a: bigint, b: bigint): bigint {
  const q = a / b;
  return a % b !== 0n && a < 0n !== b < 0n ? q - 1n : q;
}

export const sum = (xs: Q[]): Q => xs.reduce((a, b) => a.add(b), Q.of(0));

export interface ExactWork {
  score: Q;
  max: Q;
}

/** A valid row as exact values: ФО marks, the СОР works written, the СОЧ if the period has one. */
export interface ExactRow {
  fo: Q[];
  sor: ExactWork[];
  soch?: ExactWork;
}

/** P and the mark of a valid row, computed exactly by the rules' formulas. */
export function exactPeriod(row: ExactRow, rules: Ruleset): { percent: Q; mark: number } {
  const w = row.soch ? rules.withSoch : { ...rules.withoutSoch, soch: 0 };
  const mektep = rules.rounding === 'mektep';
  // Mektep rounds the ФО mean to one decimal first.
  const foMean = row.fo.length ? sum(row.fo).div(Q.of(row.fo.length)) : Q.of(0);
  const fraction = {
    fo: (mektep ? foMean.halfUpTenth() : foMean).div(Q.decimal(rules.foMax)),
    sor:
      rules.sorMode === 'pooled'
        ? sum(row.sor.map((x) => x.score)).div(sum(row.sor.map((x) => x.max)))
        : sum(row.sor.map((x) => x.score.div(x.max))).div(Q.of(row.sor.length)),
    soch: row.soch ? row.soch.score.div(row.soch.max) : Q.of(0),
  };
  // weight% × (fraction × 100) / 100 = weight × fraction, in percentage points.
  const parts = (['fo', 'sor', 'soch'] as const)
    .filter((p) => w[p] > 0)
    .map((p) => Q.decimal(w[p]).mul(fraction[p]));
  const percent =
    rules.rounding === 'components'
      ? sum(parts.map((x) => x.halfUp()))
      : mektep
        ? sum(parts.map((x) => x.halfUpTenth().halfUp()))
        : sum(parts);
  const compared = rules.rounding === 'none' ? percent : percent.halfUp();
  const { t3, t4, t5 } = rules.thresholds;
  const reaches = (t: number) => compared.gte(Q.decimal(t));
  const mark = reaches(t5) ? 5 : reaches(t4) ? 4 : reaches(t3) ? 3 : 2;
  return { percent, mark };
}
