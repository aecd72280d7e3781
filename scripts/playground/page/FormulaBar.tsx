/** The name box (A1 of the active cell) and the fx bar showing its formula, or its value. */
import type { JSX } from 'preact';
import { cellA1 } from '../shared/a1';
import type { Editing, Selection } from './Grid';

interface FormulaBarProps {
  selection: Selection;
  /** What the active cell holds as typed: its formula, else its value. */
  content: string;
  editing: Editing | null;
  onStartEdit(): void;
  onEditText(text: string): void;
  onCommit(): void;
  onCancel(): void;
}

export function FormulaBar(p: FormulaBarProps): JSX.Element {
  return (
    <div class="formula-bar">
      <div class="name-box" data-testid="name-box">
        {cellA1(p.selection.row, p.selection.col)}
      </div>
      <div class="fx">fx</div>
      <input
        class="formula-input"
        data-testid="formula-bar"
        value={p.editing ? p.editing.text : p.content}
        onFocus={() => {
          if (!p.editing) p.onStartEdit();
        }}
        onInput={(e) => p.onEditText((e.target as HTMLInputElement).value)}
        onKeyDown={(e) => {
          if (e.key === 'Enter') {
            e.preventDefault();
            p.onCommit();
          } else if (e.key === 'Escape') {
            e.preventDefault();
            p.onCancel();
          }
        }}
      />
    </div>
  );
}
