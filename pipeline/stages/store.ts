/**
 * Stage "store": write each document with everything extracted from it in ONE transaction,
 * so a crash or kill never leaves a half-written document. Runs and errors are recorded too.
 */
import os from 'node:os';
import type { DB } from '../db/database.ts';
import { dropDeferredIndexes, ensureDeferredIndexes } from '../db/deferred-indexes.ts';
import type { CompanyEntity } from '../../extractors/types.ts';
import type { DocumentRecords } from './records.ts';
import { readWireRows, type WireDocument, type WireRowSink } from '../records-wire.ts';
import type { DocumentStore, DocumentToStore, ExtractionState, StoredDocumentInfo } from '../storage.ts';

export class Store implements DocumentStore {
  private readonly stmts;

  constructor(readonly db: DB) {
    this.stmts = {
      byPath: db.prepare<[string], StoredDocumentInfo>('SELECT id, path, content_hash FROM documents WHERE path = ?'),
      byHash: db.prepare<[string], { path: string }>('SELECT path FROM documents WHERE content_hash = ? LIMIT 1'),
      deleteDoc: db.prepare('DELETE FROM documents WHERE id = ?'),
      saveSignature: db.prepare('INSERT OR REPLACE INTO alias_signatures (document_id, signature) VALUES (?, ?)'),
      insertDictionaryVersion: db.prepare(
        'INSERT INTO dictionary_versions (hash, first_run, aliases, canonical) VALUES (?, ?, ?, ?) ON CONFLICT(hash) DO NOTHING',
      ),
      insertChange: db.prepare(
        'INSERT INTO changes (run_id, document_id, document, category, change, key, surface, before, after) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)',
      ),
      insertDoc: db.prepare(
        `INSERT INTO documents (path, name, format, content_hash, encoding, language_mix, document_date, document_date_source, text, char_count, ingested_run, extracted_run)
         VALUES (@path, @name, @format, @contentHash, @encoding, @languageMix, @documentDate, @documentDateSource, @text, @charCount, @runId, @runId)`,
      ),
      stateId: db.prepare<[string], { id: number }>('SELECT id FROM extraction_states WHERE state = ?'),
      insertState: db.prepare('INSERT INTO extraction_states (state) VALUES (?) ON CONFLICT(state) DO NOTHING'),
      setDocumentState: db.prepare('INSERT OR REPLACE INTO document_states (document_id, state_id) VALUES (?, ?)'),
      insertSegment: db.prepare(
        'INSERT INTO segments (document_id, idx, kind, paragraph, lang, start, end, table_no, row_no, text) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)',
      ),
      insertMention: db.prepare(
        `INSERT INTO mentions (document_id, kind, start, end, surface, value, company_id, extractor, extractor_version, rule, run_id)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      ),
      insertAgreement: db.prepare(
        'INSERT INTO agreements (document_id, type, date_start, date_end, date_value, extractor, extractor_version, rule, run_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)',
      ),
      insertParty: db.prepare('INSERT INTO agreement_parties (agreement_id, position, company_id, name, role) VALUES (?, ?, ?, ?, ?)'),
      insertEvidence: db.prepare('INSERT INTO agreement_evidence (agreement_id, position, start, end, surface) VALUES (?, ?, ?, ?, ?)'),
      upsertCompany: db.prepare(
        `INSERT INTO companies (id, canonical, country, sector, wikidata, parents, discovered, in_dictionary)
         VALUES (@id, @canonical, @country, @sector, @wikidata, @parents, @discovered, @inDictionary)
         ON CONFLICT(id) DO UPDATE SET canonical = excluded.canonical, country = excluded.country, sector = excluded.sector,
           wikidata = excluded.wikidata, parents = excluded.parents, discovered = excluded.discovered, in_dictionary = excluded.in_dictionary`,
      ),
      insertDiscovered: db.prepare(
        `INSERT INTO companies (id, canonical, discovered, in_dictionary) VALUES (?, ?, 1, 0) ON CONFLICT(id) DO NOTHING`,
      ),
      insertAlias: db.prepare('INSERT OR IGNORE INTO company_aliases (company_id, alias, lang) VALUES (?, ?, ?)'),
      insertLink: db.prepare('INSERT OR IGNORE INTO company_links (company_id, parent_id, relation, source, document_id) VALUES (?, ?, ?, ?, ?)'),
      deleteDictLinks: db.prepare("DELETE FROM company_links WHERE source = 'dictionary'"),
      deleteDocLinks: db.prepare('DELETE FROM company_links WHERE document_id = ?'),
      deleteDictAliases: db.prepare("DELETE FROM company_aliases WHERE lang != 'found'"),
      markRemovedFromDictionary: db.prepare('UPDATE companies SET in_dictionary = 0 WHERE discovered = 0'),
      insertError: db.prepare('INSERT INTO errors (run_id, path, stage, message, at) VALUES (?, ?, ?, ?, ?)'),
      startRun: db.prepare(
        `INSERT INTO runs (command, started_at, tool_version, extractor_versions, resource_hashes, dictionary_hash, pid, host)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
      ),
      finishRun: db.prepare(
        `UPDATE runs SET finished_at = ?, status = ?, documents_read = ?, documents_skipped = ?, documents_failed = ?, counts = ? WHERE id = ?`,
      ),
    };
  }

