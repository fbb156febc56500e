/**
 * `reextract`: re-run extraction over stored documents (no file is re-read) with the current
 * dictionaries and extractor versions — only the documents the plan says can be affected,
 * unless --all. Everything a run writes is ONE transaction: a failed or interrupted
 * reextract leaves the previous results intact. Every added / removed / changed record is
 * written to the `changes` table (views v_run_changes, v_run_change_totals).
 */
import PQueue from 'p-queue';
import type { DB } from '../db/database.ts';
import { dictionaryEntities, dictionarySnapshot, type ExtractionSetup } from '../setup.ts';
import { Store } from '../stages/store.ts';
import type { ReadDocument, DocumentFormat } from '../stages/read.ts';
import { toolVersion } from '../version.ts';
import { japaneseTokenizer } from '../stages/tokenize.ts';
import { InProcessProcessor, jobsInFlight, WorkerPool, type DocumentProcessor } from '../workers.ts';
import { diffRecords, freshComparables, storedComparables, type RecordChange } from './diff.ts';
import { planReextract } from './plan.ts';

export interface ReextractOptions {
  all: boolean;
  /** Worker threads when many documents are redone; 0 = this thread. */
  workers: number;
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
  totals: Record<RecordChange['category'], ChangeCounts>;
  perDocument: { document: string; reasons: string[]; counts: ChangeCounts }[];
  seconds: number;
}

/** Below this many documents the work runs in this thread: starting workers would cost more. */
const WORKER_THRESHOLD = 64;

/** A stored document as the rerun reads it (also what a PostgreSQL worker reads, pg/worker.ts). */
export interface StoredDoc {
  id: number;
  path: string;
  name: string;
  format: DocumentFormat;
  encoding: string;
  content_hash: string;
  text: string;
  document_date: string | null;
  document_date_source: string | null;
}

/** A stored document as the read stage would have given it (no file is read again). */
export function toReadDocument(doc: StoredDoc): ReadDocument {
  return {
    path: doc.path,
    name: doc.name,
    format: doc.format,
    encoding: doc.encoding,
    contentHash: doc.content_hash,
    text: doc.text,
    metadataDate: doc.document_date_source === 'metadata' ? doc.document_date : null,
  };
}

function emptyTotals(): ReextractSummary['totals'] {
  return {
    company: { added: 0, removed: 0, changed: 0 },
    date: { added: 0, removed: 0, changed: 0 },
    quantity: { added: 0, removed: 0, changed: 0 },
    agreement: { added: 0, removed: 0, changed: 0 },
  };
}

