/**
 * `npm run bench`: throughput, memory and scaling of the whole pipeline, MeCab comparison,
 * and the cost of incremental reextract. Prints one table row per figure.
 *
 *   npm run bench               full run (≥ 20 MB Japanese, ≥ 5 MB English, ≥ 5,000 documents)
 *   npm run bench -- --quick    small corpus, for a smoke test of the script itself
 *   npm run bench -- --size-mb 200   only a generated Japanese run of that size (and its first
 *                               20 MB on their own, to compare, both after an ingest of those
 *                               20 MB that warms this thread): MB/s after start-up, linearity,
 *                               peak RSS, database size per input MB
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { appendFileSync, cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { openDatabase } from '../db/database.ts';
import { ingest, type IngestSummary } from '../ingest.ts';
import { reextract } from '../reextract/run.ts';
import { defaultSeedsDir } from '../../text/seed-files.ts';
import { loadExtraction } from '../setup.ts';
import { defaultWorkerCount } from '../workers.ts';
import { releaseKuromoji } from '../stages/tokenize.ts';
import { ensureCorpus, rareCompany } from './corpus.ts';
import { ensureRealDensityCorpus } from './real-density.ts';
import { adversarialRuns, adversarialSummary, growthOf } from './adversarial.ts';
import { createExtractor } from '../library.ts';

const quick = process.argv.includes('--quick');
const sizeArg = process.argv.indexOf('--size-mb');
const sizeMb = sizeArg >= 0 ? Number(process.argv[sizeArg + 1]) : null;
if (sizeMb !== null && !(sizeMb > 0)) throw new Error('--size-mb needs a positive number of megabytes');
// the checkout (seeds/ is one of its folders), whether this runs from the sources or from dist/bench.mjs
const ROOT = path.resolve(defaultSeedsDir(), '..');
const MB = 1024 * 1024;
const rows: string[][] = [];

/** Peak RSS when each row was printed, to tell which phase set the peak. */
const peaks: string[] = [];

function row(...cells: (string | number)[]): void {
  const r = cells.map(String);
  rows.push(r);
  peaks.push(`${r[0]} ${peakRssMb().toFixed(0)} MB`);
  process.stdout.write(`| ${r.join(' | ')} |\n`);
}

function folderBytes(dir: string): { bytes: number; files: number } {
  const files = readdirSync(dir);
  return { bytes: files.reduce((n, f) => n + statSync(path.join(dir, f)).size, 0), files: files.length };
}

/** The database with its write-ahead log, in MB. */
function dbSizeMb(file: string): number {
  return [file, `${file}-wal`].reduce((n, f) => n + (existsSync(f) ? statSync(f).size : 0), 0) / MB;
}

/** The development articles beside the checkout, or the seed articles on a bare clone. */
function realDensitySource(): string {
  const dev = path.resolve(ROOT, '../shared/dev/docs');
  return existsSync(dev) ? dev : path.join(defaultSeedsDir(), 'articles');
}

function peakRssMb(): number {
  return process.resourceUsage().maxRSS / 1024;
}

function stageShares(s: IngestSummary): string {
  const entries = Object.entries(s.stageMs) as [string, number][];
  const total = entries.reduce((n, [, ms]) => n + ms, 0);
  const extractors = Object.entries(s.extractorMs);
  const extractTotal = extractors.reduce((n, [, ms]) => n + ms, 0);
  const split = extractTotal > 0 ? ` (${extractors.map(([id, ms]) => `${id} ${((100 * ms) / extractTotal).toFixed(0)}%`).join(', ')})` : '';
  return entries.map(([k, ms]) => `${k} ${((100 * ms) / total).toFixed(1)}%${k === 'extract' ? split : ''}`).join(', ');
}

/**
 * How busy extraction and the writer (this thread) were: the stage times of all extracting
 * threads (the workers and this thread, which helps them) over the wall time, in cores, and the
 * store's time over the wall time. Extraction well below the cores while the writer is near
 * 100% would mean the writer is what the workers wait for.
 */