  /** Documents stored (all runs). */
  documentCount(): number {
    return (this.db.prepare('SELECT count(*) AS n FROM documents').get() as { n: number }).n;
  }

  /** Drop the indexes only readers need, for the rest of a large write (db/deferred-indexes.ts). */
  dropDeferredIndexes(): void {
    this.immediate(() => dropDeferredIndexes(this.db));
  }

  /** Build the deferred indexes that are missing; returns their names. */
  ensureDeferredIndexes(): string[] {
    return ensureDeferredIndexes(this.db);
  }

  documentByPath(path: string): StoredDocumentInfo | undefined {
    return this.stmts.byPath.get(path);
  }

  pathWithContent(hash: string): string | undefined {
    return this.stmts.byHash.get(hash)?.path;
  }

  startRun(command: string, toolVersion: string, state: ExtractionState, dictionaryHash: string): number {
    // Runs left `running` by a killed process were marked `interrupted` when the database was opened (db/stale-runs.ts).
    const info = this.stmts.startRun.run(
      command,
      new Date().toISOString(),
      toolVersion,
      JSON.stringify(state.extractors),
      JSON.stringify(state.resources),
      dictionaryHash,
      process.pid,
      os.hostname(),
    );
    return Number(info.lastInsertRowid);
  }

  finishRun(runId: number, status: string, read: number, skipped: number, failed: number, counts: Record<string, number>): void {
    this.stmts.finishRun.run(new Date().toISOString(), status, read, skipped, failed, JSON.stringify(counts), runId);
  }

  recordError(runId: number | null, path: string, stage: string, message: string): void {
    this.stmts.insertError.run(runId, path, stage, message, new Date().toISOString());
  }

  /** Remember the alias map of a company-dictionary version (reextract diffs against it). */
  recordDictionaryVersion(hash: string, runId: number, aliases: Record<string, string>, canonical: Record<string, string>): void {
    this.stmts.insertDictionaryVersion.run(hash, runId, JSON.stringify(aliases), JSON.stringify(canonical));
  }

  recordChange(
    runId: number,
    documentId: number | null,
    document: string,
    category: string,
    change: 'added' | 'removed' | 'changed',
    key: string,
    surface: string | null,
    before: unknown,
    after: unknown,
  ): void {
    this.stmts.insertChange.run(
      runId,
      documentId,
      document,
      category,
      change,
      key,
      surface,
      before === null || before === undefined ? null : JSON.stringify(before),
      after === null || after === undefined ? null : JSON.stringify(after),
    );
  }

  /** Bring the companies tables in line with the current dictionary. */
  syncCompanies(entities: readonly CompanyEntity[], state?: ExtractionState): void {
    // (nothing to write when the last run ended well with the same dictionary and extractor
    // versions: its rows stand — ~0.1 s of every ingest's start with 9,000 companies)
    if (state && this.lastRunHadState(state)) return;
    this.immediate(() => {
      this.stmts.markRemovedFromDictionary.run();
      this.stmts.deleteDictAliases.run();
      for (const e of entities) {
        this.stmts.upsertCompany.run({
          id: e.id,
          canonical: e.canonical,
          country: e.country ?? null,
          sector: e.sector ?? null,
          wikidata: e.wikidata ?? null,
          parents: JSON.stringify(e.parents ?? []),
          discovered: 0,
          inDictionary: 1,
        });
        for (const a of e.aliases) this.stmts.insertAlias.run(e.id, a.alias, a.lang);
      }
      this.stmts.deleteDictLinks.run();
      for (const e of entities) {
        const relation = (e.parents ?? []).length > 1 ? 'owner' : 'parent';
        for (const p of e.parents ?? []) this.stmts.insertLink.run(e.id, p, relation, 'dictionary', null);
      }
    });
  }

