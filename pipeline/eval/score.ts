/**
 * The metrics of shared/eval/score.py `score()`, in plain TypeScript:
 * - mentions match on exact spans (the first gold mention of a span counts); a gold mention
 *   marked optional is neither rewarded nor penalised, and a system mention overlapping one is
 *   ignored;
 * - companies: a majority mapping from each system canonical name (compared through normName)
 *   to the gold name it was most often paired with (ties: the gold name counted first), linking
 *   accuracy through it, split entities (a gold entity given several system names), and
 *   document-level entity sets;
 * - dates: value accuracy compares start and end as text; quantities: only SCORED_KINDS, kind,
 *   unit and value (ranges, relative tolerance 1e-6);
 * - agreements: matched per document by party set (system names through the company mapping),
 *   candidates with the better (date, type) agreement first, then in system and gold order.
 */
import { prf, ratio, type Prf } from './prf.ts';
import { sameDateValue, sameQuantityValue, type Mention } from './values.ts';

export type { Mention };

export const CATEGORIES = ['companies', 'dates', 'quantities', 'agreements'] as const;
export type Category = (typeof CATEGORIES)[number];

const SCORED_KINDS: ReadonlySet<string> = new Set(['energy', 'energy_density', 'specific_capacity', 'power', 'money', 'percent', 'area']);

export interface Agreement {
  parties: string[];
  type?: string | null;
  date?: unknown;
  optional?: boolean;
}

export interface ScoredDocument {
  doc: string;
  companies: Mention[];
  dates: Mention[];
  quantities: Mention[];
  agreements: Agreement[];
}

/** Documents keyed like score.py's load_dir: the basename of "doc". */
export type DocMap = Map<string, ScoredDocument>;

/** An example: the document key first, then what score.py lists. */
export type Example = unknown[];

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

/** Key order and names as score.py's result. */
export interface ScoreResult {
  docs: number;
  missing_docs: string[];
  companies?: CompaniesScore;
  dates?: DatesScore;
  quantities?: QuantitiesScore;
  agreements?: AgreementsScore;
}