function busyShares(s: IngestSummary, workers: number): string {
  const wallMs = s.seconds * 1000;
  const { store = 0, ...work } = s.stageMs;
  const extractMs = Object.values(work).reduce((n: number, ms) => n + (ms ?? 0), 0);
  return `extracting ${(extractMs / wallMs).toFixed(2)} cores (${workers} worker threads and this thread), writer busy ${((100 * store) / wallMs).toFixed(0)}%`;
}

function hasCommand(cmd: string): boolean {
  return spawnSync('sh', ['-c', `command -v ${cmd}`]).status === 0;
}

interface TimedIngest {
  seconds: number;
  mbps: number;
  steadyMbps: number;
  /** MB/s over each quarter of the input (by bytes, in completion order). */
  quarterMbps: number[];
  summary: IngestSummary;
}

/** MB/s of each quarter of the input, from the completion time of every file. */
function quarterRates(done: { at: number; bytes: number }[], t0: number): number[] {
  const total = done.reduce((n, d) => n + d.bytes, 0);
  const rates: number[] = [];
  let bytes = 0;
  let quarterStart = t0;
  let quarterBytes = 0;
  for (const d of done) {
    bytes += d.bytes;
    quarterBytes += d.bytes;
    if (bytes >= ((rates.length + 1) * total) / 4 - 1) {
      rates.push(quarterBytes / MB / ((d.at - quarterStart) / 1000));
      quarterStart = d.at;
      quarterBytes = 0;
    }
  }
  return rates;
}

async function timedIngest(label: string, dbFile: string, folder: string, workers: number): Promise<TimedIngest> {
  const setup = loadExtraction();
  const db = openDatabase(dbFile);
  const { bytes, files } = folderBytes(folder);
  releaseKuromoji(); // each ingest decompresses kuromoji's dictionary, as a fresh process does
  const done: { at: number; bytes: number }[] = [];
  const t0 = performance.now();
  const summary = await ingest(db, [folder], setup, { workers, onProgress: (_n, _total, file) => done.push({ at: performance.now(), bytes: statSync(file).size }) });
  db.close();
  if (summary.failed > 0) throw new Error(`${label}: ${summary.failed} files failed: ${summary.failures[0]?.message}`);
  const mbps = bytes / MB / summary.seconds;
  // after start-up: without the time the workers took to start, nor what this thread extracted meanwhile
  const steadyMbps = (bytes - summary.startupBytes) / MB / (summary.seconds - summary.startupSeconds);
  row(
    `ingest ${label}`,
    `${(bytes / MB).toFixed(1)} MB, ${files} docs`,
    `${summary.seconds.toFixed(1)} s (${summary.startupSeconds.toFixed(1)} s starting workers, ${(summary.startupBytes / MB).toFixed(2)} MB extracted meanwhile${summary.indexSeconds > 0 ? `; ${summary.indexSeconds.toFixed(1)} s building the company index at the end` : ''})`,
    `${mbps.toFixed(2)} MB/s (${steadyMbps.toFixed(2)} after start-up)`,
    `${(files / summary.seconds).toFixed(1)} docs/s`,
    `${((summary.mentions.company ?? 0) / (bytes / MB)).toFixed(0)} company mentions/MB; ${stageShares(summary)}; ${busyShares(summary, summary.workerThreads)}`,
  );
  return { seconds: summary.seconds, mbps, steadyMbps, quarterMbps: quarterRates(done, t0), summary };
}

/**
 * Wall time of `ev-extract ingest` of one seed article in a fresh process (the best of three),
 * with the start-up caches warm and with `--no-kuromoji-cache` (no cache at all): what a user
 * waits for a small batch before the first document is extracted.
 */
