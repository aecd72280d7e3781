/**
 * Exact rational arithmetic for marks (contract v2, "Exactness"): every value is the decimal the
 * cell shows, read as a fraction, so no comparison or rounding is decided by binary floating
 * point (ФО 5,6,6,6,6, СОР 10/30, СОЧ 10/30 is 39.5 exactly, not 39.49999999999999).
 * BigInt values are made with BigInt(…): the Apps Script editor's parser rejects `10n` literals.
 */
const ZERO = BigInt(0);
const ONE = BigInt(1);
const TWO = BigInt(2);
const TEN = BigInt(10);
const DOUBLE_SAFE = BigInt(Number.MAX_SAFE_INTEGER);
const DECIMAL = /^(-?)(\d+)(?:\.(\d+))?(?:e([+-]?\d+))?$/;

export class Q {
  readonly n: bigint;
  readonly d: bigint;

  private constructor(n: bigint, d: bigint) {
    const g = d === ONE ? ONE : gcd(n < ZERO ? -n : n, d) || ONE;
    this.n = n / g;
    this.d = d / g;
  }

  static int(n: number | bigint): Q {
    return new Q(BigInt(n), ONE);
  }

  /** The decimal a finite double shows (its shortest round-trip form: 0.1 is 1/10, not 0.1000…0555). */
  static of(x: number): Q {
    if (Number.isSafeInteger(x)) return new Q(BigInt(x), ONE);
    const m = DECIMAL.exec(String(x));
    if (!m) throw new RangeError(`not a finite number: ${x}`);
    const [, sign, whole, fraction = '', exponent = '0'] = m;
    const shift = Number(exponent) - fraction.length;
    const digits = BigInt(sign + whole + fraction);
    return shift >= 0 ? new Q(digits * TEN ** BigInt(shift), ONE) : new Q(digits, TEN ** BigInt(-shift));
  }

  add(o: Q): Q {
    return new Q(this.n * o.d + o.n * this.d, this.d * o.d);
  }
  mul(o: Q): Q {
    return new Q(this.n * o.n, this.d * o.d);
  }
  div(o: Q): Q {
    if (o.n === ZERO) throw new RangeError('division by zero');
    const sign = o.n < ZERO ? -ONE : ONE;
    return new Q(sign * this.n * o.d, sign * this.d * o.n);
  }
  cmp(o: Q): -1 | 0 | 1 {
    const a = this.n * o.d;
    const b = o.n * this.d;
    return a < b ? -1 : a > b ? 1 : 0;
  }
  lt(o: Q): boolean {
    return this.cmp(o) < 0;
  }
  gte(o: Q): boolean {
    return this.cmp(o) >= 0;
  }
  min(o: Q): Q {
    return this.cmp(o) <= 0 ? this : o;
  }

  /** Half up (never banker's) to `digits` decimals: floor(x·10^digits + 1/2) / 10^digits. */
  halfUp(digits = 0): Q {
    const scale = TEN ** BigInt(digits);
    return new Q(floorDiv(TWO * this.n * scale + this.d, TWO * this.d), scale);
  }

  /** The nearest double, for a cell or a message. */
  toNumber(): number {
    if (-DOUBLE_SAFE <= this.n && this.n <= DOUBLE_SAFE && this.d <= DOUBLE_SAFE)
      return Number(this.n) / Number(this.d);
    // Larger fractions: 20 decimals of the quotient are more than a double holds.
    const scaled = floorDiv(this.n * TEN ** BigInt(20), this.d);
    return Number(`${scaled}e-20`);
  }
}

export const sumQ = (xs: readonly Q[]): Q => xs.reduce((a, b) => a.add(b), Q.int(0));

/**
 * The double to show for an exact value, so that what a reader takes from the cell agrees with
 * the mark beside it: when the nearest double would read as a different `agrees` outcome (84.4999…
 * shown as 84.5 beside a «4»), step towards the exact value until it reads right.
 */
export function shown(q: Q, agrees: (reading: Q) => boolean): number {
  let x = q.toNumber();
  for (let i = 0; i < 8 && !agrees(Q.of(x)); i++) {
    const step = Math.max(Math.abs(x) * Number.EPSILON, Number.MIN_VALUE);
    x = Q.of(x).lt(q) ? x + step : x - step;
  }
  return x;
}

function gcd(a: bigint, b: bigint): bigint {
  while (b !== ZERO) [a, b] = [b, a % b];
  return a;
}

function floorDiv(a: bigint, b: bigint): bigint {
  const q = a / b;
  return a % b !== ZERO && a < ZERO !== b < ZERO ? q - ONE : q;
}
