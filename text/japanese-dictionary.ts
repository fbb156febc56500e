/**
 * kuromoji's dictionary, loaded so that worker threads can SHARE it.
 *
 * kuromoji's own loader decompresses ~190 MB of typed arrays per tokenizer, so every worker
 * thread paid for its own copy. Here the main thread decompresses the files once into
 * SharedArrayBuffers and each worker builds its Tokenizer over views of the same memory
 * (the trie, token-info and connection-cost arrays are read-only after loading). This uses
 * kuromoji's documented building blocks (DynamicDictionaries, Tokenizer) in the same order
 * as its DictionaryLoader.
 */
import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { promisify } from 'node:util';
import { gunzip, gunzipSync } from 'node:zlib';
import type kuromoji from 'kuromoji';
import { installFeatureCache } from './kuromoji-features.ts';
import { installLinearLatticeBuilder, type TargetIndex } from './kuromoji-lattice.ts';

const FILES = [
  'base.dat.gz',
  'check.dat.gz',
  'tid.dat.gz',
  'tid_pos.dat.gz',
  'tid_map.dat.gz',
  'cc.dat.gz',
  'unk.dat.gz',
  'unk_pos.dat.gz',
  'unk_map.dat.gz',
  'unk_char.dat.gz',
  'unk_compat.dat.gz',
  'unk_invoke.dat.gz',
] as const;

export type DictionaryBuffers = Record<(typeof FILES)[number], SharedArrayBuffer> & {
  /** Per trie id, [start, length] of its token ids inside tid_map.dat (see targetMapIndex). */
  'tid_map.index': SharedArrayBuffer;
};

const require = createRequire(import.meta.url);

function dictionaryDir(): string {
  return path.join(path.dirname(require.resolve('kuromoji/package.json')), 'dict');
}

function toShared(bytes: Uint8Array): SharedArrayBuffer {
  const shared = new SharedArrayBuffer(bytes.byteLength);
  new Uint8Array(shared).set(bytes);
  return shared;
}

/** Decompress the dictionary files into shared memory (once per process). */
export function loadDictionaryBuffers(): DictionaryBuffers {
  const out = {} as Record<(typeof FILES)[number], SharedArrayBuffer>;
  for (const file of FILES) out[file] = toShared(gunzipSync(readFileSync(path.join(dictionaryDir(), file))));
  return withTargetMapIndex(out);
}

/** The decompressed files plus the index of their target map. */
function withTargetMapIndex(files: Record<(typeof FILES)[number], SharedArrayBuffer>): DictionaryBuffers {
  return { ...files, 'tid_map.index': targetMapIndex(files['tid_map.dat.gz']) };
}

/**
 * kuromoji keeps tid_map.dat (trie id → token ids) as a JavaScript object of ~390,000 arrays,
 * built by every tokenizer (~60 MB per worker thread). Instead, index the file once
 * into shared memory: entry k of the index is [start, length] of trie id k's token ids, in
 * 32-bit words of the file (layout: count, then per key: key, length, ids…).
 */
function targetMapIndex(tidMap: SharedArrayBuffer): SharedArrayBuffer {
  const words = new Int32Array(tidMap, 0, tidMap.byteLength >> 2);
  let maxKey = 0;
  for (let i = 1; i + 1 < words.length; i += 2 + words[i + 1]!) maxKey = Math.max(maxKey, words[i]!);
  const index = new Int32Array(new SharedArrayBuffer((maxKey + 1) * 8));
  for (let i = 1; i + 1 < words.length; i += 2 + words[i + 1]!) {
    index[2 * words[i]!] = i + 2;
    index[2 * words[i]! + 1] = words[i + 1]!;
  }
  return index.buffer as SharedArrayBuffer;
}

/** `target_map[trieId]` for kuromoji's ViterbiBuilder, read from the shared index. */
function sharedTargetMap(tidMap: SharedArrayBuffer, indexBuffer: SharedArrayBuffer): Record<number, Int32Array | undefined> {
  const words = new Int32Array(tidMap, 0, tidMap.byteLength >> 2);
  const index = new Int32Array(indexBuffer);
  return new Proxy({} as Record<number, Int32Array | undefined>, {
    get(_target, key) {
      const k = typeof key === 'string' ? Number(key) : NaN;
      if (!(k >= 0 && 2 * k + 1 < index.length)) return undefined;
      const length = index[2 * k + 1]!;
      return length > 0 ? words.subarray(index[2 * k]!, index[2 * k]! + length) : undefined;
    },
  });
}

const gunzipAsync = promisify(gunzip);

/** A store of the decompressed files (the pipeline's disk cache, pipeline/stages/kuromoji-cache.ts). */
export interface DictionaryCache {
  read(dictDir: string, files: readonly string[]): Record<string, SharedArrayBuffer> | null;
  write(dictDir: string, files: readonly string[], buffers: Record<string, SharedArrayBuffer>): Promise<void> | void;
}

/**
 * The same, without blocking this thread: the files are decompressed in libuv's thread pool,
 * in parallel, while the worker threads start (95 MB of output).
 */
