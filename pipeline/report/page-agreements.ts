/**
 * agreements.html: every agreement as a sortable table (type, parties, date, document,
 * evidence) and the partner network drawn at build time.
 */
import type { AgreementRow } from './data.ts';
import { html } from './escape.ts';
import { formatDateSpan } from './format.ts';
import { hiddenAfterFirstPage, page, searchControls } from './layout.ts';
import { networkSvg, partnerEdges } from './network-svg.ts';
import { documentFile } from './page-document.ts';

export function agreementsPage(agreements: readonly AgreementRow[], names: ReadonlyMap<string, string>): string {
  const { svg, shown, total, shownPairs, pairs } = networkSvg(partnerEdges(agreements), names);
  const body = html`<main>
<h1>Agreements</h1>
<p class="summary">${agreements.length} agreements in ${new Set(agreements.map((a) => a.document_id)).size} documents</p>
<h2 id="network">Partner network</h2>
<p class="summary">${shown < total ? `The ${shown} best-connected of ${total} parties; ` : ''}${shownPairs < pairs ? `the ${shownPairs} most frequent of their ${pairs} pairs; ` : ''}a line joins two parties of the same agreement, thicker for more agreements. Hover a line or a circle for details.</p>
<figure class="network">${svg}</figure>
<h2 id="table">All agreements</h2>
${searchControls('agreements', 'company, type, document…', true)}
<table id="agreements" class="sortable paged"><thead><tr><th>type</th><th>parties</th><th>date</th><th>document</th><th>evidence</th><th>rule</th></tr></thead><tbody>
${agreements.map(
  (a, i) =>
    html`<tr data-a="${a.id}"${hiddenAfterFirstPage(i)}><td>${a.type}</td><td>${a.parties.map((p, i) => html`${i ? ' + ' : ''}${p.company_id ? html`<a href="companies.html#c-${p.company_id}">${p.name}</a>` : p.name}${p.role ? ` (${p.role})` : ''}`)}</td><td>${formatDateSpan(a.date_start, a.date_end)}</td><td><a href="${documentFile(a.document_id)}#a${a.id}">${a.document}</a></td><td class="evidence"><div class="clamp">${a.evidence.map((e) => e.surface).join(' / ')}</div></td><td><code>${a.rule}</code></td></tr>\n`,
)}</tbody></table>

</main>`;
  return page({ title: 'Agreements', root: '', current: 'agreements.html' }, body);
}
