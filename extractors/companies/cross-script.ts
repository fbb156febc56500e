/**
 * A subsidiary named in both scripts in one article is one company: "BASF TODA America LLC"
 * and 「BASF戸田アメリカ」, "Toyota Motor North America" and 「トヨタ自動車北米」.
 *
 * Each discovered name gets a signature: the dictionary companies its name is made of (BASF,
 * Toda Kogyo) plus the region it ends with, as a region number (America = アメリカ = 米国,
 * company-discovery.yaml `subsidiary_region_equivalents`). A piece that is no alias is accepted
 * when it is the only dictionary company's alias without its trailing company word (戸田 →
 * 戸田工業). Two discovered companies with one signature are one; a name with any other word in
 * it (Panasonic Energy North America) has no signature.
 */
import { selectLeftmostLongest } from './alias-matcher.ts';
import { aliasKey } from './dictionary.ts';
import type { CompanyResources } from './vocabulary.ts';
import { groupByUnits, lastUnit } from '../../text/word-groups.ts';

export interface SignatureEnv {
  /** Region word → region number. */
  regionGroups: ReadonlyMap<string, number>;
  /** The name without legal forms. */
  strip(name: string): string;
  /** Dictionary companies named inside `part` (leftmost-longest, boundaries checked). */
  dictionaryMatches(part: string): Array<{ start: number; end: number; id: string }>;
  /** The one dictionary company whose alias is `piece` + a company word (戸田 → 戸田工業), or null. */
  companyByStem(piece: string): string | null;
}

const LATIN_END = /[A-Za-z.]$/;
const SEPARATORS = /^[\s・&,-]*$/u;

/** Region words by their last unit, in the map's order (only those can end a name): built once per map. */
const regionsByLast = new WeakMap<ReadonlyMap<string, number>, Map<number, string[]>>();
const NO_WORDS: readonly string[] = [];

/** The region and the parents a subsidiary's name is made of, or null. */
export function subsidiarySignature(name: string, env: SignatureEnv): string | null {
  const bare = env.strip(name).trim();
  let region = -1;
  let word = '';
  let byLast = regionsByLast.get(env.regionGroups);
  if (!byLast) regionsByLast.set(env.regionGroups, (byLast = groupByUnits([...env.regionGroups.keys()], lastUnit)));
  for (const w of byLast.get(bare.charCodeAt(bare.length - 1)) ?? NO_WORDS) {
    const group = env.regionGroups.get(w)!;
    if (w.length <= word.length || bare.length <= w.length || !bare.endsWith(w)) continue;
    // a Latin region is a word of its own: "BASF TODA America", not "Amerika"
    if (LATIN_END.test(w) && /[\p{L}\p{N}]/u.test(bare[bare.length - w.length - 1]!)) continue;
    word = w;
    region = group;
  }
  if (region < 0) return null;
  const prefix = bare.slice(0, bare.length - word.length).replace(/\s+of\s*$/u, '').replace(/[\s・,]+$/u, '');
  if (!prefix) return null;
  const ids = new Set<string>();
  let at = 0;
  const gap = (s: number, e: number): boolean => {
    for (const piece of prefix.slice(s, e).split(/[\s・&,-]+/u)) {
      if (!piece) continue;
      const id = env.companyByStem(piece);
      if (!id) return false;
      ids.add(id);
    }
    return true;
  };
  for (const m of env.dictionaryMatches(prefix)) {
    if (m.start < at) continue;
    if (!SEPARATORS.test(prefix.slice(at, m.start)) && !gap(at, m.start)) return null;
    ids.add(m.id);
    at = m.end;
  }
  if (at < prefix.length && !gap(at, prefix.length)) return null;
  if (ids.size === 0) return null;
  return `${[...ids].sort().join('+')}@${region}`;
}

export interface MergeableEntity {
  discovered: boolean;
  names: Set<string>;
}

/** Discovered companies of one document with one signature become the first of them. */
export function mergeCrossScript<E extends MergeableEntity>(mentions: Array<{ entity: E }>, env: SignatureEnv): void {
  const bySignature = new Map<string, E>();
  const replaced = new Map<E, E>();
  // a company's names come up once per mention: each name's signature is worked out once
  const signatures = new Map<string, string | null>();
  for (const m of mentions) {
    const e = m.entity;
    if (!e.discovered || replaced.has(e)) continue;
    for (const n of e.names) {
      let sig = signatures.get(n);
      if (sig === undefined) signatures.set(n, (sig = subsidiarySignature(n, env)));
      if (!sig) continue;
      const other = bySignature.get(sig);
      if (other && other !== e) {
        replaced.set(e, other);
        for (const x of e.names) other.names.add(x);
        break;
      }
      bySignature.set(sig, e);
    }
  }
  for (const m of mentions) {
    const e = replaced.get(m.entity);
    if (e) m.entity = e;
  }
}

/** Two kanji of a company word after a stem (戸田|工業, 日亜|化学), or a name suffix of legal-forms.yaml. */
const KANJI_COMPANY_WORD = /^\p{Script=Han}{2}$/u;

/** The signature environment of the company resources (cached on them). */
export function signatureEnv(res: CompanyResources): SignatureEnv {
  const cached = envCache.get(res);
  if (cached) return cached;
  const nameSuffixes = new Set(res.legal.jaNameSuffix.map((s) => aliasKey(s)));
  // the alias keys in code-unit order: the keys that start with a stem are one run of them
  // (a walk over the whole index per stem was ~3,000 entries and an entry array each)
  const sortedKeys = [...res.aliasIndex.keys()].sort();
  const env: SignatureEnv = {
    regionGroups: res.patterns.regionGroups,
    strip: (name) => res.legal.strip(name),
    dictionaryMatches: (part) =>
      selectLeftmostLongest(res.matcher.candidates(part).filter((c) => !res.isKnownOrganisation(c.entity))).map((c) => ({
        start: c.start,
        end: c.end,
        id: res.dict.entities[c.entity]!.id,
      })),
    companyByStem: (piece) => {
      const stem = aliasKey(piece);
      if (stem.length < 2) return null;
      const found = new Set<number>();
      for (let k = firstAtLeast(sortedKeys, stem); k < sortedKeys.length && sortedKeys[k]!.startsWith(stem); k++) {
        const key = sortedKeys[k]!;
        if (key.length <= stem.length) continue;
        const rest = key.slice(stem.length);
        if (KANJI_COMPANY_WORD.test(rest) || nameSuffixes.has(rest)) found.add(res.aliasIndex.get(key)!);
      }
      return found.size === 1 ? res.dict.entities[[...found][0]!]!.id : null;
    },
  };
  envCache.set(res, env);
  return env;
}

const envCache = new WeakMap<CompanyResources, SignatureEnv>();

/** The first index of the sorted `keys` whose key is not below `key` (code-unit order). */
function firstAtLeast(keys: readonly string[], key: string): number {
  let lo = 0;
  let hi = keys.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (keys[mid]! < key) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
