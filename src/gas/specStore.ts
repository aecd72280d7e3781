/**
 * The school's work-specification library (task-level scoring): one document property per
 * specification (a value holds at most 9 KB) and an index of titles. The JSON text is stored as
 * the sidebar sent it once the server has checked it field by field (saveSpec, with the core).
 */
import type { StoredSpec } from '../shared/endpoints';
import type { Services } from './services';

export const SPECS_PROPERTY = 'kb.specs';
const SPEC_PREFIX = 'kb.spec.';
/** UTF-8 bytes of one specification: under the 9 KB of a property value. */
export const SPEC_MAX_BYTES = 8 * 1024;
/** 40 × 8 KB leaves room in the 500 KB store for settings and templates. */
export const SPEC_MAX_COUNT = 40;

interface IndexEntry {
  title: string;
  key: string;
}

export type SpecRefusal = 'bad' | 'tooLarge' | 'full';

/** Why the server will not keep this text, or undefined: a JSON object with a non-empty "title", small enough. */
export function specRefusal(json: unknown): SpecRefusal | undefined {
  if (typeof json !== 'string') return 'bad';
  if (utf8Bytes(json) > SPEC_MAX_BYTES) return 'tooLarge';
  let file: unknown;
  try {
    file = JSON.parse(json);
  } catch {
    return 'bad';
  }
  if (file === null || typeof file !== 'object' || Array.isArray(file)) return 'bad';
  const title = (file as { title?: unknown }).title;
  return typeof title === 'string' && title.trim() !== '' ? undefined : 'bad';
}

export function specTitle(json: string): string {
  return String((JSON.parse(json) as { title: string }).title).trim();
}

/** One library entry per title, compared trimmed and case-insensitively. */
export const sameTitle = (a: string, b: string): boolean => a.trim().toLowerCase() === b.trim().toLowerCase();

export function listStoredSpecs(services: Services): StoredSpec[] {
  const props = services.PropertiesService.getDocumentProperties();
  return readIndex(services).flatMap((e) => {
    const json = props.getProperty(e.key);
    return json ? [{ title: e.title, json }] : [];
  });
}

/** Adds or replaces the specification of that title. Call under the document lock. */
export function storeSpec(services: Services, title: string, json: string): 'stored' | 'full' {
  const props = services.PropertiesService.getDocumentProperties();
  const index = readIndex(services);
  const found = index.find((e) => sameTitle(e.title, title));
  if (!found && index.length >= SPEC_MAX_COUNT) return 'full';
  const key = found?.key ?? freeKey(index);
  props.setProperty(key, json);
  const next = found ? index.map((e) => (e === found ? { title, key } : e)) : [...index, { title, key }];
  props.setProperty(SPECS_PROPERTY, JSON.stringify(next));
  return 'stored';
}

/** Removes the specification of that title; false when there is none. Call under the document lock. */
export function removeSpec(services: Services, title: string): boolean {
  const props = services.PropertiesService.getDocumentProperties();
  const index = readIndex(services);
  const found = index.find((e) => sameTitle(e.title, title));
  if (!found) return false;
  props.setProperty(SPECS_PROPERTY, JSON.stringify(index.filter((e) => e !== found)));
  props.deleteProperty(found.key);
  return true;
}

function readIndex(services: Services): IndexEntry[] {
  const raw = services.PropertiesService.getDocumentProperties().getProperty(SPECS_PROPERTY);
  if (!raw) return [];
  try {
    const list = JSON.parse(raw) as unknown;
    if (!Array.isArray(list)) return [];
    return list.filter(
      (e): e is IndexEntry =>
        typeof e?.title === 'string' && typeof e?.key === 'string' && e.key.startsWith(SPEC_PREFIX),
    );
  } catch {
    return [];
  }
}

function freeKey(index: IndexEntry[]): string {
  const used = new Set(index.map((e) => e.key));
  let n = index.length + 1;
  while (used.has(SPEC_PREFIX + n)) n++;
  return SPEC_PREFIX + n;
}

/** Apps Script counts property sizes in UTF-8 bytes; a lone surrogate counts as 3 like its replacement. */
function utf8Bytes(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length && (s.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      n += 4;
      i++;
    } else n += 3;
  }
  return n;
}