function startupRow(work: string): void {
  const dir = path.join(work, 'one-file');
  mkdirSync(dir, { recursive: true });
  const article = readdirSync(path.join(defaultSeedsDir(), 'articles'))[0]!;
  cpSync(path.join(defaultSeedsDir(), 'articles', article), path.join(dir, article));
  const bin = path.join(ROOT, 'bin', 'ev-extract.mjs');
  const best = (flags: string[]): number => {
    const times: number[] = [];
    for (let i = 0; i < 4; i++) {
      const db = path.join(work, `one-file-${i}.sqlite`);
      const t0 = performance.now();
      execFileSync(process.execPath, [...process.execArgv, bin, ...flags, 'ingest', dir, '--quiet', '--db', db]);
      if (i > 0) times.push((performance.now() - t0) / 1000); // the first run fills the caches
    }
    return Math.min(...times);
  };
  const cached = best([]);
  const none = best(['--no-kuromoji-cache']);
  row('start-up: one-file ingest, whole process', `1 doc (${article})`, `${cached.toFixed(2)} s`, '', '', `best of 3 with the start-up caches warm; ${none.toFixed(2)} s with none (--no-kuromoji-cache)`);
}

/** Repetitive texts at n and 4n characters (adversarial.ts): a rule that is quadratic on some run shows as growth far over ×4. */
async function adversarialRow(chars: number): Promise<void> {
  const extractor = await createExtractor();
  const results = await adversarialRuns(extractor, chars);
  await extractor.close();
  const { worstGrowth: g, slowest: s } = adversarialSummary(results);
  const name = (u: string) => JSON.stringify(u);
  row('adversarial inputs', `${results.length} units repeated to ${chars / 1000}k and ${(4 * chars) / 1000}k chars`, `${s.msLarge.toFixed(0)} ms slowest (${name(s.unit)})`, `worst growth ×${growthOf(g).toFixed(1)} (${name(g.unit)}: ${g.ms.toFixed(0)} → ${g.msLarge.toFixed(0)} ms)`, '', 'linear is ×4, a quadratic rule ×16; target ≤ ×8 for every unit');
}

/**
 * MeCab tokenize-only (1 core) on the same text as one of our ingests, and our end-to-end rate
 * as a ratio of it. MeCab's own speed on this machine drifts by a third or more within minutes
 * (1.7–6.0 MB/s seen on one corpus), so it is timed once right before our ingest and twice
 * right after (`before()`, then `row()`): the ratio is taken against the median of those three
 * runs, the machine's speed at the time of our run.
 */
class MecabTimer {
  private readonly input: string | null;
  private readonly times: number[] = [];

  constructor(
    private readonly label: string,
    folder: string,
    work: string,
  ) {
    if (!hasCommand('mecab')) {
      this.input = null;
      return;
    }
    this.input = path.join(work, `mecab-input-${label.replace(/\W+/g, '-')}.txt`);
    writeFileSync(this.input, '');
    for (const f of readdirSync(folder).sort()) appendFileSync(this.input, readFileSync(path.join(folder, f)));
  }

  private run(): void {
    const m0 = performance.now();
    execFileSync('sh', ['-c', `mecab < "${this.input}" > /dev/null`]);
    this.times.push((performance.now() - m0) / 1000);
  }

  /** The run just before ours. */
  before(): void {
    if (this.input) this.run();
  }

  /** The runs just after ours, then the row. */
  row(ours: TimedIngest): void {
    if (!this.input) {
      row(`MeCab tokenize only, ${this.label}`, 'mecab not installed', '', '', '', 'apt-get install mecab mecab-ipadic-utf8 to compare');
      return;
    }
    for (let k = 0; k < (quick ? 0 : 2); k++) this.run();
    const bytes = statSync(this.input).size;
    rmSync(this.input);
    const times = [...this.times].sort((a, b) => a - b);
    const seconds = times[Math.floor(times.length / 2)]!;
    const mecab = bytes / MB / seconds;
    const rate = (t: number) => (bytes / MB / t).toFixed(2);
    const runs =
      this.times.length > 1 ? `; median of ${this.times.length} runs (before ours ${rate(this.times[0]!)}, after ${this.times.slice(1).map(rate).join(', ')} MB/s)` : '';
    row(
      `MeCab tokenize only (1 core), ${this.label}`,
      `${(bytes / MB).toFixed(1)} MB`,
      `${seconds.toFixed(1)} s`,
      `${mecab.toFixed(2)} MB/s`,
      '',
      `ours end-to-end = ${(ours.mbps / mecab).toFixed(3)} × MeCab (after start-up ${(ours.steadyMbps / mecab).toFixed(3)}; target ≥ 0.25 bench, ≥ 0.2 real-density)${runs}`,
    );
  }
}

