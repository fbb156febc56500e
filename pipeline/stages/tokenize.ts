/**
 * Stage "tokenize": kuromoji for Japanese segments, compromise for English segments.
 * Each library is loaded once per process (per worker thread when ingest runs in parallel).
 *
 * English uses compromise's tokenizer only (`nlp.tokenize`): its full tagging costs many times
 * more and no extractor needs it.
 *
 * Tokens are computed per segment on first use (`LazyTokens`): kuromoji is by far the most
 * expensive step of the pipeline (`npm run bench` prints its share and MeCab's speed), and
 * the extractors consult tokens only around candidate company names. The option
 * `tokenize: "all"` (pipeline/options.ts; `--tokenize all`) tokenises every segment up front,
 * e.g. to measure the difference.
 */
import type kuromoji from 'kuromoji';
import type nlpType from 'compromise';
import { lazyRequire } from '../../text/lazy-require.ts';
import { runtimeOptions } from '../options.ts';
import type { Segment, Token } from '../../text/types.ts';
import { isHighSurrogate, isLowSurrogate } from '../../text/chars.ts';
import { tokenizerFromBuffers, type DictionaryBuffers } from '../../text/japanese-dictionary.ts';
import { processDictionaryBuffers, releaseDictionaryBuffers } from './dictionary.ts';

type KuromojiTokenizer = kuromoji.Tokenizer<kuromoji.IpadicFeatures>;

/** compromise, loaded with the first English tokens (it builds its lexicon at import). */
const compromise = lazyRequire<typeof nlpType>('compromise');

let japanese: Promise<KuromojiTokenizer> | null = null;
let sharedSource: (() => Promise<DictionaryBuffers>) | null = null;

/**
 * Take the dictionary buffers shared by the main thread from `source`, called when this thread
 * first tokenises Japanese (worker threads call this before their first job).
 */
export function useSharedDictionary(source: () => Promise<DictionaryBuffers>): void {
  sharedSource = source;
  japanese = null;
}

/** Drop this thread's tokenizer and the process's dictionary copy (the benchmark's cold starts). */
export function releaseKuromoji(): void {
  japanese = null;
  releaseDictionaryBuffers();
}

/** The process's (thread's) kuromoji tokenizer, built once. */
export function japaneseTokenizer(): Promise<KuromojiTokenizer> {
  japanese ??= (sharedSource ? sharedSource() : processDictionaryBuffers()).then(tokenizerFromBuffers);
  return japanese;
}

/** A lone surrogate (a pair cut in half, or one that came in through JSON's "\\ud83d") → U+FFFD: the same length, so offsets hold. */
const SURROGATE = /[\uD800-\uDFFF]/;
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

function tokenizeJapanese(tokenizer: KuromojiTokenizer, input: string, offset: number): Token[] {
  // kuromoji's trie (doublearray) fails on a lone surrogate ("Cannot read properties of null")
  const text = SURROGATE.test(input) ? input.replace(LONE_SURROGATE, '\uFFFD') : input;
  const out: Token[] = [];
  // kuromoji's word_position counts code points (it is surrogate-aware), not UTF-16 units:
  // find each surface from a cursor instead.
  let cursor = 0;
  for (const t of tokenizer.tokenize(text)) {
    const at = text.indexOf(t.surface_form, cursor);
    const local = at >= 0 ? at : cursor;
    cursor = local + t.surface_form.length;
    const start = offset + local;
    out.push({
      start,
      end: start + t.surface_form.length,
      surface: t.surface_form,
      pos: t.pos,
      detail: `${t.pos_detail_1},${t.pos_detail_2},${t.pos_detail_3}`,
      basic: t.basic_form,
    });
  }
  return out;
}

interface CompromiseTerm {
  text: string;
  tags?: string[];
  offset: { start: number; length: number };
}