export async function reextract(db: DB, setup: ExtractionSetup, options: ReextractOptions): Promise<ReextractSummary> {
  const t0 = performance.now();
  const snapshot = dictionarySnapshot(setup);
  const plan = planReextract(db, setup, snapshot, options.all);
  const summary: ReextractSummary = {
    runId: null,
    status: 'nothing_to_do',
    documents: plan.total,
    redone: 0,
    restamped: 0,
    totals: emptyTotals(),
    perDocument: [],
    seconds: 0,
  };
  if (plan.redo.size === 0 && plan.restamp.length === 0) {
    summary.seconds = (performance.now() - t0) / 1000;
    return summary;
  }

  const store = new Store(db);
  const runId = store.startRun('reextract', toolVersion(), setup.state, setup.dictionaryHash);
  summary.runId = runId;
  summary.status = 'done';
  const getDoc = db.prepare<[number], StoredDoc>(
    'SELECT id, path, name, format, encoding, content_hash, text, document_date, document_date_source FROM documents WHERE id = ?',
  );
  const clear = [
    db.prepare('DELETE FROM mentions WHERE document_id = ?'),
    db.prepare('DELETE FROM agreements WHERE document_id = ?'),
    db.prepare('DELETE FROM segments WHERE document_id = ?'),
  ];
  const updateDoc = db.prepare(
    'UPDATE documents SET document_date = ?, document_date_source = ?, language_mix = ?, extracted_run = ? WHERE id = ?',
  );

  const ids = [...plan.redo.keys()];
  const inThisThread = !(options.workers > 0 && ids.length >= WORKER_THRESHOLD);
  // kuromoji's dictionary decompresses in the background while the run starts
  if (inThisThread && ids.length > 0) void japaneseTokenizer().catch(() => {});
  const processor: DocumentProcessor =
    !inThisThread ? new WorkerPool(setup.seedsDir, options.workers, setup.seedFiles, undefined, setup.extractors) : new InProcessProcessor(setup.extractors);
  let committed = false;
  db.exec('BEGIN IMMEDIATE');
  try {
    const stateId = store.stateId(setup.state);
    store.syncCompanies(dictionaryEntities(setup), setup.state);
    if (snapshot) store.recordDictionaryVersion(snapshot.hash, runId, snapshot.aliases, snapshot.canonical);

    const inFlight = jobsInFlight(inThisThread ? 0 : options.workers);
    const queue = new PQueue({ concurrency: inFlight });
    let done = 0;
    let failure: Error | null = null;
    for (const id of ids) {
      if (failure) break;
      await queue.onSizeLessThan(inFlight);
      const doc = getDoc.get(id)!;
      const read = toReadDocument(doc);
      queue.add(async () => {
        try {
          const processed = await processor.process({ kind: 'read', read });
          const changes = diffRecords(storedComparables(db, id), freshComparables(processed.records));
          for (const stmt of clear) stmt.run(id);
          store.insertRecords(id, runId, processed.records, doc.text);
          store.saveSignature(id, processed.doc.aliasSignature);
          const r = processed.records;
          updateDoc.run(r.documentDate?.value ?? null, r.documentDate?.source ?? null, JSON.stringify(r.languageMix), runId, id);
          store.setDocumentState(id, stateId);
          const counts: ChangeCounts = { added: 0, removed: 0, changed: 0 };
          for (const c of changes) {
            store.recordChange(runId, id, doc.name, c.category, c.change, c.key, c.surface, c.before, c.after);
            summary.totals[c.category][c.change]++;
            counts[c.change]++;
          }
          summary.perDocument.push({ document: doc.name, reasons: plan.redo.get(id)!, counts });
          summary.redone++;
        } catch (e) {
          failure ??= new Error(`reextract failed on ${doc.name}: ${(e as Error).message}`);
        } finally {
          options.onProgress?.(++done, ids.length);
        }
      });
    }
    await queue.onIdle();
    if (failure) throw failure;
    for (const id of plan.restamp) store.setDocumentState(id, stateId);
    summary.restamped = plan.restamp.length;
    db.exec('COMMIT');
    committed = true;
  } finally {
    if (!committed && db.inTransaction) db.exec('ROLLBACK');
    await processor.close();
    const counts = Object.fromEntries(Object.entries(summary.totals).map(([k, v]) => [k, v.added + v.removed + v.changed]));
    store.finishRun(runId, committed ? 'done' : 'failed', summary.redone, plan.total - summary.redone, committed ? 0 : 1, counts);
  }
  summary.perDocument.sort((a, b) => a.document.localeCompare(b.document));
  summary.seconds = (performance.now() - t0) / 1000;
  return summary;
}

export function formatReextract(s: ReextractSummary): string {
  if (s.status === 'nothing_to_do') {
    return `reextract: nothing to do — all ${s.documents} documents are up to date with the current extractors and dictionaries (${s.seconds.toFixed(2)} s)`;
  }
  const lines = [
    `reextract run #${s.runId}: redid ${s.redone} of ${s.documents} documents, re-stamped ${s.restamped} unaffected by the dictionary change (${s.seconds.toFixed(2)} s)`,
  ];
  for (const [category, c] of Object.entries(s.totals)) {
    if (c.added + c.removed + c.changed > 0) lines.push(`  ${category}: +${c.added} added, -${c.removed} removed, ~${c.changed} changed`);
  }
  const changed = s.perDocument.filter((d) => d.counts.added + d.counts.removed + d.counts.changed > 0);
  lines.push(`  documents with changes: ${changed.length}`);
  for (const d of changed.slice(0, 20)) {
    lines.push(`    ${d.document}: +${d.counts.added} -${d.counts.removed} ~${d.counts.changed} (${d.reasons.join('; ')})`);
  }
  if (changed.length > 20) lines.push(`    … ${changed.length - 20} more (see the v_run_changes view, run_id = ${s.runId})`);
  return lines.join('\n');
}
