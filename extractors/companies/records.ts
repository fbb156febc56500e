/**
 * How the company extractor's findings become rows: a company mention each (RECORDS.md §1),
 * and each company discovered in the document with its names and links (companies /
 * company_aliases / company_links). Also the entity rows of the companies tables.
 */
import { scriptOf } from '../../text/chars.ts';
import type { CompanyEntity, CompanyMention, DiscoveredCompany, Extractor, Found, RecordWriter } from '../types.ts';

export function companyRecords(found: Found, out: RecordWriter): void {
  const discovered = new Map<string, DiscoveredCompany>();
  // a company's value, and its JSON, made once per document: a company is mentioned ~5 times
  const values = new Map<string, { value: { canonical: string; discovered: boolean }; json: string }>();
  for (const c of found.companies) {
    let v = values.get(c.entityId);
    if (v === undefined || v.value.canonical !== c.canonical || v.value.discovered !== c.discovered) {
      const value = { canonical: c.canonical, discovered: c.discovered };
      values.set(c.entityId, (v = { value, json: JSON.stringify(value) }));
    }
    out.mention('company', c, v.value, c.rule, c.entityId, v.json);
    if (c.discovered) {
      const d = discovered.get(c.entityId) ?? { id: c.entityId, canonical: c.canonical, aliases: [], links: [] };
      const surface = out.text.slice(c.start, c.end);
      if (!d.aliases.includes(surface)) d.aliases.push(surface);
      for (const l of c.links ?? []) if (!d.links.some((x) => x.id === l.id && x.relation === l.relation)) d.links.push(l);
      discovered.set(c.entityId, d);
    }
  }
  for (const d of discovered.values()) out.discovered(d);
}

/** Language label of an alias from its script (dictionary `name`, discovered names). */
export function aliasLang(alias: string): 'en' | 'ja' | 'zh' {
  return scriptOf(alias) === 'latin' || scriptOf(alias) === 'other' ? 'en' : 'ja';
}

/** The entity table of a company extractor (for the storage stage). */
export function companyEntities(extractor: Extractor): CompanyEntity[] {
  if (extractor.id !== 'companies' || typeof extractor.entities !== 'function') throw new Error(`extractor "${extractor.id}" is not the company extractor`);
  return extractor.entities();
}

/**
 * A companies-table row for a discovered company, built from one of its mentions alone
 * (`surface` = the mention's text): storage can upsert discovered companies per document.
 */
export function discoveredEntity(mention: CompanyMention, surface: string): CompanyEntity {
  return { id: mention.entityId, canonical: mention.canonical, parents: [], aliases: [{ alias: surface, lang: aliasLang(surface) }] };
}
