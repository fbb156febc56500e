/**
 * Stage "read", its encoding part: detect a file's encoding from its bytes and decode it —
 * UTF-8 (± BOM), UTF-16 LE/BE (± BOM; without one, by its NULs or its kana), ISO-2022-JP (by its
 * escapes), Shift_JIS/CP932 and EUC-JP (chardet's guess, then the reading with more kana), and
 * windows-1252 for mostly-ASCII Western text. Binary and empty files are rejected with a reason.
 */
import type { analyse } from 'chardet';
import type { decode as iconvDecode } from 'iconv-lite';
import { lazyRequire } from '../../text/lazy-require.ts';
import { ReadError } from './read-error.ts';

export interface Decoded {
  text: string;
  encoding: string;
}

function looksLikeUtf16(bytes: Buffer): 'UTF-16LE' | 'UTF-16BE' | null {
  // chardet does not detect BOM-less UTF-16 (it reports windows-125x); count NULs per byte parity.
  const n = Math.min(bytes.length - (bytes.length % 2), 4096);
  if (n < 4) return null;
  let evenZero = 0;
  let oddZero = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) evenZero++;
    if (bytes[i + 1] === 0) oddZero++;
  }
  const pairs = n / 2;
  // NULs at mostly one parity: the high bytes of ASCII in UTF-16 (the other parity's are the low
  // bytes of U+xx00, such as 대). Korean text has fewer of them than English (its spaces and
  // digits: 20–25% of the units); a binary file has NULs at both parities alike.
  if (oddZero > pairs * 0.1 && evenZero < oddZero * 0.25) return 'UTF-16LE';
  if (evenZero > pairs * 0.1 && oddZero < evenZero * 0.25) return 'UTF-16BE';
  // Japanese UTF-16 has few NULs; accept when decoding as UTF-16 yields mostly CJK/kana and no controls.
  if (mostlyJapaneseUtf16(bytes, n, 1)) return 'UTF-16LE';
  if (mostlyJapaneseUtf16(bytes, n, 0)) return 'UTF-16BE';
  return null;
}

/**
 * Whether the first n bytes read as UTF-16 (high byte at offset `high` of each pair: 1 = LE,
 * 0 = BE) are over 90% CJK, kana, full-width forms, printable ASCII or line breaks, under 2%
 * anything else, and hold some kana. Counted on the byte pairs themselves (no BOM can lead
 * here: decode() took those) and given up at the 2% of other units that already rule it out:
 * every UTF-8 file passes through here, and decoding 4 KB twice for each was measurable.
 */
function mostlyJapaneseUtf16(bytes: Buffer, n: number, high: 0 | 1): boolean {
  const units = n / 2;
  const maxBad = units * 0.02;
  let good = 0;
  let bad = 0;
  let kana = false;
  for (let i = 0; i < n; i += 2) {
    const c = (bytes[i + high]! << 8) | bytes[i + 1 - high]!;
    if ((c >= 0x3000 && c <= 0x9fff) || (c >= 0xff00 && c <= 0xffef) || c === 10 || c === 13 || (c >= 0x20 && c < 0x7f)) {
      good++;
      if (c >= 0x3040 && c <= 0x30ff) kana = true;
    } else if (++bad >= maxBad) return false;
  }
  return good > units * 0.9 && units > 8 && kana;
}

function hasBinaryControls(text: string): boolean {
  let controls = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0) return true;
    if (c < 0x20 && c !== 9 && c !== 10 && c !== 13 && c !== 12) controls++;
  }
  return controls > Math.max(8, text.length * 0.01);
}

const utf8Strict = new TextDecoder('utf-8', { fatal: true });

// Loaded with the first file that is not UTF-8 (each cost every thread ~10 ms at start).
const chardet = lazyRequire<{ analyse: typeof analyse }>('chardet');
const iconv = lazyRequire<{ decode: typeof iconvDecode }>('iconv-lite');

