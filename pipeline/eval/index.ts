/**
 * `eval --gold DIR`: score the database against gold files with the figures of
 * shared/eval/score.py (score.ts is its port; format.ts prints its text and JSON outputs).
 */
import type { DB } from '../db/database.ts';
import { EvalInputError, loadGoldDir, systemDocuments } from './load.ts';
import { PyError } from './py/value.ts';
import { score, type ScoreResult } from './score.ts';

export { CATEGORIES, score, type Category, type ScoreResult } from './score.ts';
export { formatScore, scoreJson, scoreToPlain } from './format.ts';
export { EvalInputError, loadGoldDir, systemDocuments } from './load.ts';

/** Score every stored document against the gold files of `goldDir` (`only`: categories, as score.py --only=). */
export function evalDatabase(db: DB, goldDir: string, only?: readonly string[] | null, warn?: (message: string) => void): ScoreResult {
  const gold = loadGoldDir(goldDir);
  for (const f of gold.skipped) warn?.(`${f}: no "doc" field, not a gold document; skipped`);
  return scoreDocs(gold.docs, systemDocuments(db), only);
}

function scoreDocs(...args: Parameters<typeof score>): ScoreResult {
  try {
    return score(...args);
  } catch (e) {
    if (e instanceof PyError) throw new EvalInputError(`cannot score these documents (score.py would fail too): ${e.message}`);
    throw e;
  }
}

/** Score a folder of system files against a folder of gold files (score.py GOLD SYS). */
export function evalDirs(goldDir: string, systemDir: string, only?: readonly string[] | null): ScoreResult {
  return scoreDocs(loadGoldDir(goldDir).docs, loadGoldDir(systemDir).docs, only);
}
