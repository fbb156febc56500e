/**
 * Numerals spelled in hiragana (speech-style input): にじゅうさん → 23, さんびゃく → 300,
 * にさんよん → 234 (digit by digit). The reading is mapped to kanji and parsed by the kanji
 * grammar. Hiragana is also ordinary Japanese (に, し, ご are particles and words), so a run is
 * accepted only when it is a whole hiragana run (no hiragana right before or after) and either
 * contains a multiplier (じゅう, ひゃく, せん, まん …) or has at least three digits.
 */
import { isHiragana } from '../chars.ts';
import { readJaNumeral } from './numeral.ts';

/** Readings, longest first at each position. */
const READINGS: [string, string][] = (
  [
    ['きゅうじゅう', '九十'], ['じゅっ', '十'], ['じゅう', '十'], ['ひゃく', '百'], ['びゃく', '百'],
    ['ぴゃく', '百'], ['せん', '千'], ['ぜん', '千'], ['まん', '万'], ['おく', '億'], ['ちょう', '兆'],
    ['ぜろ', '〇'], ['れい', '〇'], ['いち', '一'], ['いっ', '一'], ['さん', '三'], ['よん', '四'],
    ['ろく', '六'], ['ろっ', '六'], ['なな', '七'], ['しち', '七'], ['はち', '八'], ['はっ', '八'],
    ['きゅう', '九'], ['に', '二'], ['し', '四'], ['ご', '五'], ['く', '九'],
  ] as [string, string][]
).sort((a, b) => b[0].length - a[0].length);

/** READINGS grouped by first character, each group in READINGS order (so the first hit is the same). */
const READINGS_BY_FIRST = new Map<number, [string, string][]>();
for (const r of READINGS) {
  const c = r[0].charCodeAt(0);
  const group = READINGS_BY_FIRST.get(c);
  if (group) group.push(r);
  else READINGS_BY_FIRST.set(c, [r]);
}

const NO_READINGS: readonly [string, string][] = [];
const MULTIPLIERS = new Set(['十', '百', '千', '万', '億', '兆']);

/** Read a hiragana numeral at `pos` (which must start a hiragana run). */
export function readHiraganaNumeral(text: string, pos: number, end: number = text.length): { value: number; end: number } | null {
  if (pos > 0 && isHiragana(text.charCodeAt(pos - 1))) return null;
  let i = pos;
  let kanji = '';
  let digits = 0;
  let multipliers = 0;
  while (i < end && isHiragana(text.charCodeAt(i))) {
    let hit: [string, string] | undefined;
    // most runs start with a particle (の, に, を …): only readings with that first character can match
    for (const r of READINGS_BY_FIRST.get(text.charCodeAt(i)) ?? NO_READINGS) {
      if (text.startsWith(r[0], i)) {
        hit = r;
        break;
      }
    }
    if (!hit) return null;
    kanji += hit[1];
    for (const ch of hit[1]) {
      if (MULTIPLIERS.has(ch)) multipliers++;
      else digits++;
    }
    i += hit[0].length;
  }
  if (i === pos || (multipliers === 0 && digits < 3 && !(isBoundary(text, pos - 1) && isBoundary(text, i)))) return null;
  const r = readJaNumeral(kanji, 0, kanji.length);
  if (!r || r.end !== kanji.length) return null;
  return { value: r.value, end: i };
}

/** Start/end of text or a space: a hiragana numeral standing alone. */
function isBoundary(text: string, at: number): boolean {
  return at < 0 || at >= text.length || text.charCodeAt(at) === 32;
}