/** The first `mb` MB of a folder's files (sorted), copied into `dest`. */
function copyPrefix(folder: string, dest: string, mb: number): void {
  mkdirSync(dest);
  let copied = 0;
  for (const f of readdirSync(folder).sort()) {
    if (copied >= mb * MB) break;
    cpSync(path.join(folder, f), path.join(dest, f));
    copied += statSync(path.join(dest, f)).size;
  }
}

function linearityRow(run: TimedIngest, what: string): void {
  const q = run.quarterMbps.map((r) => r.toFixed(2));
  const last = run.quarterMbps[3]! / run.quarterMbps[1]!;
  // within 10%: flat; below: the cost per MB grew with the database, or the machine slowed (MeCab's drift shows how much it does)
  const verdict = last >= 0.9 ? 'the cost per MB does not grow with the database' : 'slower: the cost per MB grew with the database, or the machine slowed';
  row('linearity', what, '', `quarters: ${q.join(', ')} MB/s`, '', `last quarter = ${(last * 100).toFixed(0)}% of the second (${verdict}); the first quarter pays start-up and JIT warm-up${run.summary.indexSeconds > 0 ? `; the company index built at the end (${run.summary.indexSeconds.toFixed(1)} s) is in no quarter` : ''}`);
}

/** `--size-mb N`: one generated Japanese run of N MB, compared with its first 20 MB on their own. */
async function sizeRun(mb: number, workers: number): Promise<void> {
  const dir = path.join(ROOT, '.bench', `corpus-ja-${mb}mb`);
  const t0 = performance.now();
  const corpus = ensureCorpus({ dir, japaneseBytes: mb * MB, englishBytes: 0, articleBytes: 4300 }, defaultSeedsDir());
  process.stdout.write(`corpus ${dir} ready in ${((performance.now() - t0) / 1000).toFixed(1)} s; ${workers} worker threads on ${os.cpus().length} cores\n\n`);
  process.stdout.write('| what | input | time | throughput | rate | notes |\n|---|---|---|---|---|---|\n');
  const work = mkdtempSync(path.join(os.tmpdir(), 'ev-bench-'));
  try {
    const baseMb = Math.min(20, mb / 10);
    // Both compared runs start with this thread warm: the smaller run is ingested once first,
    // not compared. Otherwise the smaller run, the process's first, pays this thread's JIT
    // warm-up and the larger one does not (a 2 MB warm-up left this thread still warming: the
    // 20 MB rate after it was 3.12–3.40 MB/s, after 22 MB 3.42–3.76). Each run's worker thread
    // is new, and cold, in both: its warm-up and the end of a run (the last documents on one
    // thread, the last batch, the index) are the fixed costs left, which the larger run spreads
    // over more input.
    const prefix = path.join(work, 'prefix');
    copyPrefix(corpus.ja, prefix, baseMb);
    await timedIngest(`Japanese first ${baseMb} MB, to warm this thread (not compared)`, path.join(work, 'warm.sqlite'), prefix, workers);
    rmSync(path.join(work, 'warm.sqlite'), { force: true });
    const base = await timedIngest(`Japanese first ${baseMb} MB`, path.join(work, 'base.sqlite'), prefix, workers);
    rmSync(path.join(work, 'base.sqlite'), { force: true });
    const dbFile = path.join(work, 'big.sqlite');
    const big = await timedIngest(`Japanese ${mb} MB`, dbFile, corpus.ja, workers);
    row('scaling', `${mb} MB vs its first ${baseMb} MB`, '', `${((big.steadyMbps / base.steadyMbps) * 100).toFixed(0)}% of the ${baseMb} MB rate after start-up`, '', 'target: within 10% (90–110%)');
    linearityRow(big, `the ${mb} MB run`);
    row('database size', `${mb} MB`, '', `${dbSizeMb(dbFile).toFixed(0)} MB = ${(dbSizeMb(dbFile) / (big.summary.bytes / MB)).toFixed(2)} MB per input MB`, '', '');
    row('peak RSS (whole process)', '', '', `${peakRssMb().toFixed(0)} MB`, '', `target ≤ 1024 MB; after each row: ${peaks.join(', ')}`);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

async function main(): Promise<void> {
  const workers = defaultWorkerCount();
  if (sizeMb !== null) return sizeRun(sizeMb, workers);
  const corpusDir = path.join(ROOT, '.bench', quick ? 'corpus-quick' : 'corpus');
  const spec = quick
    ? { dir: corpusDir, japaneseBytes: 2 * MB, englishBytes: 0.5 * MB, articleBytes: 4300 }
    : { dir: corpusDir, japaneseBytes: 20 * MB, englishBytes: 5 * MB, articleBytes: 4300 };
  const t0 = performance.now();
  const corpus = ensureCorpus(spec, defaultSeedsDir());
  process.stdout.write(`corpus ${corpusDir} ready in ${((performance.now() - t0) / 1000).toFixed(1)} s; ${workers} worker threads on ${os.cpus().length} cores\n\n`);
  process.stdout.write('| what | input | time | throughput | rate | notes |\n|---|---|---|---|---|---|\n');

  const work = mkdtempSync(path.join(os.tmpdir(), 'ev-bench-'));
  try {
    // 1. End-to-end throughput, Japanese and English, into one fresh database; MeCab
    //    tokenize-only on the same Japanese text, around our run.
    const dbFile = path.join(work, 'bench.sqlite');
    const mecabJa = new MecabTimer('Japanese', corpus.ja, work);
    mecabJa.before();
    const ja = await timedIngest('Japanese', dbFile, corpus.ja, workers);
    mecabJa.row(ja);
    const en = await timedIngest('English', dbFile, corpus.en, workers);
    const fullIngestSeconds = ja.seconds + en.seconds;

    // 2. Scaling: the first ~2 MB of the Japanese corpus on its own.
    const small = path.join(work, 'ja-2mb');
    copyPrefix(corpus.ja, small, 2);
    const ja2 = await timedIngest('Japanese 2 MB subset', path.join(work, 'small.sqlite'), small, workers);
    row('scaling', '2 MB vs full Japanese', '', `${((ja.steadyMbps / ja2.steadyMbps) * 100).toFixed(0)}% of the 2 MB rate after start-up`, '', `with start-up: ${((ja.mbps / ja2.mbps) * 100).toFixed(0)}%; target: within 15% (85–115%)`);
    const extra = (ja.summary.bytes - ja2.summary.bytes) / MB;
    const marginal = extra >= 1 ? `${(extra / (ja.seconds - ja2.seconds)).toFixed(2)} MB/s` : 'n/a (same size)';
    linearityRow(ja, 'the full Japanese run');
    row('marginal rate', 'from 2 MB to the full Japanese size', '', marginal, '', '');

    // 3. Real-article density: the development articles varied (names swapped, numbers and dates shifted).
    const real = ensureRealDensityCorpus({ dir: path.join(ROOT, '.bench', quick ? 'real-quick' : 'real'), sourceDir: realDensitySource(), seed: 1, ...(quick ? { japaneseBytes: 0.5 * MB, englishBytes: 0.25 * MB } : { japaneseBytes: 5 * MB, englishBytes: 2 * MB }) }, defaultSeedsDir());
    const realDb = path.join(work, 'real.sqlite');
    const mecabReal = new MecabTimer('Japanese real-density', real.ja, work);
    mecabReal.before();
    const realJa = await timedIngest(`Japanese real-density (${path.basename(path.dirname(realDensitySource()))} articles varied)`, realDb, real.ja, workers);
    mecabReal.row(realJa);
    if (folderBytes(real.en).files > 0) await timedIngest('English real-density', realDb, real.en, workers);
    else row('ingest English real-density', `no English article in ${realDensitySource()}`, '', '', '', '');
    row('database size', 'real-density corpus', '', `${(dbSizeMb(realDb) / ((realJa.summary.bytes + folderBytes(real.en).bytes) / MB)).toFixed(2)} MB per input MB`, '', `bench corpus: ${(dbSizeMb(dbFile) / ((ja.summary.bytes + en.summary.bytes) / MB)).toFixed(2)} MB per input MB`);

    // 3b. Start-up: a one-file ingest as users run it (the bin, a fresh process), with the
    // start-up caches (text/disk-cache.ts, kuromoji's) and without any.
    startupRow(work);

    // 4. Reextract on the whole database (≥ 5,000 documents in the full run).
    const docs = ja.summary.read + en.summary.read;
    const seeds = path.join(work, 'seeds');
    cpSync(defaultSeedsDir(), seeds, { recursive: true });
    {
      const db = openDatabase(dbFile);
      releaseKuromoji(); // as in a fresh `reextract` process
      const r0 = performance.now();
      const none = await reextract(db, loadExtraction(seeds), { all: false, workers });
      const noChange = (performance.now() - r0) / 1000;
      row('reextract, nothing changed', `${docs} docs`, `${noChange.toFixed(2)} s`, none.status, '', `vs full ingest ${fullIngestSeconds.toFixed(1)} s: ratio ${(noChange / fullIngestSeconds).toFixed(3)} (target ≤ 0.05)`);

      const rare = rareCompany(7);
      appendFileSync(path.join(seeds, 'companies/companies.yaml'), `\n  - id: bench_new_company\n    name: ${rare.en}\n    country: JP\n    sector: battery_materials\n    ja: [${rare.ja}]\n`);
      releaseKuromoji();
      const a0 = performance.now();
      const one = await reextract(db, loadExtraction(seeds), { all: false, workers });
      const oneAlias = (performance.now() - a0) / 1000;
      releaseKuromoji();
      const f0 = performance.now();
      const full = await reextract(db, loadExtraction(seeds), { all: true, workers });
      const fullSeconds = (performance.now() - f0) / 1000;
      row('reextract, one company added', `${docs} docs`, `${oneAlias.toFixed(2)} s`, `redid ${one.redone}`, '', `vs full reextract ${fullSeconds.toFixed(1)} s (redid ${full.redone}): ratio ${(oneAlias / fullSeconds).toFixed(3)} (target ≤ 0.05)`);
      db.close();
    }

    await adversarialRow(quick ? 10_000 : 40_000);

    row('peak RSS (whole process, all phases)', '', '', `${peakRssMb().toFixed(0)} MB`, '', `target ≤ 1536 MB; peak so far after each row: ${peaks.join(', ')}`);

    // 5. The company matcher on its own (issue: cost independent of dictionary size; a 1M-alias dictionary).
    process.stdout.write('\ncompany matcher (extractors/companies/bench-matcher.ts):\n');
    const matcher = spawnSync(process.execPath, ['--import', 'tsx', path.join(ROOT, 'extractors/companies/bench-matcher.ts'), ...(quick ? ['--aliases', '100000'] : [])], { encoding: 'utf8' });
    process.stdout.write(matcher.stdout + (matcher.status === 0 ? '' : matcher.stderr));
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

main().catch((e) => {
  process.stderr.write(`bench failed: ${(e as Error).stack}\n`);
  process.exitCode = 1;
});
