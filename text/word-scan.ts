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
import { firstWords } from './first-words.ts';
import { forEachMatch, forEachMatchAt } from './regex.ts';
import { SHARED_VOCABULARY, sharedWordStarts } from './word-index.ts';

/** Per global regex: which words of SHARED_VOCABULARY it can start with, or null (scan it globally). */
const MEMBERS = new WeakMap<RegExp, Uint8Array | null>();

function membersOf(re: RegExp): Uint8Array | null {
  let m = MEMBERS.get(re);
  if (m === undefined) {
    const words = re.global ? firstWords(re) : null;
    if (words) SHARED_VOCABULARY.add(words);
    MEMBERS.set(re, (m = words ? SHARED_VOCABULARY.members(words) : null));
  }
  return m;
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
  const members = membersOf(re);
  return members ? sharedWordStarts(text).startsOf(members) : null;
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
