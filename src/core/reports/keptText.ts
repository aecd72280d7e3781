/**
 * The teacher's own text on an analysis sheet (the purpose line and the five free-text blocks),
 * kept when the report is rebuilt: the gas layer reads the previous report's values, calls
 * keptTextOf(values, positions) — positions from the previous AnalysisLayout.blocks, or, when it
 * did not keep them, findBlocks(values) — and passes the result to analysisReport as `keptText`.
 */
import { cleanText } from '../journal/names';
import { LANGS } from '../i18n';
import { REPORT_TEXTS, type BlockId } from './texts';

export const BLOCK_IDS: readonly BlockId[] = [
  'purpose',
  'achieved',
  'difficult',
  'difficulties',
  'reasons',
  'correction',
];

/** Rows of each free-text area (one for the purpose line). */
export const BLOCK_ROWS = 4;

/** Where a block's text is: the area's first cell, and the area (a merge on a fresh report). */
export interface BlockPosition {
  id: BlockId;
  row: number;
  column: number;
  lastRow: number;
  lastColumn: number;
}

export type KeptText = Partial<Record<BlockId, string>>;

/** The text in each block's area: its non-empty cells, top to bottom, one per line; empty blocks left out. */
export function keptTextOf(
  values: readonly (readonly unknown[])[],
  blocks: readonly BlockPosition[],
): KeptText {
  const kept: KeptText = {};
  for (const b of blocks) {
    const lines: string[] = [];
    for (let r = b.row; r <= b.lastRow; r++) {
      for (let c = b.column; c <= b.lastColumn; c++) {
        const v = values[r - 1]?.[c - 1];
        const text = v === null || v === undefined ? '' : String(v).trim();
        if (text !== '') lines.push(text);
      }
    }
    if (lines.length > 0) kept[b.id] = lines.join('\n');
  }
  return kept;
}

/**
 * The blocks of a report found by their headings (in any language) in column 1: the purpose's text
 * is right of its label, a block's text in the rows under its heading. Survives rows the teacher
 * inserted above; a heading found twice counts once (the first).
 */
export function findBlocks(values: readonly (readonly unknown[])[], lastColumn: number): BlockPosition[] {
  const headings = new Map<string, BlockId>();
  for (const lang of LANGS)
    for (const id of BLOCK_IDS) headings.set(cleanText(REPORT_TEXTS[lang].analysis.blocks[id]), id);
  const found = new Map<BlockId, BlockPosition>();
  values.forEach((row, i) => {
    const id = headings.get(cleanText(row[0]));
    if (id === undefined || found.has(id)) return;
    const r = i + 1;
    found.set(
      id,
      id === 'purpose'
        ? { id, row: r, column: 2, lastRow: r, lastColumn }
        : { id, row: r + 1, column: 1, lastRow: r + BLOCK_ROWS, lastColumn },
    );
  });
  return BLOCK_IDS.flatMap((id) => found.get(id) ?? []);
}
