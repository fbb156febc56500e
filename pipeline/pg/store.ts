/**
 * The PostgreSQL record store: the same rows as the SQLite Store (stages/store.ts), written by
 * many processes at once. A PgStore on the pool runs each call on its own; `transaction`
 * hands a PgStore bound to one connection inside BEGIN … COMMIT.
 *
 * Rows of one kind for one document go in one statement (unnest of arrays): a document is a
 * dozen round trips, not one per record.
 */
import type pg from 'pg';
import type { CompanyEntity } from '../types.ts';
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

  async insertRecords(documentId: number, runId: number, records: DocumentRecords): Promise<void> {
    // Discovered companies in id order: two documents finding the same two companies lock
    // them in the same order (no deadlock).
    const discovered = [...records.discovered].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
    if (discovered.length > 0) {
      await this.q(
        `INSERT INTO companies (id, canonical, discovered, in_dictionary) SELECT id, canonical, 1, 0
         FROM unnest($1::text[], $2::text[]) AS t(id, canonical) ON CONFLICT (id) DO NOTHING`,
        [discovered.map((d) => d.id), discovered.map((d) => d.canonical)],
      );
      const aliases = discovered.flatMap((d) => [...new Set(d.aliases)].sort().map((a) => [d.id, a] as const));
      if (aliases.length > 0) {
        await this.q(
          `INSERT INTO company_aliases (company_id, alias, lang) SELECT c, a, 'found' FROM unnest($1::text[], $2::text[]) AS t(c, a) ON CONFLICT DO NOTHING`,
          [aliases.map((a) => a[0]), aliases.map((a) => a[1])],
        );
      }
    }
    const s = records.segments;
    if (s.length > 0) {
      await this.q(
        `INSERT INTO segments (document_id, idx, kind, paragraph, lang, start, "end", table_no, row_no)
         SELECT $1, * FROM unnest($2::int[], $3::text[], $4::int[], $5::text[], $6::int[], $7::int[], $8::int[], $9::int[])`,
        [documentId, s.map((x) => x.idx), s.map((x) => x.kind), s.map((x) => x.paragraph), s.map((x) => x.lang), s.map((x) => x.start), s.map((x) => x.end), s.map((x) => x.table), s.map((x) => x.row)],
      );
    }
    const m = records.mentions;
    if (m.length > 0) {
      await this.q(
        `INSERT INTO mentions (document_id, run_id, kind, start, "end", surface, value, company_id, extractor, extractor_version, rule)
         SELECT $1, $2, * FROM unnest($3::text[], $4::int[], $5::int[], $6::text[], $7::text[], $8::text[], $9::text[], $10::text[], $11::text[])`,
        [
          documentId,
          runId,
          m.map((x) => x.kind),
          m.map((x) => x.start),
          m.map((x) => x.end),
          m.map((x) => x.surface),
          m.map((x) => JSON.stringify(x.value)),
          m.map((x) => x.companyId),
          m.map((x) => x.extractor),
          m.map((x) => x.extractorVersion),
          m.map((x) => x.rule),
        ],
      );
    }
    const a = records.agreements;
    if (a.length === 0) return;
    // ids taken first, so parties and evidence can point at them without a round trip each
    const ids = (await this.q<{ id: number }>("SELECT nextval(pg_get_serial_sequence('agreements', 'id')) AS id FROM generate_series(1, $1)", [a.length])).map((r) => r.id);
    await this.q(
      `INSERT INTO agreements (document_id, run_id, id, type, date_start, date_end, date_value, extractor, extractor_version, rule)
       SELECT $1, $2, * FROM unnest($3::bigint[], $4::text[], $5::text[], $6::text[], $7::text[], $8::text[], $9::text[], $10::text[])`,
      [
        documentId,
        runId,
        ids,
        a.map((x) => x.type),
        a.map((x) => x.date?.start ?? null),
        a.map((x) => x.date?.end ?? null),
        a.map((x) => (x.date ? JSON.stringify(x.date) : null)),
        a.map((x) => x.extractor),
        a.map((x) => x.extractorVersion),
        a.map((x) => x.rule),
      ],
    );
    const parties = a.flatMap((x, i) => x.parties.map((p, pos) => [ids[i]!, pos, p.companyId, p.name] as const));
    if (parties.length > 0) {
      await this.q('INSERT INTO agreement_parties (agreement_id, position, company_id, name) SELECT * FROM unnest($1::bigint[], $2::int[], $3::text[], $4::text[])', [
        parties.map((p) => p[0]),
        parties.map((p) => p[1]),
        parties.map((p) => p[2]),
        parties.map((p) => p[3]),
      ]);
    }
    const evidence = a.flatMap((x, i) => x.evidence.map((e, pos) => [ids[i]!, pos, e.start, e.end, e.surface] as const));
    if (evidence.length > 0) {
      await this.q('INSERT INTO agreement_evidence (agreement_id, position, start, "end", surface) SELECT * FROM unnest($1::bigint[], $2::int[], $3::int[], $4::int[], $5::text[])', [
        evidence.map((e) => e[0]),
        evidence.map((e) => e[1]),
        evidence.map((e) => e[2]),
        evidence.map((e) => e[3]),
        evidence.map((e) => e[4]),
      ]);
    }
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
      await tx.setDocumentState(id, stateId);
      await tx.saveSignature(id, aliasSignature);
      await tx.insertRecords(id, runId, records);
      return id;
    });
  }

  /** Replace a stored document's records with freshly extracted ones (inside a transaction). */
  async replaceRecords(documentId: number, runId: number, records: DocumentRecords, signature: Uint8Array, stateId: number): Promise<void> {
    await this.q('DELETE FROM mentions WHERE document_id = $1', [documentId]);
    await this.q('DELETE FROM agreements WHERE document_id = $1', [documentId]);
    await this.q('DELETE FROM segments WHERE document_id = $1', [documentId]);
    await this.insertRecords(documentId, runId, records);
    await this.saveSignature(documentId, signature);
    await this.q('UPDATE documents SET document_date = $1, document_date_source = $2, language_mix = $3, extracted_run = $4 WHERE id = $5', [
      records.documentDate?.value ?? null,
      records.documentDate?.source ?? null,
      JSON.stringify(records.languageMix),
      runId,
      documentId,
    ]);
    await this.setDocumentState(documentId, stateId);
  }
}
