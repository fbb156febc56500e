/**
 * Command line: the `ev-extract` bin (bin/ev-extract.mjs), or `npm run dev -- <command>` from the sources.
 * Exit codes: 0 success, 1 some input failed (each named with its reason), 2 usage error.
 */
import { existsSync, statSync } from 'node:fs';
import path from 'node:path';
import { Command, CommanderError, Option } from 'commander';
import { ResourceError, defaultSeedsDir, projectRoot } from '../text/seed-files.ts';
import { buildIdBeside, useDiskCache } from '../text/disk-cache.ts';
import { CATEGORIES } from './eval/score.ts';
import { ConfigError, CONFIG_FILE, DEFAULT_RUNTIME_OPTIONS, loadConfig, setRuntimeOptions, type Config } from './options.ts';
import { registerReport } from './report/command.ts';
import { CliError } from './cli-error.ts';
import { reportError, reportUncaught, takeDebugFlag, watchStdout, writeLines } from './cli-errors.ts';
import { DEFAULT_MAX_DOC_BYTES, formatBytes, parseSize } from './size.ts';
import { toolVersion } from './version.ts';
import { isPostgresUrl } from './pg/url.ts';
import { defaultWorkerCount } from './worker-count.ts';

/** The PostgreSQL commands, loaded only when --db postgres://… is given (pg and pg-boss stay out of SQLite runs). */
const pgCommands = () => import('./pg/commands.ts');

// Each command loads what it needs when it runs (`--help` loads none of it).
const openDatabase = async (...args: Parameters<typeof import('./db/database.ts').openDatabase>) => (await import('./db/database.ts')).openDatabase(...args);
const loadExtraction = async (seedsDir: string) => (await import('./setup.ts')).loadExtraction(seedsDir);

class UsageError extends Error {}

function requireDb(file: string): string {
  if (isPostgresUrl(file)) throw new UsageError('this command is SQLite-only; pass --db FILE (see "Scaling out" in the README)');
  if (!existsSync(file)) throw new UsageError(`no database at ${file}; run \`ingest\` first or pass --db FILE`);
  return file;
}

function workerCount(value: string | undefined): number {
  if (value === undefined) return defaultWorkerCount(); // one per core but one: this thread extracts too
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0) throw new UsageError(`--workers takes a whole number (0 = no worker threads), not "${value}"`);
  return n;
}

/**
 * The program; `config` (the config file's settings) gives the defaults that flags override.
 * `debug` (--debug): a failed file's or input line's stack trace follows its one-line reason.
 */
