/**
 * score.py's two outputs: `--json` (json.dumps(res, ensure_ascii=False, indent=1)) and the
 * text lines of main(), byte for byte. Ratios are Python floats (1.0 prints as "1.0").
 */
import { dumpsPyJson } from './py/json.ts';
import { formatFixed } from './py/number.ts';
import { pyRepr } from './py/repr.ts';
import { PyDict, PyFloat, type PyValue } from './py/value.ts';
import { CATEGORIES, type Prf, type ScoreResult } from './score.ts';

const float = (x: number | null): PyValue => (x === null ? null : new PyFloat(x));

function prfTree(m: Prf): PyDict {
  return new PyDict([
    ['tp', m.tp],
    ['fp', m.fp],
    ['fn', m.fn],
    ['p', float(m.p)],
    ['r', float(m.r)],
    ['f1', float(m.f1)],
  ]);
}

/** The result as the Python dict score() returns (key order included). */
export function scoreTree(res: ScoreResult): PyDict {
  const out = new PyDict([
    ['docs', res.docs],
    ['missing_docs', res.missing_docs],
  ]);
  const c = res.companies;
  if (c) {
    out.entries.set(
      'companies',
      new PyDict([
        ['mentions', prfTree(c.mentions)],
        ['linking_accuracy', float(c.linking_accuracy)],
        ['split_entities', c.split_entities],
        ['doc_entity_sets', prfTree(c.doc_entity_sets)],
        ['fp_examples', c.fp_examples],
        ['fn_examples', c.fn_examples],
      ]),
    );
  }
  const d = res.dates;
  if (d) {
    out.entries.set(
      'dates',
      new PyDict([
        ['mentions', prfTree(d.mentions)],
        ['value_accuracy', float(d.value_accuracy)],
        ['fp_examples', d.fp_examples],
        ['fn_examples', d.fn_examples],
        ['value_errors', d.value_errors],
      ]),
    );
  }
  const q = res.quantities;
  if (q) {
    out.entries.set(
      'quantities',
      new PyDict([
        ['mentions', prfTree(q.mentions)],
        ['value_accuracy', float(q.value_accuracy)],
        ['per_kind', new PyDict(Object.entries(q.per_kind).map(([k, v]) => [k, prfTree(v)] as const))],
        ['fp_examples', q.fp_examples],
        ['fn_examples', q.fn_examples],
        ['value_errors', q.value_errors],
      ]),
    );
  }
  const a = res.agreements;
  if (a) {
    out.entries.set(
      'agreements',
      new PyDict([
        ['by_parties', prfTree(a.by_parties)],
        ['type_accuracy', float(a.type_accuracy)],
        ['date_accuracy', float(a.date_accuracy)],
        ['fp_examples', a.fp_examples],
        ['fn_examples', a.fn_examples],
      ]),
    );
  }
  return out;
}

/** What `score.py GOLD SYS --json` prints (trailing newline included). */
export function scoreJson(res: ScoreResult): string {
  return dumpsPyJson(scoreTree(res), 1) + '\n';
}

/** The result as plain JSON data (what JSON.parse makes of score.py --json). */
export function scoreToPlain(res: ScoreResult): unknown {
  return JSON.parse(scoreJson(res));
}

const HEAD_KEYS = new Set(['mentions', 'by_parties', 'value_errors', 'per_kind']);

/** What `score.py GOLD SYS` prints: one line per category, then the missing documents (trailing newline included). */
export function formatScore(res: ScoreResult): string {
  const tree = scoreTree(res).entries;
  let out = '';
  for (const cat of CATEGORIES) {
    const r = tree.get(cat);
    if (!(r instanceof PyDict)) continue;
    const head = (r.entries.get('mentions') ?? r.entries.get('by_parties')) as PyDict;
    const h = (k: string) => head.entries.get(k)!;
    const fixed = (k: string) => formatFixed((h(k) as PyFloat).value, 3);
    const extra = new PyDict([...r.entries].filter(([k]) => !HEAD_KEYS.has(k) && !k.endsWith('examples')));
    out += `${cat.padEnd(11)} P=${fixed('p')} R=${fixed('r')} F1=${fixed('f1')} (tp=${pyRepr(h('tp'))} fp=${pyRepr(h('fp'))} fn=${pyRepr(h('fn'))}) ${pyRepr(extra)}\n`;
  }
  if (res.missing_docs.length > 0) out += `missing docs: ${pyRepr(res.missing_docs)}\n`;
  return out;
}
