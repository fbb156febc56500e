/**
 * `ingest PATHS --db postgres://… --queue`: read each file (decode, reduce HTML/Markdown),
 * store its text, and enqueue one extraction job per new or changed document. Unchanged files
 * are skipped as in the SQLite ingest; a stored file whose extraction never completed (its
 * job failed) is queued again. Files that cannot be read are named and recorded in `errors`.
 */
import { readFileSync } from 'node:fs';
import type pg from 'pg';
import { hashText } from '../../text/seed-files.ts';
import { findFiles, readBytes, type ReadDocument } from '../stages/read.ts';
import { ReadError } from '../stages/read-error.ts';
import { codePointLength } from '../../text/normalise.ts';
import { dictionaryEntities, dictionarySnapshot, type ExtractionSetup } from '../setup.ts';
import { toolVersion } from '../version.ts';
import { PgStore } from './store.ts';
import { DocumentQueue, type JobData } from './queue.ts';

export interface EnqueueSummary {
  runId: number;
  stateId: number;
  found: number;
  queued: number;
  skipped: number;
  failed: number;
  failures: { path: string; message: string }[];
  seconds: number;
}

/** Start a run whose documents are handed to the queue: companies synced, dictionary recorded. */
export async function startQueuedRun(store: PgStore, command: string, setup: ExtractionSetup): Promise<{ runId: number; stateId: number }> {
  const runId = await store.startRun(command, toolVersion(), setup.state, setup.dictionaryHash);
  const stateId = await store.stateId(setup.state);
  await store.syncCompanies(dictionaryEntities(setup));
  const snapshot = dictionarySnapshot(setup);
  if (snapshot) await store.recordDictionaryVersion(snapshot.hash, runId, snapshot.aliases, snapshot.canonical);
  return { runId, stateId };
}

const BATCH = 100;

type Row = { id: number; path: string; content_hash: string };

function documentRow(r: ReadDocument) {
  return {
    path: r.path,
    name: r.name,
    format: r.format,
    encoding: r.encoding,
    contentHash: r.contentHash,
    text: r.text,
    charCount: codePointLength(r.text),
  };
}

/**
 * Store the texts of a batch of documents in one transaction (a changed file's old row and
 * records are replaced); if that fails, one by one, so that one bad document is named and the
 * rest stored. Returns the ids of the stored documents.
 */
async function storeTexts(
  store: PgStore,
  runId: number,
  read: readonly ReadDocument[],
  here: ReadonlyMap<string, Row>,
  fail: (path: string, stage: string, message: string) => Promise<void>,
): Promise<number[]> {
  if (read.length === 0) return [];
  const date = (r: ReadDocument) => (r.metadataDate ? { value: r.metadataDate, source: 'metadata' } : null);
  try {
    return await store.transaction(async (tx) => {
      const replaced = read.map((r) => here.get(r.path)).filter((r): r is Row => r !== undefined);
      if (replaced.length > 0) await tx.db.query('DELETE FROM documents WHERE id = ANY($1::bigint[])', [replaced.map((r) => r.id)]);
      const rows = read.map(documentRow);
      const ids = (
        await tx.db.query<{ id: number }>(
          `INSERT INTO documents (path, name, format, content_hash, encoding, language_mix, document_date, document_date_source, text, char_count, ingested_run)
           SELECT path, name, format, hash, encoding, '{}', ddate, dsource, text, chars, $10
           FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[], $8::text[], $9::int[])
             WITH ORDINALITY AS t(path, name, format, hash, encoding, ddate, dsource, text, chars, n)
           ORDER BY n RETURNING id`,
          [
            rows.map((r) => r.path),
            rows.map((r) => r.name),
            rows.map((r) => r.format),
            rows.map((r) => r.contentHash),
            rows.map((r) => r.encoding),
            read.map((r) => date(r)?.value ?? null),
            read.map((r) => date(r)?.source ?? null),
            rows.map((r) => r.text),
            rows.map((r) => r.charCount),
            runId,
          ],
        )
      ).rows.map((r) => r.id);
      // RETURNING gives the rows in insertion order; the ids are checked against the paths anyway
      const byPath = new Map((await tx.db.query<{ id: number; path: string }>('SELECT id, path FROM documents WHERE id = ANY($1::bigint[])', [ids])).rows.map((r) => [r.path, r.id]));
      const old = rows.map((r) => here.get(r.path));
      await tx.db.query(
        `INSERT INTO changes (run_id, document_id, document, category, change, key, before, after)
         SELECT $1, id, name, 'document', change, path, before, after FROM unnest($2::bigint[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[]) AS t(id, name, change, path, before, after)`,
        [
          runId,
          rows.map((r) => byPath.get(r.path)!),
          rows.map((r) => r.name),
          old.map((o) => (o ? 'changed' : 'added')),
          rows.map((r) => r.path),
          old.map((o) => (o ? JSON.stringify({ content_hash: o.content_hash }) : null)),
          rows.map((r) => JSON.stringify({ content_hash: r.contentHash })),
        ],
      );
      return rows.map((r) => byPath.get(r.path)!);
    });
  } catch {
    const ids: number[] = [];
    for (const r of read) {
      try {
        ids.push((await store.transaction((tx) => tx.insertDocumentRow(runId, documentRow(r), '{}', date(r), false))).id);
      } catch (e) {
        await fail(r.path, 'store', (e as Error).message);
      }
    }
    return ids;
  }
}

