/**
 * A ready-to-paste entry for seeds/dictionaries/companies.yaml for each discovered company:
 * the canonical name, and its forms seen in text as ja / en aliases by script (legal-form words
 * are kept as seen; the dictionary's matcher adds them anyway, so remove them when pasting).
 */
import { stringify } from 'yaml';
import type { CompanyRow } from '../commands/companies.ts';

const JAPANESE = /[\u3040-\u30ff\u3400-\u9fff\uf900-\ufaff]/;

/** A dictionary id ([a-z0-9_]+) from a Latin-script name; a numbered placeholder for a Japanese one (to be romanised by hand). */
export function suggestedId(name: string, index: number, taken: Set<string>): string {
  let id = name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '_')
    .replace(/^_+|_+$/g, '');
  if (JAPANESE.test(name) || !/[a-z]/.test(id)) id = `new_company_${index + 1}`;
  let unique = id;
  for (let n = 2; taken.has(unique); n++) unique = `${id}_${n}`;
  taken.add(unique);
  return unique;
}

export function yamlSnippet(rows: readonly CompanyRow[]): string {
  const taken = new Set<string>();
  const entries = rows.map((r, i) => {
    const forms = [...new Set([r.canonical, ...(r.aliases ?? '').split(' | ').filter(Boolean)])];
    const entry: Record<string, unknown> = { id: suggestedId(r.canonical, i, taken), name: r.canonical };
    const ja = forms.filter((f) => JAPANESE.test(f) && f !== r.canonical);
    const en = forms.filter((f) => !JAPANESE.test(f) && f !== r.canonical);
    if (JAPANESE.test(r.canonical)) ja.unshift(r.canonical);
    if (en.length) entry.en = en;
    if (ja.length) entry.ja = ja;
    return entry;
  });
  return entries.length ? stringify(entries, { flowCollectionPadding: false, collectionStyle: 'block' }).replace(/^/gm, '  ') : '';
}
