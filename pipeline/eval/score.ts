/**
 * A line-for-line port of shared/eval/score.py `score()`: exact-span mention P/R/F1 (optional
 * gold mentions neither rewarded nor penalised, and a system mention overlapping one ignored),
 * majority mapping of system canonical names to gold names, linking accuracy, split entities,
 * document entity sets, date and quantity value accuracy, agreements matched by party set.
 *
 * Documents are Python values (py/value.ts) so every comparison, truthiness test and hash is
 * Python's; where score.py would raise, this throws PyError.
 */
import { pyFloat, pyRound } from './py/number.ts';
import { pyStr } from './py/repr.ts';
import {
  compareCodePoints,
  get,
  has,
  isDict,
  item,
  iterate,
  pyEq,
  pyKey,
  pyLt,
  PyDict,
  PyError,
  PySet,
  pySorted,
  truthy,
  tupleKey,
  typeName,
  type PyValue,
} from './py/value.ts';

export const CATEGORIES = ['companies', 'dates', 'quantities', 'agreements'] as const;
export type Category = (typeof CATEGORIES)[number];

export const SCORED_KINDS: ReadonlySet<string> = new Set(['energy', 'energy_density', 'specific_capacity', 'power', 'money', 'percent', 'area']);

/** Documents keyed like score.py's load_dir: basename of "doc" → the document (a dict). */
export type DocMap = Map<string, PyValue>;

export interface Prf {
  tp: number;
  fp: number;
  fn: number;
  p: number;
  r: number;
  f1: number;
}

/** One example tuple of score.py (document key first), values as Python read them. */
export type Example = PyValue[];

export interface CompaniesScore {
  mentions: Prf;
  linking_accuracy: number | null;
  split_entities: number;
  doc_entity_sets: Prf;
  fp_examples: Example[];
  fn_examples: Example[];
}

export interface DatesScore {
  mentions: Prf;
  value_accuracy: number | null;
  fp_examples: Example[];
  fn_examples: Example[];
  value_errors: Example[];
}

export interface QuantitiesScore {
  mentions: Prf;
  value_accuracy: number | null;
  per_kind: Record<string, Prf>;
  fp_examples: Example[];
  fn_examples: Example[];
  value_errors: Example[];
}

export interface AgreementsScore {
  by_parties: Prf;
  type_accuracy: number | null;
  date_accuracy: number | null;
  fp_examples: Example[];
  fn_examples: Example[];
}

export interface ScoreResult {
  docs: number;
  missing_docs: string[];
  companies?: CompaniesScore;
  dates?: DatesScore;
  quantities?: QuantitiesScore;
  agreements?: AgreementsScore;
}

