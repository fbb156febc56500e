/**
 * A subsidiary named in both scripts in one article is one company: "BASF TODA America LLC"
 * and 「BASF戸田アメリカ」, "Toyota Motor North America" and 「トヨタ自動車北米」.
 *
 * Each discovered name gets a signature: the dictionary companies its name is made of (BASF,
 * Toda Kogyo) plus the region it ends with, as a region number (America = アメリカ = 米国,
 * company-discovery.yaml `subsidiary_region_equivalents`). A piece that is no alias is accepted
 * when it is a dictionary company's alias without its trailing company word (戸田 →
 * 戸田工業; a stem of two or three companies stands for all of them), and so is a business word listed in both scripts (Motor = モーター,
 * `subsidiary_word_equivalents`), which joins the signature: "Toyota Motor Europe" and
 * 「トヨタ・モーター・ヨーロッパ」 are one company, "Panasonic Energy North America" and
 * 「パナソニック北米」 two. Two discovered companies with a signature in common are one; a name with
 * any other word in it (Toyota Tsusho America) has no signature.
 */
import { selectLeftmostLongest } from './alias-matcher.ts';
import { aliasKey } from './dictionary.ts';
import type { CompanyResources } from './vocabulary.ts';
import { groupByUnits, lastUnit } from '../../text/word-groups.ts';

export interface SignatureEnv {
  /** Region word → region number. */
  regionGroups: ReadonlyMap<string, number>;
  /** Business word (Latin lower-cased) → word number (Motor, モーター). */
  wordGroups: ReadonlyMap<string, number>;
  /** The name without legal forms. */
  strip(name: string): string;
  /** Dictionary companies named inside `part` (leftmost-longest, boundaries checked). */
  dictionaryMatches(part: string): Array<{ start: number; end: number; id: string }>;
  /** The dictionary company (or the two or three, joined by |) whose alias is `piece` + a company word (戸田 → 戸田工業), or null. */
  companyByStem(piece: string): string | null;
}

const LATIN_END = /[A-Za-z.]$/;
const SEPARATORS = /^[\s・&,-]*$/u;

/** Region words by their last unit, in the map's order (only those can end a name): built once per map. */
const regionsByLast = new WeakMap<ReadonlyMap<string, number>, Map<number, string[]>>();
const NO_WORDS: readonly string[] = [];

/**
 * The signatures of a subsidiary's name: its parents, business words and region; none when it
 * has none. A business word inside a parent's alias ("Toyota Motor") gives a second signature
 * with it, so that the name meets both 「トヨタ自動車北米」 and 「トヨタ・モーター・北米」.
 */
export function subsidiarySignatures(name: string, env: SignatureEnv): string[] {
  const bare = env.strip(name).trim();
  let region = -1;
  let word = '';
  let byLast = regionsByLast.get(env.regionGroups);
  if (!byLast) regionsByLast.set(env.regionGroups, (byLast = groupByUnits([...env.regionGroups.keys()], lastUnit)));
  for (const w of byLast.get(bare.charCodeAt(bare.length - 1)) ?? NO_WORDS) {
    const group = env.regionGroups.get(w)!;
    if (w.length <= word.length || bare.length <= w.length || !bare.endsWith(w)) continue;
    // a Latin region is a word of its own: "BASF TODA America", not "Amerika"
    // (after a Latin letter only: 「トヨタモーターセールスUSA」 is written solid)
    if (LATIN_END.test(w) && /[\p{Script=Latin}\p{N}]/u.test(bare[bare.length - w.length - 1]!)) continue;
    word = w;
    region = group;
  }
  if (region < 0) return [];
  const prefix = bare.slice(0, bare.length - word.length).replace(/\s+of\s*$/u, '').replace(/[\s・,]+$/u, '');
  if (!prefix) return [];
  const ids = new Set<string>();
  const words = new Set<number>();
  const inAliases = new Set<number>();
  let at = 0;
  const gap = (s: number, e: number): boolean => {
    for (const piece of prefix.slice(s, e).split(PIECE_BREAK)) {
      if (!piece) continue;
      const found = businessWords(piece, env.wordGroups);
      if (found) for (const w of found) words.add(w);
      else {
        const id = env.companyByStem(piece);
        if (!id) return false;
        ids.add(id);
      }
    }
    return true;
  };
  for (const m of env.dictionaryMatches(prefix)) {
    if (m.start < at) continue;
    if (!SEPARATORS.test(prefix.slice(at, m.start)) && !gap(at, m.start)) return [];
    ids.add(m.id);
    for (const piece of prefix.slice(m.start, m.end).split(PIECE_BREAK)) for (const w of businessWords(piece, env.wordGroups) ?? []) inAliases.add(w);
    at = m.end;
  }
  if (at < prefix.length && !gap(at, prefix.length)) return [];
  if (ids.size === 0) return [];
  const out = new Set<string>();
  // (a stem of several companies, 戸田|… as "toda_corp|toda_kogyo", gives a signature per company it may be)
  for (const choice of choices([...ids].map((id) => id.split('|')))) {
    const signature = (ws: ReadonlySet<number>) => `${[...new Set(choice)].sort().join('+')}${[...ws].sort((a, b) => a - b).map((w) => `+w${w}`).join('')}@${region}`;
    out.add(signature(words));
    out.add(signature(new Set([...words, ...inAliases])));
  }
  return [...out];
}

/** Every way of taking one item from each list (the lists hold one to three items). */
function choices(lists: readonly string[][]): string[][] {
  let out: string[][] = [[]];
  for (const list of lists) out = out.flatMap((picked) => list.map((item) => [...picked, item]));
  return out;
}

const PIECE_BREAK = /[\s・&,-]+/u;

/**
 * The business words `piece` is made of (モーター; モーターセールス as two), by word number, or
 * null when it is not made of them alone.
 */
function businessWords(piece: string, groups: ReadonlyMap<string, number>): number[] | null {
  if (groups.size === 0) return null;
  const whole = groups.get(piece.toLowerCase());
  if (whole !== undefined) return [whole];
  // katakana written solid (トヨタモーターセールス): the longest words first, the whole piece covered
  if (!/^[\p{Script=Katakana}ー]+$/u.test(piece)) return null;
  const out: number[] = [];
  for (let i = 0; i < piece.length; ) {
    let hit = 0;
    for (let n = piece.length - i; n >= 2 && hit === 0; n--) if (groups.has(piece.slice(i, i + n))) hit = n;
    if (hit === 0) return null;
    out.push(groups.get(piece.slice(i, i + hit))!);
    i += hit;
  }
  return out;
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
  const signatures = new Map<string, string[]>();
  for (const m of mentions) {
    const e = m.entity;
    if (!e.discovered || replaced.has(e)) continue;
    names: for (const n of e.names) {
      let sigs = signatures.get(n);
      if (sigs === undefined) signatures.set(n, (sigs = subsidiarySignatures(n, env)));
      for (const sig of sigs) {
        const other = bySignature.get(sig);
        if (other && other !== e) {
          replaced.set(e, other);
          for (const x of e.names) other.names.add(x);
          break names;
        }
      }
      for (const sig of sigs) bySignature.set(sig, e);
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
    wordGroups: res.patterns.wordGroups,
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
      // (a stem two or three companies share, 戸田 of 戸田工業 and 戸田建設, stands for all of them: it
      // still meets the same stem in the other script, "TODA")
      if (found.size === 0 || found.size > 3) return null;
      return [...found].map((i) => res.dict.entities[i]!.id).sort().join('|');
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
