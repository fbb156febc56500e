/**
 * Build the DocContext of one text: normalise → segment → tokenize.
 * Used by the ingest pipeline, `extract-text`, and the extractors' tests.
 */
import { normalise } from '../text/normalise.ts';
import { segment } from '../text/segment.ts';
import { tokenize } from './stages/tokenize.ts';
import type { DocContext } from '../extractors/types.ts';

export interface ContextOptions {
  name?: string;
  /** Publication date from file metadata, "YYYY-MM-DD". */
  metadataDate?: string | null;
  /** Skip tokenisation (extractors must not rely on tokens for correctness). */
  tokens?: boolean;
}

export async function buildContext(text: string, options: ContextOptions = {}): Promise<DocContext> {
  const norm = normalise(text);
  const segments = segment(norm.text);
  if (options.tokens === false) return { name: options.name ?? 'text', norm, segments, tokens: new Map(), metadataDate: options.metadataDate ?? null };
  const tokens = await tokenize(norm.text, segments);
  return { name: options.name ?? 'text', norm, segments, tokens, tokensAround: (s, e) => tokens.around(s, e), metadataDate: options.metadataDate ?? null };
}
