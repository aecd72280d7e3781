/**
 * One playground: the fakes, the real bundle running on them, the sample school, and the actions
 * the page and the sidebar can take. Single-process and synchronous: requests run one at a time,
 * like executions of one user in Apps Script.
 */
import { createFakeServices, type FakeServices } from '../../../test/fakes';
import type { CustomFunction } from '../../../test/fakes';
import type { EndpointName } from '../../../src/shared/endpoints';
import { cellA1 } from '../shared/a1';
import type { PlaygroundState, RpcResponse, StateResponse } from '../shared/state';
import { customFunctionNames, errorMessage, loadBundle, type BundleScope } from './bundle';
import { isEndpoint } from './rpcNames';
import { seedSampleSchool, type CallEndpoint } from './sampleSchool';
import { missingSheetsBuiltins } from './sheetsBuiltins';
import { stateOf } from './view';

export interface PlaygroundOptions {
  /** The text of dist/Code.js. */
  code: string;
  /** The text of dist/sidebar.html (undefined: the menu's sidebars fail with Apps Script's message). */
  sidebarHtml?: string;
  locale?: string;
  userLocale?: string;
  /** Seed the sample school (default true). */
  sample?: boolean;
}

export class Playground {
  readonly services: FakeServices;
  private readonly bundle: BundleScope;
  private version = 1;
  private cached: PlaygroundState | undefined;
  private quietSelection = false;

  constructor(options: PlaygroundOptions) {
    // Formulas in the grid call the bundle's own custom functions (the bundle is loaded just below).
    const functions: Record<string, CustomFunction> = missingSheetsBuiltins();
    for (const name of customFunctionNames(options.code)) {
      functions[name] = (...args: unknown[]) => this.bundle.callDirect(name, args);
    }
    this.services = createFakeServices({
      locale: options.locale ?? 'ru_RU',
      userLocale: options.userLocale ?? 'ru',
      htmlFiles: options.sidebarHtml === undefined ? {} : { sidebar: options.sidebarHtml },
      functions,
      // The sample school's file, as a school would name it.
      name: 'Школа-гимназия № 12 · журналы 2026–2027',
    });
    this.bundle = loadBundle(options.code, this.services);
    this.services.spreadsheet.onChange((event) => {
      // The page's own clicks do not need a new state: it already shows its selection.
      if (event.kind === 'selection' && this.quietSelection) return;
      this.bump();
    });

    if (options.sample !== false) {
      const call: CallEndpoint = (name, ...args) => this.bundle.invoke(name, args) as never;
      seedSampleSchool(this.services, call);
    }
    // Calls so far were the set-up's; what follows is the teacher's session.
    this.services.calls.reset();
    const opened = this.open();
    if (!opened.ok) throw new Error(`onOpen failed: ${opened.message}`);
  }

  /** The teacher opens the file (the page loads): Sheets runs onOpen, which builds the add-on menu. */
  open(): RpcResponse {
    return this.guard(() => this.bundle.invoke('onOpen', [{ authMode: 'FULL' }]));
  }

  /** The state, or {unchanged} when the page already has this version. */
  state(since?: number): StateResponse {
    if (since === this.version) return { unchanged: true, version: this.version };
    if (!this.cached || this.cached.version !== this.version)
      this.cached = stateOf(this.services, this.version);
    return this.cached;
  }

  edit(sheet: string, row: number, col: number, input: string): RpcResponse {
    return this.guard(() => {
      const result = this.services.spreadsheet.userEdit(sheet, row, col, input);
      if (!result.accepted) throw new Error(result.message ?? `${cellA1(row, col)}: rejected`);
      return result.message ? { warning: result.message } : {};
    });
  }

  activate(sheet: string): RpcResponse {
    return this.guard(() => this.services.spreadsheet.userSelect(sheet));
  }

  select(sheet: string, row: number, col: number): RpcResponse {
    this.quietSelection = true;
    try {
      return this.guard(() => this.services.spreadsheet.userSelect(sheet, cellA1(row, col)), false);
    } finally {
      this.quietSelection = false;
    }
  }

  /** Runs a menu item: only functions the add-on's menu names. */
  menu(functionName: string): RpcResponse {
    if (!this.menuFunctions().has(functionName))
      return { ok: false, message: `${functionName} is not an item of the add-on menu` };
    return this.run(functionName, []);
  }

  /** google.script.run from the sidebar: endpoints and menu handlers, nothing else of the bundle. */
  rpc(name: string, args: unknown[]): RpcResponse {
    if (!isEndpoint(name) && !this.menuFunctions().has(name)) {
      return { ok: false, message: `Script function not found: ${name}` };
    }
    return this.run(name, args);
  }

  callLog(): { total: number; calls: Record<string, number> } {
    return { total: this.services.calls.total(), calls: this.services.calls.snapshot() };
  }

  /** For the seeding and tests: an endpoint called as the sidebar calls it. */
  callEndpoint(name: EndpointName, args: unknown[]): unknown {
    const answer = this.rpc(name, args);
    if (!answer.ok) throw new Error(answer.message);
    return answer.value;
  }

  private run(name: string, args: unknown[]): RpcResponse {
    if (!this.bundle.has(name)) return { ok: false, message: `Script function not found: ${name}` };
    return this.guard(() => this.bundle.invoke(name, args));
  }

  private guard(action: () => unknown, bump = true): RpcResponse {
    try {
      return { ok: true, value: action() };
    } catch (error) {
      return { ok: false, message: errorMessage(error) };
    } finally {
      // Sidebars, menus and toasts are not spreadsheet changes; any action may have shown one.
      if (bump) this.bump();
    }
  }

  private menuFunctions(): Set<string> {
    return new Set(this.services.ui.menus.flatMap((m) => ('functionName' in m ? [m.functionName] : [])));
  }

  private bump(): void {
    this.version++;
  }
}