function tokenizeEnglish(text: string, offset: number): Token[] {
  const out: Token[] = [];
  const sentences = compromise().tokenize(text).json({ offset: true, terms: { offset: true } }) as { terms: CompromiseTerm[] }[];
  for (const s of sentences) {
    for (const t of s.terms) {
      const start = offset + t.offset.start;
      out.push({ start, end: start + t.offset.length, surface: t.text, pos: '', detail: '' });
    }
  }
  return out;
}

/**
 * Tokens of the Japanese and English segments, keyed by segment index, computed on first
 * `get` and kept. `has` answers without tokenising; iterating tokenises everything.
 */
export class LazyTokens extends Map<number, Token[]> {
  /** Milliseconds spent tokenising so far (reported as the tokenize stage). */
  ms = 0;

  constructor(
    private readonly text: string,
    private readonly segments: readonly Segment[],
    private readonly ja: KuromojiTokenizer | null,
  ) {
    super();
  }

  override has(index: number): boolean {
    const s = this.segments[index];
    return !!s && (s.lang === 'en' || (s.lang === 'ja' && this.ja !== null));
  }

  override get(index: number): Token[] | undefined {
    const cached = super.get(index);
    if (cached || !this.has(index)) return cached;
    const s = this.segments[index]!;
    const t0 = performance.now();
    const segText = this.text.slice(s.start, s.end);
    const tokens = s.lang === 'ja' ? tokenizeJapanese(this.ja!, segText, s.start) : tokenizeEnglish(segText, s.start);
    this.ms += performance.now() - t0;
    super.set(index, tokens);
    return tokens;
  }

  /** Tokens overlapping [start, end): whole-segment tokens if made already, else a window of ±`pad` characters. */
  around(start: number, end: number, pad = 6): Token[] {
    const out: Token[] = [];
    for (const s of this.segments) {
      if (s.end <= start) continue;
      if (s.start >= end) break;
      if (!this.has(s.index)) continue;
      let tokens = super.get(s.index);
      if (!tokens) {
        const from = pairStart(this.text, Math.max(s.start, start - pad), s.start);
        const to = pairEnd(this.text, Math.min(s.end, end + pad), s.end);
        const t0 = performance.now();
        const piece = this.text.slice(from, to);
        tokens = s.lang === 'ja' ? tokenizeJapanese(this.ja!, piece, from) : tokenizeEnglish(piece, from);
        this.ms += performance.now() - t0;
      }
      for (const t of tokens) if (t.end > start && t.start < end) out.push(t);
    }
    return out;
  }

  /** Tokenise every segment now. */
  all(): this {
    for (const s of this.segments) this.get(s.index);
    return this;
  }

  override *entries(): MapIterator<[number, Token[]]> {
    this.all();
    yield* super.entries();
  }

  override [Symbol.iterator](): MapIterator<[number, Token[]]> {
    return this.entries();
  }

  override forEach(cb: (value: Token[], key: number, map: Map<number, Token[]>) => void): void {
    this.all();
    super.forEach(cb);
  }
}

/** `at`, or one unit before it when it would cut a surrogate pair (not before `floor`). */
function pairStart(text: string, at: number, floor: number): number {
  return at > floor && isLowSurrogate(text.charCodeAt(at)) ? at - 1 : at;
}

/** `at`, or one unit after it when it would cut a surrogate pair (not after `ceiling`). */
function pairEnd(text: string, at: number, ceiling: number): number {
  return at < ceiling && isHighSurrogate(text.charCodeAt(at - 1)) ? at + 1 : at;
}

function eagerTokenizing(): boolean {
  return runtimeOptions().tokenize === 'all';
}

/** Tokens for the Japanese and English segments (lazily, unless eager). */
export async function tokenize(text: string, segments: Segment[], eager = eagerTokenizing()): Promise<LazyTokens> {
  const needsJapanese = segments.some((s) => s.lang === 'ja');
  const ja = needsJapanese ? await japaneseTokenizer() : null;
  const tokens = new LazyTokens(text, segments, ja);
  return eager ? tokens.all() : tokens;
}
