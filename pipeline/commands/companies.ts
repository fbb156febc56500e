/**
 * `companies [--discovered]`: companies with mention counts; --discovered lists the ones
 * found in text (legal forms, brackets, context) that the dictionary lacks, with the
 * surface forms seen, so the user can add them to seeds/dictionaries/companies.yaml.
 */
import type { DB } from '../db/database.ts';

export interface CompanyRow {
  id: string;
  canonical: string;
  mentions: number;
  documents: number;
  aliases: string | null;
}

export function discoveredCompanies(db: DB, onlyDiscovered: boolean): CompanyRow[] {
  return db
    .prepare(
      `SELECT c.id, c.canonical, count(m.id) AS mentions, count(DISTINCT m.document_id) AS documents,
              (SELECT group_concat(alias, ' | ') FROM company_aliases a WHERE a.company_id = c.id) AS aliases
       FROM companies c JOIN mentions m ON m.company_id = c.id
       WHERE (? = 0 OR c.discovered = 1)
       GROUP BY c.id ORDER BY mentions DESC, c.canonical`,
    )
    .all(onlyDiscovered ? 1 : 0) as CompanyRow[];
}

export function formatDiscovered(rows: CompanyRow[], onlyDiscovered: boolean): string {
  if (rows.length === 0) return onlyDiscovered ? 'no discovered companies: every company found is in the dictionary' : 'no company mentions';
  const lines = [onlyDiscovered ? `${rows.length} companies not in the dictionary (mentions, documents, forms seen):` : `${rows.length} companies (mentions, documents):`];
  for (const r of rows) lines.push(`  ${r.canonical}\t${r.mentions}\t${r.documents}\t${onlyDiscovered ? (r.aliases ?? '') : r.id}`);
  if (onlyDiscovered) lines.push('Add them to seeds/dictionaries/companies.yaml, then run `reextract`.');
  return lines.join('\n');
}
