/**
 * The analysis form's «objectives achieved» / «objectives that caused difficulty» blocks, filled
 * from the journal's score grids (task-level scoring). For each work of the journal with a score
 * grid, the specification is the library's one for that work whose title the grid's title row names
 * and whose descriptor points the grid's points row holds; its per-criterion statistics give the
 * lines, every work's lines joined in the journal's order.
 *
 * A teacher's edit survives a rebuild (mergeObjectiveBlocks): the text generated last time is
 * known by its hash, kept as the analysis scope's fingerprint (a document property of a few dozen
 * characters) — a block whose text still hashes to it is ours and is refreshed; any other
 * non-empty text is the teacher's and is kept.
 */
import type { Lang } from '../../core/i18n';
import type { JournalSnapshot } from '../../core/journal/snapshot';
import type { KeptText } from '../../core/reports';
import {
  criterionStats,
  gridPositions,
  gridScope,
  journalWorks,
  mergeObjectiveBlocks,
  objectiveBlocks,
  parseSpecJson,
  readGrid,
  type ObjectiveBlocks,
  type WorkSpec,
} from '../../core/tasks';
import type { Ctx } from '../context';
import { readFingerprint } from '../endpoints/fingerprints';
import { readOwnSheet } from '../endpoints/reports';
import type { OwnScope } from '../ownSheets';
import { listStoredSpecs } from '../specStore';

const IDS = ['achieved', 'difficult'] as const;

/** The generated blocks over every work of the journal that has a grid and a matching specification. */
export function generatedBlocks(
  ctx: Ctx,
  journal: JournalSnapshot,
  sheetId: number,
  lang: Lang,
): ObjectiveBlocks | undefined {
  const { works } = journalWorks(journal);
  const specs = works.length > 0 ? listStoredSpecs(ctx.services) : [];
  const parsed = specs.flatMap((s) => {
    const p = parseSpecJson(s.json, lang);
    return p.ok ? [p.spec] : [];
  });
  const lines: Record<(typeof IDS)[number], string[]> = { achieved: [], difficult: [] };
  let found = false;
  for (const work of works) {
    const candidates = parsed.filter((s) => sameWork(s.work, work));
    if (candidates.length === 0) continue;
    const grid = readOwnSheet(ctx, gridScope(sheetId, work));
    if (!grid) continue;
    const title = String(grid.values[0]?.[0] ?? '');
    const spec = candidates
      .filter((s) => title.includes(s.title) && gridPositions(s, grid.values))
      .sort((a, b) => b.title.length - a.title.length)[0];
    if (!spec) continue;
    found = true;
    const pupils = readGrid(spec, gridPositions(spec, grid.values)!, grid.values).pupils.filter(
      (p) => p.name !== '',
    );
    const blocks = objectiveBlocks(criterionStats(spec, pupils), lang);
    for (const id of IDS) if (blocks[id]) lines[id].push(blocks[id]);
  }
  return found ? { achieved: lines.achieved.join('\n'), difficult: lines.difficult.join('\n') } : undefined;
}

/**
 * The kept text to build the analysis with, and the fingerprint to save once it is written; the
 * kept text unchanged (and nothing to save) when the journal has no grid to draw on.
 */
export function withObjectives(
  ctx: Ctx,
  scope: OwnScope,
  journal: JournalSnapshot,
  sheetId: number,
  kept: KeptText,
  lang: Lang,
): { kept: KeptText; fingerprint?: string } {
  const generated = generatedBlocks(ctx, journal, sheetId, lang);
  if (!generated) return { kept };
  const stored = parseFingerprint(readFingerprint(ctx, scope));
  const previous: Partial<ObjectiveBlocks> = {};
  for (const id of IDS) {
    const text = kept[id];
    if (text !== undefined && stored[id] !== undefined && hash(text) === stored[id]) previous[id] = text;
  }
  return {
    kept: mergeObjectiveBlocks(generated, kept, previous),
    fingerprint: IDS.filter((id) => generated[id] !== '')
      .map((id) => `${id}=${hash(generated[id])}`)
      .join(','),
  };
}

function sameWork(a: WorkSpec['work'], b: WorkSpec['work']): boolean {
  return a.kind === b.kind && (a.kind === 'soch' || (b.kind === 'sor' && a.index === b.index));
}

function parseFingerprint(text: string | null): Partial<Record<(typeof IDS)[number], string>> {
  const out: Partial<Record<(typeof IDS)[number], string>> = {};
  for (const part of (text ?? '').split(',')) {
    const [id, value] = part.split('=');
    if ((id === 'achieved' || id === 'difficult') && value) out[id] = value;
  }
  return out;
}

/**
 * FNV-1a (32 bits, base 36) of the text as the analysis sheet gives it back (keptTextOf trims
 * each line and drops empty ones), so the text we wrote hashes the same when read again.
 */
export function hash(text: string): string {
  const normal = text
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l !== '')
    .join('\n');
  let h = 0x811c9dc5;
  for (let i = 0; i < normal.length; i++) {
    h ^= normal.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h.toString(36);
}
