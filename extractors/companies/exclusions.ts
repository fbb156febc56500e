/**
 * seeds/companies/company-exclusions.yaml: names that are not companies (government
 * bodies, associations, universities, places, brands, anaphora, generic nouns). They block
 * discovery only; a dictionary alias is never excluded.
 */
import { createHash } from 'node:crypto';
import type { z } from 'zod';
import { lazySchemas } from '../../text/lazy-zod.ts';
import { loadYaml, ResourceError } from '../../text/seed-files.ts';
import { aliasKey } from './dictionary.ts';
import { isKanjiLike, isKatakana, isLatinWordChar } from '../../text/chars.ts';
import { firstUnit, groupByUnits, lastUnit } from '../../text/word-groups.ts';

function scriptClass(c: number): number {
  return isLatinWordChar(c) ? 1 : isKatakana(c) ? 2 : isKanjiLike(c) ? 3 : 0;
}

const NONE: readonly string[] = [];

/** Does `s` hold a CJK ideograph (a unit at or above U+3400)? Cheaper than the class test it guards. */
function hasHan(s: string): boolean {
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) >= 0x3400) return true;
  return false;
}

export const EXCLUSION_CATEGORIES = ['government', 'associations', 'universities', 'places', 'brands', 'anaphora', 'generic'] as const;
export type ExclusionCategory =
  | (typeof EXCLUSION_CATEGORIES)[number]
  | 'non_company_suffix'
  | 'non_company_prefix'
  | 'institution_prefix'
  | 'non_name_character';

export const exclusionsSchema = lazySchemas((z) => {
  const stringList = z.array(z.string().refine((s) => s.trim().length > 0, { message: 'must not be empty' })).default([]);
  return z
    .object({
      government: stringList,
      associations: stringList,
      universities: stringList,
      places: stringList,
      brands: stringList,
      anaphora: stringList,
      generic: stringList,
      non_company_suffixes: stringList,
      non_company_prefixes: stringList,
      /** Regular expressions for the start of a name that is no company: 第1回 (an event). */
      non_company_start_patterns: stringList,
      /** Characters no discovered name holds: simplified Chinese ones Japanese does not write. */
      non_name_characters: z.array(z.string().length(1, { message: 'must be one character' })).default([]),
    })
    .strict();
});

export type ExclusionsData = z.infer<ReturnType<typeof exclusionsSchema>>;

export class Exclusions {
  private readonly names = new Map<string, ExclusionCategory>();
  private readonly suffixes: string[];
  private readonly prefixes: string[];
  private readonly startPatterns: RegExp[];
  private readonly nonNameCharacters: RegExp | null;
  /** Names of institutions (government, associations, universities): "JARI電池分科" starts with one. */
  private readonly institutions: string[];

  /** Hash of the lists (caches of results derived from them are keyed on it). */
  readonly fingerprint: string;

  constructor(data: ExclusionsData) {
    this.fingerprint = createHash('sha1').update(JSON.stringify(data)).digest('hex');
    for (const category of EXCLUSION_CATEGORIES) {
      for (const name of data[category]) {
        const key = aliasKey(name);
        if (!this.names.has(key)) this.names.set(key, category);
      }
    }
    this.institutions = [...data.government, ...data.associations, ...data.universities].map(aliasKey).filter((k) => k.length >= 3);
    this.suffixes = data.non_company_suffixes.map(aliasKey).sort((a, b) => b.length - a.length);
    this.prefixes = data.non_company_prefixes.map(aliasKey).sort((a, b) => b.length - a.length);
    this.startPatterns = data.non_company_start_patterns.map((p) => new RegExp(`^(?:${p})`, 'u'));
    this.nonNameCharacters = data.non_name_characters.length > 0 ? new RegExp(`[${data.non_name_characters.map((c) => c.replace(/[\\\]^-]/g, '\\$&')).join('')}]`, 'u') : null;
    this.suffixesByLast = groupByUnits(this.suffixes, lastUnit);
    this.prefixesByFirst = groupByUnits(this.prefixes, firstUnit);
    this.institutionsByFirst = groupByUnits(this.institutions, firstUnit);
  }
  private readonly suffixesByLast: Map<number, string[]>;
  private readonly prefixesByFirst: Map<number, string[]>;
  private readonly institutionsByFirst: Map<number, string[]>;

