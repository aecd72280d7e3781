/**
 * The moderation record: what the server keeps with the moderation sheet (plain JSON in its
 * developer metadata) so any sidebar, on any day, can go on with the same moderation.
 */
import type { Lang } from '../i18n';
import type { Moderation, ProtocolDetails } from './types';

export interface ModerationRecord {
  v: 1;
  id: string;
  /** The language the moderation sheet was written in. */
  lang: Lang;
  moderation: Moderation;
  details: ProtocolDetails;
}

export function recordOf(json: string): ModerationRecord | undefined {
  try {
    const r = JSON.parse(json) as ModerationRecord;
    return r && r.v === 1 && typeof r.id === 'string' && r.moderation?.id === r.id ? r : undefined;
  } catch {
    return undefined;
  }
}

/** Unique enough for a spreadsheet, and a valid own-sheet id (letters, digits, '-'). */
export function newModerationId(now: number, random: () => number): string {
  return `mod-${now.toString(36)}-${Math.floor(random() * 36 ** 6).toString(36)}`;
}

/** A fresh 32-bit seed, shown in the panel so a sample can be drawn again. */
export function newSeed(random: () => number): number {
  return Math.floor(random() * 2 ** 31);
}

/** Today as YYYY-MM-DD in the user's time zone. */
export function today(now: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
