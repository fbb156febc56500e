/**
 * `companies [--discovered]`: companies with mention counts; --discovered lists the ones
 * found in text (legal forms, brackets, context) that the dictionary lacks, with the
 * surface forms seen and the parent / owners found (company_links), then a YAML snippet ready
 * to paste into seeds/companies/companies.yaml (aliases without legal forms).
 */
import path from 'node:path';
import type { DB } from '../db/database.ts';
import { defaultSeedsDir } from '../../text/seed-files.ts';
import { loadLegalForms, type LegalForms } from '../../extractors/companies/legal-forms.ts';
import { RESOURCE_FILES } from '../../extractors/companies/vocabulary.ts';

export interface CompanyRow {
  id: string;
  canonical: string;
  mentions: number;
  documents: number;
  aliases: string | null;
  /** Parent / owner company ids (company_links), ' | '-separated. */
  parents: string | null;
}

export function discoveredCompanies(db: DB, onlyDiscovered: boolean): CompanyRow[] {
  return db
    .prepare(
      `SELECT c.id, c.canonical, count(m.id) AS mentions, count(DISTINCT m.document_id) AS documents,
              (SELECT group_concat(alias, ' | ') FROM company_aliases a WHERE a.company_id = c.id) AS aliases,
              (SELECT group_concat(DISTINCT l.parent_id) FROM company_links l WHERE l.company_id = c.id) AS parents
       FROM companies c JOIN mentions m ON m.company_id = c.id
       WHERE (? = 0 OR c.discovered = 1)
       GROUP BY c.id ORDER BY mentions DESC, c.canonical`,
    )
    .all(onlyDiscovered ? 1 : 0) as CompanyRow[];
}

/** A dictionary id from a name: lower-case ASCII words joined by "_" (or a hash-free fallback). */
function idFor(row: CompanyRow): string {
  const ascii = row.canonical
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '_')
    .replace(/^_+|_+$/g, '');
  return ascii || `company_${row.id.replace(/^discovered:/, '').length}_${[...row.canonical].map((c) => c.codePointAt(0)!.toString(36)).join('').slice(0, 12)}`;
}

const yamlString = (s: string) => (/^[\w\- .&]+$/u.test(s) && !/^\d/.test(s) ? s : JSON.stringify(s));

/** The YAML entries for companies.yaml: id, name, parents, en / ja aliases without legal forms. */
export function yamlSnippet(rows: readonly CompanyRow[], legal: LegalForms | null): string {
  const out: string[] = [];
  for (const r of rows) {
    const forms = new Set<string>();
    for (const a of (r.aliases ?? '').split(' | ')) {
      const bare = (legal ? legal.strip(a) : a).replace(/^[\s・]+|[\s・]+$/gu, '');
      if (bare && bare !== r.canonical) forms.add(bare);
    }
    const latin = (f: string) => /^[\p{Script=Latin}\p{N}\p{P}\p{S}\s]+$/u.test(f);
    const en = [...forms].filter(latin);
    const ja = [...forms].filter((f) => !latin(f));
    out.push(`  - id: ${idFor(r)}`, `    name: ${yamlString(r.canonical)}`);
    if (r.parents) out.push(`    parents: [${r.parents.split(',').join(', ')}]`);
    if (en.length) out.push(`    en: [${en.map(yamlString).join(', ')}]`);
    if (ja.length) out.push(`    ja: [${ja.map(yamlString).join(', ')}]`);
    out.push('');
  }
  return out.join('\n');
}

/** The seeds' legal forms (to strip them from the forms seen), or null when they cannot be read. */
export function seedLegalForms(): LegalForms | null {
  try {
    return loadLegalForms(path.join(defaultSeedsDir(), RESOURCE_FILES.legalForms));
  } catch {
    return null;
  }
}

export function formatDiscovered(rows: CompanyRow[], onlyDiscovered: boolean): string {
  if (rows.length === 0) return onlyDiscovered ? 'no discovered companies: every company found is in the dictionary' : 'no company mentions';
  const lines = [onlyDiscovered ? `${rows.length} companies not in the dictionary (mentions, documents, forms seen, parent/owners):` : `${rows.length} companies (mentions, documents):`];
  for (const r of rows) lines.push(`  ${r.canonical}\t${r.mentions}\t${r.documents}\t${onlyDiscovered ? (r.aliases ?? '') + (r.parents ? `\t← ${r.parents}` : '') : r.id}`);
  if (onlyDiscovered) {
    lines.push('', 'Check them, add the real ones to seeds/companies/companies.yaml (country, sector), then run `reextract`:', '');
    lines.push(yamlSnippet(rows, seedLegalForms()));
  }
  return lines.join('\n');
}