function buildProgram(config: Config = {}, debug = false): Command {
  const traceOf = (e?: Error) => (debug && e?.stack ? `${e.stack}\n` : '');
  const dbDefault = config.db ?? 'output/extractions.sqlite';
  const seedsDefault = config.seeds ?? defaultSeedsDir();
  const workersDefault = config.workers?.toString();
  const program = new Command()
    .name('ev-extract')
    .description('Companies, dates, quantities and agreements from Japanese and English articles into SQLite, with code-point provenance.')
    .option('--config <file>', `settings file (JSON; default ./${CONFIG_FILE} if present; see pipeline/options.ts)`)
    .addOption(new Option('--tokenize <mode>', 'on-demand: tokens only where an extractor asks; all: every segment up front').choices(['on-demand', 'all']))
    .option('--no-kuromoji-cache', "keep no start-up caches in node_modules/.cache (kuromoji's decompressed dictionary, parsed seed files, the compiled company automaton)")
    .version(toolVersion(), '--version', 'print the version')
    .option('--debug', 'print the stack trace of an error')
    .exitOverride()
    // usage errors on the one error path too: "ev-extract: unknown command 'x'", exit 2
    .configureOutput({ outputError: (text, write) => write(`ev-extract: ${text.replace(/^error: /, '')}`) })
    .showHelpAfterError('(add --help for usage)')
    .hook('preAction', () => {
      const flags = program.opts<{ tokenize?: 'on-demand' | 'all'; kuromojiCache: boolean }>();
      const caches = flags.kuromojiCache && (config.kuromojiCache ?? DEFAULT_RUNTIME_OPTIONS.kuromojiCache);
      setRuntimeOptions({
        tokenize: flags.tokenize ?? config.tokenize ?? DEFAULT_RUNTIME_OPTIONS.tokenize,
        kuromojiCache: caches,
        jobTimeoutSeconds: config.jobTimeoutSeconds ?? DEFAULT_RUNTIME_OPTIONS.jobTimeoutSeconds,
        queueMaintenanceSeconds: config.queueMaintenanceSeconds ?? DEFAULT_RUNTIME_OPTIONS.queueMaintenanceSeconds,
      });
      // parsed seed files and the compiled automaton, kept per build (none when running the sources)
      const buildId = buildIdBeside(import.meta.url);
      useDiskCache(caches && buildId ? { dir: path.join(projectRoot(), 'node_modules', '.cache', 'ev-extract', 'startup'), codeId: buildId } : null);
    });

  program
    .command('ingest')
    .description('read .txt/.md/.html files (folders recursively), extract, and store; skips files whose content is stored')
    .argument('<paths...>', 'files or folders')
    .option('--db <file>', 'SQLite database, or postgres://… (PostgreSQL)', dbDefault)
    .option('--seeds <dir>', 'seeds directory (dictionaries, units, vocabularies)', seedsDefault)
    .option('--workers <n>', 'worker threads (default: one per core but one, as this thread extracts too whenever the workers are busy; 0 = none; a batch under 1 MB is extracted in this thread)', workersDefault)
    .option('--batch <n>', 'documents per write transaction (each document is always whole)', String(config.batch ?? 64))
    .option('--max-doc-size <size>', `files larger than this are not read, each reported as failed (e.g. 64MB, 500KB)`, formatBytes(DEFAULT_MAX_DOC_BYTES).replace(' ', ''))
    .option('--queue', 'PostgreSQL: store the texts and enqueue one job per document for `worker` processes')
    .option('--quiet', 'no progress bar or summary')
    .action(async (paths: string[], opts: { db: string; seeds: string; workers?: string; batch: string; maxDocSize: string; queue?: boolean; quiet?: boolean }) => {
      const workers = workerCount(opts.workers);
      if (opts.queue && !isPostgresUrl(opts.db)) throw new UsageError('--queue needs --db postgres://… (the job queue lives in PostgreSQL)');
      if (isPostgresUrl(opts.db)) {
        const setup = await loadExtraction(path.resolve(opts.seeds));
        process.exitCode = await (await pgCommands()).pgIngest(opts.db, paths, setup, { queue: opts.queue ?? false, workers, quiet: opts.quiet ?? false });
        return;
      }
      const batchSize = Number(opts.batch);
      if (!Number.isInteger(batchSize) || batchSize < 1) throw new UsageError(`--batch takes a whole number ≥ 1, not "${opts.batch}"`);
      const maxDocBytes = parseSize(opts.maxDocSize);
      if (maxDocBytes === null) throw new UsageError(`--max-doc-size takes a size such as 50MB, 500KB or 1GB, not "${opts.maxDocSize}"`);
      // nothing to read: no database or run is created
      if (paths.every((p) => !existsSync(p))) throw new CliError('ingest', `${paths.join(', ')}: no such file or folder`, 2);
      const [{ ingest, startWorkersEarly }, { default: cliProgress }] = await Promise.all([import('./ingest.ts'), import('cli-progress')]);
      const found = startWorkersEarly(paths, workers);
      const setup = await loadExtraction(path.resolve(opts.seeds));
      const db = await openDatabase(opts.db);
      const bar =
        process.stderr.isTTY && !opts.quiet
          ? new cliProgress.SingleBar({ format: 'ingest [{bar}] {value}/{total} {file}', stream: process.stderr, hideCursor: true }, cliProgress.Presets.shades_classic)
          : null;
      let started = false;
      const summary = await ingest(db, paths, setup, {
        workers,
        found,
        batchSize,
        maxDocBytes,
        onProgress: (done, total, file) => {
          if (!bar) return;
          if (!started) {
            bar.start(total, 0, { file: '' });
            started = true;
          }
          bar.update(done, { file: path.basename(file) });
        },
        onError: (p, message, e) => {
          if (bar && started) bar.stop();
          process.stderr.write(`error: ${p}: ${message}\n${traceOf(e)}`);
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
    .option('--db <file>', 'SQLite database', dbDefault)
    .addOption(new Option('--format <format>', 'gold: one JSON file per document; jsonl: one record a line on stdout').choices(['gold', 'jsonl']).default('gold'))
    .option('--out <dir>', 'output folder (gold format)')
    .action(async (opts: { db: string; format: string; out?: string }) => {
      if (opts.format === 'gold' && !opts.out) throw new UsageError('export --format gold needs --out DIR');
      if (isPostgresUrl(opts.db)) return (await pgCommands()).pgExport(opts.db, opts.format, opts.out);
      const { exportGold, exportJsonl } = await import('./export.ts');
      const db = await openDatabase(requireDb(opts.db), { readonly: true });
      try {
        if (opts.format === 'gold') {
          let failed = 0;
          const written = exportGold(db, opts.out!, (f) => {
            failed++;
            process.stderr.write(`ev-extract: export: ${f.file}: ${f.reason} (document ${f.document} not exported)\n`);
          });
          process.stderr.write(`exported ${written} documents to ${opts.out}${failed ? `; ${failed} could not be written` : ''}\n`);
          if (failed > 0) process.exitCode = 1;
        } else {
          await writeLines(process.stdout, exportJsonl(db));
        }
      } finally {
        db.close();
      }
    });

  program
    .command('extract-text')
    .description('JSON Lines {id, text, lang?, reference_date?} on stdin → {id, companies, dates, quantities, agreements} on stdout (no database)')
    .option('--seeds <dir>', 'seeds directory', seedsDefault)
    .action(async (opts: { seeds: string }) => {
      const { extractText } = await import('./commands/extract-text.ts');
      const { extractors } = await loadExtraction(path.resolve(opts.seeds));
      const { failed } = await extractText(extractors, process.stdin, process.stdout, (line, message, e) =>
        process.stderr.write(`ev-extract: extract-text: stdin line ${line}: ${message}\n${traceOf(e)}`),
      );
      if (failed > 0) process.exitCode = 1;
    });

  program
    .command('eval')
    .description('score the stored records against a folder of gold files (the figures of shared/eval/score.py)')
    .requiredOption('--gold <dir>', 'folder of gold JSON files (score.py GOLD_DIR)')
    .option('--db <file>', 'SQLite database', dbDefault)
    .option('--only <categories>', `comma-separated categories: ${CATEGORIES.join(',')}`)
    .option('--json', 'print the result as JSON (the keys and figures of score.py --json)')
    .action(async (opts: { gold: string; db: string; only?: string; json?: boolean }) => {
      if (!existsSync(opts.gold) || !statSync(opts.gold).isDirectory()) throw new UsageError(`no gold folder at ${opts.gold}`);
      const only = opts.only?.split(',');
      const unknown = only?.filter((c) => !(CATEGORIES as readonly string[]).includes(c)) ?? [];
      if (unknown.length > 0) throw new UsageError(`--only takes ${CATEGORIES.join(', ')}; not "${unknown.join('", "')}"`);
      const { EvalInputError, evalDatabase, formatScore, scoreJson } = await import('./eval/index.ts');
      const db = await openDatabase(requireDb(opts.db), { readonly: true });
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
    .option('--db <file>', 'SQLite database', dbDefault)
    .action(async (opts: { db: string }) => {
      if (isPostgresUrl(opts.db)) return (await pgCommands()).pgStatsCommand(opts.db);
      const { stats } = await import('./commands/stats.ts');
      const db = await openDatabase(requireDb(opts.db), { readonly: true });
      process.stdout.write(stats(db) + '\n');
      db.close();
    });

  program
    .command('reextract')
    .description('re-run extraction over stored documents with the current dictionaries and extractor versions (only what changed, unless --all)')
    .option('--db <file>', 'SQLite database', dbDefault)
    .option('--seeds <dir>', 'seeds directory', seedsDefault)
    .option('--all', 'redo every document')
    .option('--workers <n>', 'worker threads for large reruns (default: one per core but one; 0 = none)', workersDefault)
    .option('--queue', 'PostgreSQL: only enqueue the affected documents (workers redo them; `stats` shows progress)')
    .action(async (opts: { db: string; seeds: string; all?: boolean; workers?: string; queue?: boolean }) => {
      const workers = workerCount(opts.workers);
      // Dictionaries are loaded and validated before the database is touched.
      const { formatReextract, reextract } = await import('./reextract/run.ts');
      const setup = await loadExtraction(path.resolve(opts.seeds));
      if (isPostgresUrl(opts.db)) {
        process.exitCode = await (await pgCommands()).pgReextract(opts.db, setup, { all: opts.all ?? false, workers, queue: opts.queue ?? false });
        return;
      }
      const db = await openDatabase(requireDb(opts.db));
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
    .option('--seeds <dir>', 'seeds directory (the same as the enqueuing run\'s)', seedsDefault)
    .option('--concurrency <n>', 'documents at once: 1 = in this thread, N = N worker threads', '1')
    .option('--until-empty', 'exit 0 once no job is waiting or running (batch jobs)')
    .option('--quiet', 'no summary')
    .action(async (opts: { db: string; seeds: string; concurrency: string; untilEmpty?: boolean; quiet?: boolean }) => {
      if (!isPostgresUrl(opts.db)) throw new UsageError('worker needs --db postgres://… (the job queue lives in PostgreSQL)');
      const concurrency = Number(opts.concurrency);
      if (!Number.isInteger(concurrency) || concurrency < 1) throw new UsageError(`--concurrency takes a whole number ≥ 1, not "${opts.concurrency}"`);
      const setup = await loadExtraction(path.resolve(opts.seeds));
      process.exitCode = await (await pgCommands()).pgWorker(opts.db, setup, { concurrency, untilEmpty: opts.untilEmpty ?? false, quiet: opts.quiet ?? false });
    });

  program
    .command('diff')
    .description('the difference in records between the state after run A and after run B')
    .requiredOption('--run <ids...>', 'two run ids: --run A --run B (or --run A B)')
    .option('--db <file>', 'SQLite database', dbDefault)
    .action(async (opts: { run: string[]; db: string }) => {
      const ids = opts.run.map(Number);
      if (ids.length !== 2 || ids.some((n) => !Number.isInteger(n) || n < 0)) throw new UsageError('diff takes two run ids: --run A --run B');
      const { formatDiff, netChanges, requireRuns } = await import('./commands/diff-runs.ts');
      const db = await openDatabase(requireDb(opts.db), { readonly: true });
      try {
        requireRuns(db, ids);
        process.stdout.write(formatDiff(ids[0]!, ids[1]!, netChanges(db, ids[0]!, ids[1]!)) + '\n');
      } finally {
        db.close();
      }
    });

  program
    .command('companies')
    .description('list companies; --discovered: those found in text but missing from the dictionary, with counts')
    .option('--db <file>', 'SQLite database', dbDefault)
    .option('--discovered', 'only companies the dictionary lacks')
    .option('--json', 'JSON output')
    .action(async (opts: { db: string; discovered?: boolean; json?: boolean }) => {
      const { discoveredCompanies, formatDiscovered } = await import('./commands/companies.ts');
      const db = await openDatabase(requireDb(opts.db), { readonly: true });
      const rows = discoveredCompanies(db, opts.discovered ?? false);
      process.stdout.write((opts.json ? JSON.stringify(rows, null, 1) : formatDiscovered(rows, opts.discovered ?? false)) + '\n');
      db.close();
    });

  registerReport(program, dbDefault);
  return program;
}

/** The value of --config in argv, read before the program is built (its settings are the defaults). */
function configFlag(argv: readonly string[]): string | undefined {
  const i = argv.findIndex((a) => a === '--config' || a.startsWith('--config='));
  if (i < 0) return undefined;
  return argv[i]!.startsWith('--config=') ? argv[i]!.slice('--config='.length) : argv[i + 1];
}

export async function main(argv: string[]): Promise<number> {
  // One error path: every failure is one line `ev-extract: <what>: <why>`, exit 1 or 2
  // (cli-errors.ts); the stack trace only with --debug.
  const { args, debug } = takeDebugFlag(argv);
  const command = args.find((a) => !a.startsWith('-')) ?? 'ev-extract';
  let config: Config;
  try {
    config = loadConfig(configFlag(args));
  } catch (e) {
    if (!(e instanceof ConfigError)) throw e;
    return reportError(new CliError('config error', e.message, 2), debug, e);
  }
  const program = buildProgram(config, debug);
  watchStdout(debug);
  reportUncaught(debug, command);
  try {
    await program.parseAsync(args, { from: 'user' });
    return typeof process.exitCode === 'number' ? process.exitCode : 0;
  } catch (e) {
    if (e instanceof CommanderError) {
      if (e.code === 'commander.helpDisplayed' || e.code === 'commander.version' || e.code === 'commander.help') return 0;
      return 2;
    }
    if (e instanceof UsageError) return reportError(new CliError(command, e.message, 2), debug);
    if (e instanceof ResourceError) {
      const where = `${e.file}${e.line ? `:${e.line}` : ''}`;
      return reportError(new CliError(`dictionary error: ${where}`, `${e.problem}; fix the file and run again (nothing was changed)`, 2), debug, e);
    }
    return reportError(e, debug, undefined, command);
  }
}

const invokedDirectly = process.argv[1] && path.resolve(process.argv[1]) === path.resolve(new URL(import.meta.url).pathname);
if (invokedDirectly) {
  main(process.argv.slice(2)).then((code) => {
    process.exitCode = code;
  });
}