const EXAMPLES = 15;
const NAME_NOISE = /[\s\x1c-\x1f\x85.,'\-・()（）]/gu;

/** score.py norm_name: lower case, without white space and . , ' - ・ ( ) （ ）. */
export function normName(s: string | null | undefined): string {
  return (s ?? '').toLowerCase().replace(NAME_NOISE, '');
}

const EMPTY: ScoredDocument = { doc: '', companies: [], dates: [], quantities: [], agreements: [] };

interface Matched {
  pairs: [gold: Mention, system: Mention][];
  fps: Mention[];
  fns: Mention[];
}

const overlaps = (a: Mention, b: Mention) => a.start < b.end && b.start < a.end;

export function matchMentions(gold: readonly Mention[], system: readonly Mention[]): Matched {
  const bySpan = new Map<string, Mention>();
  for (const g of gold) {
    const k = `${g.start},${g.end}`;
    if (!bySpan.has(k)) bySpan.set(k, g);
  }
  const optional = gold.filter((g) => g.optional);
  const used = new Set<string>();
  const pairs: Matched['pairs'] = [];
  const fps: Mention[] = [];
  for (const s of system) {
    const k = `${s.start},${s.end}`;
    const g = bySpan.get(k);
    if (g !== undefined && !used.has(k)) {
      used.add(k);
      if (!g.optional) pairs.push([g, s]);
    } else if (!optional.some((o) => overlaps(s, o))) fps.push(s);
  }
  const fns = [...bySpan].filter(([k, g]) => !used.has(k) && !g.optional).map(([, g]) => g);
  return { pairs, fps, fns };
}

const examples = (key: string, xs: readonly Mention[]): Example[] => xs.map((x) => [key, x.text ?? null]);
const intersection = <T>(a: ReadonlySet<T>, b: ReadonlySet<T>) => [...a].filter((x) => b.has(x)).length;
const sameSet = <T>(a: ReadonlySet<T>, b: ReadonlySet<T>) => a.size === b.size && intersection(a, b) === a.size;
const same = (a: unknown, b: unknown) => (a ?? null) === (b ?? null);

class Counts {
  tp = 0;
  fp = 0;
  fn = 0;
  add(m: Matched): void {
    this.tp += m.pairs.length;
    this.fp += m.fps.length;
    this.fn += m.fns.length;
  }
  prf(): Prf {
    return prf(this.tp, this.fp, this.fn);
  }
}

/** The system-name → gold-name mapping by majority vote over the matched company mentions. */
function majorityMapping(pairs: Matched['pairs']): Map<string, string> {
  const votes = new Map<string, Map<string, number>>();
  for (const [g, s] of pairs) {
    const n = normName(s.canonical);
    const counter = votes.get(n) ?? new Map<string, number>();
    votes.set(n, counter);
    const name = g.canonical ?? '';
    counter.set(name, (counter.get(name) ?? 0) + 1);
  }
  const mapping = new Map<string, string>();
  for (const [n, counter] of votes) {
    let best: [string, number] | undefined;
    for (const entry of counter) if (!best || entry[1] > best[1]) best = entry;
    mapping.set(n, best![0]);
  }
  return mapping;
}

function scoreCompanies(gold: DocMap, system: DocMap): { score: CompaniesScore; mapping: Map<string, string> } {
  const counts = new Counts();
  const pairs: Matched['pairs'] = [];
  const fpEx: Example[] = [];
  const fnEx: Example[] = [];
  for (const [key, gd] of gold) {
    const m = matchMentions(gd.companies, (system.get(key) ?? EMPTY).companies);
    counts.add(m);
    pairs.push(...m.pairs);
    fpEx.push(...examples(key, m.fps));
    fnEx.push(...examples(key, m.fns));
  }
  const mapping = majorityMapping(pairs);
  const linked = pairs.filter(([g, s]) => s.canonical && mapping.get(normName(s.canonical)) === g.canonical).length;
  const namesPerEntity = new Map<string | null | undefined, Set<string>>();
  for (const [g, s] of pairs) {
    const names = namesPerEntity.get(g.canonical) ?? new Set<string>();
    namesPerEntity.set(g.canonical, names);
    names.add(normName(s.canonical));
  }
  const splits = [...namesPerEntity.values()].filter((names) => names.size > 1).length;
  // document-level entity sets
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const [key, gd] of gold) {
    const wanted = new Set(gd.companies.filter((g) => !g.optional).map((g) => g.canonical));
    const optional = gd.companies.filter((g) => g.optional);
    const allowed = new Set(optional.map((g) => g.canonical));
    const found = new Set<string | null | undefined>();
    for (const s of (system.get(key) ?? EMPTY).companies) {
      if (optional.some((o) => overlaps(s, o))) continue;
      const n = normName(s.canonical);
      found.add(mapping.has(n) ? mapping.get(n) : `SYS:${normName(s.canonical || s.text)}`);
    }
    tp += intersection(wanted, found);
    fp += [...found].filter((x) => !wanted.has(x) && !allowed.has(x)).length;
    fn += [...wanted].filter((x) => !found.has(x)).length;
  }
  const score: CompaniesScore = {
    mentions: counts.prf(),
    linking_accuracy: ratio(linked, pairs.length),
    split_entities: splits,
    doc_entity_sets: prf(tp, fp, fn),
    fp_examples: fpEx.slice(0, EXAMPLES),
    fn_examples: fnEx.slice(0, EXAMPLES),
  };
  return { score, mapping };
}

function scoreDates(gold: DocMap, system: DocMap): DatesScore {
  const counts = new Counts();
  let ok = 0;
  const fpEx: Example[] = [];
  const fnEx: Example[] = [];
  const bad: Example[] = [];
  for (const [key, gd] of gold) {
    const m = matchMentions(gd.dates, (system.get(key) ?? EMPTY).dates);
    counts.add(m);
    for (const [g, s] of m.pairs) {
      if (sameDateValue(g.value, s.value)) ok++;
      else bad.push([key, g.text ?? null, g.value ?? null, s.value ?? null]);
    }
    fpEx.push(...examples(key, m.fps));
    fnEx.push(...examples(key, m.fns));
  }
  return {
    mentions: counts.prf(),
    value_accuracy: ratio(ok, counts.tp),
    fp_examples: fpEx.slice(0, EXAMPLES),
    fn_examples: fnEx.slice(0, EXAMPLES),
    value_errors: bad.slice(0, EXAMPLES),
  };
}

