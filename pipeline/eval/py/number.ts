/**
 * Python's float arithmetic at the edges score.py touches: `round(x, n)` and `f"{x:.nf}"`
 * (both correctly rounded from the exact binary value, exact ties to even — unlike JS
 * toFixed, which sends ties up), `repr(float)`, and `float(v)`.
 */
import { PyError, PyFloat, type PyValue } from './value.ts';

const view = new DataView(new ArrayBuffer(8));

/** The exact decimal expansion of a finite double: sign, integer digits, fraction digits. */
function exactDecimal(x: number): { neg: boolean; int: string; frac: string } {
  view.setFloat64(0, x);
  const hi = view.getUint32(0);
  const lo = view.getUint32(4);
  const neg = hi >>> 31 === 1;
  const biased = (hi >>> 20) & 0x7ff;
  let mant = (BigInt(hi & 0xfffff) << 32n) | BigInt(lo);
  let exp: number;
  if (biased === 0) exp = -1074;
  else {
    mant |= 1n << 52n;
    exp = biased - 1075;
  }
  if (exp >= 0) return { neg, int: (mant << BigInt(exp)).toString(), frac: '' };
  const k = -exp;
  const digits = (mant * 5n ** BigInt(k)).toString().padStart(k + 1, '0');
  return { neg, int: digits.slice(0, digits.length - k), frac: digits.slice(digits.length - k) };
}

/** Python `format(x, f".{digits}f")`. */
export function formatFixed(x: number, digits: number): string {
  if (Number.isNaN(x)) return 'nan';
  if (!Number.isFinite(x)) return x > 0 ? 'inf' : '-inf';
  const { neg, int, frac } = exactDecimal(x);
  const kept = frac.padEnd(digits, '0').slice(0, digits);
  const rest = frac.slice(digits);
  let scaled = BigInt(int + kept);
  if (rest.length > 0) {
    const first = rest.charCodeAt(0) - 48;
    const tail = /[1-9]/.test(rest.slice(1));
    if (first > 5 || (first === 5 && (tail || scaled % 2n === 1n))) scaled += 1n;
  }
  const s = scaled.toString().padStart(digits + 1, '0');
  const body = digits > 0 ? `${s.slice(0, s.length - digits)}.${s.slice(s.length - digits)}` : s;
  return (neg ? '-' : '') + body;
}

/** Python `round(x, digits)` for a float. */
export function pyRound(x: number, digits: number): number {
  if (!Number.isFinite(x)) return x;
  return Number(formatFixed(x, digits));
}

/** Python `repr(x)` for a float: shortest round-trip digits, exponent below 1e-4 and from 1e16. */
export function floatRepr(x: number): string {
  if (Number.isNaN(x)) return 'nan';
  if (!Number.isFinite(x)) return x > 0 ? 'inf' : '-inf';
  if (x === 0) return Object.is(x, -0) ? '-0.0' : '0.0';
  const [mantissa, expText] = Math.abs(x).toExponential().split('e') as [string, string];
  const digits = mantissa.replace('.', '');
  const exp = Number(expText);
  const sign = x < 0 ? '-' : '';
  const decpt = exp + 1;
  if (decpt <= -4 || decpt > 16) {
    const m = digits.length > 1 ? `${digits[0]}.${digits.slice(1)}` : digits;
    return `${sign}${m}e${exp < 0 ? '-' : '+'}${String(Math.abs(exp)).padStart(2, '0')}`;
  }
  if (decpt <= 0) return `${sign}0.${'0'.repeat(-decpt)}${digits}`;
  if (decpt >= digits.length) return `${sign}${digits}${'0'.repeat(decpt - digits.length)}.0`;
  return `${sign}${digits.slice(0, decpt)}.${digits.slice(decpt)}`;
}

const UNICODE_SPACE = /[\t\n\v\f\r\x1c-\x1f \x85\xa0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]/u;
const DECIMAL_DIGIT = /\p{Nd}/u;
const ASCII_SPACE = /^[ \t\n\v\f\r]+|[ \t\n\v\f\r]+$/g;
const FLOAT_TEXT = /^[+-]?(?:(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?|inf|infinity|nan)$/i;

/** Value of a Unicode decimal digit: Nd characters come in contiguous runs of ten, 0 to 9. */
function decimalValue(cp: number): number {
  let start = cp;
  while (start > 0 && DECIMAL_DIGIT.test(String.fromCodePoint(start - 1))) start--;
  return (cp - start) % 10;
}

/** Python `float(s)` for a str, or undefined where Python raises ValueError. */
function floatFromString(s: string): number | undefined {
  let ascii = '';
  for (const ch of s) {
    const cp = ch.codePointAt(0)!;
    if (cp < 128) ascii += ch;
    else if (UNICODE_SPACE.test(ch)) ascii += ' ';
    else if (DECIMAL_DIGIT.test(ch)) ascii += String(decimalValue(cp));
    else return undefined;
  }
  let t = ascii.replace(ASCII_SPACE, '');
  if (t.includes('_')) {
    let out = '';
    let prev = '';
    for (const ch of t) {
      const prevDigit = prev >= '0' && prev <= '9';
      if (ch === '_') {
        if (!prevDigit) return undefined;
      } else {
        if (prev === '_' && !(ch >= '0' && ch <= '9')) return undefined;
        out += ch;
      }
      prev = ch;
    }
    if (prev === '_') return undefined;
    t = out;
  }
  if (!FLOAT_TEXT.test(t)) return undefined;
  const body = t.replace(/^[+-]/, '').toLowerCase();
  const neg = t.startsWith('-');
  if (body === 'nan') return NaN;
  if (body === 'inf' || body === 'infinity') return neg ? -Infinity : Infinity;
  return Number(t);
}

/** Python `float(v)`; undefined where Python raises TypeError or ValueError. */
export function pyFloat(v: PyValue): number | undefined {
  if (typeof v === 'number') return v;
  if (typeof v === 'boolean') return v ? 1 : 0;
  if (v instanceof PyFloat) return v.value;
  if (typeof v === 'bigint') {
    const f = Number(v);
    if (!Number.isFinite(f)) throw new PyError('OverflowError: int too large to convert to float');
    return f;
  }
  if (typeof v === 'string') return floatFromString(v);
  return undefined;
}
