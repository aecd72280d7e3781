import { ABSENT_CODES, EXEMPT_CODES } from '../cells';

export { ABSENT_CODES, EXEMPT_CODES };

/** A regular expression (RE2 syntax, for REGEXMATCH) matching exactly one absence or exemption code. */
export function codesPattern(): string {
  const escape = (c: string) => c.replace(/[\\^$.|?*+()[\]{}]/g, (ch) => `\\${ch}`);
  return `^(${[...ABSENT_CODES, ...EXEMPT_CODES].map(escape).join('|')})$`;
}