  /** Whether the latest run that is no longer running ended well (done, nothing to do) with exactly this state. */
  private lastRunHadState(state: ExtractionState): boolean {
    const last = this.db.prepare(`SELECT status, extractor_versions, resource_hashes FROM runs WHERE status != 'running' ORDER BY id DESC LIMIT 1`).get() as
      | { status: string; extractor_versions: string; resource_hashes: string }
      | undefined;
    return !!last && (last.status === 'done' || last.status === 'nothing_to_do') && last.extractor_versions === JSON.stringify(state.extractors) && last.resource_hashes === JSON.stringify(state.resources);
  }

  /** Run `f` in a write transaction taken at BEGIN (IMMEDIATE), or in a savepoint inside one. */
  immediate<T>(f: () => T): T {
    return this.db.transaction(f).immediate();
  }

  /**
   * The id of an extraction state (stored once, referenced by every document extracted with
   * it). A run asks once, before its document transactions, and passes the id on.
   */
  stateId(state: ExtractionState): number {
    const json = JSON.stringify(state);
    this.stmts.insertState.run(json);
    return this.stmts.stateId.get(json)!.id;
  }

  /** Record what a document was (re)extracted with (an id from stateId). */
  setDocumentState(documentId: number, stateId: number): void {
    this.stmts.setDocumentState.run(documentId, stateId);
  }

  /** Store (or replace) a document's alias signature (see alias-signature.ts). */
  saveSignature(documentId: number, signature: Uint8Array): void {
    this.stmts.saveSignature.run(documentId, signature);
  }

  /**
   * Insert the records of one document (inside the caller's transaction); `text` is the
   * document's stored text. `records` may be a worker's wire form (records-wire.ts), whose rows
   * are inserted as they are read, with no object per row.
   */
  insertRecords(documentId: number, runId: number, records: DocumentRecords | WireDocument, text: string): void {
    const s = this.stmts;
    s.deleteDocLinks.run(documentId);
    for (const d of records.discovered) {
      s.insertDiscovered.run(d.id, d.canonical);
      for (const a of d.aliases) s.insertAlias.run(d.id, a, 'found');
      for (const l of d.links ?? []) s.insertLink.run(d.id, l.id, l.relation, 'text', documentId);
    }
    if ('ints' in records) {
      readWireRows(records, this.rowSink(documentId, runId, text));
      return;
    }
    // the objects' rows with the statements run directly (as rowSink runs them: a call per row
    // less, the path of every document extracted in this thread)
    const slice = segmentSlicer(text);
    for (const seg of records.segments) {
      s.insertSegment.run(documentId, seg.idx, seg.kind, seg.paragraph, seg.lang, seg.start, seg.end, seg.table, seg.row, slice(seg.start, seg.end));
    }
    for (const m of records.mentions) {
      s.insertMention.run(documentId, m.kind, m.start, m.end, m.surface, m.valueJson ?? JSON.stringify(m.value), m.companyId, m.extractor, m.extractorVersion, m.rule, runId);
    }
    for (const a of records.agreements) {
      const info = s.insertAgreement.run(documentId, a.type, a.date?.start ?? null, a.date?.end ?? null, a.date ? JSON.stringify(a.date) : null, a.extractor, a.extractorVersion, a.rule, runId);
      const agreementId = Number(info.lastInsertRowid);
      a.parties.forEach((p, i) => s.insertParty.run(agreementId, i, p.companyId, p.name, p.role ?? null));
      a.evidence.forEach((e, i) => s.insertEvidence.run(agreementId, i, e.start, e.end, e.surface));
    }
  }

  /** The statements that insert one document's rows, as readWireRows gives them. */
  private rowSink(documentId: number, runId: number, text: string): WireRowSink {
    const s = this.stmts;
    const slice = segmentSlicer(text);
    return {
      segment: (idx, kind, paragraph, lang, start, end, table, row) => s.insertSegment.run(documentId, idx, kind, paragraph, lang, start, end, table, row, slice(start, end)),
      mention: (kind, start, end, surface, valueJson, companyId, extractor, extractorVersion, rule) =>
        s.insertMention.run(documentId, kind, start, end, surface, valueJson, companyId, extractor, extractorVersion, rule, runId),
      agreement: (type, dateJson, dateStart, dateEnd, extractor, extractorVersion, rule) =>
        Number(s.insertAgreement.run(documentId, type, dateStart, dateEnd, dateJson, extractor, extractorVersion, rule, runId).lastInsertRowid),
      party: (agreementId, position, companyId, name, role) => s.insertParty.run(agreementId, position, companyId, name, role),
      evidence: (agreementId, position, start, end, surface) => s.insertEvidence.run(agreementId, position, start, end, surface),
    };
  }

