/**
 * A real spreadsheet engine for the journal tests: HyperFormula, with KB_DETAIL registered as the
 * add-on's own custom function (the core, through src/gas/functions/period.ts) and REGEXMATCH
 * (Sheets has it, HyperFormula does not) so data-validation formulas can be evaluated too.
 */
import {
  ArraySize,
  EmptyValue,
  FunctionArgumentType,
  FunctionPlugin,
  HyperFormula,
  SimpleRangeValue,
} from 'hyperformula';
import { periodFunctions } from '../../src/gas/functions/period';

const KB = periodFunctions(() => 'ru_RU');
const ANY_OPTIONAL = { argumentType: FunctionArgumentType.ANY, optionalArg: true };

/** What a custom function receives in Sheets: ranges as 2-D arrays, empty cells as "". */
function asSheetsArg(v: unknown): unknown {
  if (v instanceof SimpleRangeValue) return v.rawData().map((row) => row.map(asSheetsArg));
  if (v === EmptyValue || v === undefined || v === null) return '';
  if (typeof v === 'object' && v !== null && 'val' in v) return (v as { val: unknown }).val; // a typed number
  return v;
}

// HyperFormula does not export its AST and state types: `typesOf` reads them off runFunction.
type Call = { args: KbPluginTypes['args'] };
type State = KbPluginTypes['state'];

class KbPlugin extends FunctionPlugin {
  declare typesOf: {
    args: Parameters<KbPlugin['runFunction']>[0];
    state: Parameters<KbPlugin['runFunction']>[1];
  };

  static override implementedFunctions = {
    KB_DETAIL: {
      method: 'kbDetail',
      sizeOfResultArrayMethod: 'kbDetailSize',
      parameters: Array(6).fill(ANY_OPTIONAL),
      vectorizationForbidden: true,
    },
    REGEXMATCH: {
      method: 'regexmatch',
      parameters: [
        { argumentType: FunctionArgumentType.STRING },
        { argumentType: FunctionArgumentType.STRING },
      ],
    },
  };

  kbDetail(ast: Call, state: State) {
    return this.runFunction(ast.args, state, this.metadata('KB_DETAIL'), (...args: unknown[]) => {
      const out = KB.KB_DETAIL(...(args.map(asSheetsArg) as Parameters<typeof KB.KB_DETAIL>));
      return SimpleRangeValue.onlyValues(out as (string | number)[][]);
    });
  }

  kbDetailSize(ast: Call, state: State) {
    const fo = this.arraySizeForAst(ast.args[0], state);
    return new ArraySize(5, fo.height);
  }

  regexmatch(ast: Call, state: State) {
    return this.runFunction(ast.args, state, this.metadata('REGEXMATCH'), (text: string, pattern: string) =>
      new RegExp(pattern).test(text),
    );
  }
}

type KbPluginTypes = KbPlugin['typesOf'];

HyperFormula.registerFunctionPlugin(KbPlugin, {
  enGB: { KB_DETAIL: 'KB_DETAIL', REGEXMATCH: 'REGEXMATCH' },
});

export interface Workbook {
  hf: HyperFormula;
  journal: number;
  /** The value of a journal cell, e.g. get(5, 17). */
  get(row: number, column: number): unknown;
}

/**
 * A workbook with the journal grid (values as setValues writes them, the formula in its cell) and a settings
 * sheet whose rules block is named KB_RULES, like the gas layer does.
 */
export function workbook(
  journal: unknown[][],
  settings: { values: unknown[][]; rulesA1: string },
  formula?: { row: number; column: number; text: string },
): Workbook {
  // Writing "" leaves a cell empty in Sheets (so the formula can spill over it); HyperFormula
  // reads a leading apostrophe as Sheets does: the quote prefix of a text cell.
  const grid = journal.map((row) => row.map((v) => (v === '' ? null : v)));
  if (formula) grid[formula.row - 1][formula.column - 1] = formula.text;
  const hf = HyperFormula.buildFromSheets(
    { Journal: grid as never, Settings: settings.values as never },
    // Sheets keeps a formula's full double; HyperFormula's smartRounding would round it to 10 digits.
    { licenseKey: 'gpl-v3', smartRounding: false },
    [{ name: 'KB_RULES', expression: `=Settings!${absolute(settings.rulesA1)}` }],
  );
  const journalId = hf.getSheetId('Journal')!;
  return {
    hf,
    journal: journalId,
    get: (row, column) => hf.getCellValue({ sheet: journalId, row: row - 1, col: column - 1 }),
  };
}

function absolute(a1: string): string {
  return a1.replace(/([A-Z]+)(\d+)/g, '$$$1$$$2');
}
