/**
 * Configuration: one options object, from (weakest first) the defaults, the config file, and the
 * command-line flags. The config file is `ev-extract.config.json` in the working directory, or
 * the file named by `--config FILE`; every key is optional:
 *
 *   {
 *     "db": "output/extractions.sqlite",  // --db: the SQLite database
 *     "seeds": "seeds",                   // --seeds: dictionaries, units, vocabularies
 *     "workers": 2,                       // --workers: worker threads (0 = none; default one per core but one)
 *     "batch": 64,                        // --batch: documents per write transaction
 *     "tokenize": "on-demand",            // --tokenize: "all" tokenises every segment up front
 *     "kuromojiCache": true,              // --no-kuromoji-cache: keep no decompressed copy of
 *                                         //   kuromoji's dictionary in node_modules/.cache
 *     "jobTimeoutSeconds": 300,           // PostgreSQL queue: a job whose worker died is retried after this
 *     "queueMaintenanceSeconds": 30       // PostgreSQL queue: how often each worker expires dead jobs
 *   }
 *
 * Relative paths in the file are relative to the file. The modules that act on `tokenize`,
 * `kuromojiCache` and the queue timings read them from runtimeOptions(); worker threads get the
 * same object.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { lazySchemas } from '../text/lazy-zod.ts';

export const CONFIG_FILE = 'ev-extract.config.json';

// zod is loaded only when there is a config file to check (`--help` does without).
const configSchema = lazySchemas((z) =>
  z.strictObject({
    db: z.string().min(1).optional(),
    seeds: z.string().min(1).optional(),
    workers: z.number().int().min(0).optional(),
    batch: z.number().int().min(1).optional(),
    tokenize: z.enum(['on-demand', 'all']).optional(),
    kuromojiCache: z.boolean().optional(),
    jobTimeoutSeconds: z.number().int().min(1).optional(),
    queueMaintenanceSeconds: z.number().int().min(1).optional(),
  }),
);

export interface Config {
  db?: string;
  seeds?: string;
  workers?: number;
  batch?: number;
  tokenize?: 'on-demand' | 'all';
  kuromojiCache?: boolean;
  jobTimeoutSeconds?: number;
  queueMaintenanceSeconds?: number;
}

/** What the pipeline's modules read while they run (the rest of Config goes to the commands). */
export interface RuntimeOptions {
  tokenize: 'on-demand' | 'all';
  kuromojiCache: boolean;
  /** PostgreSQL queue (pipeline/pg/queue.ts): seconds before the job of a worker that died is retried. */
  jobTimeoutSeconds: number;
  /** PostgreSQL queue: seconds between the queue maintenance runs of each worker. */
  queueMaintenanceSeconds: number;
}

export const DEFAULT_RUNTIME_OPTIONS: Readonly<RuntimeOptions> = Object.freeze({
  tokenize: 'on-demand',
  kuromojiCache: true,
  jobTimeoutSeconds: 300,
  queueMaintenanceSeconds: 30,
});

/** A config file that cannot be used; names the file and the key. */
export class ConfigError extends Error {}

/**
 * The config file: `file` when given (it must exist), else ev-extract.config.json in `cwd` if
 * there is one, else no settings.
 */
export function loadConfig(file: string | undefined, cwd: string = process.cwd()): Config {
  const target = file ?? path.join(cwd, CONFIG_FILE);
  if (file === undefined && !existsSync(target)) return {};
  let data: unknown;
  try {
    data = JSON.parse(readFileSync(target, 'utf8'));
  } catch (e) {
    throw new ConfigError(`${target}: ${(e as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : `not valid JSON: ${(e as Error).message}`}`);
  }
  const parsed = configSchema().safeParse(data);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new ConfigError(`${target}: ${issue.path.join('.') || '(top)'}: ${issue.message}`);
  }
  const config: Config = parsed.data;
  const dir = path.dirname(path.resolve(target));
  if (config.db !== undefined) config.db = path.resolve(dir, config.db);
  if (config.seeds !== undefined) config.seeds = path.resolve(dir, config.seeds);
  return config;
}

let current: RuntimeOptions = { ...DEFAULT_RUNTIME_OPTIONS };

/** The options this process (or worker thread) runs with. */
export function runtimeOptions(): Readonly<RuntimeOptions> {
  return current;
}

/** Set at start-up: by the CLI from config and flags, in a worker thread from the main thread's. */
export function setRuntimeOptions(options: Partial<RuntimeOptions>): void {
  current = { ...DEFAULT_RUNTIME_OPTIONS, ...options };
}
