/**
 * The two outputs of `eval`: JSON (the result object, score.py --json's keys and figures) and
 * one text line per category in the layout of score.py's text output.
 */
import { formatFixed, type Prf } from './prf.ts';
import { CATEGORIES, type ScoreResult } from './score.ts';

export function scoreJson(res: ScoreResult): string {
  return JSON.stringify(res, null, 1) + '\n';
}

/** Fields of a category printed after its head figures (not examples, errors or per-kind tables). */
const NOT_EXTRA = new Set(['mentions', 'by_parties', 'value_errors', 'per_kind']);

/** `companies   P=0.955 R=0.884 F1=0.918 (tp=… fp=… fn=…) {"linking_accuracy":…}`, then the missing documents. */
export function formatScore(res: ScoreResult): string {
  let out = '';
  for (const cat of CATEGORIES) {
    const r = res[cat] as unknown as Record<string, unknown> | undefined;
    if (!r) continue;
    const head = (r.mentions ?? r.by_parties) as Prf;
    const extra = Object.fromEntries(Object.entries(r).filter(([k]) => !NOT_EXTRA.has(k) && !k.endsWith('examples')));
    out += `${cat.padEnd(11)} P=${formatFixed(head.p, 3)} R=${formatFixed(head.r, 3)} F1=${formatFixed(head.f1, 3)} (tp=${head.tp} fp=${head.fp} fn=${head.fn}) ${JSON.stringify(extra)}\n`;
  }
  if (res.missing_docs.length > 0) out += `missing docs: ${JSON.stringify(res.missing_docs)}\n`;
  return out;
}
