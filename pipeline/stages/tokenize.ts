/**
 * Stage "tokenize": kuromoji for Japanese segments, compromise for English segments.
 * Each library is loaded once per process (per worker thread when ingest runs in parallel).
 *
 * English uses compromise's tokenizer only (`nlp.tokenize`): full tagging costs ~10x more
 * and only company discovery needs it, which runs it on the few sentences that need it.
 */
import { createRequire } from 'node:module';
import path from 'node:path';
import kuromoji from 'kuromoji';
import nlp from 'compromise';
import type { Segment, Token } from '../types.ts';

type KuromojiTokenizer = kuromoji.Tokenizer<kuromoji.IpadicFeatures>;

let japanese: Promise<KuromojiTokenizer> | null = null;

export function japaneseTokenizer(): Promise<KuromojiTokenizer> {
  if (!japanese) {
    const require = createRequire(import.meta.url);
    const dicPath = path.join(path.dirname(require.resolve('kuromoji/package.json')), 'dict');
    japanese = new Promise((resolve, reject) => {
      kuromoji.builder({ dicPath }).build((err, tokenizer) => (err ? reject(err) : resolve(tokenizer)));
    });
  }
  return japanese;
}

export function tokenizeJapanese(tokenizer: KuromojiTokenizer, text: string, offset: number): Token[] {
  const out: Token[] = [];
  for (const t of tokenizer.tokenize(text)) {
    const start = offset + t.word_position - 1;
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

export function tokenizeEnglish(text: string, offset: number): Token[] {
  const out: Token[] = [];
  const sentences = nlp.tokenize(text).json({ offset: true, terms: { offset: true } }) as { terms: CompromiseTerm[] }[];
  for (const s of sentences) {
    for (const t of s.terms) {
      const start = offset + t.offset.start;
      out.push({ start, end: start + t.offset.length, surface: t.text, pos: '', detail: '' });
    }
  }
  return out;
}

/** Tokens for every Japanese and English segment, keyed by segment index. */
export async function tokenize(text: string, segments: Segment[]): Promise<Map<number, Token[]>> {
  const tokens = new Map<number, Token[]>();
  const needsJapanese = segments.some((s) => s.lang === 'ja');
  const ja = needsJapanese ? await japaneseTokenizer() : null;
  for (const s of segments) {
    const segText = text.slice(s.start, s.end);
    if (s.lang === 'ja' && ja) tokens.set(s.index, tokenizeJapanese(ja, segText, s.start));
    else if (s.lang === 'en') tokens.set(s.index, tokenizeEnglish(segText, s.start));
  }
  return tokens;
}
