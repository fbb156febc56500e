/**
 * One document through the CPU-bound stages, in their explicit order:
 *   read → normalise → segment → tokenize → extract → records
 * (store runs on the single writer; see ingest.ts). The result is plain data so that it can
 * cross a worker-thread boundary.
 */
import { aliasSignature } from './stages/alias-signature.ts';
import { codePointLength, normalise } from '../text/normalise.ts';
import { readArticle, type ReadDocument } from './stages/read.ts';
import { segment } from '../text/segment.ts';
import { tokenize, type LazyTokens } from './stages/tokenize.ts';
import { runExtractors, runExtractorsOver } from './stages/extract.ts';
import { toRecords, type DocumentRecords } from './stages/records.ts';
import type { DocContext, Extractor, Found } from '../extractors/types.ts';
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

/** A document read, normalised and segmented, its tokens made on demand: what the extractors read. */
interface Prepared {
  read: ReadDocument;
  ctx: DocContext;
  tokens: LazyTokens;
  /** Milliseconds of tokens made before extraction (`--tokenize all`). */
  eagerMs: number;
  timings: StageTimings;
}

async function prepare(read: ReadDocument, timings: StageTimings): Promise<Prepared> {
  const norm = timed(timings, 'normalise', () => normalise(read.text));
  const segments = timed(timings, 'segment', () => segment(norm.text));
  const tokens = await tokenize(norm.text, segments);
  const ctx: DocContext = { name: read.name, norm, segments, tokens, tokensAround: (s, e) => tokens.around(s, e), metadataDate: read.metadataDate };
  return { read, ctx, tokens, eagerMs: tokens.ms, timings };
}

/** The records of what the extractors found, and the document to store. */
function finish({ read, ctx, tokens, eagerMs, timings }: Prepared, found: Found, extractors: readonly Extractor[], extractorMs: Record<string, number>): ProcessedDocument {
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
      aliasSignature: aliasSignature(ctx.norm.text),
    },
    records,
    timings,
    extractorMs,
  };
}

/** Extract from a document that has been read (text decoded and reduced). */
export async function processRead(read: ReadDocument, extractors: readonly Extractor[], timings: StageTimings = {}): Promise<ProcessedDocument> {
  const prepared = await prepare(read, timings);
  const extractorMs: Record<string, number> = {};
  const found = timed(timings, 'extract', () => runExtractors(prepared.ctx, extractors, extractorMs));
  return finish(prepared, found, extractors, extractorMs);
}

/** How a document of a batch is read (timed as its read stage; a ReadError fails that document). */
export type ReadStep = () => ReadDocument;

/**
 * Several documents at once, with the same result per document as processRead (or the error it
 * would throw): each is read and prepared, then the extractors run extractor by extractor over
 * all of them (runExtractorsOver: the caches stay warm for one extractor), then each gets its
 * records. An error fails its own document only.
 */
export async function processBatch(steps: readonly ReadStep[], extractors: readonly Extractor[]): Promise<(ProcessedDocument | Error)[]> {
  const out = new Array<ProcessedDocument | Error>(steps.length);
  const prepared: { at: number; doc: Prepared }[] = [];
  for (let at = 0; at < steps.length; at++) {
    const timings: StageTimings = {};
    try {
      const read = timed(timings, 'read', steps[at]!);
      prepared.push({ at, doc: await prepare(read, timings) });
    } catch (e) {
      out[at] = e as Error;
    }
  }
  const extractorMs = prepared.map(() => ({}) as Record<string, number>);
  const found = runExtractorsOver(prepared.map((p) => p.doc.ctx), extractors, extractorMs);
  prepared.forEach(({ at, doc }, k) => {
    const f = found[k]!;
    for (const id in extractorMs[k]) doc.timings.extract = (doc.timings.extract ?? 0) + extractorMs[k]![id]!;
    try {
      if (f instanceof Error) throw f;
      out[at] = finish(doc, f, extractors, extractorMs[k]!);
    } catch (e) {
      out[at] = e as Error;
    }
  });
  return out;
}

export async function processFile(filePath: string, extractors: readonly Extractor[]): Promise<ProcessedDocument> {
  const timings: StageTimings = {};
  const read = timed(timings, 'read', () => readArticle(filePath));
  return processRead(read, extractors, timings);
}
