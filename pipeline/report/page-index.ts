/**
 * index.html: every document (name, language mix, date, counts per kind, errors) in one table
 * that the client script pages and filters (a search box; without script every row shows),
 * the runs with their change totals, and the errors.
 */
import type { ChangeTotal, DocumentCounts, DocumentRow, ErrorRow, RunRow } from './data.ts';
import { html, raw, type Raw } from './escape.ts';
import { formatLanguageMix } from './format.ts';
import { hiddenAfterFirstPage, page, searchControls } from './layout.ts';
import { documentFile } from './page-document.ts';

const EMPTY: DocumentCounts = { company: 0, date: 0, quantity: 0, agreement: 0, errors: 0 };

/** Row HTML is built by string concatenation: with 5,000 documents this table is the index's bulk. */
function documentRows(docs: readonly DocumentRow[], counts: ReadonlyMap<number, DocumentCounts>): string {
  const rows: string[] = [];
  for (const [i, d] of docs.entries()) {
    const c = counts.get(d.id) ?? EMPTY;
    rows.push(
      html`<tr data-id="${d.id}"${hiddenAfterFirstPage(i)}><td><a href="${documentFile(d.id)}">${d.name}</a></td><td>${formatLanguageMix(d.language_mix)}</td><td>${d.document_date ?? ''}</td><td class="n">${c.company}</td><td class="n">${c.date}</td><td class="n">${c.quantity}</td><td class="n">${c.agreement}</td><td class="n${c.errors ? ' err' : ''}">${c.errors}</td></tr>`.html,
    );
  }
  return rows.join('\n');
}

function runTable(runs: readonly RunRow[], totals: readonly ChangeTotal[]): Raw {
  if (runs.length === 0) return html`<p class="none">No runs.</p>`;
  const byRun = new Map<number, ChangeTotal[]>();
  for (const t of totals) byRun.set(t.run_id, [...(byRun.get(t.run_id) ?? []), t]);
  return html`<table class="runs sortable"><thead><tr><th>run</th><th>command</th><th>status</th><th>started</th><th>finished</th><th class="n">read</th><th class="n">skipped</th><th class="n">failed</th><th>changes (added / removed / changed, documents)</th></tr></thead><tbody>
${runs.map((r) => {
  const changes = byRun.get(r.id) ?? [];
  const summary = changes.length
    ? changes.map((t) => html`<span class="chg">${t.category}: +${t.added} −${t.removed} ~${t.changed} (${t.documents})</span> `)
    : html`<span class="none">none</span>`;
  return html`<tr><td class="n">${r.id}</td><td>${r.command}</td><td>${r.status}</td><td>${r.started_at}</td><td>${r.finished_at ?? ''}</td><td class="n">${r.documents_read}</td><td class="n">${r.documents_skipped}</td><td class="n">${r.documents_failed}</td><td>${summary}${r.command === 'reextract' ? html` <a href="changes.html">details</a>` : ''}</td></tr>\n`;
})}</tbody></table>`;
}

function errorList(errors: readonly ErrorRow[]): Raw {
  if (errors.length === 0) return html`<p class="none">No errors.</p>`;
  return html`<table class="errors sortable"><thead><tr><th>run</th><th>path</th><th>stage</th><th>message</th><th>at</th></tr></thead><tbody>
${errors.map((e) => html`<tr><td class="n">${e.run_id ?? ''}</td><td>${e.path}</td><td>${e.stage}</td><td>${e.message}</td><td>${e.at}</td></tr>\n`)}</tbody></table>`;
}

export function indexPage(docs: readonly DocumentRow[], counts: ReadonlyMap<number, DocumentCounts>, runs: readonly RunRow[], totals: readonly ChangeTotal[], errors: readonly ErrorRow[]): string {
  let sums = { ...EMPTY };
  for (const c of counts.values()) sums = { company: sums.company + c.company, date: sums.date + c.date, quantity: sums.quantity + c.quantity, agreement: sums.agreement + c.agreement, errors: sums.errors + c.errors };
  const body = html`<main>
<h1>Documents</h1>
<p class="summary" id="totals">${docs.length} documents · ${sums.company} company, ${sums.date} date and ${sums.quantity} quantity mentions · ${sums.agreement} agreements · ${errors.length} errors</p>
${searchControls('docs', 'name, language, date…', true)}
<table id="docs" class="sortable paged"><thead><tr><th>document</th><th>languages</th><th>date</th><th class="n">companies</th><th class="n">dates</th><th class="n">quantities</th><th class="n">agreements</th><th class="n">errors</th></tr></thead>
<tbody>
${raw(documentRows(docs, counts))}
</tbody></table>
<h2 id="runs">Runs</h2>
${runTable(runs, totals)}
<h2 id="errors">Errors</h2>
${errorList(errors)}
</main>`;
  return page({ title: 'Documents', root: '', current: 'index.html' }, body);
}