export async function loadDictionaryBuffersAsync(cache?: DictionaryCache): Promise<DictionaryBuffers> {
  const dir = dictionaryDir();
  const cached = (cache?.read(dir, FILES) ?? null) as Record<(typeof FILES)[number], SharedArrayBuffer> | null;
  if (cached) return withTargetMapIndex(cached);
  const buffers: SharedArrayBuffer[] = await Promise.all(
    FILES.map(async (file) => {
      const gz = await readFile(path.join(dir, file));
      // One output chunk of the whole size (gzip's trailer gives it): zlib's default 16 KB
      // chunks cost a round trip to this thread each, 6,000 in all (about twice the time).
      const size = gz.length >= 4 ? gz.readUInt32LE(gz.length - 4) : 0;
      return toShared(await gunzipAsync(gz, { chunkSize: Math.max(64 * 1024, size) }));
    }),
  );
  const out = Object.fromEntries(FILES.map((file, i) => [file, buffers[i]!])) as Record<(typeof FILES)[number], SharedArrayBuffer>;
  if (cache) void cache.write(dir, FILES, out); // in the background: the next run reads it instead
  return withTargetMapIndex(out);
}

interface DynamicDictionaries {
  token_info_dictionary: {
    loadDictionary(tokenInfo: Uint8Array): void;
    loadPosVector(pos: Uint8Array): void;
    target_map: Record<number, ArrayLike<number> | undefined>;
  };
  loadTrie(base: Int32Array, check: Int32Array): void;
  loadTokenInfoDictionaries(tokenInfo: Uint8Array, pos: Uint8Array, targetMap: Uint8Array): void;
  loadConnectionCosts(cc: Int16Array): void;
  loadUnknownDictionaries(unk: Uint8Array, pos: Uint8Array, map: Uint8Array, cat: Uint8Array, compat: Uint32Array, invoke: Uint8Array): void;
}

/**
 * The character classes of unk_invoke.dat without the file's padding. kuromoji ships the file
 * as 1 MB of which the 11 classes (DEFAULT … CYRILLIC) take 150 bytes; its loader reads the
 * zeros as ~150,000 nameless classes, 35–60 ms per tokenizer (each worker thread builds one).
 * A class record is two flag bytes, a 32-bit length and a zero-terminated name; the classes end
 * at the first record without a name. The compatible-category bitsets name classes 0–10 only,
 * so the tokenizer is the same (tested against kuromoji's own loading).
 */
export function invokeDefinitions(bytes: Uint8Array): Uint8Array {
  let at = 0;
  while (at + 6 < bytes.length) {
    const name = at + 6;
    let end = name;
    while (end < bytes.length && bytes[end] !== 0) end++;
    if (end === name) break;
    at = end + 1;
  }
  return bytes.subarray(0, at);
}

/**
 * Build a kuromoji Tokenizer over (shared) dictionary buffers. `targetMap: 'kuromoji'` builds
 * the target map kuromoji's own way (an object per tokenizer) — the reference the tests
 * compare the shared index with; `lattice: 'kuromoji'` keeps kuromoji's own (quadratic)
 * lattice builder, Viterbi search and feature decoding instead of kuromoji-lattice.ts's and
 * kuromoji-features.ts's.
 */
export function tokenizerFromBuffers(
  b: DictionaryBuffers,
  options: { targetMap?: 'shared' | 'kuromoji'; lattice?: 'linear' | 'kuromoji' } = {},
): kuromoji.Tokenizer<kuromoji.IpadicFeatures> {
  const DynamicDictionaries = require('kuromoji/src/dict/DynamicDictionaries.js') as new () => DynamicDictionaries;
  const Tokenizer = require('kuromoji/src/Tokenizer.js') as new (dic: DynamicDictionaries) => kuromoji.Tokenizer<kuromoji.IpadicFeatures>;
  const dic = new DynamicDictionaries();
  let targetIndex: TargetIndex | undefined;
  dic.loadTrie(new Int32Array(b['base.dat.gz']), new Int32Array(b['check.dat.gz']));
  if (options.targetMap === 'kuromoji') {
    dic.loadTokenInfoDictionaries(new Uint8Array(b['tid.dat.gz']), new Uint8Array(b['tid_pos.dat.gz']), new Uint8Array(b['tid_map.dat.gz']));
  } else {
    // as loadTokenInfoDictionaries, but the target map is read from the shared index
    dic.token_info_dictionary.loadDictionary(new Uint8Array(b['tid.dat.gz']));
    dic.token_info_dictionary.loadPosVector(new Uint8Array(b['tid_pos.dat.gz']));
    dic.token_info_dictionary.target_map = sharedTargetMap(b['tid_map.dat.gz'], b['tid_map.index']);
    // the lattice builder reads the index itself (no array per word found)
    targetIndex = { words: new Int32Array(b['tid_map.dat.gz'], 0, b['tid_map.dat.gz'].byteLength >> 2), index: new Int32Array(b['tid_map.index']) };
  }
  dic.loadConnectionCosts(new Int16Array(b['cc.dat.gz']));
  dic.loadUnknownDictionaries(
    new Uint8Array(b['unk.dat.gz']),
    new Uint8Array(b['unk_pos.dat.gz']),
    new Uint8Array(b['unk_map.dat.gz']),
    new Uint8Array(b['unk_char.dat.gz']),
    new Uint32Array(b['unk_compat.dat.gz']),
    options.lattice === 'kuromoji' ? new Uint8Array(b['unk_invoke.dat.gz']) : invokeDefinitions(new Uint8Array(b['unk_invoke.dat.gz'])),
  );
  const tokenizer = new Tokenizer(dic);
  if (options.lattice !== 'kuromoji') {
    installLinearLatticeBuilder(tokenizer, targetIndex);
    installFeatureCache(tokenizer);
  }
  return tokenizer;
}
