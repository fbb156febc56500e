/**
 * Everything the company extractor loads from seeds/, compiled once per extractor instance:
 * the dictionary automaton, legal forms, exclusions and discovery patterns.
 */
import path from 'node:path';
import { loadCompanyDictionary, aliasKey, type CompanyDictionary } from './dictionary.ts';
import { loadLegalForms, type LegalForms } from './legal-forms.ts';
import { loadExclusions, type Exclusions } from './exclusions.ts';
import { loadDiscoveryPatterns, type DiscoveryPatterns } from './discovery-patterns.ts';
import { Boundaries } from './boundaries.ts';
import { AliasMatcher, aliasVariants, type AliasEntry } from './alias-matcher.ts';
import { DiscoveryTables } from './discovery/tables.ts';
import { loadCompanyLikeOrganisations } from './known-organisations.ts';

/** Seed files read by the extractor, relative to the seeds directory. */
export const RESOURCE_FILES = {
  companies: 'companies/companies.yaml',
  legalForms: 'companies/legal-forms.yaml',
  exclusions: 'companies/company-exclusions.yaml',
  discovery: 'companies/company-discovery.yaml',
} as const;

export type ResourceName = keyof typeof RESOURCE_FILES;

export class CompanyResources {
  readonly boundaries: Boundaries;
  readonly matcher: AliasMatcher;
  readonly tables: DiscoveryTables;
  /** Alias key (NFKC + case fold) → dictionary entity index. */
  readonly aliasIndex: Map<string, number>;
  /**
   * IPADIC's organisation names that may be companies, compiled into `matcher` with low
   * priority: a match with entity index `dict.entities.length + i` is knownOrganisations[i].
   */
  readonly knownOrganisations: string[];

  constructor(
    readonly dict: CompanyDictionary,
    readonly legal: LegalForms,
    readonly exclusions: Exclusions,
    readonly patterns: DiscoveryPatterns,
    /** Keep IPADIC's organisation list cached on disk (ExtractorOptions.kuromojiCache). */
    kuromojiCache = true,
  ) {
    this.boundaries = new Boundaries(legal, patterns);
    const entries: AliasEntry[] = [];
    this.aliasIndex = new Map();
    dict.entities.forEach((entity, index) => {
      for (const alias of entity.aliases) {
        entries.push({ text: alias.text, entity: index, ambiguous: alias.ambiguous });
        this.aliasIndex.set(alias.key, index);
        for (const v of aliasVariants(alias.text)) {
          entries.push({ text: v, entity: index, ambiguous: alias.ambiguous, variant: true });
          const key = aliasKey(v);
          if (!this.aliasIndex.has(key)) this.aliasIndex.set(key, index);
        }
      }
    });
    this.knownOrganisations = patterns.knownOrganisations
      ? loadCompanyLikeOrganisations(
          { dropHeads: patterns.knownOrganisationDropHeads, exclusions, isCompanyWordEnd: (n) => patterns.hasKanjiCompanySuffix(n) },
          JSON.stringify([patterns.knownOrganisationDropHeads, patterns.kanjiSuffixes, exclusions.fingerprint]),
          kuromojiCache,
        )
      : [];
    const base = dict.entities.length;
    this.knownOrganisations.forEach((text, i) => entries.push({ text, entity: base + i, ambiguous: false, lowPriority: true }));
    this.matcher = new AliasMatcher(entries, this.boundaries);
    this.tables = new DiscoveryTables(patterns, legal);
  }

  /** Is a matcher entity index one of the known organisations (not a dictionary company)? */
  isKnownOrganisation(entity: number): boolean {
    return entity >= this.dict.entities.length;
  }

  /**
   * Load from a seeds directory; `files` overrides individual paths (absolute, or relative to
   * seedsDir) — tests use small fixture dictionaries this way.
   */
  static load(seedsDir: string, files: Partial<Record<ResourceName, string>> = {}, kuromojiCache = true): CompanyResources {
    const at = (name: ResourceName) => path.resolve(seedsDir, files[name] ?? RESOURCE_FILES[name]);
    return new CompanyResources(
      loadCompanyDictionary(at('companies')),
      loadLegalForms(at('legalForms')),
      loadExclusions(at('exclusions')),
      loadDiscoveryPatterns(at('discovery')),
      kuromojiCache,
    );
  }
}
