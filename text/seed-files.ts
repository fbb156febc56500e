/**
 * Loading of user-editable seed files (YAML validated by zod).
 *
 * Every error names the file and the line, and says what is wrong, so a user who edits a
 * dictionary can fix it without reading code.
 */
import { readFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import path from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import type jsYamlType from 'js-yaml';
import type * as yamlType from 'yaml';
import type { Document, LineCounter, Node as YamlNode } from 'yaml';
import type { z } from 'zod';
import { lazyRequire } from './lazy-require.ts';
import { diskCacheInUse, readCacheEntry, writeCacheEntry } from './disk-cache.ts';
import { escapeRegex } from './regex.ts';

// Loaded on first parse: worker threads get the seed files parsed (useShippedSeedFiles).
const jsYaml = lazyRequire<typeof jsYamlType>('js-yaml');
const yaml = lazyRequire<typeof yamlType>('yaml');

export class ResourceError extends Error {
  constructor(
    readonly file: string,
    readonly line: number | null,
    readonly problem: string,
  ) {
    super(`${file}${line ? `:${line}` : ''}: ${problem}`);
    this.name = 'ResourceError';
  }
}

export interface LoadedYaml<T> {
  file: string;
  data: T;
  /** Line (1-based) of the YAML node at a zod/JSON path such as ["companies", 3, "ja", 1]. */
  lineOf(pathParts: readonly (string | number)[]): number | null;
  /** sha256 of the file bytes. */
  hash: string;
}

/** The project's root folder (this module sits one folder below it, in the sources and in dist/). */
export function projectRoot(): string {
  return path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
}

/** Resolve the project's default seeds directory (seeds/ beside text/, extractors/ and pipeline/). */
export function defaultSeedsDir(): string {
  return path.join(projectRoot(), 'seeds');
}

export function hashText(text: string | Buffer): string {
  return createHash('sha256').update(text).digest('hex');
}

/**
 * Parse and validate a seed file. Fast path: js-yaml (core schema, duplicate keys rejected),
 * because the `yaml` library is many times slower on a large dictionary (`npm run bench` loads a
 * generated 1,000,000-alias one); the `yaml` library
 * with its line counter is used only to report WHERE something is wrong — on a syntax error,
 * a schema violation, or when the caller asks `lineOf` (e.g. for an alias collision).
 * `schema` is called only to validate (text/lazy-zod.ts): a file parsed before is not.
 */
export function loadYaml<S extends z.ZodType>(file: string, schema: () => S): LoadedYaml<z.infer<S>> {
  const key = path.resolve(file);
  const shipped = shippedSeedFiles.get(key);
  // parsed and validated by the main thread (see useShippedSeedFiles)
  if (shipped) return parsedBefore(file, schema, shipped.data as z.infer<S>, shipped.hash, () => readFileSync(file, 'utf8'));
  let source: string;
  try {
    source = readFileSync(file, 'utf8');
  } catch (e) {
    throw new ResourceError(file, null, `cannot read the file (${(e as Error).message})`);
  }
  // parsed and validated by an earlier run of this build (disk-cache.ts): lines located on demand
  const hash = diskCacheInUse() ? hashText(source) : '';
  const cached = hash ? readCacheEntry('seed-files', `${key}\u0000${hash}`) : null;
  if (cached) {
    let data: unknown;
    try {
      data = JSON.parse(cached.toString('utf8'));
    } catch {
      data = undefined; // a damaged entry: parse the file
    }
    if (data !== undefined) {
      parsedSeedFiles.set(key, { hash, data });
      return parsedBefore(file, schema, data as z.infer<S>, hash, () => source);
    }
  }
  // (a file that only grew at its end since the last run, as a company appended to companies.yaml: only the new lines are parsed)
  const appended = hash ? parseAppended(file, key, source, schema) : null;
  if (appended) {
    parsedSeedFiles.set(key, { hash, data: appended });
    cacheParsed(key, hash, appended, source);
    return parsedBefore(file, schema, appended as z.infer<S>, hash, () => source);
  }
  const loaded = parseYaml(file, source, schema);
  parsedSeedFiles.set(key, { hash: loaded.hash, data: loaded.data });
  if (hash) cacheParsed(key, hash, loaded.data, source);
  return loaded;
}

/**
 * A file whose text is the text of its last cached parse with list items appended to its one
 * top-level list: the cached data with the new items, parsed on their own (js-yaml takes ~0.3 s
 * on the 9,000-company dictionary, a new company's lines a millisecond). Anything else — an edit
 * before the end, lines that continue the last item, another indentation, a schema error — is
 * left to the full parse (null), which gives the same data or the error with its line.
 */
function parseAppended<S extends z.ZodType>(file: string, key: string, source: string, schema: () => S): unknown {
  const last = readCacheEntry('seed-files-latest', key);
  if (!last) return null;
  let before: { hash: string; length: number; list: string; indent: string };
  try {
    before = JSON.parse(last.toString('utf8'));
  } catch {
    return null;
  }
  if (!before.list || source.length <= before.length || source.charCodeAt(before.length - 1) !== 10) return null;
  if (hashText(source.slice(0, before.length)) !== before.hash) return null;
  const tail = source.slice(before.length);
  // (only blank and comment lines before the first new item, at the list's own indentation)
  const first = FIRST_ITEM.exec(tail);
  if (!first || first[1] !== before.indent) return null;
  const cached = readCacheEntry('seed-files', `${key}\u0000${before.hash}`);
  if (!cached) return null;
  let old: Record<string, unknown>;
  let added: unknown;
  try {
    old = JSON.parse(cached.toString('utf8'));
    added = jsYaml().load(`${before.list}:\n${tail}`, { schema: jsYaml().CORE_SCHEMA, filename: file });
  } catch {
    return null;
  }
  const items = (added as Record<string, unknown> | null)?.[before.list];
  if (!Array.isArray(old[before.list]) || !Array.isArray(items) || Object.keys(added as object).length !== 1) return null;
  const parsed = schema().safeParse({ ...old, [before.list]: [...(old[before.list] as unknown[]), ...items] });
  return parsed.success ? parsed.data : null;
}

/** A seed file parsed and validated before (by another thread or run): its lines are located only when asked. */
function parsedBefore<S extends z.ZodType>(file: string, schema: () => S, data: z.infer<S>, hash: string, source: () => string): LoadedYaml<z.infer<S>> {
  let lineOf: ((p: readonly (string | number)[]) => number | null) | null = null;
  return { file, data, hash, lineOf: (p) => (lineOf ??= parseYaml(file, source(), schema).lineOf)(p) };
}

/**
 * Keep validated data for the next run — only data that JSON gives back exactly (no undefined, Map, RegExp) —
 * and, for a file that is one top-level list, where its text ended (parseAppended).
 */
function cacheParsed(key: string, hash: string, data: unknown, source: string): void {
  const json = JSON.stringify(data);
  if (json === undefined || !isDeepStrictEqual(JSON.parse(json), data)) return;
  writeCacheEntry('seed-files', `${key}\u0000${hash}`, json);
  const keys = data && typeof data === 'object' && !Array.isArray(data) ? Object.keys(data) : [];
  const list = keys.length === 1 && Array.isArray((data as Record<string, unknown>)[keys[0]!]) ? keys[0]! : '';
  if (list) writeCacheEntry('seed-files-latest', key, JSON.stringify({ hash, length: source.length, list, indent: listIndent(source, list) }));
}

/** Blank and comment lines, then a list item: its indentation. */
const FIRST_ITEM = /^(?:[ \t]*(?:#[^\n]*)?\n)*([ \t]*)- /;

/** The indentation of the first item of a file's top-level list. */
function listIndent(source: string, list: string): string {
  const key = new RegExp(`^${escapeRegex(list)}:[ \\t]*\\n`, 'm').exec(source);
  const m = key ? FIRST_ITEM.exec(source.slice(key.index + key[0].length)) : null;
  return m ? m[1]! : '';
}

/** A seed file as parsed and validated, keyed by absolute path. */
export type ParsedSeedFiles = Map<string, { hash: string; data: unknown }>;

/** Every seed file this thread has parsed (most recent version of each). */
const parsedSeedFiles: ParsedSeedFiles = new Map();
/** Seed files parsed by another thread, to use instead of parsing again. */
let shippedSeedFiles: ParsedSeedFiles = new Map();

/**
 * The seed files parsed so far, for worker threads: each would otherwise parse and validate
 * the same YAML again at start-up (and compile js-yaml and zod's hot code in its own isolate),
 * a cost paid once per worker. It also guarantees the workers extract with exactly the
 * dictionaries whose hashes the run records, even if a file is edited meanwhile.
 */
export function parsedSeedFilesToShip(): ParsedSeedFiles {
  return new Map(parsedSeedFiles);
}

/** In a worker thread: use the main thread's parsed seed files. */
export function useShippedSeedFiles(files: ParsedSeedFiles): void {
  shippedSeedFiles = files;
}

function parseYaml<S extends z.ZodType>(file: string, source: string, schema: () => S): LoadedYaml<z.infer<S>> {
  let located: { doc: Document.Parsed; lineCounter: LineCounter } | null = null;
  const locate = () => {
    if (!located) {
      const lineCounter = new (yaml().LineCounter)();
      located = { doc: yaml().parseDocument(source, { lineCounter, uniqueKeys: true, prettyErrors: false }), lineCounter };
    }
    return located;
  };
  const syntaxError = (): never => {
    const { doc, lineCounter } = locate();
    const err = doc.errors[0];
    if (err) {
      const line = err.pos ? lineCounter.linePos(err.pos[0]).line : null;
      throw new ResourceError(file, line, `invalid YAML: ${err.message.split('\n')[0]}`);
    }
    throw new ResourceError(file, null, 'invalid YAML');
  };
  const lineOf = (pathParts: readonly (string | number)[]): number | null => {
    const { doc, lineCounter } = locate();
    let node: unknown = doc.contents;
    let lastRange: [number, number, number] | undefined = (node as YamlNode | null)?.range ?? undefined;
    for (const key of pathParts) {
      if (yaml().isMap(node)) {
        const pair = node.items.find((p) => String((p.key as { value?: unknown })?.value ?? p.key) === String(key));
        if (!pair) break;
        node = pair.value;
        const keyRange = (pair.key as YamlNode | null)?.range;
        lastRange = (node as YamlNode | null)?.range ?? keyRange ?? lastRange;
      } else if (yaml().isSeq(node) && typeof key === 'number') {
        node = node.items[key];
        lastRange = (node as YamlNode | null)?.range ?? lastRange;
      } else {
        break;
      }
    }
    return lastRange ? lineCounter.linePos(lastRange[0]).line : null;
  };
  let data: unknown;
  try {
    data = jsYaml().load(source, { schema: jsYaml().CORE_SCHEMA, filename: file });
  } catch (e) {
    if (e instanceof jsYaml().YAMLException) {
      if (locate().doc.errors.length > 0) syntaxError();
      throw new ResourceError(file, e.mark ? e.mark.line + 1 : null, `invalid YAML: ${e.reason}`);
    }
    throw e;
  }
  const parsed = schema().safeParse(data);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const where = issue.path.map(String).join('.');
    throw new ResourceError(file, lineOf(issue.path as (string | number)[]), `${where ? `${where}: ` : ''}${issue.message}`);
  }
  return { file, data: parsed.data, lineOf, hash: hashText(source) };
}
