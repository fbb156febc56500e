/**
 * `ingest PATHS --db postgres://… --queue`: read each file (decode, reduce HTML/Markdown),
 * store its text, and enqueue one extraction job per new or changed document. Unchanged files
 * are skipped as in the SQLite ingest; a stored file whose extraction never completed (its
 * job failed) is queued again. Files that cannot be read are named and recorded in `errors`.
 */
import { readFileSync } from 'node:fs';
import type pg from 'pg';
import { hashText } from '../resources.ts';
import { findFiles, readBytes, ReadError } from '../stages/read.ts';
import { codePointLength } from '../stages/normalise.ts';
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
    for (const file of files) {
      try {
        let bytes: Buffer;
        try {
          bytes = readFileSync(file);
        } catch (e) {
          const code = (e as NodeJS.ErrnoException).code;
          throw new ReadError(file, code === 'EACCES' ? 'permission denied (cannot read the file)' : `cannot read (${code ?? (e as Error).message})`);
        }
        const hash = hashText(bytes);
        const here = (
          await pool.query<{ id: number; content_hash: string; extracted_run: number | null }>('SELECT id, content_hash, extracted_run FROM documents WHERE path = $1', [file])
        ).rows[0];
        if (here?.content_hash === hash) {
          if (here.extracted_run === null) jobs.push({ documentId: here.id, runId, stateId, mode: 'ingest' });
          else summary.skipped++;
          continue;
        }
        if (!here && (await store.pathWithContent(hash))) {
          summary.skipped++;
          continue;
        }
        const read = readBytes(file, bytes, hash);
        const date = read.metadataDate ? { value: read.metadataDate, source: 'metadata' } : null;
        const { id } = await store.transaction((tx) =>
          tx.insertDocumentRow(
            runId,
            { path: read.path, name: read.name, format: read.format, encoding: read.encoding, contentHash: hash, text: read.text, charCount: codePointLength(read.text) },
            '{}',
            date,
            false,
          ),
        );
        jobs.push({ documentId: id, runId, stateId, mode: 'ingest' });
        if (jobs.length >= 500) await flush();
      } catch (e) {
        const err = e as Error;
        if (err instanceof ReadError) await fail(err.path, 'read', err.reason);
        else await fail(file, 'store', err.message);
      }
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
