import type { Lang } from '../i18n';
import { formatNumber } from '../numbers';

/** A number in running text: at most two decimals, a decimal comma in Kazakh and Russian. */
export function decimal(x: number, lang: Lang): string {
  const s = formatNumber(x);
  return lang === 'en' ? s : s.replace('.', ',');
}
