import { ArraySize, CellError, EmptyValue, ErrorType, FunctionPlugin, SimpleRangeValue } from 'hyperformula';
import type { FunctionPluginDefinition, ImplementedFunctions } from 'hyperformula';
import { dateToSerial, errorText, isDate } from './values';

/**
 * Apps Script custom functions (KB_DETAIL …) as a HyperFormula function plugin. Sheets hands a
 * custom function its arguments as plain values (a range → 2-D array with '' for empty cells, a
 * single cell → its value, an omitted argument → undefined) and spills a returned 2-D array.
 *
 * HyperFormula fixes the size of an array result when it parses the formula, while a custom
 * function's size is known only once it has run. So the plugin predicts the size remembered in
 * `ArraySizes` (1×1 when unknown) and, when a result does not match the reserved size, records it;
 * the engine then re-enters that formula so HyperFormula reserves the right size (engine.ts).
 */

export type CustomFunction = (...args: unknown[]) => unknown;

// The parts of HyperFormula's internal AST / interpreter state the plugin reads (not exported).
interface Ast {
  type: string;
  procedureName?: string;
  args?: Ast[];
  expression?: Ast;
}
interface Address {
  sheet: number;
  row: number;
  col: number;
}
interface State {
  formulaAddress: Address;
  formulaVertex?: { formula?: Ast; array?: { size: { width: number; height: number } } };
}
type Internal = CellError | SimpleRangeValue | number | string | boolean | typeof EmptyValue;

export interface Size {
  width: number;
  height: number;
}

export function addressKey(a: Address): string {
  return `${a.sheet}:${a.row}:${a.col}`;
}

/** Result sizes learnt from evaluation, by formula address, and the mismatches still to fix. */
export class ArraySizes {
  private readonly sizes = new Map<string, Size>();
  private pending: { address: Address; size: Size }[] = [];

  predicted(address: Address): Size | undefined {
    return this.sizes.get(addressKey(address));
  }

  learn(address: Address, size: Size): void {
    this.sizes.set(addressKey(address), size);
  }

  forget(address: Address): void {
    this.sizes.delete(addressKey(address));
  }

  forgetSheet(sheet: number): void {
    for (const key of this.sizes.keys()) if (key.startsWith(`${sheet}:`)) this.sizes.delete(key);
  }

  mismatch(address: Address, size: Size): void {
    this.pending.push({ address: { ...address }, size });
  }

  takeMismatches(): { address: Address; size: Size }[] {
    const out = this.pending;
    this.pending = [];
    return out;
  }
}

export interface PluginHooks {
  sizes: ArraySizes;
  /** Runs one custom-function call (the services pause call counting around it). */
  run<T>(name: string, fn: () => T): T;
}

/** A plugin class serving the given functions; names are matched case-insensitively, as in Sheets. */
export function customFunctionPlugin(
  functions: Record<string, CustomFunction>,
  hooks: PluginHooks,
): FunctionPluginDefinition {
  const byName = new Map(Object.entries(functions).map(([name, fn]) => [name.toUpperCase(), fn]));

  class CustomFunctionsPlugin extends FunctionPlugin {
    static override implementedFunctions: ImplementedFunctions = Object.fromEntries(
      [...byName.keys()].map((name) => [
        name,
        { method: 'callCustom', sizeOfResultArrayMethod: 'customSize', vectorizationForbidden: true },
      ]),
    );

    callCustom(ast: Ast, state: State): Internal {
      const name = ast.procedureName ?? '';
      const fn = byName.get(name);
      if (!fn) return new CellError(ErrorType.NAME, `Unknown function: '${name}'.`);
      const args = (ast.args ?? []).map((arg) =>
        arg.type === 'EMPTY'
          ? undefined
          : toSheetsArgument(this.evaluateAst(arg as never, state as never) as Internal),
      );
      let result: unknown;
      try {
        result = hooks.run(name, () => fn(...args));
      } catch (e) {
        return new CellError(ErrorType.ERROR, errorMessage(e));
      }
      return fitResult(toEngineResult(result), ast, state, hooks.sizes);
    }

    customSize(_ast: Ast, state: State): ArraySize {
      const size = hooks.sizes.predicted(state.formulaAddress);
      return size ? new ArraySize(size.width, size.height) : ArraySize.scalar();
    }
  }
  return CustomFunctionsPlugin as unknown as FunctionPluginDefinition;
}

function errorMessage(e: unknown): string {
  // Errors thrown inside the bundle's vm realm are not instances of this realm's Error.
  if (e && typeof (e as { message?: unknown }).message === 'string')
    return (e as { message: string }).message;
  return String(e);
}

/** An engine value as a custom function receives it. */
function toSheetsArgument(value: Internal): unknown {
  if (value instanceof SimpleRangeValue) {
    const data = value.data as unknown as Internal[][];
    if (data.length === 1 && data[0].length === 1) return toSheetsScalar(data[0][0]);
    return data.map((row) => row.map(toSheetsScalar));
  }
  return toSheetsScalar(value);
}

function toSheetsScalar(v: unknown): unknown {
  if (v === EmptyValue || v === null || v === undefined) return '';
  if (v instanceof CellError) return errorText(v.type);
  if (typeof v === 'object' && v !== null && 'val' in v) return (v as { val: number }).val; // a date/percent number
  return v;
}

/** A custom function's return value as an engine value: a 2-D array becomes a range to spill. */
function toEngineResult(result: unknown): Internal {
  if (!Array.isArray(result)) return toEngineScalar(result);
  if (result.length === 0) return EmptyValue;
  // A flat array is a column, one element per row.
  // Array.from, not map: a result from the bundle's vm realm must become this realm's arrays.
  const rows: unknown[][] = Array.from(result as unknown[], (row) => (Array.isArray(row) ? row : [row]));
  const width = Math.max(1, ...rows.map((row) => row.length));
  const data = rows.map((row) => Array.from({ length: width }, (_, i) => toEngineScalar(row[i])));
  if (data.length === 1 && width === 1) return data[0][0];
  return SimpleRangeValue.onlyValues(data as never);
}

function toEngineScalar(v: unknown): Exclude<Internal, SimpleRangeValue> {
  if (v === null || v === undefined) return EmptyValue;
  if (typeof v === 'number') return Number.isFinite(v) ? v : new CellError(ErrorType.NUM);
  if (typeof v === 'string' || typeof v === 'boolean') return v;
  if (isDate(v)) return dateToSerial(v);
  return String(v);
}

/**
 * The result as it may be stored in the formula's cell: when this call is the whole formula, its
 * size must equal the reserved one; a different size is recorded for the engine to fix, and a
 * bigger one is replaced by a placeholder error meanwhile (HyperFormula cannot shrink a result).
 */
function fitResult(result: Internal, ast: Ast, state: State, sizes: ArraySizes): Internal {
  const vertex = state.formulaVertex;
  if (!vertex || rootCall(vertex.formula) !== ast) return result;
  const reserved = vertex.array?.size ?? { width: 1, height: 1 };
  const actual =
    result instanceof SimpleRangeValue
      ? { width: result.width(), height: result.height() }
      : { width: 1, height: 1 };
  if (actual.width === reserved.width && actual.height === reserved.height) return result;
  sizes.mismatch(state.formulaAddress, actual);
  if (actual.width > reserved.width || actual.height > reserved.height) {
    return new CellError(ErrorType.ERROR, 'Loading…');
  }
  return result;
}

function rootCall(formula: Ast | undefined): Ast | undefined {
  let node = formula;
  while (node && node.type === 'PARENTHESES') node = node.expression;
  return node;
}
