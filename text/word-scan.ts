/**
 * Scanning one text with many word-led regexes for the price of one pass: each regex whose
 * first words can be read (first-words.ts) is tried, sticky, only where one of those words
 * starts (word-index.ts); the others keep their global scan. The matches are the same as
 * forEachMatch's (the claim is tested per extractor over the seed articles and public suites).
 *
 * The words of every regex seen join one vocabulary, so that one pass over a document serves
 * every extractor. An extractor registers its regexes when it is built (registerWordLed); a
 * regex seen first while scanning is registered then, and the text's index is rebuilt once.
 */
import { derived } from './derived-cache.ts';
import { firstWords } from './first-words.ts';
import { forEachMatch, forEachMatchAt } from './regex.ts';
import { SHARED_VOCABULARY, sharedWordStarts } from './word-index.ts';

/**
 * Per global regex: which words of SHARED_VOCABULARY it can start with (or, space-led, which
 * words the whitespace it starts with can come before), or null (scan it globally).
 */
const MEMBERS = new WeakMap<RegExp, Lead | null>();

interface Lead {
  members: Uint8Array;
  /** The regex starts with SPACE_LED: its matches start at the whitespace before its first words. */
  spaceLed: boolean;
}

/**
 * A regex that starts with a run of whitespace not preceded by whitespace (a cue after a
 * name: " has agreed with"). Its \s+ takes the whole run, since what follows starts with a
 * letter or digit (firstWords proves it of the rest, guarded by that whitespace), so a match
 * starts where the run before one of the rest's first words starts.
 */
const SPACE_LED = '(?<!\\s)\\s+';

function membersOf(re: RegExp): Lead | null {
  let m = MEMBERS.get(re);
  if (m === undefined) {
    const spaceLed = re.global && re.source.startsWith(SPACE_LED);
    // (the rest after whitespace: a word boundary before it holds, so \b stands for the whitespace)
    const read = (): string[] | null => {
      const w = !re.global ? null : spaceLed ? firstWords(new RegExp(`\\b(?:${re.source.slice(SPACE_LED.length)})`, re.flags)) : firstWords(re);
      return w ? [...w] : null;
    };
    // (read once per pattern and run: text/derived-cache.ts)
    const list = derived('first-words', `${re.source}/${re.flags}`, read);
    const words = list ? new Set(list) : null;
    if (words) SHARED_VOCABULARY.add(words);
    MEMBERS.set(re, (m = words ? { members: SHARED_VOCABULARY.members(words), spaceLed } : null));
  }
  return m;
}

/** Where the run of whitespace before each start begins (the starts themselves where none is). */
function runStartsBefore(text: string, starts: readonly number[]): number[] {
  const out = new Array<number>(starts.length);
  for (let k = 0; k < starts.length; k++) {
    let p = starts[k]!;
    while (p > 0 && isWhitespace(text.charCodeAt(p - 1))) p--;
    out[k] = p;
  }
  return out;
}

const WHITESPACE = /\s/;

/** What \s matches (the ASCII ones answered without a regex). */
function isWhitespace(c: number): boolean {
  if (c === 32 || (c >= 9 && c <= 13)) return true;
  if (c < 128) return false;
  return WHITESPACE.test(String.fromCharCode(c));
}

/** Read the first words of an extractor's regexes before its first text (nulls are skipped). */
export function registerWordLed(patterns: Iterable<RegExp | null | undefined>): void {
  for (const re of patterns) if (re) membersOf(re);
}

let enabled = true;

/**
 * Turn the word-led scans off (every regex then scans the whole text) or on again: for tests
 * that compare the two, and for measuring what they save.
 */
export function setWordLedScans(on: boolean): void {
  enabled = on;
}

/** Where in `text` a match of the global regex `re` can start, or null when it can start anywhere. */
export function wordLedStarts(re: RegExp, text: string): readonly number[] | null {
  if (!enabled) return null;
  const lead = membersOf(re);
  if (!lead) return null;
  const starts = sharedWordStarts(text).startsOf(lead.members);
  return lead.spaceLed ? runStartsBefore(text, starts) : starts;
}

/** Every match of the global regex `re` in `text`, as forEachMatch(re, text, visit) finds them. */
export function forEachWordLedMatch(re: RegExp, text: string, visit: (m: RegExpExecArray) => void): void {
  const starts = wordLedStarts(re, text);
  if (starts === null) forEachMatch(re, text, visit);
  else forEachMatchAt(re, text, starts, visit);
}

/** Whether `re` is scanned by its first words. */
export function isWordLed(re: RegExp): boolean {
  return membersOf(re) !== null;
}
