import type { ClassResults } from '../../core/reports/classResults';
import type { Ruleset } from '../../core/ruleset';

/**
 * A long report's batches come back from the sidebar for its last step: the ClassResults the
 * server computed in the earlier executions (google.script.run calls share no memory). They are
 * checked here as any input from the sidebar is: the shape, every type, sizes; the ruleset is the
 * server's own again. Returns undefined for anything else.
 */
export function parseClassResults(payload: unknown, rules: Ruleset): ClassResults[] | undefined {
  if (!Array.isArray(payload) || payload.length > 5000) return undefined;
  const out: ClassResults[] = [];
  for (const item of payload) {
    if (!isClassResults(item)) return undefined;
    out.push({ ...item, rules });
  }
  return out;
}

const WORK_SCORES = new Set(['score', 'absent', 'exempt', 'empty', 'invalid']);

function isClassResults(x: unknown): x is ClassResults {
  if (!isObject(x) || !isObject(x.journal) || typeof x.marks !== 'boolean') return false;
  const j = x.journal;
  if (!['sheetName', 'className', 'subject', 'teacher'].every((k) => isText(j[k]))) return false;
  if (j.periodKind !== undefined && j.periodKind !== 'quarter' && j.periodKind !== 'half') return false;
  if (j.period !== undefined && !isInt(j.period)) return false;
  if (x.meta !== undefined && !isObject(x.meta)) return false;
  if (!Array.isArray(x.works) || x.works.length > 50 || !x.works.every(isWork)) return false;
  const works = x.works.length;
  return Array.isArray(x.pupils) && x.pupils.length <= 500 && x.pupils.every((p) => isPupil(p, works));
}

function isWork(w: unknown): boolean {
  return (
    isObject(w) &&
    (w.part === 'sor' || w.part === 'soch') &&
    isInt(w.n) &&
    isInt(w.column) &&
    isNumber(w.max) &&
    isInt(w.written)
  );
}

function isPupil(p: unknown, works: number): boolean {
  if (!isObject(p) || !isInt(p.row) || !isText(p.name)) return false;
  if (typeof p.exempt !== 'boolean' || typeof p.hasData !== 'boolean') return false;
  if (!Array.isArray(p.scores) || p.scores.length !== works) return false;
  const scoresOk = p.scores.every(
    (s) => isObject(s) && WORK_SCORES.has(String(s.kind)) && (s.kind !== 'score' || isNumber(s.score)),
  );
  return scoresOk && (p.period === undefined || (isObject(p.period) && isText(p.period.kind)));
}

function isObject(x: unknown): x is Record<string, unknown> {
  return typeof x === 'object' && x !== null && !Array.isArray(x);
}

function isText(x: unknown): x is string {
  return typeof x === 'string' && x.length <= 1000;
}

function isNumber(x: unknown): x is number {
  return typeof x === 'number' && Number.isFinite(x);
}

function isInt(x: unknown): x is number {
  return Number.isInteger(x) && (x as number) >= 0 && (x as number) <= 100_000;
}