export async function enqueueIngest(pool: pg.Pool, url: string, paths: readonly string[], setup: ExtractionSetup, onError?: (path: string, message: string) => void): Promise<EnqueueSummary> {
  const t0 = performance.now();
  const store = new PgStore(pool);
  const queue = await DocumentQueue.open(url);
  try {
    const { runId, stateId } = await startQueuedRun(store, 'ingest', setup);
    const summary: EnqueueSummary = { runId, stateId, found: 0, queued: 0, skipped: 0, failed: 0, failures: [], seconds: 0 };
    const fail = async (path: string, stage: string, message: string) => {
      summary.failed++;
      summary.failures.push({ path, message });
      await store.recordError(runId, path, stage, message);
      onError?.(path, message);
    };
    const { files, problems } = findFiles(paths);
    for (const p of problems) await fail(p.path, 'read', p.reason);
    summary.found = files.length;
    let jobs: JobData[] = [];
    const flush = async () => {
      await queue.enqueue(jobs);
      summary.queued += jobs.length;
      jobs = [];
    };
    // Files in batches: one look-up of their paths and hashes, one transaction for their rows.
    for (let i = 0; i < files.length; i += BATCH) {
      const read: ReadDocument[] = [];
      const batch: { file: string; bytes: Buffer; hash: string }[] = [];
      for (const file of files.slice(i, i + BATCH)) {
        try {
          const bytes = readFileSync(file);
          batch.push({ file, bytes, hash: hashText(bytes) });
        } catch (e) {
          const code = (e as NodeJS.ErrnoException).code;
          await fail(file, 'read', code === 'EACCES' ? 'permission denied (cannot read the file)' : `cannot read (${code ?? (e as Error).message})`);
        }
      }
      const here = new Map(
        (
          await pool.query<{ id: number; path: string; content_hash: string; extracted_run: number | null }>(
            'SELECT id, path, content_hash, extracted_run FROM documents WHERE path = ANY($1::text[])',
            [batch.map((b) => b.file)],
          )
        ).rows.map((r) => [r.path, r]),
      );
      const stored = new Set(
        (await pool.query<{ content_hash: string }>('SELECT DISTINCT content_hash FROM documents WHERE content_hash = ANY($1::text[])', [batch.map((b) => b.hash)])).rows.map(
          (r) => r.content_hash,
        ),
      );
      const live = await queue.documentsWithLiveJobs([...here.values()].filter((r) => r.extracted_run === null).map((r) => r.id));
      for (const { file, bytes, hash } of batch) {
        const row = here.get(file);
        if (row?.content_hash === hash) {
          // stored; queued again if its extraction never completed and no job for it is left (it failed)
          if (row.extracted_run === null && !live.has(row.id)) jobs.push({ documentId: row.id, runId, stateId, mode: 'ingest' });
          else summary.skipped++;
          continue;
        }
        if (!row && stored.has(hash)) {
          summary.skipped++; // the same content under another path
          continue;
        }
        stored.add(hash);
        try {
          read.push(readBytes(file, bytes, hash));
        } catch (e) {
          const err = e as Error;
          if (err instanceof ReadError) await fail(err.path, 'read', err.reason);
          else await fail(file, 'read', err.message);
        }
      }
      for (const id of await storeTexts(store, runId, read, here, fail)) jobs.push({ documentId: id, runId, stateId, mode: 'ingest' });
      // a changed file's old row is gone: its waiting jobs would only fail
      await queue.cancelWaitingJobsOf(read.flatMap((r) => here.get(r.path)?.id ?? []));
      if (jobs.length >= 500) await flush();
    }
    await flush();
    if (summary.queued > 0) {
      await pool.query("UPDATE runs SET status = 'queued', documents_skipped = $1, documents_failed = $2 WHERE id = $3", [summary.skipped, summary.failed, runId]);
    } else {
      await store.finishRun(runId, summary.failed > 0 ? 'done_with_errors' : 'done', 0, summary.skipped, summary.failed, {});
    }
    summary.seconds = (performance.now() - t0) / 1000;
    return summary;
  } finally {
    await queue.close();
  }
}
