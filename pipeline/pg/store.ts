/**
 * The PostgreSQL record store: the same rows as the SQLite Store (stages/store.ts), written by
 * many processes at once. A PgStore on the pool runs each call on its own; `transaction`
 * hands a PgStore bound to one connection inside BEGIN … COMMIT.
 *
 * A document's records are written by a server-side function (ev_store_records in schema.ts)
 * in one round trip: with one statement per table the round trips, not the rows, were the cost.
 */
import type pg from 'pg';
import type { CompanyEntity } from '../../extractors/types.ts';
import type { DocumentRecords } from '../stages/records.ts';
import type { ChangeKind, DocumentStore, DocumentToStore, ExtractionState, StoredDocumentInfo } from '../storage.ts';
import { inTransaction, type Queryable } from './connect.ts';

const now = () => new Date().toISOString();

export class PgStore implements DocumentStore {
  constructor(
    readonly db: Queryable,
    private readonly pool: pg.Pool | null = 'totalCount' in db ? (db as pg.Pool) : null,
  ) {}

  private async q<R extends pg.QueryResultRow = Record<string, unknown>>(sql: string, params: unknown[] = []): Promise<R[]> {
    return (await this.db.query<R>(sql, params)).rows;
  }

  /** Run `f` with a store bound to one connection, in one transaction (deadlocks retried). */
  transaction<T>(f: (tx: PgStore) => Promise<T>): Promise<T> {
    if (!this.pool) return f(this); // already inside one
    return inTransaction(this.pool, (client) => f(new PgStore(client, null)));
  }

  async documentByPath(path: string): Promise<StoredDocumentInfo | undefined> {
    return (await this.q<StoredDocumentInfo>('SELECT id, path, content_hash FROM documents WHERE path = $1', [path]))[0];
  }

  async pathWithContent(hash: string): Promise<string | undefined> {
    return (await this.q<{ path: string }>('SELECT path FROM documents WHERE content_hash = $1 LIMIT 1', [hash]))[0]?.path;
  }

  /** Unlike SQLite's, a run still marked running is not taken for a killed one: many run at once. */
  async startRun(command: string, toolVersion: string, state: ExtractionState, dictionaryHash: string): Promise<number> {
    const rows = await this.q<{ id: number }>(
      `INSERT INTO runs (command, started_at, tool_version, extractor_versions, resource_hashes, dictionary_hash)
       VALUES ($1, $2, $3, $4, $5, $6) RETURNING id`,
      [command, now(), toolVersion, JSON.stringify(state.extractors), JSON.stringify(state.resources), dictionaryHash],
    );
    return rows[0]!.id;
  }

  async finishRun(runId: number, status: string, read: number, skipped: number, failed: number, counts: Record<string, number>): Promise<void> {
    await this.q(
      'UPDATE runs SET finished_at = $1, status = $2, documents_read = $3, documents_skipped = $4, documents_failed = $5, counts = $6 WHERE id = $7',
      [now(), status, read, skipped, failed, JSON.stringify(counts), runId],
    );
  }

  async setRunStatus(runId: number, status: string): Promise<void> {
    await this.q('UPDATE runs SET status = $1 WHERE id = $2', [status, runId]);
  }

  async recordError(runId: number | null, path: string, stage: string, message: string): Promise<void> {
    await this.q('INSERT INTO errors (run_id, path, stage, message, at) VALUES ($1, $2, $3, $4, $5)', [runId, path, stage, message, now()]);
  }

  async recordDictionaryVersion(hash: string, runId: number, aliases: Record<string, string>, canonical: Record<string, string>): Promise<void> {
    await this.q('INSERT INTO dictionary_versions (hash, first_run, aliases, canonical) VALUES ($1, $2, $3, $4) ON CONFLICT (hash) DO NOTHING', [
      hash,
      runId,
      JSON.stringify(aliases),
      JSON.stringify(canonical),
    ]);
  }

  async recordChange(
    runId: number,
    documentId: number | null,
    document: string,
    category: string,
    change: ChangeKind,
    key: string,
    surface: string | null,
    before: unknown,
    after: unknown,
  ): Promise<void> {
    const json = (v: unknown) => (v === null || v === undefined ? null : JSON.stringify(v));
    await this.q(
      'INSERT INTO changes (run_id, document_id, document, category, change, key, surface, before, after) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)',
      [runId, documentId, document, category, change, key, surface, json(before), json(after)],
    );
  }

  async syncCompanies(entities: readonly CompanyEntity[]): Promise<void> {
    await this.transaction(async (tx) => {
      await tx.q('UPDATE companies SET in_dictionary = 0 WHERE discovered = 0 AND in_dictionary = 1');
      await tx.q("DELETE FROM company_aliases WHERE lang <> 'found'");
      const sorted = [...entities].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
      await tx.q(
        `INSERT INTO companies (id, canonical, country, sector, wikidata, parents, discovered, in_dictionary)
         SELECT id, canonical, country, sector, wikidata, parents, 0, 1
         FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[]) AS t(id, canonical, country, sector, wikidata, parents)
         ON CONFLICT (id) DO UPDATE SET canonical = excluded.canonical, country = excluded.country, sector = excluded.sector,
           wikidata = excluded.wikidata, parents = excluded.parents, discovered = 0, in_dictionary = 1`,
        [
          sorted.map((e) => e.id),
          sorted.map((e) => e.canonical),
          sorted.map((e) => e.country ?? null),
          sorted.map((e) => e.sector ?? null),
          sorted.map((e) => e.wikidata ?? null),
          sorted.map((e) => JSON.stringify(e.parents ?? [])),
        ],
      );
      const aliases = sorted.flatMap((e) => e.aliases.map((a) => [e.id, a.alias, a.lang] as const));
      await tx.q(
        `INSERT INTO company_aliases (company_id, alias, lang) SELECT * FROM unnest($1::text[], $2::text[], $3::text[])
         ON CONFLICT DO NOTHING`,
        [aliases.map((a) => a[0]), aliases.map((a) => a[1]), aliases.map((a) => a[2])],
      );
      // the dictionary's parents (one: a parent; several: a joint venture's owners), as the SQLite Store
      await tx.q("DELETE FROM company_links WHERE source = 'dictionary'");
      const links = sorted.flatMap((e) => (e.parents ?? []).map((p) => [e.id, p, (e.parents ?? []).length > 1 ? 'owner' : 'parent'] as const));
      await tx.q(
        `INSERT INTO company_links (company_id, parent_id, relation, source) SELECT DISTINCT a, b, c, 'dictionary' FROM unnest($1::text[], $2::text[], $3::text[]) AS t(a, b, c)`,
        [links.map((l) => l[0]), links.map((l) => l[1]), links.map((l) => l[2])],
      );
    });
  }

