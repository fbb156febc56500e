/**
 * The library entry (`import { createExtractor, ingest, reextract } from 'ev-extract'`), for
 * programs that embed extraction. Each function runs the code of its command: `extract` is
 * `extract-text` (same records, offsets in code points of the text given), `ingest` and
 * `reextract` are the commands of the same names over a database file, returning their summaries.
 *
 * The public types are declared here, without imports, so that the build can write
 * dist/index.d.ts from this file alone (scripts/build.mjs); library.test.ts checks them against
 * the internal types they mirror.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { extractTextRecords } from './commands/extract-text.ts';
import { loadExtraction } from './setup.ts';
import { defaultWorkerCount } from './worker-count.ts';

export type DateGranularity = 'century' | 'year' | 'fiscal_year' | 'half' | 'quarter' | 'month' | 'day';
export type DateMod = 'start' | 'mid' | 'end' | 'approx' | 'after' | 'before';
export type QuantityKind = 'energy' | 'energy_density' | 'specific_capacity' | 'power' | 'money' | 'percent' | 'area';
export type QuantityMod = 'approx' | 'max' | 'min' | 'more_than' | 'less_than';
export type AgreementType =
  | 'joint_venture'
  | 'strategic_partnership'
  | 'mou'
  | 'loi'
  | 'co_development'
  | 'supply'
  | 'licensing'
  | 'investment'
  | 'acquisition'
  | 'technical_service'
  | 'partnership';

/** A span of the text given: Unicode code points, 0-based, end exclusive; `text` is that slice. */
export interface Span {
  text: string;
  start: number;
  end: number;
}

/** ISO-8601 prefixes at the expression's own granularity ("2025", "2025-07", "FY2026", "2023-H2"); null for an open end. */
export interface DateValue {
  start: string | null;
  end: string | null;
  granularity: DateGranularity;
  mod?: DateMod;
}

export interface CompanyRecord extends Span {
  canonical: string;
  /** The dictionary id, or "discovered:<key>" for a company found in text only. */
  company_id: string | null;
  discovered: boolean;
}

export interface DateRecord extends Span {
  /** null: a relative or anaphoric date with nothing to resolve it against (then `relative`). */
  value: DateValue | null;
  /** What a date with `value: null` is relative to (RECORDS.md §2), e.g. {unit: 'month', offset: 1}. */
  relative?: Record<string, unknown>;
}

export interface QuantityRecord extends Span {
  kind: QuantityKind;
  /** In `unit`; null for a range or vague amount (then `min`/`max`). */
  value: number | null;
  /** Wh, Wh/L, Wh/kg, mAh/g, W, %, m2, or an ISO 4217 code. */
  unit: string;
  min?: number;
  max?: number;
  mod?: QuantityMod;
  /** A rate stated apart from the unit ("a year", 年間): the quantity is per this period. */
  per?: 'year';
}

export interface AgreementRecord {
  /** Canonical company names (or plain names of non-company parties). */
  parties: string[];
  type: AgreementType;
  date: DateValue | null;
  /** Who is who where the text states the direction (RECORDS.md §4): {supplier: [..], customer: [..]}. */
  roles?: Record<string, string[]>;
  evidence: Span[];
}

/** What `extract` returns: the `extract-text` command's output for the text, less its id. */
export interface TextRecords {
  companies: CompanyRecord[];
  dates: DateRecord[];
  quantities: QuantityRecord[];
  agreements: AgreementRecord[];
}

export interface ExtractorOptions {
  /** The seeds folder (dictionaries, units, vocabularies); default: the package's own. */
  seeds?: string;
}

export interface ExtractOptions {
  /**
   * The date that year-less and relative dates resolve against (extract-text's reference_date):
   * "YYYY-MM-DD" (or a string that starts with one), or a Date (its local calendar day).
   */
  referenceDate?: string | Date | null;
}

export interface Extractor {
  /** The records of `text`; the language is detected per sentence (Japanese and English may mix). */
  extract(text: string, options?: ExtractOptions): Promise<TextRecords>;
  /** Ends this extractor: `extract` then rejects. */
  close(): Promise<void>;
}

export interface IngestOptions {
  /** The SQLite database file (created if missing). */
  db: string;
  seeds?: string;
  /** Worker threads; 0 = this thread; default one per core but one (this thread extracts too when the workers are busy). A batch under 1 MB (SMALL_BATCH_BYTES) runs in this thread whatever the number. */
  workers?: number;
  /** Documents per write transaction (default 64). */
  batchSize?: number;
  onProgress?: (done: number, total: number, file: string) => void;
  /** Each failed file with a one-line reason, and the error itself when extraction failed. */
  onError?: (path: string, message: string, error?: Error) => void;
}

