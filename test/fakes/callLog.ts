/**
 * Counts calls to the fake services, keyed 'Interface.method' ('Range.getValues'): every call is a
 * round trip to Google's servers in Apps Script, so adapter tests assert on these counts.
 */
export class CallLog {
  private readonly counts = new Map<string, number>();
  private pauses = 0;

  record(key: string): void {
    if (this.pauses > 0) return;
    this.counts.set(key, (this.counts.get(key) ?? 0) + 1);
  }

  /** Calls made while `fn` runs are not counted (custom functions run in their own execution). */
  paused<T>(fn: () => T): T {
    this.pauses++;
    try {
      return fn();
    } finally {
      this.pauses--;
    }
  }

  count(key: string): number {
    return this.counts.get(key) ?? 0;
  }

  total(): number {
    let sum = 0;
    for (const n of this.counts.values()) sum += n;
    return sum;
  }

  reset(): void {
    this.counts.clear();
  }

  /** The counts so far, keys sorted, for a readable `toEqual`. */
  snapshot(): Record<string, number> {
    return Object.fromEntries([...this.counts.entries()].sort(([a], [b]) => a.localeCompare(b)));
  }
}

/** Every key `instrument` counts, so a test can check that the cost model prices each one. */
export const INSTRUMENTED = new Set<string>();

/** Anything whose calls are logged: each fake holds the log of its FakeServices. */
export interface Logged {
  readonly calls: CallLog;
}

/**
 * All method names of interface T, checked by the compiler to be complete, so that no method of a
 * narrow interface escapes counting.
 */
export function methodsOf<T>() {
  return <const K extends readonly (keyof T & string)[]>(
    ...names: K &
      ([Exclude<keyof T, K[number]>] extends [never] ? unknown : { missing: Exclude<keyof T, K[number]> })
  ): readonly (keyof T & string)[] => names;
}

/**
 * Wraps the listed prototype methods so each call is recorded as `${prefix}.${name}`. Internal
 * code of the fakes uses non-listed helpers, so one user call counts once.
 */
export function instrument(prototype: object, prefix: string, names: readonly string[]): void {
  const proto = prototype as Record<string, unknown>;
  for (const name of names) {
    INSTRUMENTED.add(`${prefix}.${name}`);
    const original = proto[name];
    if (typeof original !== 'function') throw new Error(`${prefix}.${name} is not implemented`);
    proto[name] = function (this: Logged, ...args: unknown[]) {
      this.calls.record(`${prefix}.${name}`);
      return (original as (...a: unknown[]) => unknown).apply(this, args);
    };
  }
}