  /**
   * Replace (or insert) a document and all its records atomically. Returns the document id, or
   * null when its content is stored already — checked under the write lock, so two processes
   * ingesting the same files store each content once.
   */
  writeDocument(runId: number, doc: DocumentToStore, records: DocumentRecords | WireDocument, stateId: number): number | null {
    return this.immediate(() => this.writeDocumentInTransaction(runId, doc, records, stateId));
  }

  /**
   * writeDocument inside the caller's write transaction (a batch of documents, all or none),
   * without a savepoint of its own: a savepoint copies every page it first touches to a
   * sub-journal so that it can roll back alone, which was about a fifth of the writer's time.
   */
  writeDocumentInTransaction(runId: number, doc: DocumentToStore, records: DocumentRecords | WireDocument, stateId: number): number | null {
    if (!this.db.inTransaction) throw new Error('writeDocumentInTransaction needs an open write transaction (use writeDocument)');
    const existing = this.stmts.byPath.get(doc.path);
    if (existing?.content_hash === doc.contentHash) return null;
    if (!existing && this.stmts.byHash.get(doc.contentHash)) return null;
    if (existing) this.stmts.deleteDoc.run(existing.id);
    const { aliasSignature, ...stored } = doc;
    const info = this.stmts.insertDoc.run({
      ...stored,
      languageMix: JSON.stringify(records.languageMix),
      documentDate: records.documentDate?.value ?? null,
      documentDateSource: records.documentDate?.source ?? null,
      runId,
    });
    const id = Number(info.lastInsertRowid);
    this.setDocumentState(id, stateId);
    this.saveSignature(id, aliasSignature);
    this.insertRecords(id, runId, records, doc.text);
    this.recordChange(runId, id, doc.name, 'document', existing ? 'changed' : 'added', doc.path, null, existing ? { content_hash: existing.content_hash } : null, { content_hash: doc.contentHash });
    return id;
  }
}

/**
 * (start, end) in code points → the text between, for many spans of one text in rising order:
 * a checkpoint every 1024 code points makes each lookup cost its own length, not its offset.
 */
/** Documents longer than this (UTF-16 units) store each segment's text for the span check. */
export const SEGMENT_TEXT_MIN_LENGTH = 20_000;

export function codePointSlicer(text: string): (start: number, end: number) => string {
  const STEP = 1024;
  const checkpoints: number[] = [0]; // UTF-16 index of code point k × STEP
  let cp = 0;
  for (let i = 0; i < text.length; ) {
    const c = text.charCodeAt(i);
    i += c >= 0xd800 && c <= 0xdbff && i + 1 < text.length ? 2 : 1;
    if (++cp % STEP === 0) checkpoints.push(i);
  }
  const indexOf = (point: number): number => {
    const k = Math.min(Math.floor(point / STEP), checkpoints.length - 1);
    let i = checkpoints[k]!;
    for (let n = k * STEP; n < point && i < text.length; n++) {
      const c = text.charCodeAt(i);
      i += c >= 0xd800 && c <= 0xdbff && i + 1 < text.length ? 2 : 1;
    }
    return i;
  };
  return (start, end) => {
    const from = indexOf(start);
    let i = from;
    for (let n = start; n < end && i < text.length; n++) {
      const c = text.charCodeAt(i);
      i += c >= 0xd800 && c <= 0xdbff && i + 1 < text.length ? 2 : 1;
    }
    return text.slice(from, i);
  };
}

/**
 * A segment's stored text, or null. Segment texts make the span check linear in a long
 * document (v_span_mismatches compares a span with its segment's text); in a short one substr()
 * of the document text is as cheap, and storing them would grow the database by a fifth for
 * nothing.
 */
function segmentSlicer(text: string): (start: number, end: number) => string | null {
  return text.length > SEGMENT_TEXT_MIN_LENGTH ? codePointSlicer(text) : () => null;
}
