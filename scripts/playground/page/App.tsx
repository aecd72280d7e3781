/**
 * The playground page: a spreadsheet with the add-on's menu and sidebar. It holds only view state
 * (selection, the edit in progress, which sidebar is open); the spreadsheet itself lives on the
 * server, where the real bundle runs against the fakes, and every action ends with a refetch.
 */
import type { JSX } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import type { CellView } from '../shared/state';
import { post } from './api';
import { FormulaBar } from './FormulaBar';
import { drawnSize, Grid, type Editing, type Selection } from './Grid';
import { MenuBar } from './MenuBar';
import { Sidebar } from './Sidebar';
import { Tabs } from './Tabs';
import { useServerState } from './useServerState';

const FLASH_MS = 1600;

export function App(): JSX.Element {
  const { state, refresh, offline } = useServerState();
  const [selection, setSelection] = useState<Selection>({ row: 1, col: 1 });
  const [editing, setEditingState] = useState<Editing | null>(null);
  // Key handlers read the edit from here: keys typed quickly arrive before a re-render.
  const editingRef = useRef<Editing | null>(null);
  const setEditing = (next: Editing | null) => {
    editingRef.current = next;
    setEditingState(next);
  };
  const [flash, setFlash] = useState<Selection | null>(null);
  const [sidebarId, setSidebarId] = useState<number | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const seenSidebar = useRef<number | undefined>(undefined);
  const seenToast = useRef<number | undefined>(undefined);
  const seenActive = useRef<string | undefined>(undefined);
  const gridFocus = useRef<HTMLDivElement>(null);

  // A sidebar or a toast the add-on shows after the page loaded appears (opening the file shows none).
  useEffect(() => {
    if (!state) return;
    const sidebar = state.sidebar?.id ?? 0;
    const toast = state.toast?.id ?? 0;
    if (seenSidebar.current !== undefined && sidebar !== seenSidebar.current) setSidebarId(sidebar);
    if (seenToast.current !== undefined && toast !== seenToast.current && state.toast) {
      setMessage(state.toast.title ? `${state.toast.title}: ${state.toast.message}` : state.toast.message);
    }
    seenSidebar.current = sidebar;
    seenToast.current = toast;
  }, [state]);

  // The add-on activated a range (jumpTo), or the active sheet changed: follow it.
  useEffect(() => {
    if (!state) return;
    const ar = state.activeRange;
    const signature = ar ? `${ar.sheet}!${ar.row}:${ar.col}` : `${state.sheet.name}!`;
    if (signature === seenActive.current) return;
    const first = seenActive.current === undefined;
    seenActive.current = signature;
    const target = ar && ar.sheet === state.sheet.name ? { row: ar.row, col: ar.col } : { row: 1, col: 1 };
    setSelection(target);
    setEditing(null);
    if (!first && ar) {
      setFlash(target);
      setTimeout(() => setFlash((f) => (f === target ? null : f)), FLASH_MS);
    }
  }, [state]);

  // google.script.host.close() in the sidebar posts this message (see server/sidebarHtml.ts).
  useEffect(() => {
    const onMessage = (e: MessageEvent) => {
      if (e.origin === location.origin && (e.data as { kbPlayground?: string })?.kbPlayground === 'close')
        setSidebarId(null);
    };
    window.addEventListener('message', onMessage);
    return () => window.removeEventListener('message', onMessage);
  }, []);

  useEffect(() => {
    if (!message) return;
    const timer = setTimeout(() => setMessage(null), 6000);
    return () => clearTimeout(timer);
  }, [message]);

  if (!state)
    return <div class="loading">{offline ? 'The playground server does not answer.' : 'Loading…'}</div>;

  const sheet = state.sheet;
  const activeCell = sheet.cells.find((c) => c.row === selection.row && c.col === selection.col);

  async function act(path: string, body: unknown): Promise<void> {
    const answer = await post(path, body);
    if (!answer.ok) setMessage(answer.message);
    // Typing into a protected cell is allowed with a warning (the add-on's protections are warning-only).
    else if (typeof (answer.value as { warning?: unknown } | null)?.warning === 'string') {
      setMessage((answer.value as { warning: string }).warning);
    }
    await refresh();
  }

  /** Selecting a cell tells the server too, so the add-on's getActiveRange sees what the user sees. */
  function select(next: Selection): void {
    setSelection(next);
    seenActive.current = `${sheet.name}!${next.row}:${next.col}`;
    void post('/api/select', { sheet: sheet.name, row: next.row, col: next.col });
  }

  function move(dRow: number, dCol: number): void {
    const { rows, cols } = drawnSize(sheet);
    select({
      row: Math.min(rows, Math.max(1, selection.row + dRow)),
      col: Math.min(cols, Math.max(1, selection.col + dCol)),
    });
  }

  async function commit(direction: 'down' | 'right' | 'none'): Promise<void> {
    const current = editingRef.current;
    if (!current) return;
    const at = selection;
    setEditing(null);
    gridFocus.current?.focus();
    if (direction === 'down') move(1, 0);
    if (direction === 'right') move(0, 1);
    await act('/api/edit', { sheet: sheet.name, row: at.row, col: at.col, input: current.text });
  }

  function onKeyDown(e: KeyboardEvent): void {
    const current = editingRef.current;
    if (current) {
      continueEdit(e, current);
      return;
    }
    const arrows: Record<string, [number, number]> = {
      ArrowUp: [-1, 0],
      ArrowDown: [1, 0],
      ArrowLeft: [0, -1],
      ArrowRight: [0, 1],
      Tab: [0, 1],
    };
    if (arrows[e.key]) {
      e.preventDefault();
      move(...arrows[e.key]);
    } else if (e.key === 'Enter' || e.key === 'F2') {
      e.preventDefault();
      setEditing({ text: typedContent(activeCell), place: 'cell' });
    } else if (e.key === 'Delete' || e.key === 'Backspace') {
      e.preventDefault();
      void act('/api/edit', { sheet: sheet.name, row: selection.row, col: selection.col, input: '' });
    } else if (printable(e)) {
      // Typing over a cell replaces its content, as in Sheets.
      e.preventDefault();
      setEditing({ text: e.key, place: 'cell' });
    }
  }

  /** Keys that reach the grid before the cell editor has the focus still belong to the edit. */
  function continueEdit(e: KeyboardEvent, current: Editing): void {
    if (e.key === 'Enter' || e.key === 'Tab') {
      e.preventDefault();
      void commit(e.key === 'Enter' ? 'down' : 'right');
    } else if (e.key === 'Escape') {
      setEditing(null);
    } else if (e.key === 'Backspace') {
      e.preventDefault();
      setEditing({ ...current, text: current.text.slice(0, -1) });
    } else if (printable(e)) {
      e.preventDefault();
      setEditing({ ...current, text: current.text + e.key });
    }
  }

  return (
    <div class="app">
      <header class="topbar">
        <span class="logo" aria-hidden="true" />
        <div class="title-block">
          <div class="file-name" data-testid="file-name">
            {state.fileName}
          </div>
          <MenuBar menu={state.menu} onRun={(functionName) => void act('/api/menu', { functionName })} />
        </div>
        <a
          class="calls"
          href="/api/calls"
          target="_blank"
          rel="noreferrer"
          data-testid="service-calls"
          title="Apps Script service calls made by the bundle"
        >
          {state.serviceCalls} service calls
        </a>
      </header>
      <FormulaBar
        selection={selection}
        content={typedContent(activeCell)}
        editing={editing?.place === 'bar' ? editing : null}
        onStartEdit={() => setEditing({ text: typedContent(activeCell), place: 'bar' })}
        onEditText={(text) => setEditing({ text, place: 'bar' })}
        onCommit={() => void commit('none')}
        onCancel={() => setEditing(null)}
      />
      <div class="workspace">
        <div class="sheet-area" ref={gridFocus} tabIndex={0} onKeyDown={onKeyDown}>
          <Grid
            sheet={sheet}
            selection={selection}
            editing={editing}
            flash={flash}
            onSelect={(s) => {
              if (editingRef.current) void commit('none');
              select(s);
            }}
            onStartEdit={(text) => setEditing({ text: text ?? typedContent(activeCell), place: 'cell' })}
            onEditText={(text) => setEditing({ text, place: 'cell' })}
            onCommit={(direction) => void commit(direction)}
            onCancel={() => {
              setEditing(null);
              gridFocus.current?.focus();
            }}
          />
          <Tabs
            tabs={state.tabs}
            active={sheet.name}
            onActivate={(name) => void act('/api/activate', { sheet: name })}
          />
        </div>
        {sidebarId !== null && state.sidebar ? (
          <Sidebar id={sidebarId} title={state.sidebar.title} onClose={() => setSidebarId(null)} />
        ) : null}
      </div>
      {message ? (
        <div class="toast" role="alert" data-testid="toast">
          {message}
        </div>
      ) : null}
      {offline ? <div class="offline">Server not reachable</div> : null}
    </div>
  );
}

function printable(e: KeyboardEvent): boolean {
  return e.key.length === 1 && !e.ctrlKey && !e.metaKey && !e.altKey;
}

/** What editing a cell starts from: its formula, else its value as typed. */
function typedContent(cell: CellView | undefined): string {
  if (!cell) return '';
  if (cell.formula) return cell.formula;
  if (cell.value === null || cell.value === undefined) return '';
  if (typeof cell.value === 'boolean') return cell.value ? 'TRUE' : 'FALSE';
  return String(cell.value);
}