function scoreQuantities(gold: DocMap, system: DocMap): QuantitiesScore {
  const counts = new Counts();
  let ok = 0;
  const fpEx: Example[] = [];
  const fnEx: Example[] = [];
  const bad: Example[] = [];
  const perKind = new Map<string, [tp: number, fp: number, fn: number]>();
  const count = (kind: string | null | undefined, i: 0 | 1 | 2) => {
    const c = perKind.get(kind!) ?? [0, 0, 0];
    perKind.set(kind!, c);
    c[i]++;
  };
  const scored = (q: Mention) => typeof q.kind === 'string' && SCORED_KINDS.has(q.kind);
  for (const [key, gd] of gold) {
    const m = matchMentions(gd.quantities.filter(scored), (system.get(key) ?? EMPTY).quantities.filter(scored));
    counts.add(m);
    for (const [g, s] of m.pairs) {
      count(g.kind, 0);
      if (sameQuantityValue(g, s)) ok++;
      else bad.push([key, g.text ?? null, g.kind ?? null, g.value ?? null, g.unit ?? null, s.kind ?? null, s.value ?? null, s.unit ?? null]);
    }
    for (const s of m.fps) count(s.kind, 1);
    for (const g of m.fns) count(g.kind, 2);
    fpEx.push(...examples(key, m.fps));
    fnEx.push(...examples(key, m.fns));
  }
  const per_kind: Record<string, Prf> = {};
  for (const [kind, c] of [...perKind].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) per_kind[kind] = prf(...c);
  return {
    mentions: counts.prf(),
    value_accuracy: ratio(ok, counts.tp),
    per_kind,
    fp_examples: fpEx.slice(0, EXAMPLES),
    fn_examples: fnEx.slice(0, EXAMPLES),
    value_errors: bad.slice(0, EXAMPLES),
  };
}

function scoreAgreements(gold: DocMap, system: DocMap, mapping: ReadonlyMap<string, string>): AgreementsScore {
  const goldNames = new Set(mapping.values());
  const systemParties = (a: Agreement) => new Set(a.parties.map((p) => mapping.get(normName(p)) || normName(p)));
  const goldParties = (a: Agreement) => new Set(a.parties.map((p) => (goldNames.has(p) ? p : normName(p))));
  const sameDate = (g: unknown, s: unknown) => (g == null || s == null ? g == null && s == null : sameDateValue(g, s));
  let tp = 0;
  let fp = 0;
  let fn = 0;
  let typeOk = 0;
  let dateOk = 0;
  const fpEx: Example[] = [];
  const fnEx: Example[] = [];
  for (const [key, gd] of gold) {
    const gl = gd.agreements.map((a) => ({ parties: goldParties(a), a }));
    const sl = (system.get(key) ?? EMPTY).agreements.map((a) => ({ parties: systemParties(a), a }));
    // candidate pairs with equal party sets, best (date, type) agreement first
    const candidates: [agreement: number, si: number, gi: number][] = [];
    sl.forEach((s, si) =>
      gl.forEach((g, gi) => {
        if (sameSet(g.parties, s.parties)) candidates.push([2 * Number(sameDate(g.a.date, s.a.date)) + Number(same(g.a.type, s.a.type)), si, gi]);
      }),
    );
    candidates.sort((x, y) => y[0] - x[0] || x[1] - y[1] || x[2] - y[2]);
    const goldOf = new Map<number, number>();
    const systemOf = new Map<number, number>();
    for (const [, si, gi] of candidates) {
      if (goldOf.has(si) || systemOf.has(gi)) continue;
      goldOf.set(si, gi);
      systemOf.set(gi, si);
    }
    sl.forEach((s, si) => {
      const gi = goldOf.get(si);
      if (gi === undefined) {
        fp++;
        fpEx.push([key, [...s.parties].sort(), s.a.type ?? null]);
        return;
      }
      const g = gl[gi]!.a;
      if (g.optional) return;
      tp++;
      if (same(g.type, s.a.type)) typeOk++;
      if (sameDate(g.date, s.a.date)) dateOk++;
    });
    gl.forEach((g, gi) => {
      if (systemOf.has(gi) || g.a.optional) return;
      fn++;
      fnEx.push([key, [...g.parties].sort(), g.a.type ?? null]);
    });
  }
  return {
    by_parties: prf(tp, fp, fn),
    type_accuracy: ratio(typeOk, tp),
    date_accuracy: ratio(dateOk, tp),
    fp_examples: fpEx.slice(0, EXAMPLES),
    fn_examples: fnEx.slice(0, EXAMPLES),
  };
}

/** Score system documents against gold documents; `only`: the categories to score (all when empty). */
export function score(gold: DocMap, system: DocMap, only?: readonly string[] | null): ScoreResult {
  const cats: readonly string[] = only && only.length > 0 ? only : CATEGORIES;
  const res: ScoreResult = { docs: gold.size, missing_docs: [...gold.keys()].filter((k) => !system.has(k)).sort() };
  let mapping = new Map<string, string>();
  if (cats.includes('companies') || cats.includes('agreements')) {
    const companies = scoreCompanies(gold, system);
    res.companies = companies.score;
    mapping = companies.mapping;
  }
  if (cats.includes('dates')) res.dates = scoreDates(gold, system);
  if (cats.includes('quantities')) res.quantities = scoreQuantities(gold, system);
  if (cats.includes('agreements')) res.agreements = scoreAgreements(gold, system, mapping);
  return res;
}
