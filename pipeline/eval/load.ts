/**
 * Documents to score, keyed like score.py's load_dir: the basename of each document's "doc".
 * - loadGoldDir: the files ending ".json" of a folder, in name order; each holds one document
 *   or a list of them; a later document with the same key replaces an earlier one. JSON that is
 *   not a document (no "doc" field, e.g. a list of canonical names) is skipped and named.
 * - systemDocuments: the database's export (goldDocuments), as `export --format gold` writes it.
 * A document is checked with zod; a malformed one stops the run naming the file and the field.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import type { DB } from '../db/database.ts';
import { goldDocuments } from '../export.ts';
import type { DocMap, ScoredDocument } from './score.ts';

/** A gold or system file that cannot be scored. */
export class EvalInputError extends Error {}

const mention = z.looseObject({
  text: z.string().nullish(),
  start: z.number().int(),
  end: z.number().int(),
  optional: z.boolean().optional(),
  canonical: z.string().nullish(),
  kind: z.string().nullish(),
  unit: z.string().nullish(),
});

const agreement = z.looseObject({
  parties: z.array(z.string()),
  type: z.string().nullish(),
  optional: z.boolean().optional(),
});

const document = z.looseObject({
  doc: z.string(),
  companies: z.array(mention).default([]),
  dates: z.array(mention).default([]),
  quantities: z.array(mention).default([]),
  agreements: z.array(agreement).default([]),
});

/** The file name of a document path (score.py: os.path.basename). */
function documentKey(doc: string): string {
  return doc.slice(doc.lastIndexOf('/') + 1);
}

function parseDocument(data: unknown, where: string): ScoredDocument {
  const parsed = document.safeParse(data);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0]!;
  throw new EvalInputError(`${where}: not a gold document: ${issue.path.join('.') || '(top)'}: ${issue.message}`);
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

export interface LoadedDir {
  docs: DocMap;
  /** Files holding JSON that is not a gold document (no "doc" field), e.g. a canonical-name list. */
  skipped: string[];
}

export function loadGoldDir(dir: string): LoadedDir {
  const docs: DocMap = new Map();
  const skipped: string[] = [];
  for (const name of readdirSync(dir).filter((n) => n.endsWith('.json')).sort()) {
    const file = path.join(dir, name);
    let data: unknown;
    try {
      data = JSON.parse(readFileSync(file, 'utf8'));
    } catch (e) {
      throw new EvalInputError(`${file}: not valid JSON: ${(e as Error).message}`);
    }
    for (const item of Array.isArray(data) ? data : [data]) {
      if (!isObject(item) || !('doc' in item)) {
        if (!skipped.includes(name)) skipped.push(name);
        continue;
      }
      const doc = parseDocument(item, file);
      docs.set(documentKey(doc.doc), doc);
    }
  }
  return { docs, skipped };
}

/** The stored documents in the gold format. */
export function systemDocuments(db: DB): DocMap {
  const docs: DocMap = new Map();
  for (const doc of goldDocuments(db)) docs.set(documentKey(doc.doc), parseDocument(doc, `stored document ${doc.doc}`));
  return docs;
}