export interface IngestSummary {
  runId: number;
  found: number;
  read: number;
  skipped: number;
  failed: number;
  failures: { path: string; message: string }[];
  mentions: Record<string, number>;
  agreements: number;
  seconds: number;
  /** Of `seconds`, starting and stopping the worker threads (this thread extracts meanwhile). */
  startupSeconds: number;
  /** Of `bytes`, those extracted before the worker threads were ready. */
  startupBytes: number;
  /** Worker threads that extracted (0: this thread did, as asked or because the batch was small). */
  workerThreads: number;
  bytes: number;
  stageMs: Partial<Record<'read' | 'normalise' | 'segment' | 'tokenize' | 'extract' | 'records' | 'store', number>>;
  /** The extractors' time (ms) by extractor id (dates, companies, quantities, agreements), the tokens each asked for included. */
  extractorMs: Record<string, number>;
  /** Of `seconds`, building the indexes a large run drops while it writes (0 when none was dropped). */
  indexSeconds: number;
}

export interface ReextractOptions {
  /** An existing database (made by `ingest`). */
  db: string;
  seeds?: string;
  /** Redo every document, not only those the change can affect. */
  all?: boolean;
  /** Worker threads for large reruns; 0 = this thread; default one per core but one. */
  workers?: number;
  onProgress?: (done: number, total: number) => void;
}

export interface ChangeCounts {
  added: number;
  removed: number;
  changed: number;
}

export interface ReextractSummary {
  runId: number | null;
  status: 'nothing_to_do' | 'done';
  documents: number;
  redone: number;
  restamped: number;
  totals: Record<'company' | 'date' | 'quantity' | 'agreement', ChangeCounts>;
  perDocument: { document: string; reasons: string[]; counts: ChangeCounts }[];
  seconds: number;
}

/** The reference date as extract-text takes it ("YYYY-MM-DD…"); a Date gives its local calendar day. */
function referenceDateText(value: string | Date | null | undefined): string | null {
  if (value === undefined || value === null) return null;
  if (value instanceof Date) {
    if (Number.isNaN(value.getTime())) throw new RangeError('referenceDate is an invalid Date');
    const pad = (n: number) => String(n).padStart(2, '0');
    return `${value.getFullYear()}-${pad(value.getMonth() + 1)}-${pad(value.getDate())}`;
  }
  if (!/^\d{4}-\d{2}-\d{2}/.test(value)) throw new RangeError(`referenceDate takes "YYYY-MM-DD" or a Date, not ${JSON.stringify(value)}`);
  return value;
}

function workerCount(value: number | undefined): number {
  if (value === undefined) return defaultWorkerCount();
  if (!Number.isInteger(value) || value < 0) throw new RangeError(`workers takes a whole number ≥ 0 (0 = no worker threads), not ${value}`);
  return value;
}

function seedsDir(seeds: string | undefined): string | undefined {
  return seeds === undefined ? undefined : path.resolve(seeds);
}

/** Loads the dictionaries and vocabularies (a malformed seed file throws, naming file:line). */
export async function createExtractor(options: ExtractorOptions = {}): Promise<Extractor> {
  let extractors: ReturnType<typeof loadExtraction>['extractors'] | null = loadExtraction(seedsDir(options.seeds)).extractors;
  return {
    async extract(text: string, extractOptions: ExtractOptions = {}): Promise<TextRecords> {
      if (extractors === null) throw new Error('extract: this extractor is closed');
      if (typeof text !== 'string') throw new TypeError('extract takes a string');
      const records = await extractTextRecords(text, extractors, { referenceDate: referenceDateText(extractOptions.referenceDate) });
      return records as unknown as TextRecords; // gold-format.ts builds these shapes; library.test.ts checks their keys
    },
    async close(): Promise<void> {
      extractors = null;
    },
  };
}

/** The `ingest` command: files or folders into the database; files whose content is stored are skipped. */
export async function ingest(paths: readonly string[], options: IngestOptions): Promise<IngestSummary> {
  const workers = workerCount(options.workers);
  const [{ ingest: run }, { openDatabase }] = await Promise.all([import('./ingest.ts'), import('./db/database.ts')]);
  const setup = loadExtraction(seedsDir(options.seeds));
  const db = openDatabase(options.db);
  try {
    return await run(db, paths, setup, { workers, batchSize: options.batchSize, onProgress: options.onProgress, onError: options.onError });
  } finally {
    db.close();
  }
}

/** The `reextract` command: re-runs extraction over the stored documents the seeds' or extractors' changes can affect. */
export async function reextract(options: ReextractOptions): Promise<ReextractSummary> {
  const workers = workerCount(options.workers);
  if (!existsSync(options.db)) throw new Error(`reextract: no database at ${options.db}; ingest first`);
  const [{ reextract: run }, { openDatabase }] = await Promise.all([import('./reextract/run.ts'), import('./db/database.ts')]);
  const setup = loadExtraction(seedsDir(options.seeds));
  const db = openDatabase(options.db);
  try {
    return await run(db, setup, { all: options.all ?? false, workers, onProgress: options.onProgress });
  } finally {
    db.close();
  }
}