/** Detect the encoding (UTF-8 ± BOM, UTF-16 LE/BE ± BOM, ISO-2022-JP, Shift_JIS/CP932, EUC-JP, windows-1252) and decode. */
export function decode(bytes: Buffer, filePath = '<input>'): Decoded {
  if (bytes.length === 0) throw new ReadError(filePath, 'empty file');
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return { text: decodeStrictUtf8(bytes.subarray(3), filePath), encoding: 'UTF-8 (BOM)' };
  }
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return checked(iconv().decode(bytes.subarray(2), 'UTF-16LE'), 'UTF-16LE (BOM)', filePath);
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return checked(iconv().decode(bytes.subarray(2), 'UTF-16BE'), 'UTF-16BE (BOM)', filePath);
  const utf16 = looksLikeUtf16(bytes);
  if (utf16) return checked(iconv().decode(bytes, utf16), utf16, filePath);
  if (bytes.includes(0)) throw new ReadError(filePath, 'binary file (contains NUL bytes); expected a text, Markdown or HTML article');
  if (looksLikeIso2022jp(bytes)) return checked(decodeIso2022jp(bytes, filePath), 'ISO-2022-JP', filePath);
  try {
    return checked(utf8Strict.decode(bytes), 'UTF-8', filePath);
  } catch (e) {
    if (e instanceof ReadError) throw e;
  }
  const candidates = chardet().analyse(bytes).map((c) => c.name);
  const japanese = candidates.find((n) => n === 'Shift_JIS' || n === 'EUC-JP');
  const tryOrder = japanese === 'EUC-JP' ? ['EUC-JP', 'CP932'] : ['CP932', 'EUC-JP'];
  // Both may decode without an error: EUC-JP's bytes read as Shift_JIS are half-width katakana
  // and kanji (chardet led to that reading for ~2% of the development articles' lines cut to
  // 200 characters, and 45% of those cut to 8). The reading with more kana wins; on a tie
  // (text with no kana), chardet's order.
  let best: { text: string; enc: string; score: number } | null = null;
  for (const enc of tryOrder) {
    const text = iconv().decode(bytes, enc);
    if (text.includes('\uFFFD')) continue;
    const score = japaneseLikeness(text);
    if (!best || score > best.score) best = { text, enc, score };
  }
  // An English or European article in windows-1252 (smart quotes, accents in mostly ASCII text):
  // chardet says so, and no Japanese reading has a kana (é followed by a letter is a valid
  // Shift_JIS kanji, so one may decode).
  if ((!best || best.score === 0) && LATIN.has(candidates[0] ?? '') && asciiShare(bytes) >= 0.8) {
    return checked(iconv().decode(bytes, 'windows-1252'), 'windows-1252', filePath);
  }
  if (best) return checked(best.text, best.enc === 'CP932' ? 'Shift_JIS' : best.enc, filePath);
  throw new ReadError(
    filePath,
    `undecodable bytes: not valid UTF-8, UTF-16, ISO-2022-JP, Shift_JIS, EUC-JP or windows-1252 (best guess: ${candidates[0] ?? 'unknown'}); convert the file to UTF-8`,
  );
}

/**
 * 7-bit bytes with an ISO-2022-JP escape into JIS X 0208 (ESC $ B, ESC $ @) or half-width kana
 * (ESC ( I): mail and old news feeds. Valid ASCII and UTF-8 as well, so it is checked first.
 */
function looksLikeIso2022jp(bytes: Buffer): boolean {
  const esc = bytes.indexOf(0x1b);
  if (esc < 0) return false;
  for (let i = esc; i >= 0; i = bytes.indexOf(0x1b, i + 1)) {
    const a = bytes[i + 1];
    const b = bytes[i + 2];
    if ((a === 0x24 && (b === 0x42 || b === 0x40)) || (a === 0x28 && b === 0x49)) {
      for (let k = 0; k < bytes.length; k++) if (bytes[k]! >= 0x80) return false;
      return true;
    }
  }
  return false;
}

// (iconv-lite has no ISO-2022-JP; Node's TextDecoder has it through ICU)
function decodeIso2022jp(bytes: Buffer, filePath: string): string {
  try {
    return new TextDecoder('iso-2022-jp', { fatal: true }).decode(bytes);
  } catch {
    throw new ReadError(filePath, 'undecodable bytes: has ISO-2022-JP escape sequences but is not valid ISO-2022-JP; convert the file to UTF-8');
  }
}

/** chardet's names for the single-byte Western encodings that windows-1252 reads (it is a superset of ISO-8859-1's printable characters). */
const LATIN = new Set(['windows-1252', 'ISO-8859-1', 'ISO-8859-15']);

function asciiShare(bytes: Buffer): number {
  let ascii = 0;
  for (let i = 0; i < bytes.length; i++) if (bytes[i]! < 0x80) ascii++;
  return ascii / bytes.length;
}

/**
 * Hiragana (and full-width katakana) in a reading: the wrong one of EUC-JP and Shift_JIS has
 * next to none, since neither encoding's bytes for them read as those of the other. (Half-width
 * katakana prove nothing: each encoding's are kanji in the other, and the reverse.)
 */
function japaneseLikeness(text: string): number {
  let score = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0x3041 && c <= 0x309f) score += 2;
    else if (c >= 0x30a1 && c <= 0x30ff) score += 1;
  }
  return score;
}

function decodeStrictUtf8(bytes: Buffer, filePath: string): string {
  try {
    return utf8Strict.decode(bytes);
  } catch {
    throw new ReadError(filePath, 'undecodable bytes: starts with a UTF-8 BOM but is not valid UTF-8');
  }
}

function checked(text: string, encoding: string, filePath: string): Decoded {
  if (hasBinaryControls(text)) throw new ReadError(filePath, `binary file (control characters after decoding as ${encoding})`);
  if (text.trim().length === 0) throw new ReadError(filePath, 'empty file (only white space)');
  return { text, encoding };
}
