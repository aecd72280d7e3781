import type { Lang } from './messages';

/**
 * Texts in every language, the one way the add-on holds them: `table[lang]` when the language is
 * known, `table.of(lang)` when it may be missing (Russian then). The compiler checks, through
 * Record<Lang, T>, that every language has every entry with the same arguments.
 */
export type TextTable<T> = Readonly<Record<Lang, T>> & { readonly of: (lang: Lang | null | undefined) => T };

export function textTable<T>(byLang: Record<Lang, T>): TextTable<T> {
  const table = { ...byLang };
  // Not enumerable: iterating a table gives its languages only.
  Object.defineProperty(table, 'of', {
    value: (lang: Lang | null | undefined): T =>
      lang && Object.prototype.hasOwnProperty.call(byLang, lang) ? byLang[lang] : byLang.ru,
  });
  return Object.freeze(table) as TextTable<T>;
}
