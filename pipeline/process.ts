/**
 * One document through the CPU-bound stages, in their explicit order:
 *   read → normalise → segment → tokenize → extract → records
 * (store runs on the single writer; see ingest.ts). The result is plain data so that it can
 * cross a worker-thread boundary.
 */
import { aliasSignature } from './stages/alias-signature.ts';
import { codePointLength, normalise } from '../text/normalise.ts';
import { readArticle, readBytes, type ReadDocument } from './stages/read.ts';
import { segment } from '../text/segment.ts';
import { tokenize } from './stages/tokenize.ts';
import { runExtractors } from './stages/extract.ts';
import { toRecords, type DocumentRecords } from './stages/records.ts';
import type { DocContext, Extractor } from '../extractors/types.ts';
import type { DocumentToStore } from './storage.ts';

const STAGES = ['read', 'normalise', 'segment', 'tokenize', 'extract', 'records'] as const;
export type StageName = (typeof STAGES)[number] | 'store';
export type StageTimings = Partial<Record<StageName, number>>;

export interface ProcessedDocument {
  doc: DocumentToStore;
  records: DocumentRecords;
  timings: StageTimings;
  /**
   * The extractors' time by extractor id (milliseconds): timings.extract and the tokens made on
   * demand (timings.tokenize, less any made up front), each with the extractor that asked for
   * them. What a capability costs (`npm run bench` prints the shares).
   */
  extractorMs: Record<string, number>;
}

function timed<T>(timings: StageTimings, stage: StageName, f: () => T): T {
  const t0 = performance.now();
  const out = f();
  timings[stage] = (timings[stage] ?? 0) + performance.now() - t0;
  return out;
}

/** Extract from a document that has been read (text decoded and reduced). */
export async function processRead(read: ReadDocument, extractors: readonly Extractor[], timings: StageTimings = {}): Promise<ProcessedDocument> {
  const norm = timed(timings, 'normalise', () => normalise(read.text));
  const segments = timed(timings, 'segment', () => segment(norm.text));
  const tokens = await tokenize(norm.text, segments);
  const ctx: DocContext = { name: read.name, norm, segments, tokens, tokensAround: (s, e) => tokens.around(s, e), metadataDate: read.metadataDate };
  const eagerMs = tokens.ms;
  const extractorMs: Record<string, number> = {};
  const found = timed(timings, 'extract', () => runExtractors(ctx, extractors, extractorMs));
  // Tokens are made on demand, mostly while extracting: report them as their own stage.
  timings.tokenize = (timings.tokenize ?? 0) + tokens.ms;
  timings.extract = (timings.extract ?? 0) - (tokens.ms - eagerMs);
  const records = timed(timings, 'records', () => toRecords(ctx, found, extractors));
  return {
    doc: {
      path: read.path,
      name: read.name,
      format: read.format,
      encoding: read.encoding,
      contentHash: read.contentHash,
      text: read.text,
      charCount: codePointLength(read.text),
      aliasSignature: aliasSignature(norm.text),
    },
    records,
    timings,
    extractorMs,
  };
}

export async function processFile(filePath: string, extractors: readonly Extractor[]): Promise<ProcessedDocument> {
  const timings: StageTimings = {};
  const read = timed(timings, 'read', () => readArticle(filePath));
  return processRead(read, extractors, timings);
}

/** A file whose bytes (and their sha256) the caller has read already. */
export async function processBytes(filePath: string, bytes: Uint8Array, contentHash: string, extractors: readonly Extractor[]): Promise<ProcessedDocument> {
  const timings: StageTimings = {};
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const read = timed(timings, 'read', () => readBytes(filePath, buffer, contentHash));
  return processRead(read, extractors, timings);
}

