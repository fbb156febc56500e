/**
 * `diff --run A --run B`: how the records changed from the state after run A to the state
 * after run B, composed from the change log of the runs in between (A < run ≤ B). A record
 * changed and changed back does not show.
 */
import type { DB } from '../db/database.ts';
import { CliError } from '../cli-error.ts';

interface ChangeRow {
  run_id: number;
  document: string;
  category: string;
  change: string;
  key: string;
  surface: string | null;
  before: string | null;
  after: string | null;
}

export interface NetChange {
  document: string;
  category: string;
  change: 'added' | 'removed' | 'changed';
  key: string;
  surface: string | null;
  before: string | null;
  after: string | null;
}

export function netChanges(db: DB, runA: number, runB: number): NetChange[] {
  const [from, to] = runA <= runB ? [runA, runB] : [runB, runA];
  const rows = db.prepare('SELECT run_id, document, category, change, key, surface, before, after FROM changes WHERE run_id > ? AND run_id <= ? ORDER BY run_id, id').all(from, to) as ChangeRow[];
  const net = new Map<string, { first: ChangeRow; last: ChangeRow; before: string | null; after: string | null }>();
  for (const r of rows) {
    // Agreements are keyed by their party set, so several deals between the same parties
    // compose into one line here; the per-run change log keeps them apart.
    const k = r.category === 'document' ? `${r.document}\u0000document` : `${r.document}\u0000${r.category}\u0000${r.key}`;
    const entry = net.get(k);
    if (!entry) net.set(k, { first: r, last: r, before: r.before, after: r.after });
    else {
      entry.last = r;
      entry.after = r.after;
    }
  }
  const out: NetChange[] = [];
  for (const { first, last, before, after } of net.values()) {
    if (before === after) continue;
    const change = before === null ? 'added' : after === null ? 'removed' : 'changed';
    out.push({ document: first.document, category: first.category, change, key: first.key, surface: last.surface ?? first.surface, before, after });
  }
  const direction = runA <= runB ? out : out.map((c) => ({ ...c, before: c.after, after: c.before, change: c.change === 'added' ? 'removed' : c.change === 'removed' ? 'added' : 'changed' }) as NetChange);
  return direction.sort((a, b) => a.document.localeCompare(b.document) || a.category.localeCompare(b.category) || a.key.localeCompare(b.key));
}

export function formatDiff(runA: number, runB: number, changes: NetChange[]): string {
  if (changes.length === 0) return `no differences between run #${runA} and run #${runB}`;
  const lines = [`differences from run #${runA} to run #${runB}: ${changes.length}`];
  const totals = new Map<string, { added: number; removed: number; changed: number }>();
  for (const c of changes) {
    const t = totals.get(c.category) ?? { added: 0, removed: 0, changed: 0 };
    t[c.change]++;
    totals.set(c.category, t);
  }
  for (const [category, t] of totals) lines.push(`  ${category}: +${t.added} -${t.removed} ~${t.changed}`);
  let doc = '';
  for (const c of changes) {
    if (c.document !== doc) {
      doc = c.document;
      lines.push(doc);
    }
    const sign = c.change === 'added' ? '+' : c.change === 'removed' ? '-' : '~';
    const what = c.category === 'agreement' ? c.key : `${c.surface ?? ''} [${c.key}]`;
    const value = c.change === 'changed' ? ` ${c.before} → ${c.after}` : ` ${c.after ?? c.before}`;
    lines.push(`  ${sign} ${c.category} ${what}${value}`);
  }
  return lines.join('\n');
}

/** Both runs must exist: a missing run is named (an empty diff would say "no differences"). */
export function requireRuns(db: DB, ids: readonly number[]): void {
  const has = db.prepare<[number], { id: number }>('SELECT id FROM runs WHERE id = ?');
  const missing = ids.filter((id) => !has.get(id));
  if (missing.length === 0) return;
  const last = (db.prepare('SELECT max(id) AS n FROM runs').get() as { n: number | null }).n;
  throw new CliError('diff', `no run ${missing.map((id) => `#${id}`).join(' or ')} in this database (${last ? `runs are #1 to #${last}` : 'it has no runs'})`, 2);
}
