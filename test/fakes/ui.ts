import type { HtmlOutput, Menu, Ui } from '../../src/gas/services';
import type { CallLog } from './callLog';
import { instrument, methodsOf } from './callLog';
import { FakeHtmlOutput } from './html';

export type MenuEntry = { caption: string; functionName: string } | { separator: true };

/** What the user would see: the add-on menu, sidebars opened, toasts shown. */
export interface UiRecord {
  /** The add-on menu as last added to the UI (a later addToUi replaces it, as on reopening). */
  menus: MenuEntry[];
  sidebars: { content: string; title: string }[];
  toasts: { message: string; title?: string; timeoutSeconds?: number }[];
}

export function emptyUiRecord(): UiRecord {
  return { menus: [], sidebars: [], toasts: [] };
}

export class FakeMenu implements Menu {
  private readonly entries: MenuEntry[] = [];

  constructor(
    readonly calls: CallLog,
    private readonly record: UiRecord,
  ) {}

  addItem(caption: string, functionName: string): Menu {
    this.entries.push({ caption, functionName });
    return this;
  }

  addSeparator(): Menu {
    this.entries.push({ separator: true });
    return this;
  }

  addToUi(): void {
    this.record.menus = [...this.entries];
  }
}

instrument(FakeMenu.prototype, 'Menu', methodsOf<Menu>()('addItem', 'addSeparator', 'addToUi'));

export class FakeUi implements Ui {
  constructor(
    readonly calls: CallLog,
    private readonly record: UiRecord,
  ) {}

  createAddonMenu(): Menu {
    return new FakeMenu(this.calls, this.record);
  }

  showSidebar(userInterface: HtmlOutput): void {
    const output = userInterface as FakeHtmlOutput;
    this.record.sidebars.push({ content: output.currentContent(), title: output.currentTitle() });
  }
}

instrument(FakeUi.prototype, 'Ui', methodsOf<Ui>()('createAddonMenu', 'showSidebar'));