const NORM_STRIP = /[\t\n\v\f\r\x1c-\x1f \x85\xa0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000.,'\-・()（）]/gu;

/** score.py norm_name: lower case without whitespace (Python's \s) and . , ' - ・ ( ) （ ）. */
export function normName(s: PyValue): string {
  if (!truthy(s)) return '';
  if (typeof s !== 'string') throw new PyError(`AttributeError: '${typeName(s)}' object has no attribute 'lower'`);
  return s.toLowerCase().replace(NORM_STRIP, '');
}

export function prf(tp: number, fp: number, fn: number): Prf {
  const p = tp + fp ? tp / (tp + fp) : !fn ? 1.0 : 0.0;
  const r = tp + fn ? tp / (tp + fn) : 1.0;
  const f = p + r ? (2 * p * r) / (p + r) : 0.0;
  return { tp, fp, fn, p: pyRound(p, 4), r: pyRound(r, 4), f1: pyRound(f, 4) };
}

function ratio(n: number, d: number): number | null {
  return d ? pyRound(n / d, 4) : null;
}

interface Matched {
  pairs: [PyValue, PyValue][];
  fps: PyValue[];
  fns: PyValue[];
}

/** Exact span matching; the first gold mention of a span counts; optional gold handled as in score.py. */
export function matchMentions(gold: readonly PyValue[], system: readonly PyValue[]): Matched {
  const gmap = new Map<string, PyValue>();
  for (const g of gold) {
    const k = tupleKey([item(g, 'start'), item(g, 'end')]);
    if (!gmap.has(k)) gmap.set(k, g);
  }
  const used = new Set<string>();
  const pairs: [PyValue, PyValue][] = [];
  const fps: PyValue[] = [];
  for (const s of system) {
    const k = tupleKey([get(s, 'start'), get(s, 'end')]);
    const g = gmap.get(k);
    if (g !== undefined && !used.has(k)) {
      used.add(k);
      if (!truthy(get(g, 'optional'))) pairs.push([g, s]);
      continue;
    }
    // overlapping an optional gold mention: ignored
    if (gold.some((g2) => truthy(get(g2, 'optional')) && pyLt(get(s, 'start', 0), item(g2, 'end')) && pyLt(item(g2, 'start'), get(s, 'end', 0)))) continue;
    fps.push(s);
  }
  const fns: PyValue[] = [];
  for (const [k, g] of gmap) if (!used.has(k) && !truthy(get(g, 'optional'))) fns.push(g);
  return { pairs, fps, fns };
}

export function numEq(a: PyValue, b: PyValue): boolean {
  if (a === null || b === null) return a === null && b === null;
  const fa = pyFloat(a);
  if (fa === undefined) return false;
  const fb = pyFloat(b);
  if (fb === undefined) return false;
  return Math.abs(fa - fb) <= 1e-6 * Math.max(1.0, Math.abs(fa), Math.abs(fb));
}

export function dateValueOk(g: PyValue, s: PyValue): boolean {
  const gv0 = get(g, 'value');
  const sv0 = get(s, 'value');
  const gv = truthy(gv0) ? gv0 : new PyDict();
  const sv = truthy(sv0) ? sv0 : new PyDict();
  for (const k of ['start', 'end']) if (pyStr(get(gv, k)) !== pyStr(get(sv, k))) return false;
  return true;
}

function or(a: PyValue, b: PyValue): PyValue {
  return truthy(a) ? a : b;
}

export function qtyValueOk(g: PyValue, s: PyValue): boolean {
  if (!pyEq(get(g, 'kind'), get(s, 'kind'))) return false;
  if (!pyEq(or(get(g, 'unit'), ''), or(get(s, 'unit'), ''))) return false;
  const gv = get(g, 'value');
  const sv = get(s, 'value');
  if (isDict(gv) || isDict(sv)) {
    const gd = isDict(gv) ? gv : new PyDict([['value', gv]]);
    const sd = isDict(sv) ? sv : new PyDict([['value', sv]]);
    for (const k of ['value', 'min', 'max']) {
      if ((has(gd, k) || has(sd, k)) && !numEq(get(gd, k), get(sd, k))) return false;
    }
    return true;
  }
  if (gv === null) return numEq(get(g, 'min'), get(s, 'min')) && numEq(get(g, 'max'), get(s, 'max'));
  return numEq(gv, sv) || (sv === null && numEq(gv, get(s, 'min')) && numEq(gv, get(s, 'max')));
}

function isScoredKind(kind: PyValue): boolean {
  pyKey(kind); // `in` a set: unhashable kinds raise
  return typeof kind === 'string' && SCORED_KINDS.has(kind);
}

function listOf(doc: PyValue, key: string): PyValue[] {
  return iterate(get(doc, key, []));
}

function examples(key: string, xs: readonly PyValue[]): Example[] {
  return xs.map((x) => [key, get(x, 'text')]);
}

export function score(goldDocs: DocMap, sysDocs: DocMap, only?: readonly string[] | null): ScoreResult {
  const cats: readonly string[] = only && only.length > 0 ? only : CATEGORIES;
  const res: ScoreResult = { docs: goldDocs.size, missing_docs: [...goldDocs.keys()].filter((k) => !sysDocs.has(k)).sort(compareCodePoints) };
  const sysDoc = (key: string): PyValue => sysDocs.get(key) ?? new PyDict();
  let mapping: Map<string, PyValue> | undefined;

  if (cats.includes('companies') || cats.includes('agreements')) {
    let tp = 0;
    let fp = 0;
    let fn = 0;
    const fpsEx: Example[] = [];
    const fnsEx: Example[] = [];
    const compPairs: [PyValue, PyValue][] = [];
    for (const [key, gd] of goldDocs) {
      const m = matchMentions(listOf(gd, 'companies'), listOf(sysDoc(key), 'companies'));
      tp += m.pairs.length;
      fp += m.fps.length;
      fn += m.fns.length;
      compPairs.push(...m.pairs);
      fpsEx.push(...examples(key, m.fps));
      fnsEx.push(...examples(key, m.fns));
    }
    // majority mapping system canonical -> gold canonical (ties: the gold name counted first)
    const votes = new Map<string, Map<string, { name: PyValue; count: number }>>();
    for (const [g, s] of compPairs) {
      const n = normName(get(s, 'canonical'));
      let counter = votes.get(n);
      if (!counter) votes.set(n, (counter = new Map()));
      const name = get(g, 'canonical');
      const k = pyKey(name);
      const entry = counter.get(k);
      if (entry) entry.count++;
      else counter.set(k, { name, count: 1 });
    }
    mapping = new Map();
    for (const [n, counter] of votes) {
      let best: { name: PyValue; count: number } | undefined;
      for (const e of counter.values()) if (!best || e.count > best.count) best = e;
      mapping.set(n, best!.name);
    }
    const mapped = (n: string): PyValue => (mapping!.has(n) ? mapping!.get(n)! : null);
    let linked = 0;
    for (const [g, s] of compPairs) {
      const c = get(s, 'canonical');
      if (truthy(c) && pyEq(mapped(normName(c)), get(g, 'canonical'))) linked++;
    }
    const goldToSys = new Map<string, Set<string>>();
    for (const [g, s] of compPairs) {
      const k = pyKey(get(g, 'canonical'));
      let names = goldToSys.get(k);
      if (!names) goldToSys.set(k, (names = new Set()));
      names.add(normName(get(s, 'canonical')));
    }
    let splits = 0;
    for (const names of goldToSys.values()) if (names.size > 1) splits++;
    // document-level entity sets
    let dtp = 0;
    let dfp = 0;
    let dfn = 0;
    for (const [key, gd] of goldDocs) {
      const golds = listOf(gd, 'companies');
      const gset = new PySet(golds.filter((g) => !truthy(get(g, 'optional'))).map((g) => item(g, 'canonical')));
      const gopt = new PySet(golds.filter((g) => truthy(get(g, 'optional'))).map((g) => item(g, 'canonical')));
      const optSpans = golds.filter((g) => truthy(get(g, 'optional'))).map((g) => [item(g, 'start'), item(g, 'end')] as const);
      const sset = new PySet();
      for (const s of listOf(sysDoc(key), 'companies')) {
        if (optSpans.some(([b, e]) => pyLt(get(s, 'start', 0), e) && pyLt(b, get(s, 'end', 0)))) continue;
        const c = get(s, 'canonical');
        const n = normName(c);
        const fallback = 'SYS:' + normName(or(c, get(s, 'text')));
        sset.add(mapping.has(n) ? mapping.get(n)! : fallback);
      }
      dtp += gset.countIn(sset);
      dfp += sset.countNotIn(gset, gopt);
      dfn += gset.countNotIn(sset);
    }
    res.companies = {
      mentions: prf(tp, fp, fn),
      linking_accuracy: ratio(linked, compPairs.length),
      split_entities: splits,
      doc_entity_sets: prf(dtp, dfp, dfn),
      fp_examples: fpsEx.slice(0, 15),
      fn_examples: fnsEx.slice(0, 15),
    };
  }

  if (cats.includes('dates')) {
    let tp = 0;
    let fp = 0;
    let fn = 0;
    let ok = 0;
    const fpsEx: Example[] = [];
    const fnsEx: Example[] = [];
    const bad: Example[] = [];
    for (const [key, gd] of goldDocs) {
      const m = matchMentions(listOf(gd, 'dates'), listOf(sysDoc(key), 'dates'));
      tp += m.pairs.length;
      fp += m.fps.length;
      fn += m.fns.length;
      for (const [g, s] of m.pairs) {
        if (dateValueOk(g, s)) ok++;
        else bad.push([key, item(g, 'text'), get(g, 'value'), get(s, 'value')]);
      }
      fpsEx.push(...examples(key, m.fps));
      fnsEx.push(...examples(key, m.fns));
    }
    res.dates = {
      mentions: prf(tp, fp, fn),
      value_accuracy: ratio(ok, tp),
      fp_examples: fpsEx.slice(0, 15),
      fn_examples: fnsEx.slice(0, 15),
      value_errors: bad.slice(0, 15),
    };
  }

  if (cats.includes('quantities')) {
    let tp = 0;
    let fp = 0;
    let fn = 0;
    let ok = 0;
    const fpsEx: Example[] = [];
    const fnsEx: Example[] = [];
    const bad: Example[] = [];
    const perKind = new Map<string, [number, number, number]>();
    const count = (kind: PyValue, i: 0 | 1 | 2) => {
      const k = kind as string; // a scored kind: a str
      let c = perKind.get(k);
      if (!c) perKind.set(k, (c = [0, 0, 0]));
      c[i]++;
    };
    for (const [key, gd] of goldDocs) {
      const gq = listOf(gd, 'quantities').filter((g) => isScoredKind(get(g, 'kind')));
      const sq = listOf(sysDoc(key), 'quantities').filter((s) => isScoredKind(get(s, 'kind')));
      const m = matchMentions(gq, sq);
      tp += m.pairs.length;
      fp += m.fps.length;
      fn += m.fns.length;
      for (const [g, s] of m.pairs) {
        count(item(g, 'kind'), 0);
        if (qtyValueOk(g, s)) ok++;
        else bad.push([key, item(g, 'text'), get(g, 'kind'), get(g, 'value'), get(g, 'unit'), get(s, 'kind'), get(s, 'value'), get(s, 'unit')]);
      }
      for (const s of m.fps) count(get(s, 'kind'), 1);
      for (const g of m.fns) count(get(g, 'kind'), 2);
      fpsEx.push(...examples(key, m.fps));
      fnsEx.push(...examples(key, m.fns));
    }
    const per_kind: Record<string, Prf> = {};
    for (const k of [...perKind.keys()].sort(compareCodePoints)) {
      const [a, b, c] = perKind.get(k)!;
      per_kind[k] = prf(a, b, c);
    }
    res.quantities = {
      mentions: prf(tp, fp, fn),
      value_accuracy: ratio(ok, tp),
      per_kind,
      fp_examples: fpsEx.slice(0, 15),
      fn_examples: fnsEx.slice(0, 15),
      value_errors: bad.slice(0, 15),
    };
  }

  if (cats.includes('agreements')) {
    const map = mapping ?? new Map<string, PyValue>();
    const goldNames = new PySet(map.values());
    const sparties = (a: PyValue) =>
      new PySet(
        iterate(get(a, 'parties', [])).map((p) => {
          const n = normName(p);
          const m = map.has(n) ? map.get(n)! : null;
          return truthy(m) ? m : normName(p);
        }),
      );
    const gparties = (a: PyValue) => new PySet(iterate(get(a, 'parties', [])).map((p) => (goldNames.has(p) ? p : normName(p))));
    const sameDate = (gdv: PyValue, sdv: PyValue): boolean => {
      if (gdv === null || sdv === null) return gdv === null && sdv === null;
      return dateValueOk(new PyDict([['value', gdv]]), new PyDict([['value', sdv]]));
    };
    let tp = 0;
    let fp = 0;
    let fn = 0;
    let tok = 0;
    let dok = 0;
    const fpsEx: Example[] = [];
    const fnsEx: Example[] = [];
    for (const [key, gd] of goldDocs) {
      const gl = listOf(gd, 'agreements').map((a) => [gparties(a), a] as const);
      const sl = listOf(sysDoc(key), 'agreements').map((a) => [sparties(a), a] as const);
      // candidate pairs with equal party sets, best (date, type) agreement first
      const cands: [number, number, number][] = [];
      sl.forEach(([sp, sa], si) => {
        gl.forEach(([gp, ga], gi) => {
          if (gp.equals(sp)) {
            const agree = 2 * Number(sameDate(get(ga, 'date'), get(sa, 'date'))) + Number(pyEq(get(ga, 'type'), get(sa, 'type')));
            cands.push([-agree, si, gi]);
          }
        });
      });
      cands.sort((a, b) => a[0] - b[0] || a[1] - b[1] || a[2] - b[2]);
      const sUsed = new Map<number, number>();
      const gUsed = new Map<number, number>();
      for (const [, si, gi] of cands) {
        if (sUsed.has(si) || gUsed.has(gi)) continue;
        sUsed.set(si, gi);
        gUsed.set(gi, si);
      }
      sl.forEach(([sp, sa], si) => {
        const gi = sUsed.get(si);
        if (gi === undefined) {
          fp++;
          fpsEx.push([key, pySorted(sp.values()), get(sa, 'type')]);
          return;
        }
        const ga = gl[gi]![1];
        if (truthy(get(ga, 'optional'))) return;
        tp++;
        if (pyEq(get(ga, 'type'), get(sa, 'type'))) tok++;
        if (sameDate(get(ga, 'date'), get(sa, 'date'))) dok++;
      });
      gl.forEach(([gp, ga], gi) => {
        if (!gUsed.has(gi) && !truthy(get(ga, 'optional'))) {
          fn++;
          fnsEx.push([key, pySorted(gp.values()), get(ga, 'type')]);
        }
      });
    }
    res.agreements = {
      by_parties: prf(tp, fp, fn),
      type_accuracy: ratio(tok, tp),
      date_accuracy: ratio(dok, tp),
      fp_examples: fpsEx.slice(0, 15),
      fn_examples: fnsEx.slice(0, 15),
    };
  }
  return res;
}
