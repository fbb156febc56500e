/**
 * English number words inside dates (seeds/dates/en.yaml `number_words`): "twenty one",
 * "twenty-first", "thirty first", "nineteen seventy eight", "two thousand and twenty". The words
 * are data; how they combine (tens + units, two pairs for a year, hundred / thousand) is here.
 */
import type { Grammar } from '../grammar.ts';

/** Regex for a cardinal 1–99 in words: "two", "twenty one", "forty-five". */
export function cardinalWords(g: Grammar): string {
  return `(?:${g.alt.enCardinals})(?:[-\\s](?:${g.alt.enCardinals}))?`;
}

/** Regex for a day written as an ordinal word: "second", "twenty-first", "thirtieth". */
export function ordinalDayWords(g: Grammar): string {
  return `(?:(?:twenty|thirty)[-\\s])?(?:${g.alt.enOrdinalWords})`;
}

/** Regex for a year in words: "nineteen seventy eight", "two thousand and twenty", "twenty twenty". */
export function yearWords(g: Grammar): string {
  const w = `(?:${g.alt.enCardinals}|hundred|thousand)`;
  return `${w}(?:(?:[-\\s]+|\\s+and\\s+)${w}){1,5}`;
}

const words = (s: string): string[] => s.toLowerCase().split(/[-\s]+/).filter(Boolean);

/** "twenty one" → 21, "seven" → 7; null for "one twenty" or a word that is not a cardinal. */
export function readCardinal(g: Grammar, s: string): number | null {
  const ws = words(s);
  const vs = ws.map((w) => g.en.cardinals.get(w));
  if (vs.some((v) => v === undefined)) return null;
  if (vs.length === 1) return vs[0]!;
  if (vs.length === 2 && vs[0]! >= 20 && vs[0]! % 10 === 0 && vs[1]! < 10 && vs[1]! > 0) return vs[0]! + vs[1]!;
  return null;
}

/** "twenty-first" → 21, "second" → 2; null otherwise. */
export function readOrdinalDay(g: Grammar, s: string): number | null {
  const ws = words(s);
  const last = g.en.ordinalWords.get(ws[ws.length - 1]!);
  if (last === undefined) return null;
  if (ws.length === 1) return last;
  const tens = g.en.cardinals.get(ws[0]!);
  if (ws.length !== 2 || (tens !== 20 && tens !== 30) || last >= 10) return null;
  return tens + last;
}

/** A number of 1–99 written in words from a word list (helper of readYearWords). */
function pair(g: Grammar, ws: string[]): number | null {
  if (ws.length === 0 || ws.length > 2) return null;
  return readCardinal(g, ws.join(' '));
}

/**
 * A year in words: "nineteen seventy eight" (two pairs) → 1978, "twenty twenty" → 2020,
 * "two thousand and twenty" → 2020, "two hundred and sixty seven" → 267. Null when the words
 * do not make one number.
 */
export function readYearWords(g: Grammar, s: string): number | null {
  const ws = words(s).filter((w) => w !== 'and');
  if (ws.includes('thousand') || ws.includes('hundred')) {
    let total = 0;
    let current = 0;
    for (const w of ws) {
      if (w === 'thousand') {
        if (current === 0) return null;
        total += current * 1000;
        current = 0;
      } else if (w === 'hundred') {
        if (current === 0 || current > 9) return null;
        current *= 100;
      } else {
        const v = g.en.cardinals.get(w);
        if (v === undefined) return null;
        if (v < 10 && current % 10 !== 0) return null;
        if (v >= 10 && current % 100 !== 0) return null;
        current += v;
      }
    }
    return total + current;
  }
  // two pairs: nineteen | seventy eight; twenty | twenty
  for (let k = 1; k < ws.length; k++) {
    const hi = pair(g, ws.slice(0, k));
    const lo = pair(g, ws.slice(k));
    if (hi !== null && lo !== null && hi >= 10 && lo >= 10) return hi * 100 + lo;
  }
  return null;
}
