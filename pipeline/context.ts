/**
 * Build the DocContext of one text: normalise → segment → tokenize.
 * Used by the ingest pipeline, `extract-text`, and the extractors' tests.
 */
import { normalise } from './stages/normalise.ts';
import { segment } from './stages/segment.ts';
import { tokenize } from './stages/tokenize.ts';
import type { DocContext } from './types.ts';

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
  const tokens = options.tokens === false ? new Map() : await tokenize(norm.text, segments);
  return { name: options.name ?? 'text', norm, segments, tokens, metadataDate: options.metadataDate ?? null };
}
