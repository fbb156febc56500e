/**
 * Where words start in one text, for the words some rules can start with (first-words.ts): one
 * pass over the text, shared by every rule that asks, instead of one regex scan per rule.
 *
 * A word is a run of ASCII letters not preceded by one, keyed in lower case; DIGIT_RUN ("#")
 * stands for every run of ASCII digits not preceded by a digit.
 */
import { DIGIT_RUN } from './first-words.ts';

/** Words longer than this are not indexed (first-words.ts gives up before 40). */
const MAX_LENGTH = 48;

/** The words some rule wants, numbered, and the (first letter, length) shapes they have. */
export class WordVocabulary {
  private readonly ids = new Map<string, number>();
  /** 1 at (first letter - "a") * MAX_LENGTH + length for every wanted word. */
  readonly shapes = new Uint8Array(26 * MAX_LENGTH);

  constructor(sets: Iterable<ReadonlySet<string>> = []) {
    for (const s of sets) this.add(s);
  }

  /** How many words it holds (it only grows: an index built before a word was added lacks it). */
  get size(): number {
    return this.ids.size;
  }

  /** Add words (a no-op for those it holds). */
  add(words: ReadonlySet<string>): void {
    for (const w of words) {
      if (this.ids.has(w)) continue;
      this.ids.set(w, this.ids.size);
      const first = w.charCodeAt(0) - 97;
      if (first >= 0 && first < 26 && w.length < MAX_LENGTH) this.shapes[first * MAX_LENGTH + w.length] = 1;
    }
  }

  /** The id of a wanted word, or undefined. */
  id(word: string): number | undefined {
    return this.ids.get(word);
  }

  /** A membership table (by id) for one rule's words; all of them must be in this vocabulary. */
  members(words: ReadonlySet<string>): Uint8Array {
    const t = new Uint8Array(this.ids.size);
    for (const w of words) t[this.ids.get(w)!] = 1;
    return t;
  }
}

/**
 * The vocabulary of every extractor's word-led regexes (word-scan.ts adds to it when an
 * extractor is built), so that one pass over a document serves them all.
 */
export const SHARED_VOCABULARY = new WordVocabulary();

let last: { text: string; size: number; starts: WordStarts } | undefined;

/**
 * The word starts of `text` for SHARED_VOCABULARY. The extractors read the same normalised
 * text one after another: the last text's index is kept and reused (rebuilt if words were
 * added since).
 */
export function sharedWordStarts(text: string): WordStarts {
  if (last && last.text === text && last.size === SHARED_VOCABULARY.size) return last.starts;
  const starts = new WordStarts(text, SHARED_VOCABULARY);
  last = { text, size: SHARED_VOCABULARY.size, starts };
  return starts;
}

/** Every start of a wanted word in one text, in order. */
export class WordStarts {
  private readonly at: number[] = [];
  private readonly word: number[] = [];

  constructor(text: string, vocabulary: WordVocabulary) {
    const { shapes } = vocabulary;
    const digitRun = vocabulary.id(DIGIT_RUN);
    const n = text.length;
    let i = 0;
    while (i < n) {
      const c = text.charCodeAt(i);
      if (isLetter(c)) {
        let j = i + 1;
        while (j < n && isLetter(text.charCodeAt(j))) j++;
        // a word is cut out and looked up only if some wanted word has its first letter and length
        const len = j - i;
        if (len < MAX_LENGTH && shapes[((c | 32) - 97) * MAX_LENGTH + len] === 1) {
          const id = vocabulary.id(text.slice(i, j).toLowerCase());
          if (id !== undefined) {
            this.at.push(i);
            this.word.push(id);
          }
        }
        i = j;
      } else if (c >= 48 && c <= 57) {
        if (digitRun !== undefined) {
          this.at.push(i);
          this.word.push(digitRun);
        }
        i++;
        while (i < n && isDigit(text.charCodeAt(i))) i++;
      } else i++;
    }
  }

  /** The ascending start positions of the words in `members` (from WordVocabulary.members). */
  startsOf(members: Uint8Array): number[] {
    const out: number[] = [];
    const { at, word } = this;
    for (let k = 0; k < at.length; k++) if (members[word[k]!] === 1) out.push(at[k]!);
    return out;
  }
}

function isLetter(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
}

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}
