/**
 * `eval --gold DIR`: score the database (or a folder of system files) against gold files with
 * the metrics of shared/eval/score.py (score.ts), printed by format.ts.
 */
import type { DB } from '../db/database.ts';
import { loadGoldDir, systemDocuments } from './load.ts';
import { score, type ScoreResult } from './score.ts';

export { CATEGORIES, score, type Category, type ScoreResult } from './score.ts';
export { formatScore, scoreJson } from './format.ts';
export { EvalInputError, loadGoldDir, systemDocuments } from './load.ts';

/** Score every stored document against the gold files of `goldDir` (`only`: categories, as score.py --only=). */
export function evalDatabase(db: DB, goldDir: string, only?: readonly string[] | null, warn?: (message: string) => void): ScoreResult {
  const gold = loadGoldDir(goldDir);
  for (const f of gold.skipped) warn?.(`${f}: no "doc" field, not a gold document; skipped`);
  return score(gold.docs, systemDocuments(db), only);
}

/** Score a folder of system files against a folder of gold files (score.py GOLD SYSTEM). */
export function evalDirs(goldDir: string, systemDir: string, only?: readonly string[] | null): ScoreResult {
  return score(loadGoldDir(goldDir).docs, loadGoldDir(systemDir).docs, only);
}
