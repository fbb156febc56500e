/**
 * Report build time on a generated corpus: `tsx pipeline/report/bench.ts [--docs 5000]`.
 * Generates the documents with the benchmark's corpus generator (pipeline/bench/corpus.ts),
 * ingests them once into .bench/report-<N>.sqlite (reused), then times `buildReport`.
 * The goal: 5,000 documents in ≤ 30 s.
 */
import { existsSync, readdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { ensureCorpus } from '../bench/corpus.ts';
import { openDatabase } from '../db/database.ts';
import { ingest } from '../ingest.ts';
import { defaultSeedsDir } from '../../text/seed-files.ts';
import { loadExtraction } from '../setup.ts';
import { defaultWorkerCount } from '../workers.ts';
import { buildReport } from './build.ts';

const ROOT = path.resolve(import.meta.dirname, '../..');
const ARTICLE_BYTES = 2300;

function argument(name: string, fallback: number): number {
  const i = process.argv.indexOf(name);
  return i >= 0 ? Number(process.argv[i + 1]) : fallback;
}

async function main(): Promise<void> {
  const docs = argument('--docs', 5000);
  const dir = path.join(ROOT, '.bench');
  const file = path.join(dir, `report-${docs}.sqlite`);
  if (!existsSync(file)) {
    // 70 % Japanese, 30 % English articles; generated articles overshoot ARTICLE_BYTES by ~6 %,
    // so a 10 % margin gives enough files, and exactly `docs` of them are ingested.
    const ja = Math.round(docs * 0.7);
    const corpus = ensureCorpus({ dir: path.join(dir, `report-corpus-${docs}`), japaneseBytes: ja * ARTICLE_BYTES * 1.1, englishBytes: (docs - ja) * ARTICLE_BYTES * 1.1, articleBytes: ARTICLE_BYTES }, defaultSeedsDir());
    const pick = (d: string, n: number) => readdirSync(d).sort().slice(0, n).map((f) => path.join(d, f));
    const files = [...pick(corpus.ja, ja), ...pick(corpus.en, docs - ja)];
    if (files.length !== docs) throw new Error(`the generated corpus has ${files.length} documents, not ${docs}`);
    process.stderr.write(`ingesting ${files.length} generated documents into ${file} …\n`);
    const db = openDatabase(file);
    await ingest(db, files, loadExtraction(defaultSeedsDir()), { workers: defaultWorkerCount() });
    db.close();
  }
  const db = openDatabase(file, { readonly: true });
  const out = path.join(dir, `report-site-${docs}`);
  rmSync(out, { recursive: true, force: true });
  const cpu = process.cpuUsage();
  const s = buildReport(db, out);
  const used = process.cpuUsage(cpu);
  db.close();
  process.stdout.write(
    `report build: ${s.documents} documents, ${s.companies} companies, ${s.agreements} agreements, ${s.files} files in ${s.seconds.toFixed(2)} s (CPU ${((used.user + used.system) / 1e6).toFixed(2)} s) ` +
      `(${((s.seconds * 1000) / Math.max(1, s.documents)).toFixed(2)} ms/document; goal for 5,000 documents: ≤ 30 s) → ${out}\n`,
  );
}

await main();
