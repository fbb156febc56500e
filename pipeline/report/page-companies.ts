/**
 * companies.html: canonical companies with aliases, mention and document counts, parents and
 * links (JVs, subsidiaries) where known, the agreements each is a party to; then the
 * discovered companies with a ready YAML snippet for the dictionary.
 */
import type { CompaniesData, CompanyEntry } from './companies-data.ts';
import { html, type Raw } from './escape.ts';
import { hiddenAfterFirstPage, page, searchControls } from './layout.ts';
import { documentFile } from './page-document.ts';
import { seedLegalForms, yamlSnippet } from '../commands/companies.ts';

function companyRef(id: string, names: ReadonlyMap<string, string>): Raw {
  return html`<a href="#c-${id}">${names.get(id) ?? id}</a>`;
}

function relations(c: CompanyEntry, names: ReadonlyMap<string, string>): Raw {
  const items: Raw[] = c.parents.map((p) => html`<li>parent: ${companyRef(p, names)}</li>`);
  for (const l of c.links) items.push(html`<li>${l.direction === 'out' ? '' : '← '}${l.relation}: ${companyRef(l.other, names)}</li>`);
  return items.length ? html`<ul class="rel">${items}</ul>` : html``;
}

/** At most this many agreements are listed per company (the agreements page has them all). */
const LISTED = 30;

function agreementCell(c: CompanyEntry): Raw {
  if (c.agreements.length === 0) return html``;
  const more = c.agreements.length - LISTED;
  return html`<details><summary>${c.agreements.length}</summary><ul class="agr-list">${c.agreements.slice(0, LISTED).map(
    (a) => html`<li><a href="${documentFile(a.document_id)}#a${a.id}">${a.type}</a> with ${a.partners.join(', ') || '—'}${a.date_start ? ` (${a.date_start})` : ''} <span class="doc">${a.document}</span></li>`,
  )}${more > 0 ? html`<li>… and ${more} more on <a href="agreements.html">the agreements page</a></li>` : ''}</ul></details>`;
}

export function companiesPage(data: CompaniesData): string {
  const { companies, discovered, names } = data;
  const snippet = yamlSnippet(discovered, seedLegalForms());
  const body = html`<main>
<h1>Companies</h1>
<p class="summary">${companies.length} companies mentioned or party to an agreement · ${discovered.length} discovered (not in the dictionary)${data.linksTable ? '' : ' · parent and JV links from the dictionary only'}</p>
${searchControls('companies', 'name or alias…', true)}
<table id="companies" class="sortable paged"><thead><tr><th>company</th><th>id</th><th>aliases seen</th><th class="n">mentions</th><th class="n">documents</th><th>parents / links</th><th class="n">agreements</th></tr></thead><tbody>
${companies.map(
  (c, i) =>
    html`<tr id="c-${c.id}"${c.discovered ? html` class="discovered"` : ''}${hiddenAfterFirstPage(i)}><td>${c.canonical}${c.discovered ? html` <span class="badge">discovered</span>` : ''}</td><td><code>${c.id}</code></td><td>${c.aliases ?? ''}</td><td class="n">${c.mentions}</td><td class="n">${c.documents}</td><td>${relations(c, names)}</td><td class="n" data-sort="${c.agreements.length}">${agreementCell(c)}</td></tr>\n`,
)}</tbody></table>
<h2 id="discovered">Discovered companies</h2>
${
  discovered.length
    ? html`<p>Found in text but missing from the dictionary. Check each, choose an id, then add it to <code>seeds/companies/companies.yaml</code> under <code>companies:</code> and run <code>reextract</code>.</p>
<pre class="yaml" id="yaml" tabindex="0">${snippet}</pre>`
    : html`<p class="none">None: every company found is in the dictionary.</p>`
}
</main>`;
  return page({ title: 'Companies', root: '', current: 'companies.html' }, body);
}
