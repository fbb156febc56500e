/**
 * Arabic numbers at a cursor (1,234,567 / 12.5 / .5 / 1.111,11 / 40 000, with `exponent` also
 * 2e5, 2^5, 6.23x10^-4) and the rounding that removes binary floating noise. Shared by the
 * Japanese numeral reader (numeral.ts) and the English one (english.ts).
 */
import { CH, isAsciiDigit } from '../chars.ts';

export interface ArabicRead {
  value: number;
  end: number;
}

/**
 * Read an arabic number at `pos`: 1234, 1,234,567 (groups of exactly three), 12.5, .5, 1,234.5.
 * With `exponent`, also 2e5 / 12.32e+14. Returns null when no digit is at `pos`.
 */
export function readArabic(text: string, pos: number, end: number, exponent = false): ArabicRead | null {
  const c0 = text.charCodeAt(pos);
  if (!isAsciiDigit(c0) && !(c0 === CH.dot && isAsciiDigit(text.charCodeAt(pos + 1)))) return null;
  // grouped forms, most specific first (sticky regexes), only when a separator follows the digits
  let r = pos;
  while (r < end && isAsciiDigit(text.charCodeAt(r))) r++;
  const sep = text.charCodeAt(r);
  const maybeGrouped = r > pos && r - pos <= 3 && (sep === CH.comma || sep === CH.dot || isGroupSpace(sep));
  for (const g of maybeGrouped ? GROUPINGS : []) {
    g.re.lastIndex = pos;
    const m = g.re.exec(text);
    if (m && pos + m[0].length <= end) {
      const value = Number(g.clean(m[0]));
      if (Number.isFinite(value)) return withExponent(text, pos + m[0].length, end, value, exponent);
    }
  }
  let i = pos;
  while (i < end && isAsciiDigit(text.charCodeAt(i))) i++;
  const digits = text.slice(pos, i);
  let frac = '';
  if (i < end && text.charCodeAt(i) === CH.dot && i + 1 < end && isAsciiDigit(text.charCodeAt(i + 1))) {
    let j = i + 1;
    while (j < end && isAsciiDigit(text.charCodeAt(j))) j++;
    // 192.168.1.2, 2222.2222.22222: dotted sequences are separate numbers, not decimals
    if (!(text.charCodeAt(j) === CH.dot && isAsciiDigit(text.charCodeAt(j + 1)))) {
      frac = text.slice(i + 1, j);
      i = j;
    }
  }
  if (!digits && !frac) return null;
  const value = Number(`${digits || '0'}${frac ? `.${frac}` : ''}`);
  return withExponent(text, i, end, value, exponent);
}

/** Optional exponent after a number: 2e5, 12.32e+14, 2^5, 2.5^-1, 6.23x10^-4. */
function withExponent(text: string, pos: number, end: number, base: number, exponent: boolean): ArabicRead {
  let i = pos;
  let value = base;
  if (!exponent) return { value, end: i };
  if (exponent && i + 1 < end && (text.charCodeAt(i) | 32) === 101 /* e */) {
    let j = i + 1;
    let sign = 1;
    const s = text.charCodeAt(j);
    if (s === CH.plus || s === CH.minus) {
      if (s === CH.minus) sign = -1;
      j++;
    }
    const expStart = j;
    while (j < end && isAsciiDigit(text.charCodeAt(j))) j++;
    if (j > expStart && !(j < end && /[A-Za-z]/.test(text[j]!))) {
      value = roundFloat(value * 10 ** (sign * Number(text.slice(expStart, j))));
      i = j;
    }
  }
  if (exponent) {
    // 2^5, 2.5^-1, 1.1^+23, 6.23x10^-4
    let j = i;
    let times = false;
    if ((text.charCodeAt(j) === 120 /* x */ || text.charCodeAt(j) === 0xd7) && text.startsWith('10^', j + 1)) {
      times = true;
      j += 3;
    }
    if (text.charCodeAt(j) === 94 /* ^ */) {
      let k = j + 1;
      let sign = 1;
      while (text.charCodeAt(k) === CH.plus || text.charCodeAt(k) === CH.minus) {
        if (text.charCodeAt(k) === CH.minus) sign = -sign;
        k++;
      }
      const ex = readArabic(text, k, end);
      if (ex) {
        value = roundFloat(times ? value * 10 ** (sign * ex.value) : value ** (sign * ex.value));
        i = ex.end;
      }
    }
  }
  return { value, end: i };
}

function isGroupSpace(c: number): boolean {
  return c === CH.space || c === 0xa0 || c === 0x202f || c === 0x2009;
}

/** Separator conventions, tried in order. Each requires ≥ 1 separator and a clean right edge. */
const GROUPINGS: { re: RegExp; clean: (s: string) => string }[] = [
  // European: 1.111,11
  { re: /\d{1,3}(?:\.\d{3})+,\d+(?![\d.]|,\d)/y, clean: (s) => s.replace(/\./g, '').replace(',', '.') },
  // Indian lakh/crore grouping: 12,34,567.89
  { re: /\d{1,2}(?:,\d{2})+,\d{3}(?:\.\d+)?(?![\d,]|\.\d)/y, clean: (s) => s.replace(/,/g, '') },
  // thousands: 1,000 / 1,234,567.8
  { re: /\d{1,3}(?:,\d{3})+(?:\.\d+(?!\.\d))?(?![\d,]\d)(?!\d)/y, clean: (s) => s.replace(/,/g, '') },
  // space-separated thousands: 40 000, 1 234 567.89 (space, no-break, narrow no-break, thin)
  { re: /\d{1,3}(?:[ \u00a0\u202f\u2009]\d{3})+(?:\.\d+)?(?![\d,]|\.\d)/y, clean: (s) => s.replace(/[ \u00a0\u202f\u2009]/g, '') },
  // decimal comma with exactly two decimals: 5,00 (not 5、00: "2、30社" means 20 or 30)
  { re: /\d+,\d{2}(?![\d,])/y, clean: (s) => s.replace(',', '.') },
];

/** Remove binary floating noise: 4.1 * 1e9 → 4100000000, 0.1 * 3 → 0.3. */
export function roundFloat(x: number): number {
  if (!Number.isFinite(x) || x === 0) return x;
  if (Number.isSafeInteger(x) && Math.abs(x) < 1e12) return x; // already exact: skip the string round trip
  return Number(x.toPrecision(12));
}
