/**
 * Organisation names that kuromoji's own dictionary (IPADIC) lists as 名詞,固有名詞,組織 — 東芝,
 * 三井不動産, タカタ, 講談社 — as a low-priority "known organisation" source of the alias matcher.
 *
 * The list is read once from kuromoji's token-info features (tid_pos.dat, through the shared
 * loader of text/japanese-dictionary.ts) and cached as JSON in
 * node_modules/.cache/ev-extract/, keyed on kuromoji's version and the file's size and mtime;
 * no sentence is tokenised for it. Filtering (company-discovery.yaml `known_organisations`):
 *  - heads that are not companies (大学, 省, 庁, 協会, 組合, 学会, 党, 病院 …) and the exclusions;
 *  - homographs: a surface IPADIC also lists as another word, other than a general proper noun
 *    (巨人, 三井, ライオン, アマゾン) —
 *    those are names only in context, which the cue rules see;
 *  - Latin-only names other than capitals of three letters or more (NHK, TBS, IBM; NATO, FRB
 *    and the like are listed in company-exclusions.yaml);
 *  - one-character names.
 * The list is cached beside kuromoji's decompressed dictionary; `--no-kuromoji-cache` (the
 * `kuromojiCache` option, reaching the extractor as ExtractorOptions.kuromojiCache) turns both off.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { loadDictionaryBuffers, type DictionaryBuffers } from '../../text/japanese-dictionary.ts';
import { writeFileWhole } from '../../text/disk-cache.ts';
import type { Exclusions } from './exclusions.ts';

const require = createRequire(import.meta.url);

export interface IpadicOrganisations {
  /** Surfaces (NFKC) tagged 固有名詞,組織 and no other part of speech. */
  names: string[];
  /** Surfaces tagged 固有名詞,組織 that IPADIC also lists as another word. */
  homographs: string[];
}

/** Read the organisation names out of kuromoji's decompressed tid_pos.dat ("surface,pos,…\0"). */
export function ipadicOrganisations(buffers: Pick<DictionaryBuffers, 'tid_pos.dat.gz'>): IpadicOrganisations {
  // a copy: TextDecoder does not read shared memory in every Node version
  const text = new TextDecoder().decode(new Uint8Array(buffers['tid_pos.dat.gz']).slice());
  const org = new Set<string>();
  const other = new Set<string>();
  let start = 0;
  while (start < text.length) {
    let end = text.indexOf('\0', start);
    if (end < 0) end = text.length;
    if (end > start) {
      // the buffer ends with zero padding: search each entry on its own
      const entry = text.slice(start, end);
      const c1 = entry.indexOf(',');
      if (c1 > 0) {
        const surface = entry.slice(0, c1).normalize('NFKC');
        if (entry.startsWith('名詞,固有名詞,組織,', c1 + 1)) org.add(surface);
        // a general proper noun (東芝 is listed as one as well) does not make a homograph
        else if (!entry.startsWith('名詞,固有名詞,一般,', c1 + 1)) other.add(surface);
      }
    }
    start = end + 1;
  }
  const names: string[] = [];
  const homographs: string[] = [];
  for (const n of org) (other.has(n) ? homographs : names).push(n);
  return { names: names.sort(), homographs: homographs.sort() };
}

function kuromojiFiles(): { version: string; tidPos: string } {
  const pkg = require.resolve('kuromoji/package.json');
  return {
    version: (JSON.parse(readFileSync(pkg, 'utf8')) as { version: string }).version,
    tidPos: path.join(path.dirname(pkg), 'dict', 'tid_pos.dat.gz'),
  };
}

let processList: IpadicOrganisations | null = null;
/** Bumped when ipadicOrganisations reads the file differently (invalidates caches). */
const FORMAT = 2;

function cacheDir(tidPos: string): string {
  return path.join(path.dirname(tidPos), '..', '..', '.cache', 'ev-extract');
}

function readCache<T>(file: string, key: string, cache: boolean): T | null {
  if (!cache || !existsSync(file)) return null;
  try {
    const cached = JSON.parse(readFileSync(file, 'utf8')) as { key: string; value: T };
    return cached.key === key ? cached.value : null;
  } catch {
    return null; // unreadable cache: rebuild it
  }
}

function writeCache(file: string, key: string, value: unknown, cache: boolean): void {
  if (cache) writeFileWhole(file, JSON.stringify({ key, value })); // a read-only install: no cache
}

function dictionaryKey(): { key: string; dir: string } {
  const { version, tidPos } = kuromojiFiles();
  const st = statSync(tidPos);
  return { key: `${FORMAT}:${version}:${st.size}:${Math.round(st.mtimeMs)}`, dir: cacheDir(tidPos) };
}

/**
 * The IPADIC organisation names, from the cache when it matches this kuromoji install, else
 * read from the dictionary (≈0.5 s) and cached. A run that cannot write the cache goes on.
 */
export function loadIpadicOrganisations(cache = true): IpadicOrganisations {
  if (processList) return processList;
  const { key, dir } = dictionaryKey();
  const file = path.join(dir, 'known-organisations.json');
  const cached = readCache<IpadicOrganisations>(file, key, cache);
  if (cached && Array.isArray(cached.names)) return (processList = cached);
  const list = ipadicOrganisations(loadDictionaryBuffers());
  writeCache(file, key, list, cache);
  return (processList = list);
}

export interface KnownOrganisationFilter {
  dropHeads: readonly string[];
  exclusions: Exclusions;
  /** Does the name end with a company-type word (電気鉄道, 銀行)? */
  isCompanyWordEnd?: (name: string) => boolean;
}

/** The known-organisation names that may be companies (see the file comment). */
export function companyLikeOrganisations(names: readonly string[], filter: KnownOrganisationFilter): string[] {
  const heads = [...filter.dropHeads].sort((a, b) => b.length - a.length);
  return names.filter((n) => {
    if ([...n].length < 2) return false;
    // Latin names: capitals (NHK, TBS, IBM), three letters at least; case-exact matching
    if (/^[\p{Script=Latin}\d\s&.,'\-]+$/u.test(n) && !/^[A-Z][A-Z0-9&]{2,}$/.test(n)) return false;
    if (heads.some((h) => n.endsWith(h))) return false;
    const why = filter.exclusions.reason(n);
    // 京阪電気鉄道 ends with 道 (a place suffix) but with 鉄道 first: a company word wins
    return why === null || (why === 'non_company_suffix' && !!filter.isCompanyWordEnd?.(n));
  });
}

/**
 * companyLikeOrganisations over IPADIC's names, cached on disk by the dictionary and the
 * filter's data (filtering costs ~0.2 s per extractor instance, i.e. per worker thread).
 */
export function loadCompanyLikeOrganisations(filter: KnownOrganisationFilter, filterKey: string, cache = true): string[] {
  const { key, dir } = dictionaryKey();
  const file = path.join(dir, 'known-organisations.companies.json');
  const fullKey = `${key}:${createHash('sha1').update(filterKey).digest('hex')}`;
  const cached = readCache<string[]>(file, fullKey, cache);
  if (cached && Array.isArray(cached)) return cached;
  const names = companyLikeOrganisations(loadIpadicOrganisations(cache).names, filter);
  writeCache(file, fullKey, names, cache);
  return names;
}
