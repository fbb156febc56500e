/**
 * Scanning one text with many word-led regexes for the price of one pass: each regex whose
 * first words can be read (first-words.ts) is tried, sticky, only where one of those words
 * starts (word-index.ts); the others keep their global scan. The matches are the same as
 * forEachMatch's (the claim is tested per extractor over the seed articles and public suites).
 */
import { firstWords } from './first-words.ts';
import { forEachMatch, forEachMatchAt } from './regex.ts';
import { SHARED_VOCABULARY, sharedWordStarts, type WordStarts } from './word-index.ts';

/** The regexes of one extractor, with the first words of those that have them. */
export class FirstWordIndex {
  private readonly members = new Map<RegExp, Uint8Array>();

  /** Its words join SHARED_VOCABULARY: one pass over a text serves every extractor's index. */
  constructor(patterns: Iterable<RegExp | null | undefined>) {
    const sets = new Map<RegExp, ReadonlySet<string>>();
    for (const re of patterns) {
      if (!re || !re.global) continue;
      const words = firstWords(re);
      if (words) sets.set(re, words);
    }
    for (const words of sets.values()) SHARED_VOCABULARY.add(words);
    for (const [re, words] of sets) this.members.set(re, SHARED_VOCABULARY.members(words));
  }

  /** Which words of the vocabulary `re` can start with, or undefined (scan it globally). */
  membersOf(re: RegExp): Uint8Array | undefined {
    return this.members.get(re);
  }

  /** The scanner for one text (its word index is built on the first regex that needs it). */
  forText(text: string): TextWords {
    return new TextWords(text, this);
  }
}

export class TextWords {
  private starts: WordStarts | undefined;

  constructor(
    readonly text: string,
    private readonly index: FirstWordIndex,
  ) {}

  /** The start positions where `re` can match, or null when it must be scanned everywhere. */
  startsOf(re: RegExp): readonly number[] | null {
    const members = this.index.membersOf(re);
    if (!members) return null;
    return (this.starts ??= sharedWordStarts(this.text)).startsOf(members);
  }

  /** Every match of the global regex `re` in the text, as forEachMatch(re, text, visit) finds them. */
  forEachMatch(re: RegExp, visit: (m: RegExpExecArray) => void): void {
    const starts = this.startsOf(re);
    if (starts === null) forEachMatch(re, this.text, visit);
    else forEachMatchAt(re, this.text, starts, visit);
  }
}
