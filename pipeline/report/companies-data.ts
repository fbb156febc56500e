/**
 * Company data for companies.html. Mention and document counts come from
 * pipeline/commands/companies.ts (the `companies` command's own query); parents from the
 * dictionary (companies.parents), links from `company_links` when that table exists, and the
 * agreements each company is a party to.
 */
import type { DB } from '../db/database.ts';
import { discoveredCompanies, type CompanyRow } from '../commands/companies.ts';
import { hasTable } from './data.ts';

export interface CompanyLink {
  relation: string;
  other: string;
  /** 'out': this company → other (e.g. its parent); 'in': other → this company. */
  direction: 'out' | 'in';
}

export interface CompanyAgreement {
  id: number;
  document_id: number;
  document: string;
  type: string;
  date_start: string | null;
  partners: string[];
}

export interface CompanyEntry extends Omit<CompanyRow, 'parents'> {
  discovered: number;
  parents: string[];
  links: CompanyLink[];
  agreements: CompanyAgreement[];
}

export interface CompaniesData {
  companies: CompanyEntry[];
  discovered: CompanyRow[];
  names: Map<string, string>;
  linksTable: boolean;
}

/**
 * `company_links` (migration 9) as links both ways: a company → its parent or owners, and the
 * parent → its subsidiaries. One link per pair and relation, however many documents state it.
 * A database from before migration 9, opened read-only, has no such table and no links.
 */
function readLinks(db: DB, names: ReadonlyMap<string, string>): Map<string, CompanyLink[]> {
  const out = new Map<string, CompanyLink[]>();
  if (!hasTable(db, 'company_links')) return out;
  const add = (id: string, link: CompanyLink) => out.set(id, [...(out.get(id) ?? []), link]);
  const rows = db.prepare('SELECT DISTINCT company_id, parent_id, relation FROM company_links ORDER BY company_id, parent_id').all() as {
    company_id: string;
    parent_id: string;
    relation: string;
  }[];
  for (const { company_id, parent_id, relation } of rows) {
    if (!names.has(company_id) || !names.has(parent_id)) continue;
    add(company_id, { relation, other: parent_id, direction: 'out' });
    add(parent_id, { relation, other: company_id, direction: 'in' });
  }
  return out;
}

function agreementsByCompany(db: DB): Map<string, CompanyAgreement[]> {
  const rows = db
    .prepare(
      `SELECT p.company_id, a.id, a.document_id, d.name AS document, a.type, a.date_start,
              (SELECT json_group_array(q.name) FROM agreement_parties q WHERE q.agreement_id = a.id AND q.position <> p.position) AS partners
       FROM agreement_parties p JOIN agreements a ON a.id = p.agreement_id JOIN documents d ON d.id = a.document_id
       WHERE p.company_id IS NOT NULL ORDER BY d.name, a.id`,
    )
    .all() as (Omit<CompanyAgreement, 'partners'> & { company_id: string; partners: string })[];
  const out = new Map<string, CompanyAgreement[]>();
  for (const { company_id, partners, ...a } of rows) {
    out.set(company_id, [...(out.get(company_id) ?? []), { ...a, partners: JSON.parse(partners) as string[] }]);
  }
  return out;
}

export function companiesData(db: DB): CompaniesData {
  const meta = db.prepare('SELECT id, canonical, parents, discovered FROM companies').all() as { id: string; canonical: string; parents: string; discovered: number }[];
  const names = new Map(meta.map((c) => [c.id, c.canonical]));
  const byId = new Map(meta.map((c) => [c.id, c]));
  const links = readLinks(db, names);
  const agreements = agreementsByCompany(db);
  const counted = discoveredCompanies(db, false);
  const seen = new Set(counted.map((c) => c.id));
  // Companies that are a party to an agreement without any mention of their own still get a row.
  for (const id of agreements.keys()) {
    if (seen.has(id) || !byId.has(id)) continue;
    counted.push({ id, canonical: byId.get(id)!.canonical, mentions: 0, documents: 0, aliases: null, parents: null });
  }
  const companies = counted.map((c) => {
    let parents: string[] = [];
    try {
      parents = JSON.parse(byId.get(c.id)?.parents ?? '[]') as string[];
    } catch {
      parents = [];
    }
    return { ...c, discovered: byId.get(c.id)?.discovered ?? 0, parents, links: links.get(c.id) ?? [], agreements: agreements.get(c.id) ?? [] };
  });
  return { companies, discovered: discoveredCompanies(db, true), names, linksTable: hasTable(db, 'company_links') };
}
