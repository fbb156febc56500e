/**
 * The company extractor (RECORDS.md §1): dictionary aliases with legal forms, ambiguous
 * aliases in company context, and discovery of companies the dictionary lacks.
 *
 * Seeds read (relative to seedsDir): companies/companies.yaml, legal-forms.yaml,
 * company-exclusions.yaml, company-discovery.yaml — compiled once per extractor instance.
 *
 * `entities()` lists the entity table for storage (companies / company_aliases): every
 * dictionary company, plus every company discovered so far by this instance. A discovered
 * company's id is "discovered:<key>" (deterministic from its name); records.ts turns the
 * mentions and discovered companies of a document into rows.
 */
import type { CompanyEntity, DocContext, Extractor, ExtractorOptions, Found } from '../types.ts';
import { CompanyResources, RESOURCE_FILES, type ResourceName } from './vocabulary.ts';
import { documentSteps, extractDocument } from './extract-document.ts';
import { fromSteps } from '../steps.ts';
import type { DocumentResult, ExtractOptions } from './model.ts';
import { aliasLang, companyRecords } from './records.ts';

export const COMPANY_EXTRACTOR_VERSION = '1.3.44';

export interface CompanyExtractor extends Extractor {
  readonly id: 'companies';
  readonly companyResources: CompanyResources;
  /** Full result of one document (mentions, entities, and rejected proposals with debug). */
  extractDetailed(ctx: DocContext, options?: ExtractOptions): DocumentResult;
  /** Dictionary companies, then (with `collectDiscovered`) the companies discovered so far by this instance. */
  entities(): CompanyEntity[];
}

export interface CompanyExtractorOptions extends ExtractorOptions {
  /** Override individual seed files (absolute, or relative to seedsDir) — for tests. */
  files?: Partial<Record<ResourceName, string>>;
  /**
   * Keep every company discovered by this instance for `entities()` (tests, tools). Off by
   * default: the pipeline stores each document's discovered companies from its records, and a
   * map kept for the whole run grew in every worker thread and was thrown away.
   */
  collectDiscovered?: boolean;
}

export function createCompanyExtractor(options: CompanyExtractorOptions): CompanyExtractor {
  const res = CompanyResources.load(options.seedsDir, options.files, options.kuromojiCache ?? true);
  const discovered = new Map<string, CompanyEntity>();
  const resources = (Object.keys(RESOURCE_FILES) as ResourceName[]).map((k) => options.files?.[k] ?? RESOURCE_FILES[k]);

  const collect = (result: DocumentResult): DocumentResult => {
    for (const e of options.collectDiscovered ? result.entities : []) {
      if (!e.discovered) continue;
      let row = discovered.get(e.id);
      if (!row) {
        row = { id: e.id, canonical: e.canonical, parents: [], aliases: [] };
        discovered.set(e.id, row);
      }
      for (const n of e.names) if (!row.aliases.some((a) => a.alias === n)) row.aliases.push({ alias: n, lang: aliasLang(n) });
    }
    return result;
  };
  const extractDetailed = (ctx: DocContext, opts: ExtractOptions = {}): DocumentResult => collect(extractDocument(res, ctx, opts));

  return {
    id: 'companies',
    version: COMPANY_EXTRACTOR_VERSION,
    resources,
    companyResources: res,
    extractDetailed,
    ...fromSteps(function* (ctx: DocContext, found: Found) {
      found.companies.push(...collect(yield* documentSteps(res, ctx)).mentions);
    }),
    records: companyRecords,
    entities(): CompanyEntity[] {
      const rows: CompanyEntity[] = res.dict.entities.map((e) => {
        const ambiguous = e.aliases.filter((a) => a.ambiguous).map((a) => a.text);
        return {
          id: e.id,
          canonical: e.canonical,
          country: e.country,
          sector: e.sector,
          ...(e.wikidata ? { wikidata: e.wikidata } : {}),
          parents: [...e.parents],
          aliases: e.aliases.map((a) => ({ alias: a.text, lang: a.field === 'name' ? aliasLang(a.text) : a.field })),
          ...(ambiguous.length ? { ambiguous } : {}),
        };
      });
      return [...rows, ...[...discovered.values()].sort((a, b) => a.id.localeCompare(b.id))];
    },
  };
}
