/**
 * The menu bar of a spreadsheet: only Extensions opens, showing the add-on's menu as onOpen built
 * it (Extensions → KB Sheets → items). The other menus are there so the page reads like Sheets.
 */
import type { JSX } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import type { MenuEntry } from '../shared/state';

export const ADDON_NAME = 'KB Sheets';
const INERT_MENUS = ['File', 'Edit', 'View', 'Insert', 'Format', 'Data', 'Tools'];

export function MenuBar(props: { menu: MenuEntry[]; onRun(functionName: string): void }): JSX.Element {
  const [open, setOpen] = useState(false);

  useEffect(() => {
    if (!open) return;
    const close = (e: MouseEvent) => {
      if (!(e.target as Element).closest?.('.menu-root')) setOpen(false);
    };
    const escape = (e: KeyboardEvent) => {
      if (e.key === 'Escape') setOpen(false);
    };
    document.addEventListener('mousedown', close);
    document.addEventListener('keydown', escape);
    return () => {
      document.removeEventListener('mousedown', close);
      document.removeEventListener('keydown', escape);
    };
  }, [open]);

  return (
    <nav class="menubar">
      {INERT_MENUS.map((name) => (
        <span key={name} class="menu-title inert">
          {name}
        </span>
      ))}
      <span class="menu-root">
        <button
          type="button"
          class={`menu-title${open ? ' open' : ''}`}
          data-testid="menu-extensions"
          onClick={() => setOpen(!open)}
        >
          Extensions
        </button>
        {open ? (
          <div class="dropdown" role="menu">
            <div class="dropdown-item has-sub" data-testid="menu-addon" tabIndex={0}>
              <span>{ADDON_NAME}</span>
              <span class="chevron">▸</span>
              <div class="dropdown sub" role="menu">
                {props.menu.length === 0 ? (
                  <div class="dropdown-item disabled">(no menu: onOpen did not add one)</div>
                ) : null}
                {props.menu.map((entry, i) =>
                  'separator' in entry ? (
                    <div key={i} class="separator" />
                  ) : (
                    <button
                      key={i}
                      type="button"
                      role="menuitem"
                      class="dropdown-item"
                      data-testid={`menu-item-${entry.functionName}`}
                      onClick={() => {
                        setOpen(false);
                        props.onRun(entry.functionName);
                      }}
                    >
                      {entry.caption}
                    </button>
                  ),
                )}
              </div>
            </div>
          </div>
        ) : null}
      </span>
      <span class="menu-title inert">Help</span>
    </nav>
  );
}
