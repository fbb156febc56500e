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
  /** The words by id. */
  private readonly words: string[] = [];
  /**
   * Open addressing over the letter words: id + 1 at (wordHash & mask), 0 = empty. Lets
   * idAt() find a word of the text without cutting it out and lower-casing it (two strings
   * per word of every English document).
   */
  private slots = new Int32Array(64);

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
      const id = this.ids.size;
      this.ids.set(w, id);
      this.words.push(w);
      if (isIndexed(w)) {
        this.shapes[(w.charCodeAt(0) - 97) * MAX_LENGTH + w.length] = 1;
        if (2 * this.words.length > this.slots.length) this.rehash();
        else this.place(id);
      }
    }
  }

  /**
   * The id of the word text[start, end), a run of ASCII letters in any case, or -1: the
   * lower-cased lookup of id() without making a string.
   */
  idAt(text: string, start: number, end: number): number {
    return this.idWithHash(text, start, end, wordHash(text, start, end));
  }

  /** idAt, given the word's wordHash (WordStarts computes it while it reads the word). */
  idWithHash(text: string, start: number, end: number, hash: number): number {
    const mask = this.slots.length - 1;
    for (let h = hash & mask; ; h = (h + 1) & mask) {
      const slot = this.slots[h]!;
      if (slot === 0) return -1;
      const w = this.words[slot - 1]!;
      if (w.length !== end - start) continue;
      let k = 0;
      while (k < w.length && (text.charCodeAt(start + k) | 32) === w.charCodeAt(k)) k++;
      if (k === w.length) return slot - 1;
    }
  }

  private place(id: number): void {
    const w = this.words[id]!;
    const mask = this.slots.length - 1;
    let h = wordHash(w, 0, w.length) & mask;
    while (this.slots[h] !== 0) h = (h + 1) & mask;
    this.slots[h] = id + 1;
  }

  private rehash(): void {
    this.slots = new Int32Array(this.slots.length * 2);
    this.words.forEach((w, id) => {
      if (isIndexed(w)) this.place(id);
    });
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

/**
 * The indexes of the texts read most recently (oldest first). The extractors read the same
 * normalised text one after another, and a batch of documents (pipeline/process.ts
 * processBatch: up to WORKER_BATCH, 16) extractor by extractor and step by step
 * (extractors/steps.ts): each date rule, say, asks for every document of the batch in turn. A
 * batch larger than RECENT_TEXTS would rebuild every index at every step (64 documents a batch
 * took 1.45× the extraction time of 32: pipeline/jobs.test.ts keeps the batches below it).
 */
const recent = new Map<string, { size: number; starts: WordStarts }>();
/** The most texts kept, and the most UTF-16 units they may hold together (the last is always kept). */
export const RECENT_TEXTS = 32;
const RECENT_UNITS = 4_000_000;
let recentUnits = 0;

/** The word starts of `text` for SHARED_VOCABULARY, reused while kept (rebuilt if words were added since). */
export function sharedWordStarts(text: string): WordStarts {
  const kept = recent.get(text);
  if (kept && kept.size === SHARED_VOCABULARY.size) return kept.starts;
  const starts = new WordStarts(text, SHARED_VOCABULARY);
  if (recent.delete(text)) recentUnits -= text.length;
  recent.set(text, { size: SHARED_VOCABULARY.size, starts });
  recentUnits += text.length;
  while (recent.size > 1 && (recent.size > RECENT_TEXTS || recentUnits > RECENT_UNITS)) {
    const oldest = recent.keys().next().value!;
    recent.delete(oldest);
    recentUnits -= oldest.length;
  }
  return starts;
}

/** How many texts' indexes are kept, and their UTF-16 units together (for tests). */
export function keptWordStarts(): { texts: number; units: number } {
  return { texts: recent.size, units: recentUnits };
}

/** Every start of a wanted word in one text, in order. */
export class WordStarts {
  private readonly at: number[] = [];
  private readonly word: number[] = [];

  /**
   * One pass over the text: the letter test, the lower-casing and the word's FNV-1a hash
   * (wordHash) are written out in the loop, and a word is looked up (idWithHash) only when
   * some wanted word has its first letter and length. With no inlining (the bin's V8 options)
   * a call per character and a second pass per word for its hash were most of the cost.
   */
  constructor(text: string, vocabulary: WordVocabulary) {
    const { shapes } = vocabulary;
    const digitRun = vocabulary.id(DIGIT_RUN);
    const n = text.length;
    let i = 0;
    while (i < n) {
      const c = text.charCodeAt(i);
      // c | 32 is a lower-case ASCII letter exactly when c is an ASCII letter
      const first = c | 32;
      if (first >= 97 && first <= 122) {
        let h = Math.imul(0x811c9dc5 ^ first, 0x01000193);
        let j = i + 1;
        for (; j < n; j++) {
          const d = text.charCodeAt(j) | 32;
          if (d < 97 || d > 122) break;
          h = Math.imul(h ^ d, 0x01000193);
        }
        const len = j - i;
        if (len < MAX_LENGTH && shapes[(first - 97) * MAX_LENGTH + len] === 1) {
          const id = vocabulary.idWithHash(text, i, j, h >>> 0);
          if (id >= 0) {
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
        while (i < n) {
          const d = text.charCodeAt(i);
          if (d < 48 || d > 57) break;
          i++;
        }
      } else i++;
    }
  }

  /** Per word id, its starts in order (built on the first startsOf). */
  private postings: number[][] | null = null;

  /**
   * The ascending start positions of the words in `members` (from WordVocabulary.members).
   * From per-word lists: the cost is that of the starts returned, not of every indexed word
   * (a filter over all of them, once per regex, was 2–3% of an English document's time).
   * The array may be shared with later calls: read it, do not change it.
   */
  startsOf(members: Uint8Array): readonly number[] {
    const postings = (this.postings ??= this.buildPostings());
    let lists: (readonly number[])[] = [];
    for (const id of idsOf(members)) {
      const list = postings[id];
      if (list !== undefined) lists.push(list);
    }
    if (lists.length === 0) return NO_STARTS;
    // merged in pairs, round by round: each start is copied about log2(lists) times, not once
    // per list after its own (a rule led by dozens of words present in a text)
    while (lists.length > 1) {
      const next: (readonly number[])[] = [];
      for (let k = 0; k < lists.length; k += 2) next.push(k + 1 < lists.length ? mergeSorted(lists[k]!, lists[k + 1]!) : lists[k]!);
      lists = next;
    }
    return lists[0]!;
  }

  private buildPostings(): number[][] {
    const postings: number[][] = [];
    const { at, word } = this;
    for (let k = 0; k < at.length; k++) (postings[word[k]!] ??= []).push(at[k]!);
    return postings;
  }
}

const NO_STARTS: readonly number[] = [];

/** The ids marked in a membership table, kept per table. */
const IDS = new WeakMap<Uint8Array, number[]>();

function idsOf(members: Uint8Array): number[] {
  let ids = IDS.get(members);
  if (!ids) {
    ids = [];
    for (let id = 0; id < members.length; id++) if (members[id] === 1) ids.push(id);
    IDS.set(members, ids);
  }
  return ids;
}

/** Two ascending lists as one (the lists of two words never share a start). */
function mergeSorted(a: readonly number[], b: readonly number[]): number[] {
  const out = new Array<number>(a.length + b.length);
  let i = 0;
  let j = 0;
  let k = 0;
  while (i < a.length && j < b.length) out[k++] = a[i]! < b[j]! ? a[i++]! : b[j++]!;
  while (i < a.length) out[k++] = a[i++]!;
  while (j < b.length) out[k++] = b[j++]!;
  return out;
}

/** Whether a wanted word can be found in a text's letter runs (DIGIT_RUN and overlong words cannot). */
function isIndexed(word: string): boolean {
  return word.length < MAX_LENGTH && /^[a-z]+$/.test(word);
}

/** FNV-1a over the lower-cased letters text[start, end) (ASCII letters: c | 32 lower-cases). */
function wordHash(text: string, start: number, end: number): number {
  let h = 0x811c9dc5;
  for (let i = start; i < end; i++) h = Math.imul(h ^ (text.charCodeAt(i) | 32), 0x01000193);
  return h >>> 0;
}
