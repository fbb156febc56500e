/**
 * Which stored documents a reextract must redo, and why.
 *
 * A document is redone when
 *  - an extractor it was extracted with has a different version now, or
 *  - a seed file other than the company dictionary changed (units, date vocabulary,
 *    legal forms, exclusions …: their effect cannot be located cheaply, so every document
 *    extracted with the old file is redone), or
 *  - an alias that was added, removed, or moved to another company (or whose ambiguous flag
 *    changed) occurs in its normalised text, or a company it mentions was renamed.
 * Alias occurrences are looked up in each document's trigram signature (alias_signatures);
 * aliases shorter than three characters are looked up with instr() in SQLite.
 * Documents whose only difference is an unrelated dictionary edit are re-stamped, not redone.
 */
import type { DB } from '../db/database.ts';
import { COMPANY_DICTIONARY, type DictionarySnapshot, type ExtractionSetup } from '../setup.ts';
import { SignatureQuery } from '../stages/alias-signature.ts';
import type { ExtractionState } from '../storage.ts';

export interface ReextractPlan {
  /** document id → reasons */
  redo: Map<number, string[]>;
  /** documents whose stored state only needs the new fingerprints */
  restamp: number[];
  total: number;
}

interface DocState {
  id: number;
  state: ExtractionState;
}

function addReason(plan: ReextractPlan, id: number, reason: string): void {
  const reasons = plan.redo.get(id);
  if (reasons) {
    if (reasons.length < 5 && !reasons.includes(reason)) reasons.push(reason);
  } else plan.redo.set(id, [reason]);
}

/**
 * For each alias key (NFKC + lower case), the documents among `candidates` whose normalised
 * text may contain it. Keys of three or more characters are tested against each document's
 * trigram signature, in one pass over the signatures; a document without a signature (stored
 * by an older version) may contain anything. Shorter keys are looked up with instr() on the
 * stored texts, in the forms NFKC folds to the key.
 */
function documentsContaining(db: DB, keys: readonly string[], candidates: ReadonlySet<number>): Map<string, number[]> {
  const found = new Map<string, number[]>(keys.map((k) => [k, []]));
  const queries = keys.filter((k) => [...k].length >= 3).map((k) => new SignatureQuery(k));
  if (queries.length > 0) {
    const signed = new Set<number>();
    const rows = db.prepare('SELECT document_id AS id, signature FROM alias_signatures').iterate() as IterableIterator<{ id: number; signature: Uint8Array }>;
    for (const { id, signature } of rows) {
      if (!candidates.has(id)) continue;
      signed.add(id);
      for (const q of queries) if (q.mayOccurIn(signature)) found.get(q.key)!.push(id);
    }
    for (const id of candidates) if (!signed.has(id)) for (const q of queries) found.get(q.key)!.push(id);
  }
  for (const key of keys) {
    if ([...key].length >= 3) continue;
    const variants = new Set([key, key.toUpperCase(), toFullWidth(key), toFullWidth(key.toUpperCase())]);
    const clauses = [...variants].map(() => 'instr(text, ?) > 0').join(' OR ');
    const rows = db.prepare(`SELECT id FROM documents WHERE ${clauses}`).all(...variants) as { id: number }[];
    found.set(key, rows.map((r) => r.id).filter((id) => candidates.has(id)));
  }
  return found;
}

function toFullWidth(s: string): string {
  return s.replace(/[!-~]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));
}

function loadSnapshot(db: DB, hash: string): DictionarySnapshot | null {
  const row = db.prepare('SELECT aliases, canonical FROM dictionary_versions WHERE hash = ?').get(hash) as { aliases: string; canonical: string } | undefined;
  return row ? { hash, aliases: JSON.parse(row.aliases), canonical: JSON.parse(row.canonical) } : null;
}

export function planReextract(db: DB, setup: ExtractionSetup, current: DictionarySnapshot | null, all: boolean): ReextractPlan {
  // Each distinct state is parsed once (documents reference states: extraction_states).
  const states = new Map(
    (db.prepare('SELECT id, state FROM extraction_states').all() as { id: number; state: string }[]).map((r) => [r.id, JSON.parse(r.state) as ExtractionState]),
  );
  const docs = (
    db.prepare('SELECT d.id, ds.state_id FROM documents d LEFT JOIN document_states ds ON ds.document_id = d.id ORDER BY d.id').all() as { id: number; state_id: number | null }[]
  ).map((r): DocState => ({ id: r.id, state: states.get(r.state_id ?? -1) ?? { extractors: {}, resources: {} } }));
  const plan: ReextractPlan = { redo: new Map(), restamp: [], total: docs.length };
  if (all) {
    for (const d of docs) addReason(plan, d.id, '--all');
    return plan;
  }
  const now = setup.state;
  // Group documents by the company-dictionary version they were extracted with.
  const byDictionary = new Map<string, number[]>();
  for (const d of docs) {
    for (const [id, version] of Object.entries(now.extractors)) {
      if (d.state.extractors[id] !== version) addReason(plan, d.id, `extractor ${id} ${d.state.extractors[id] ?? 'none'} → ${version}`);
    }
    for (const [file, hash] of Object.entries(now.resources)) {
      if (file === COMPANY_DICTIONARY || d.state.resources[file] === hash) continue;
      addReason(plan, d.id, `${file} changed`);
    }
    const oldDict = d.state.resources[COMPANY_DICTIONARY];
    if (oldDict !== now.resources[COMPANY_DICTIONARY] && !plan.redo.has(d.id)) {
      const list = byDictionary.get(oldDict ?? '') ?? [];
      list.push(d.id);
      byDictionary.set(oldDict ?? '', list);
    }
  }
  for (const [oldHash, ids] of byDictionary) {
    const old = oldHash ? loadSnapshot(db, oldHash) : null;
    if (!old || !current) {
      for (const id of ids) addReason(plan, id, `${COMPANY_DICTIONARY} changed (no record of the old version)`);
      continue;
    }
    const affected = new Set(ids);
    const touched = new Set<number>();
    const changed = new Map<string, string>();
    for (const key of new Set([...Object.keys(old.aliases), ...Object.keys(current.aliases)])) {
      const before = old.aliases[key];
      const after = current.aliases[key];
      if (before !== after) changed.set(key, before === undefined ? 'added' : after === undefined ? 'removed' : 'changed');
    }
    for (const [key, ids] of documentsContaining(db, [...changed.keys()], affected)) {
      for (const id of ids) {
        addReason(plan, id, `alias "${key}" ${changed.get(key)}`);
        touched.add(id);
      }
    }
    const renamed = Object.keys(current.canonical).filter((id) => old.canonical[id] !== undefined && old.canonical[id] !== current.canonical[id]);
    if (renamed.length > 0) {
      const placeholders = renamed.map(() => '?').join(',');
      const rows = db.prepare(`SELECT DISTINCT document_id AS id FROM mentions WHERE company_id IN (${placeholders})`).all(...renamed) as { id: number }[];
      for (const r of rows) {
        if (!affected.has(r.id)) continue;
        addReason(plan, r.id, 'company renamed');
        touched.add(r.id);
      }
    }
    for (const id of ids) if (!touched.has(id)) plan.restamp.push(id);
  }
  return plan;
}
