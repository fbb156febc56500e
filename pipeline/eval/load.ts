/**
 * Documents to score, keyed like score.py's load_dir: the basename of each document's "doc".
 * - loadGoldDir: the files ending ".json" of a folder, in code-point order of their names; each
 *   holds one document or a list of them; a later document with the same key replaces an earlier
 *   one (keeping its place). Read exactly as Python's json.load reads them.
 * - systemDocuments: the database's export (goldDocuments), as score.py would read it from the
 *   files `export --format gold` writes.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { DB } from '../db/database.ts';
import { goldDocuments } from '../export.ts';
import { JsonError, parsePyJson } from './py/json.ts';
import { compareCodePoints, has, isDict, item, PyError, typeName, type PyValue } from './py/value.ts';
import type { DocMap } from './score.ts';

/** A gold or system file score.py could not read either (it would stop with an exception). */
export class EvalInputError extends Error {}

/** Python os.path.basename. */
export function pyBasename(p: string): string {
  return p.slice(p.lastIndexOf('/') + 1);
}

const utf8 = new TextDecoder('utf-8', { fatal: true });

function docKey(doc: PyValue, where: string): string {
  const name = item(doc, 'doc');
  if (typeof name !== 'string') throw new EvalInputError(`${where}: "doc" is a ${typeName(name)}, not a file name`);
  return pyBasename(name);
}

export interface LoadedDir {
  docs: DocMap;
  /** Files holding JSON that is not a gold document (no "doc" field), e.g. a canonical-name list. score.py stops on these; we skip them. */
  skipped: string[];
}

export function loadGoldDir(dir: string): LoadedDir {
  const docs: DocMap = new Map();
  const skipped: string[] = [];
  const names = readdirSync(dir)
    .filter((n) => n.endsWith('.json'))
    .sort(compareCodePoints);
  for (const name of names) {
    const file = path.join(dir, name);
    let data: PyValue;
    try {
      data = parsePyJson(utf8.decode(readFileSync(file)));
    } catch (e) {
      if (e instanceof JsonError || e instanceof TypeError) throw new EvalInputError(`${file}: not valid JSON: ${(e as Error).message}`);
      throw e;
    }
    const list = Array.isArray(data) ? data : [data];
    for (const doc of list) {
      if (isDict(doc) && !has(doc, 'doc')) {
        if (!skipped.includes(name)) skipped.push(name);
        continue;
      }
      try {
        docs.set(docKey(doc, file), doc);
      } catch (e) {
        if (e instanceof PyError) throw new EvalInputError(`${file}: not a gold document: ${e.message}`);
        throw e;
      }
    }
  }
  return { docs, skipped };
}

/** The stored documents in the gold format, read as score.py reads the exported files. */
export function systemDocuments(db: DB): DocMap {
  const docs: DocMap = new Map();
  for (const doc of goldDocuments(db)) docs.set(pyBasename(doc.doc), parsePyJson(JSON.stringify(doc)));
  return docs;
}
