#!/usr/bin/env -S npx tsx
/**
 * Command line: `npx tsx pipeline/cli.ts <command>` (or the `ev-extract` bin).
 * Exit codes: 0 success, 1 some input failed (each named with its reason), 2 usage error.
 */
import { existsSync, statSync } from 'node:fs';
import path from 'node:path';
import { Command, CommanderError, Option } from 'commander';
import cliProgress from 'cli-progress';
import { openDatabase } from './db/database.ts';
import { ingest } from './ingest.ts';
import { loadExtraction } from './setup.ts';
import { exportGold, exportJsonl } from './export.ts';
import { extractText } from './commands/extract-text.ts';
import { stats } from './commands/stats.ts';
import { ResourceError, defaultSeedsDir } from './resources.ts';
import { defaultWorkerCount } from './workers.ts';
import { formatReextract, reextract } from './reextract/run.ts';
import { formatDiff, netChanges } from './commands/diff-runs.ts';
import { discoveredCompanies, formatDiscovered } from './commands/companies.ts';
import { CATEGORIES, EvalInputError, evalDatabase, formatScore, scoreJson } from './eval/index.ts';
import { isPostgresUrl } from './pg/url.ts';

/** The PostgreSQL commands, loaded only when --db postgres://… is given (pg and pg-boss stay out of SQLite runs). */
const pgCommands = () => import('./pg/commands.ts');

const DEFAULT_DB = 'output/extractions.sqlite';

class UsageError extends Error {}

function requireDb(file: string): string {
  if (isPostgresUrl(file)) throw new UsageError('this command is SQLite-only; pass --db FILE (see "Scaling out" in the README)');
  if (!existsSync(file)) throw new UsageError(`no database at ${file}; run \`ingest\` first or pass --db FILE`);
  return file;
}

function workerCount(value: string | undefined): number {
  if (value === undefined) return defaultWorkerCount();
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0) throw new UsageError(`--workers takes a whole number (0 = no worker threads), not "${value}"`);
  return n;
}

