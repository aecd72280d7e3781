/**
 * The boundary between the bundle's realm (its node:vm context) and the fakes' realm. In Apps
 * Script the services hand the script values of the script's own realm; here arrays, dates and
 * errors are re-made on each side of the boundary, so neither side meets a foreign Array (which
 * fails `instanceof Array`, and HyperFormula relies on that) or a foreign Error. Objects of the
 * fakes (Sheet, Range …) cross as proxies that do the same for every method call, and turn back
 * into the fakes' own objects when the bundle passes them in again (identity is kept both ways).
 */

export interface RealmIntrinsics {
  Array: ArrayConstructor;
  Date: DateConstructor;
  Object: ObjectConstructor;
  Error: ErrorConstructor;
}

export interface Membrane {
  /** A fakes' object as the bundle sees it. */
  wrap<T extends object>(target: T): T;
  /** A value from the bundle, as the fakes should receive it. */
  inward(value: unknown): unknown;
  /** A value from the fakes, as the bundle should receive it. */
  outward(value: unknown): unknown;
}

const isDate = (v: object): v is Date => Object.prototype.toString.call(v) === '[object Date]';

export function createMembrane(bundle: RealmIntrinsics): Membrane {
  const proxies = new WeakMap<object, object>();
  const targets = new WeakMap<object, object>();

  const isPlain = (v: object, objectPrototype: object) => {
    const proto = Object.getPrototypeOf(v) as object | null;
    return proto === null || proto === objectPrototype;
  };

  function inward(value: unknown): unknown {
    if (value === null || typeof value !== 'object') return value;
    const target = targets.get(value);
    if (target) return target;
    if (Array.isArray(value)) return Array.from(value, inward);
    if (isDate(value)) return new Date(value.getTime());
    if (isPlain(value, bundle.Object.prototype)) {
      return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, inward(v)]));
    }
    return value;
  }

  function outward(value: unknown): unknown {
    if (value === null || typeof value !== 'object') return value;
    if (Array.isArray(value)) return bundle.Array.from(value, outward);
    if (isDate(value)) return new bundle.Date(value.getTime());
    if (isPlain(value, Object.prototype)) {
      const copy = new bundle.Object() as Record<string, unknown>;
      for (const [k, v] of Object.entries(value)) copy[k] = outward(v);
      return copy;
    }
    return wrap(value);
  }

  function wrap<T extends object>(target: T): T {
    const known = proxies.get(target);
    if (known) return known as T;
    const proxy = new Proxy(target, {
      get(t, key) {
        const member = Reflect.get(t, key, t) as unknown;
        if (typeof member !== 'function') return outward(member);
        return (...args: unknown[]) => {
          let result: unknown;
          try {
            result = (member as (...a: unknown[]) => unknown).apply(t, args.map(inward));
          } catch (error) {
            // Apps Script throws errors of the script's realm: `catch (e) { e instanceof Error }` holds.
            const message =
              error && typeof (error as Error).message === 'string'
                ? (error as Error).message
                : String(error);
            throw new bundle.Error(message);
          }
          return outward(result);
        };
      },
    });
    proxies.set(target, proxy);
    targets.set(proxy, target);
    return proxy;
  }

  return { wrap, inward, outward };
}
