import type { CellValue } from '../../src/gas/services';
import { isDate, isDateFormat, serialToDate, usesDecimalComma } from './values';

/**
 * getDisplayValues: a value as the cell shows it in the spreadsheet's locale. Covers the number
 * formats the add-on sets ('0', '0.0', '0.00', '0%', '0.0%', '#,##0', '@', dates 'dd.MM.yyyy')
 * and Sheets' automatic format (up to 10 significant digits); anything else falls back to it.
 */
export function displayValue(value: CellValue, numberFormat: string | undefined, locale: string): string {
  if (value === '' || value === null || value === undefined) return '';
  if (typeof value === 'boolean') return booleanText(value, locale);
  if (isDate(value))
    return formatDate(value, numberFormat && isDateFormat(numberFormat) ? numberFormat : 'dd.MM.yyyy');
  if (typeof value === 'number') {
    if (numberFormat && isDateFormat(numberFormat)) return formatDate(serialToDate(value), numberFormat);
    return formatNumber(value, numberFormat, locale);
  }
  return String(value);
}

function booleanText(b: boolean, locale: string): string {
  if (/^ru/i.test(locale)) return b ? 'ИСТИНА' : 'ЛОЖЬ';
  return b ? 'TRUE' : 'FALSE';
}

const PATTERN = /^(#,##)?(0+)(?:\.(0*)(#*))?(%?)$/;

export function formatNumber(n: number, numberFormat: string | undefined, locale: string): string {
  const comma = usesDecimalComma(locale);
  const decimalMark = comma ? ',' : '.';
  const m = numberFormat ? PATTERN.exec(numberFormat.trim()) : null;
  if (!m) return automatic(n, decimalMark);
  const [, grouping, intZeros, fixed = '', optional = '', percent] = m;
  const scaled = percent ? n * 100 : n;
  let text = scaled.toFixed(fixed.length + optional.length);
  if (optional.length > 0)
    text = text.replace(/0+$/, (z) => z.slice(0, Math.max(0, z.length - optional.length)));
  text = text.replace(/\.$/, '');
  const [whole, frac] = text.split('.');
  let int = whole;
  const negative = int.startsWith('-');
  if (negative) int = int.slice(1);
  int = int.padStart(intZeros.length, '0');
  if (grouping) int = int.replace(/\B(?=(\d{3})+(?!\d))/g, comma ? '\u00a0' : ',');
  const body = frac !== undefined ? `${int}${decimalMark}${frac}` : int;
  const signed = negative && /[1-9]/.test(body) ? `-${body}` : body;
  return signed + (percent ?? '');
}

/** Sheets' automatic number format: integers in full, others to 10 significant digits. */
function automatic(n: number, decimalMark: string): string {
  if (!Number.isFinite(n)) return String(n);
  if (Number.isInteger(n) && Math.abs(n) < 1e15) return String(n);
  const abs = Math.abs(n);
  if (abs !== 0 && (abs >= 1e15 || abs < 1e-9)) {
    return n.toExponential(2).replace('e+', 'E+').replace('e-', 'E-').replace('.', decimalMark);
  }
  const text = String(Number(n.toPrecision(10)));
  return text.replace('.', decimalMark);
}

function formatDate(d: Date, format: string): string {
  const pad = (x: number, w: number) => String(x).padStart(w, '0');
  return format.replace(/yyyy|yy|MM|M|dd|d|HH|H|mm|ss/g, (token) => {
    switch (token) {
      case 'yyyy':
        return String(d.getFullYear());
      case 'yy':
        return pad(d.getFullYear() % 100, 2);
      case 'MM':
        return pad(d.getMonth() + 1, 2);
      case 'M':
        return String(d.getMonth() + 1);
      case 'dd':
        return pad(d.getDate(), 2);
      case 'd':
        return String(d.getDate());
      case 'HH':
        return pad(d.getHours(), 2);
      case 'H':
        return String(d.getHours());
      case 'mm':
        return pad(d.getMinutes(), 2);
      default:
        return pad(d.getSeconds(), 2);
    }
  });
}
