/**
 * changes.html: what the last `reextract` changed, per document: records added / removed /
 * changed per kind, and each change (surface, before → after), at most DETAIL_LIMIT a document.
 */
import type { DB } from '../db/database.ts';
import { html } from './escape.ts';
import { page } from './layout.ts';
import { documentFile } from './page-document.ts';

const DETAIL_LIMIT = 100;
/** With this many changed documents or fewer, each one's changes are shown unfolded. */
const OPEN_LIMIT = 20;

interface ChangeRow {
  document_id: number | null;
  document: string;
  category: string;
  change: string;
  key: string;
  surface: string | null;
  before: string | null;
  after: string | null;
}

interface DocumentChanges {
  document: string;
  documentId: number | null;
  totals: Map<string, { added: number; removed: number; changed: number }>;
  rows: ChangeRow[];
  more: number;
}

export function lastReextract(db: DB): { id: number; started_at: string; status: string } | undefined {
  return db.prepare("SELECT id, started_at, status FROM runs WHERE command = 'reextract' ORDER BY id DESC LIMIT 1").get() as
    | { id: number; started_at: string; status: string }
    | undefined;
}

function changesOf(db: DB, runId: number): DocumentChanges[] {
  const docs = new Map<string, DocumentChanges>();
  const existing = new Set((db.prepare('SELECT id FROM documents').all() as { id: number }[]).map((r) => r.id));
  for (const r of db.prepare('SELECT document_id, document, category, change, key, surface, before, after FROM changes WHERE run_id = ? ORDER BY document, id').iterate(runId) as Iterable<ChangeRow>) {
    const k = `${r.document_id ?? ''}\u0000${r.document}`;
    let d = docs.get(k);
    if (!d) docs.set(k, (d = { document: r.document, documentId: r.document_id !== null && existing.has(r.document_id) ? r.document_id : null, totals: new Map(), rows: [], more: 0 }));
    const t = d.totals.get(r.category) ?? { added: 0, removed: 0, changed: 0 };
    t[r.change as 'added' | 'removed' | 'changed'] += 1;
    d.totals.set(r.category, t);
    if (d.rows.length < DETAIL_LIMIT) d.rows.push(r);
    else d.more += 1;
  }
  return [...docs.values()];
}

const SIGN: Record<string, string> = { added: '+', removed: '−', changed: '~' };

export function changesPage(db: DB): string {
  const run = lastReextract(db);
  if (!run) {
    return page({ title: 'Changes', root: '', current: 'changes.html' }, html`<main><h1>Changes</h1><p class="none">No <code>reextract</code> run in this database yet.</p></main>`);
  }
  const docs = changesOf(db, run.id);
  const body = html`<main>
<h1>Changes of reextract run #${run.id}</h1>
<p class="summary">started ${run.started_at} · ${run.status} · ${docs.length} documents changed</p>
<table id="changes" class="sortable"><thead><tr><th>document</th><th>kind</th><th class="n">added</th><th class="n">removed</th><th class="n">changed</th></tr></thead><tbody>
${docs.flatMap((d) =>
  [...d.totals.entries()].map(
    ([category, t]) =>
      html`<tr><td>${d.documentId !== null ? html`<a href="${documentFile(d.documentId)}">${d.document}</a>` : d.document}</td><td>${category}</td><td class="n">${t.added}</td><td class="n">${t.removed}</td><td class="n">${t.changed}</td></tr>\n`,
  ),
)}</tbody></table>
<h2>Each change</h2>
${docs.map(
  (d) => html`<details class="changes"${docs.length <= OPEN_LIMIT ? html` open` : ''}><summary>${d.document} (${d.rows.length + d.more})</summary><ul>${d.rows.map(
    (r) =>
      html`<li class="chg-${r.change}"><span class="sign" aria-label="${r.change}">${SIGN[r.change] ?? r.change}</span> ${r.category} <code>${r.key}</code> ${r.surface ? html`«${r.surface}» ` : ''}${r.before ? html`<span class="before">${r.before}</span>` : ''}${r.before && r.after ? ' → ' : ''}${r.after ? html`<span class="after">${r.after}</span>` : ''}</li>`,
  )}${d.more ? html`<li>… and ${d.more} more</li>` : ''}</ul></details>\n`,
)}
</main>`;
  return page({ title: 'Changes', root: '', current: 'changes.html' }, body);
}