  /** The non-company suffix that `name` ends with (工場建設, 研究所), or null. */
  nonCompanySuffix(name: string): string | null {
    const key = aliasKey(name);
    for (const s of this.suffixesByLast.get(key.charCodeAt(key.length - 1)) ?? NONE) {
      if (key.length <= s.length || !key.endsWith(s)) continue;
      if (isLatinWordChar(s.charCodeAt(0)) && isLatinWordChar(key.charCodeAt(key.length - s.length - 1))) continue;
      return s;
    }
    return null;
  }

  /** Why `name` cannot be a discovered company, or null when it may be one. */
  reason(name: string): ExclusionCategory | null {
    const key = aliasKey(name);
    const exact = this.names.get(key);
    if (exact) return exact;
    // only entries ending (starting) with the key's last (first) unit can match; the groups
    // keep list order, so the first match is the same as in a scan of the whole list
    for (const s of this.suffixesByLast.get(key.charCodeAt(key.length - 1)) ?? NONE) {
      // (a Latin suffix word alone is no name either: "Commission" of "The European Commission and
      // Northvolt signed", once the adjective is dropped)
      if (key === s && isLatinWordChar(s.charCodeAt(0))) return 'non_company_suffix';
      if (key.length <= s.length || !key.endsWith(s)) continue;
      // A Latin suffix must be a whole word: "Institute", not the end of "Substitute".
      if (isLatinWordChar(s.charCodeAt(0)) && isLatinWordChar(key.charCodeAt(key.length - s.length - 1))) continue;
      return 'non_company_suffix';
    }
    const first = key.charCodeAt(0);
    for (const p of this.prefixesByFirst.get(first) ?? NONE) {
      if (key.length <= p.length || !key.startsWith(p)) continue;
      if (isLatinWordChar(p.charCodeAt(p.length - 1)) && isLatinWordChar(key.charCodeAt(p.length))) continue;
      return 'non_company_prefix';
    }
    if (this.startPatterns.some((re) => re.test(key))) return 'non_company_prefix';
    // 比亚迪和丰田成立了合资公司: a Chinese sentence before 公司, not a Japanese name
    if (this.nonNameCharacters && hasHan(key) && this.nonNameCharacters.test(key)) return 'non_name_character';
    // a name that starts with an institution's name, followed by another script or word:
    // "JARI電池分科", "NEDO事業" (not "JARIX", not "中国長安汽車": places are not institutions)
    for (const inst of this.institutionsByFirst.get(first) ?? NONE) {
      if (key.length <= inst.length || !key.startsWith(inst)) continue;
      const last = inst.charCodeAt(inst.length - 1);
      const next = key.charCodeAt(inst.length);
      if (scriptClass(last) !== scriptClass(next) || next === 0x20) return 'institution_prefix';
    }
    return null;
  }

  isExcluded(name: string): boolean {
    return this.reason(name) !== null;
  }

  /** Is `name` listed exactly (not by suffix/prefix)? */
  isListed(name: string): boolean {
    return this.names.has(aliasKey(name));
  }
}

export function loadExclusions(file: string): Exclusions {
  const loaded = loadYaml(file, exclusionsSchema);
  loaded.data.non_company_start_patterns.forEach((p, i) => {
    try {
      new RegExp(p, 'u');
    } catch (e) {
      throw new ResourceError(file, loaded.lineOf(['non_company_start_patterns', i]), `non_company_start_patterns.${i}: invalid regular expression /${p}/: ${(e as Error).message}`);
    }
  });
  return new Exclusions(loaded.data);
}
