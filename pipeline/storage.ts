/**
 * What a record store does, whichever database holds the records: the SQLite Store
 * (stages/store.ts, one writer, synchronous) and the PostgreSQL PgStore (pg/store.ts, many
 * writers, asynchronous) both implement it. Callers `await` every method; the SQLite store's
 * plain return values pass through `await` unchanged.
 *
 * `--db FILE` selects SQLite, `--db postgres://…` PostgreSQL (see openStore in pg/commands.ts).
 */
import type { CompanyEntity } from '../extractors/types.ts';
import type { DocumentRecords } from './stages/records.ts';

export interface ExtractionState {
  extractors: Record<string, string>;
  resources: Record<string, string>;
}

export interface StoredDocumentInfo {
  id: number;
  path: string;
  content_hash: string;
}

export interface DocumentToStore {
  path: string;
  name: string;
  format: string;
  encoding: string;
  contentHash: string;
  text: string;
  charCount: number;
  /** Trigram signature of the normalised text, used by reextract (stages/alias-signature.ts). */
  aliasSignature: Uint8Array;
}

export type Awaitable<T> = T | Promise<T>;

export type ChangeKind = 'added' | 'removed' | 'changed';

export interface DocumentStore {
  documentByPath(path: string): Awaitable<StoredDocumentInfo | undefined>;
  /** A stored path with this content hash, if any (a copy of the file elsewhere). */
  pathWithContent(hash: string): Awaitable<string | undefined>;
  startRun(command: string, toolVersion: string, state: ExtractionState, dictionaryHash: string): Awaitable<number>;
  finishRun(runId: number, status: string, read: number, skipped: number, failed: number, counts: Record<string, number>): Awaitable<void>;
  recordError(runId: number | null, path: string, stage: string, message: string): Awaitable<void>;
  recordDictionaryVersion(hash: string, runId: number, aliases: Record<string, string>, canonical: Record<string, string>): Awaitable<void>;
  recordChange(
    runId: number,
    documentId: number | null,
    document: string,
    category: string,
    change: ChangeKind,
    key: string,
    surface: string | null,
    before: unknown,
    after: unknown,
  ): Awaitable<void>;
  /** Bring the companies tables in line with the current dictionary. */
  /** Write the dictionary's companies; `state` lets a store skip it when its last run used the same dictionary. */
  syncCompanies(entities: readonly CompanyEntity[], state?: ExtractionState): Awaitable<void>;
  /** The id of an extraction state (stored once, referenced by every document extracted with it). */
  stateId(state: ExtractionState): Awaitable<number>;
  setDocumentState(documentId: number, stateId: number): Awaitable<void>;
  saveSignature(documentId: number, signature: Uint8Array): Awaitable<void>;
  /** Insert the records of one document (inside the caller's transaction); `text` is the document's stored text. */
  insertRecords(documentId: number, runId: number, records: DocumentRecords, text: string): Awaitable<void>;
  /**
   * Replace (or insert) a document and all its records atomically. Returns the document id, or
   * null when a document with the same content was stored meanwhile (by a concurrent run).
   */
  writeDocument(runId: number, doc: DocumentToStore, records: DocumentRecords, stateId: number): Awaitable<number | null>;
}
