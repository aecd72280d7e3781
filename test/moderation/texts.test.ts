import { LANGS } from '../../src/core/i18n';
import { MODERATION_TEXTS } from '../../src/core/moderation/texts';

/** Texts whose argument is a period kind, not something shown. */
const KIND_ARGUMENT = /\.quarter(Teacher|Moderators)$/;

/** Calls every text of a table with marked arguments: each must be non-empty and show every argument it gets. */
function check(node: unknown, path: string, problems: string[]): void {
  if (typeof node === 'string') {
    if (node.trim() === '') problems.push(`${path}: empty`);
  } else if (typeof node === 'function') {
    const args = Array.from({ length: node.length }, (_, i) =>
      KIND_ARGUMENT.test(path) ? 'quarter' : `‹${i}›`,
    );
    const text = String((node as (...a: unknown[]) => unknown)(...args));
    if (text.trim() === '') problems.push(`${path}: empty`);
    for (const a of args) if (a.startsWith('‹') && !text.includes(a)) problems.push(`${path}: drops ${a}`);
  } else if (node && typeof node === 'object') {
    for (const [k, v] of Object.entries(node)) check(v, `${path}.${k}`, problems);
  }
}

test('every text in every language is there and shows all its arguments', () => {
  for (const lang of LANGS) {
    const problems: string[] = [];
    check(MODERATION_TEXTS[lang], lang, problems);
    expect(problems).toEqual([]);
  }
});

test('Russian is the fallback', () => {
  expect(MODERATION_TEXTS.of(undefined)).toBe(MODERATION_TEXTS.ru);
});

test('the audit log has the same eleven columns and distinct action words in every language', () => {
  const words = LANGS.flatMap((l) => [MODERATION_TEXTS[l].audit.apply, MODERATION_TEXTS[l].audit.undo]);
  expect(new Set(words).size).toBe(words.length);
  for (const lang of LANGS) expect(MODERATION_TEXTS[lang].audit.headers).toHaveLength(11);
});