  async stateId(state: ExtractionState): Promise<number> {
    const json = JSON.stringify(state);
    await this.q('INSERT INTO extraction_states (state) VALUES ($1) ON CONFLICT (state) DO NOTHING', [json]);
    return (await this.q<{ id: number }>('SELECT id FROM extraction_states WHERE state = $1', [json]))[0]!.id;
  }

  async setDocumentState(documentId: number, stateId: number): Promise<void> {
    await this.q(
      'INSERT INTO document_states (document_id, state_id) VALUES ($1, $2) ON CONFLICT (document_id) DO UPDATE SET state_id = excluded.state_id',
      [documentId, stateId],
    );
  }

  async saveSignature(documentId: number, signature: Uint8Array): Promise<void> {
    await this.q(
      'INSERT INTO alias_signatures (document_id, signature) VALUES ($1, $2) ON CONFLICT (document_id) DO UPDATE SET signature = excluded.signature',
      [documentId, Buffer.from(signature.buffer, signature.byteOffset, signature.byteLength)],
    );
  }

  /**
   * Write one document's records with ev_store_records (pg/schema.ts): one round trip. With
   * `stamp`, also the document's extraction stamp; with `skipIfDone`, nothing when the document
   * already carries this run and state. Returns whether anything was written.
   */
  async storeRecords(
    documentId: number,
    runId: number,
    records: DocumentRecords,
    stamp: { stateId: number; signature: Uint8Array; skipIfDone: boolean } | null,
  ): Promise<boolean> {
    const payload = {
      discovered: records.discovered.map((d) => ({ id: d.id, canonical: d.canonical, aliases: d.aliases, links: d.links ?? [] })),
      segments: records.segments,
      // JSON values travel as their exact text: what is stored is what JSON.stringify wrote
      mentions: records.mentions.map(({ valueJson, ...m }) => ({ ...m, value: valueJson ?? JSON.stringify(m.value) })),
      agreements: records.agreements.map((a) => ({
        ...a,
        dateStart: a.date?.start ?? null,
        dateEnd: a.date?.end ?? null,
        dateValue: a.date ? JSON.stringify(a.date) : null,
      })),
      documentDate: records.documentDate?.value ?? null,
      documentDateSource: records.documentDate?.source ?? null,
      languageMix: JSON.stringify(records.languageMix),
    };
    const sig = stamp ? Buffer.from(stamp.signature.buffer, stamp.signature.byteOffset, stamp.signature.byteLength) : null;
    const rows = await this.q<{ written: boolean }>('SELECT ev_store_records($1, $2, $3, $4, $5, $6) AS written', [
      documentId,
      runId,
      JSON.stringify(payload),
      stamp?.stateId ?? null,
      sig,
      stamp?.skipIfDone ?? false,
    ]);
    return rows[0]!.written;
  }

  async insertRecords(documentId: number, runId: number, records: DocumentRecords): Promise<void> {
    await this.storeRecords(documentId, runId, records, null);
  }

  /** Insert (or replace) a document row; records and extraction come later (`extracted_run` NULL until then). */
  async insertDocumentRow(runId: number, doc: Omit<DocumentToStore, 'aliasSignature'>, languageMix: string, date: { value: string; source: string } | null, extracted: boolean): Promise<{ id: number; replaced: StoredDocumentInfo | undefined }> {
    const existing = await this.documentByPath(doc.path);
    if (existing) await this.q('DELETE FROM documents WHERE id = $1', [existing.id]);
    const rows = await this.q<{ id: number }>(
      `INSERT INTO documents (path, name, format, content_hash, encoding, language_mix, document_date, document_date_source, text, char_count, ingested_run, extracted_run)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12) RETURNING id`,
      [doc.path, doc.name, doc.format, doc.contentHash, doc.encoding, languageMix, date?.value ?? null, date?.source ?? null, doc.text, doc.charCount, runId, extracted ? runId : null],
    );
    const id = rows[0]!.id;
    await this.recordChange(runId, id, doc.name, 'document', existing ? 'changed' : 'added', doc.path, null, existing ? { content_hash: existing.content_hash } : null, {
      content_hash: doc.contentHash,
    });
    return { id, replaced: existing };
  }

  async writeDocument(runId: number, doc: DocumentToStore, records: DocumentRecords, stateId: number): Promise<number> {
    return this.transaction(async (tx) => {
      const { aliasSignature, ...stored } = doc;
      const { id } = await tx.insertDocumentRow(runId, stored, JSON.stringify(records.languageMix), records.documentDate, true);
      await tx.storeRecords(id, runId, records, { stateId, signature: aliasSignature, skipIfDone: false });
      return id;
    });
  }
}