export function buildProgram(): Command {
  const program = new Command()
    .name('ev-extract')
    .description('Companies, dates, quantities and agreements from Japanese and English articles into SQLite, with code-point provenance.')
    .exitOverride()
    .showHelpAfterError();

  program
    .command('ingest')
    .description('read .txt/.md/.html files (folders recursively), extract, and store; skips files whose content is stored')
    .argument('<paths...>', 'files or folders')
    .option('--db <file>', 'SQLite database, or postgres://… (PostgreSQL)', DEFAULT_DB)
    .option('--seeds <dir>', 'seeds directory (dictionaries, units, vocabularies)', defaultSeedsDir())
    .option('--workers <n>', 'worker threads (default: one per core; 0 = none)')
    .option('--batch <n>', 'documents per write transaction (each document is always whole)', '64')
    .option('--queue', 'PostgreSQL: store the texts and enqueue one job per document for `worker` processes')
    .option('--quiet', 'no progress bar or summary')
    .action(async (paths: string[], opts: { db: string; seeds: string; workers?: string; batch: string; queue?: boolean; quiet?: boolean }) => {
      const workers = workerCount(opts.workers);
      if (opts.queue && !isPostgresUrl(opts.db)) throw new UsageError('--queue needs --db postgres://… (the job queue lives in PostgreSQL)');
      if (isPostgresUrl(opts.db)) {
        const setup = loadExtraction(path.resolve(opts.seeds));
        process.exitCode = await (await pgCommands()).pgIngest(opts.db, paths, setup, { queue: opts.queue ?? false, workers, quiet: opts.quiet ?? false });
        return;
      }
      const batchSize = Number(opts.batch);
      if (!Number.isInteger(batchSize) || batchSize < 1) throw new UsageError(`--batch takes a whole number ≥ 1, not "${opts.batch}"`);
      const setup = loadExtraction(path.resolve(opts.seeds));
      const db = openDatabase(opts.db);
      const bar =
        process.stderr.isTTY && !opts.quiet
          ? new cliProgress.SingleBar({ format: 'ingest [{bar}] {value}/{total} {file}', stream: process.stderr, hideCursor: true }, cliProgress.Presets.shades_classic)
          : null;
      let started = false;
      const summary = await ingest(db, paths, setup, {
        workers,
        batchSize,
        onProgress: (done, total, file) => {
          if (!bar) return;
          if (!started) {
            bar.start(total, 0, { file: '' });
            started = true;
          }
          bar.update(done, { file: path.basename(file) });
        },
        onError: (p, message) => {
          if (bar && started) bar.stop();
          process.stderr.write(`error: ${p}: ${message}\n`);
          if (bar && started) {
            started = false;
          }
        },
      });
      bar?.stop();
      db.close();
      if (!opts.quiet) {
        const m = summary.mentions;
        process.stderr.write(
          `ingest run #${summary.runId}: ${summary.found} files found; read ${summary.read}, skipped ${summary.skipped} (content already stored), failed ${summary.failed}\n` +
            `  mentions: company ${m.company ?? 0}, date ${m.date ?? 0}, quantity ${m.quantity ?? 0}; agreements ${summary.agreements}\n` +
            `  ${summary.seconds.toFixed(2)} s → ${opts.db}\n`,
        );
        for (const f of summary.failures) process.stderr.write(`  failed: ${f.path}: ${f.message}\n`);
      }
      process.exitCode = summary.failed > 0 ? 1 : 0;
    });

  program
    .command('export')
    .description('write the stored records in the gold format of shared/spec/RECORDS.md')
    .option('--db <file>', 'SQLite database', DEFAULT_DB)
    .addOption(new Option('--format <format>', 'gold: one JSON file per document; jsonl: one record a line on stdout').choices(['gold', 'jsonl']).default('gold'))
    .option('--out <dir>', 'output folder (gold format)')
    .action(async (opts: { db: string; format: string; out?: string }) => {
      if (opts.format === 'gold' && !opts.out) throw new UsageError('export --format gold needs --out DIR');
      if (isPostgresUrl(opts.db)) return (await pgCommands()).pgExport(opts.db, opts.format, opts.out);
      const db = openDatabase(requireDb(opts.db), { readonly: true });
      if (opts.format === 'gold') {
        if (!opts.out) throw new UsageError('export --format gold needs --out DIR');
        const n = exportGold(db, opts.out);
        process.stderr.write(`exported ${n} documents to ${opts.out}\n`);
      } else {
        exportJsonl(db, (line) => process.stdout.write(line));
      }
      db.close();
    });

  program
    .command('extract-text')
    .description('JSON Lines {id, text, lang?, reference_date?} on stdin → {id, companies, dates, quantities, agreements} on stdout (no database)')
    .option('--seeds <dir>', 'seeds directory', defaultSeedsDir())
    .action(async (opts: { seeds: string }) => {
      const { extractors } = loadExtraction(path.resolve(opts.seeds));
      await extractText(extractors, process.stdin, process.stdout);
    });

  program
    .command('eval')
    .description('score the stored records against a folder of gold files (the figures of shared/eval/score.py)')
    .requiredOption('--gold <dir>', 'folder of gold JSON files (score.py GOLD_DIR)')
    .option('--db <file>', 'SQLite database', DEFAULT_DB)
    .option('--only <categories>', `comma-separated categories: ${CATEGORIES.join(',')}`)
    .option('--json', 'print the result as JSON (identical to score.py --json)')
    .action((opts: { gold: string; db: string; only?: string; json?: boolean }) => {
      if (!existsSync(opts.gold) || !statSync(opts.gold).isDirectory()) throw new UsageError(`no gold folder at ${opts.gold}`);
      const only = opts.only?.split(',');
      const unknown = only?.filter((c) => !(CATEGORIES as readonly string[]).includes(c)) ?? [];
      if (unknown.length > 0) throw new UsageError(`--only takes ${CATEGORIES.join(', ')}; not "${unknown.join('", "')}"`);
      const db = openDatabase(requireDb(opts.db), { readonly: true });
      try {
        const result = evalDatabase(db, opts.gold, only, (m) => process.stderr.write(`warning: ${m}\n`));
        process.stdout.write(opts.json ? scoreJson(result) : formatScore(result));
      } catch (e) {
        if (!(e instanceof EvalInputError)) throw e;
        process.stderr.write(`error: ${e.message}\n`);
        process.exitCode = 1;
      } finally {
        db.close();
      }
    });

  program
    .command('stats')
    .description('counts per kind, top companies, recent runs, errors')
    .option('--db <file>', 'SQLite database', DEFAULT_DB)
    .action(async (opts: { db: string }) => {
      if (isPostgresUrl(opts.db)) return (await pgCommands()).pgStatsCommand(opts.db);
      const db = openDatabase(requireDb(opts.db), { readonly: true });
      process.stdout.write(stats(db) + '\n');
      db.close();
    });

  program
    .command('reextract')
    .description('re-run extraction over stored documents with the current dictionaries and extractor versions (only what changed, unless --all)')
    .option('--db <file>', 'SQLite database', DEFAULT_DB)
    .option('--seeds <dir>', 'seeds directory', defaultSeedsDir())
    .option('--all', 'redo every document')
    .option('--workers <n>', 'worker threads for large reruns (default: one per core; 0 = none)')
    .option('--queue', 'PostgreSQL: only enqueue the affected documents (workers redo them; `stats` shows progress)')
    .action(async (opts: { db: string; seeds: string; all?: boolean; workers?: string; queue?: boolean }) => {
      const workers = workerCount(opts.workers);
      // Dictionaries are loaded and validated before the database is touched.
      const setup = loadExtraction(path.resolve(opts.seeds));
      if (isPostgresUrl(opts.db)) {
        process.exitCode = await (await pgCommands()).pgReextract(opts.db, setup, { all: opts.all ?? false, workers, queue: opts.queue ?? false });
        return;
      }
      const db = openDatabase(requireDb(opts.db));
      try {
        const summary = await reextract(db, setup, { all: opts.all ?? false, workers });
        process.stdout.write(formatReextract(summary) + '\n');
      } finally {
        db.close();
      }
    });

  program
    .command('worker')
    .description('PostgreSQL: take document jobs from the queue, extract, and store each document in one transaction (any number, on any machine)')
    .requiredOption('--db <url>', 'postgres://user:password@host/database')
    .option('--seeds <dir>', 'seeds directory (the same as the enqueuing run\'s)', defaultSeedsDir())
    .option('--concurrency <n>', 'documents at once: 1 = in this thread, N = N worker threads', '1')
    .option('--until-empty', 'exit 0 once no job is waiting or running (batch jobs)')
    .option('--quiet', 'no summary')
    .action(async (opts: { db: string; seeds: string; concurrency: string; untilEmpty?: boolean; quiet?: boolean }) => {
      if (!isPostgresUrl(opts.db)) throw new UsageError('worker needs --db postgres://… (the job queue lives in PostgreSQL)');
      const concurrency = Number(opts.concurrency);
      if (!Number.isInteger(concurrency) || concurrency < 1) throw new UsageError(`--concurrency takes a whole number ≥ 1, not "${opts.concurrency}"`);
      const setup = loadExtraction(path.resolve(opts.seeds));
      process.exitCode = await (await pgCommands()).pgWorker(opts.db, setup, { concurrency, untilEmpty: opts.untilEmpty ?? false, quiet: opts.quiet ?? false });
    });

  program
    .command('diff')
    .description('the difference in records between the state after run A and after run B')
    .requiredOption('--run <ids...>', 'two run ids: --run A --run B (or --run A B)')
    .option('--db <file>', 'SQLite database', DEFAULT_DB)
    .action((opts: { run: string[]; db: string }) => {
      const ids = opts.run.map(Number);
      if (ids.length !== 2 || ids.some((n) => !Number.isInteger(n) || n < 0)) throw new UsageError('diff takes two run ids: --run A --run B');
      const db = openDatabase(requireDb(opts.db), { readonly: true });
      process.stdout.write(formatDiff(ids[0]!, ids[1]!, netChanges(db, ids[0]!, ids[1]!)) + '\n');
      db.close();
    });

  program
    .command('companies')
    .description('list companies; --discovered: those found in text but missing from the dictionary, with counts')
    .option('--db <file>', 'SQLite database', DEFAULT_DB)
    .option('--discovered', 'only companies the dictionary lacks')
    .option('--json', 'JSON output')
    .action((opts: { db: string; discovered?: boolean; json?: boolean }) => {
      const db = openDatabase(requireDb(opts.db), { readonly: true });
      const rows = discoveredCompanies(db, opts.discovered ?? false);
      process.stdout.write((opts.json ? JSON.stringify(rows, null, 1) : formatDiscovered(rows, opts.discovered ?? false)) + '\n');
      db.close();
    });

  return program;
}

export async function main(argv: string[]): Promise<number> {
  const program = buildProgram();
  try {
    await program.parseAsync(argv, { from: 'user' });
    return typeof process.exitCode === 'number' ? process.exitCode : 0;
  } catch (e) {
    if (e instanceof CommanderError) {
      if (e.code === 'commander.helpDisplayed' || e.code === 'commander.version' || e.code === 'commander.help') return 0;
      return 2;
    }
    if (e instanceof UsageError) {
      process.stderr.write(`usage error: ${e.message}\n`);
      return 2;
    }
    if (e instanceof ResourceError) {
      process.stderr.write(`dictionary error: ${e.message}\nFix the file and run again; nothing was changed.\n`);
      return 2;
    }
    process.stderr.write(`error: ${(e as Error).stack ?? String(e)}\n`);
    return 1;
  }
}

const invokedDirectly = process.argv[1] && path.resolve(process.argv[1]) === path.resolve(new URL(import.meta.url).pathname);
if (invokedDirectly) {
  main(process.argv.slice(2)).then((code) => {
    process.exitCode = code;
  });
}
