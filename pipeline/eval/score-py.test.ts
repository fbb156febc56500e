/**
 * The scorer against shared/eval/score.py itself, on the seed gold files and deterministic
 * perturbations of them: the same figures and examples (score.py --json), and the same head
 * of each text line. Skipped, with the reason printed, without ../shared or python3.
 */
import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeIfShared, ROOT, sharedPath } from '../../test/shared.ts';
import { openDatabase } from '../db/database.ts';
import { exportGold } from '../export.ts';
import { evalDatabase, evalDirs, formatScore, scoreJson, type ScoreResult } from './index.ts';
import { storeDocs, TempDirs, type Doc } from './test-documents.ts';

const SCORE_PY = sharedPath('eval/score.py');
const SHARED_GOLD = sharedPath('gold');
const ARTICLES = path.join(ROOT, 'seeds/articles');
const NEEDS = { files: ['eval/score.py', 'gold'], python: true };

const dirs = new TempDirs();
afterAll(() => dirs.cleanUp());

function scorePy(goldDir: string, sysDir: string, args: readonly string[]): string {
  return execFileSync('python3', [SCORE_PY, goldDir, sysDir, ...args], { encoding: 'utf8' });
}

function onlyOf(args: readonly string[]): string[] | undefined {
  const a = args.find((x) => x.startsWith('--only='));
  return a === undefined ? undefined : a.slice('--only='.length).split(',');
}

/** The figures of each category's text line (up to the counts), which both print alike. */
const heads = (text: string) =>
  text
    .split('\n')
    .filter((line) => / P=/.test(line))
    .map((line) => line.replace(/\) .*$/, ')'));

function expectSame(res: ScoreResult, goldDir: string, sysDir: string, args: readonly string[]): void {
  expect(JSON.parse(scoreJson(res))).toEqual(JSON.parse(scorePy(goldDir, sysDir, [...args, '--json'])));
}

const ONLY = [[], ['--only=companies'], ['--only=dates'], ['--only=quantities'], ['--only=agreements'], ['--only=agreements,dates']];

function rng(seed: number): () => number {
  let s = seed >>> 0 || 1;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

function hashName(s: string): number {
  let h = 0;
  for (const ch of s) h = (Math.imul(h, 31) + ch.codePointAt(0)!) >>> 0;
  return h;
}

const goldNames = () => readdirSync(SHARED_GOLD).filter((n) => n.endsWith('.gold.json')).sort();
const goldSeeds = (): Doc[] => goldNames().map((n) => JSON.parse(readFileSync(path.join(SHARED_GOLD, n), 'utf8')) as Doc);

/** The seed gold files, without the canonical-name lists score.py cannot read. */
function goldCopy(): string {
  const dir = dirs.make('eval-gold-');
  for (const n of goldNames()) copyFileSync(path.join(SHARED_GOLD, n), path.join(dir, n));
  return dir;
}

/** A system output made from a gold document: drops, shifted spans, renamed entities, wrong values, false positives. */
function perturb(gold: Doc, seed: number): Doc {
  const r = rng(seed * 7919 + hashName(gold.doc as string));
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(r() * xs.length)]!;
  const comps = gold.companies as Doc[];
  const canonicals = [...new Set(comps.map((c) => c.canonical as string))];
  const renamed = pick(canonicals); // one consistent renaming per document (free through the majority mapping)
  const rename = (c: string) => (c === renamed ? `${c} Holdings Co., Ltd.` : c);
  const out = { doc: gold.doc, companies: [] as Doc[], dates: [] as Doc[], quantities: [] as Doc[], agreements: [] as Doc[] };
  const shift = (m: Doc): Doc => ((m.end as number) - (m.start as number) > 1 ? { ...m, start: (m.start as number) + 1 } : m);
  for (const c of comps) {
    const x = r();
    if (x < 0.08) continue;
    let m: Doc = { text: c.text, start: c.start, end: c.end, canonical: rename(c.canonical as string) };
    if (x < 0.14) m = shift(m);
    else if (x < 0.2) m.canonical = (c.canonical as string).toLowerCase() + ' inc';
    else if (x < 0.25) m.canonical = pick(canonicals);
    else if (x < 0.27) m.canonical = null;
    out.companies.push(m);
    if (r() < 0.06) out.companies.push({ ...m, text: 'fp', start: (m.start as number) + 2, end: (m.end as number) + 3 });
  }
  for (const d of gold.dates as Doc[]) {
    const x = r();
    if (x < 0.1) continue;
    let m: Doc = { text: d.text, start: d.start, end: d.end, value: d.value };
    const v = d.value as Doc;
    if (x < 0.18) m = shift(m);
    else if (x < 0.28) m.value = { ...v, start: String(Number(String(v.start).slice(0, 4)) + 1) };
    else if (x < 0.33) m.value = { ...v, end: null };
    else if (x < 0.36) m.value = null;
    out.dates.push(m);
    if (r() < 0.05) out.dates.push({ ...m, text: 'fp', start: (m.end as number) + 1, end: (m.end as number) + 4 });
  }
  const kinds = ['energy', 'power', 'money', 'percent', 'area'];
  for (const q of gold.quantities as Doc[]) {
    const x = r();
    if (x < 0.1) continue;
    let m: Doc = { text: q.text, start: q.start, end: q.end, kind: q.kind, value: q.value, unit: q.unit };
    if (q.min !== undefined) m.min = q.min;
    if (q.max !== undefined) m.max = q.max;
    const v = q.value as number | null;
    if (x < 0.18) m = shift(m);
    else if (x < 0.28 && v !== null) m.value = v * (1 + 1e-7);
    else if (x < 0.38 && v !== null) m.value = v * 1.01;
    else if (x < 0.48 && v !== null) m = { ...m, value: null, min: v, max: v };
    else if (x < 0.53) m.unit = '';
    else if (x < 0.58) m.kind = 'count';
    else if (x < 0.63) m.kind = pick(kinds);
    out.quantities.push(m);
    if (r() < 0.1) out.quantities.push({ ...m, text: 'fp', start: (m.end as number) + 1, end: (m.end as number) + 5, kind: pick(kinds) });
  }
  const types = ['joint_venture', 'mou', 'supply', 'partnership', 'investment'];
  for (const a of gold.agreements as Doc[]) {
    const x = r();
    if (x < 0.1) continue;
    const parties = (a.parties as string[]).map(rename);
    const m: Doc = { parties: r() < 0.3 ? [...parties].reverse() : parties, type: a.type, date: a.date, evidence: [] };
    if (x < 0.25) m.type = pick(types);
    else if (x < 0.35) m.date = null;
    else if (x < 0.42) m.date = { start: '2019', end: '2019', granularity: 'year' };
    else if (x < 0.46) m.parties = [...parties, 'Foo'];
    out.agreements.push(m);
    if (r() < 0.15) out.agreements.push({ ...m, type: pick(types), date: a.date });
  }
  if (r() < 0.9) out.agreements.push({ parties: [pick(canonicals), 'Someone Else'], type: 'partnership', date: null, evidence: [] });
  return out;
}

/** Three layouts of a system folder: one file per document; one list file; other names with a document missing. */
function writeSystem(docs: Doc[], layout: number): string {
  const dir = dirs.make('eval-sys-');
  if (layout === 1) for (const d of docs) writeFileSync(path.join(dir, `${d.doc}.json`), JSON.stringify(d, null, 1));
  else if (layout === 2) writeFileSync(path.join(dir, 'all.json'), JSON.stringify(docs));
  else docs.slice(1).forEach((d, i) => writeFileSync(path.join(dir, `sys-${i}.json`), JSON.stringify({ ...d, doc: `some/folder/${d.doc}` })));
  return dir;
}

describeIfShared('eval agrees with score.py on the seed gold files', NEEDS, () => {
  let goldDir: string;
  let seeds: Doc[];

  beforeAll(() => {
    seeds = goldSeeds();
    goldDir = goldCopy();
  });

  it('identical gold and system: perfect scores', () => {
    const res = evalDirs(goldDir, goldDir);
    expectSame(res, goldDir, goldDir, []);
    expect(res.companies!.mentions.f1).toBe(1);
  });

  it.each([1, 2, 3])('perturbation %i: the same figures and examples for every --only', (seed) => {
    const sysDir = writeSystem(seeds.map((d) => perturb(d, seed)), seed);
    for (const args of ONLY) expectSame(evalDirs(goldDir, sysDir, onlyOf(args)), goldDir, sysDir, args);
    const res = evalDirs(goldDir, sysDir);
    expect(heads(formatScore(res))).toEqual(heads(scorePy(goldDir, sysDir, [])));
    // the perturbations are felt in every category
    for (const [cat, head] of [['companies', 'mentions'], ['dates', 'mentions'], ['quantities', 'mentions'], ['agreements', 'by_parties']] as const) {
      const f1 = (res[cat] as unknown as Record<string, { f1: number }>)[head]!.f1;
      expect(f1, cat).toBeGreaterThan(0.3);
      expect(f1, cat).toBeLessThan(1);
    }
  });

  it('stored records score as score.py scores their export', () => {
    const work = dirs.make('eval-db-');
    const textOf = (name: string) => (existsSync(path.join(ARTICLES, name)) ? readFileSync(path.join(ARTICLES, name), 'utf8') : 'x');
    const db = storeDocs(path.join(work, 'db.sqlite'), seeds.map((d) => perturb(d, 4)), textOf);
    const exported = path.join(work, 'export');
    exportGold(db, exported);
    for (const args of ONLY) expectSame(evalDatabase(db, goldDir, onlyOf(args)), goldDir, exported, args);
    db.close();
  });

  it('ingest seeds/articles, export: score.py on the export = eval on the database', async () => {
    const [{ loadExtraction }, { ingest }] = await Promise.all([import('../setup.ts'), import('../ingest.ts')]);
    const work = dirs.make('eval-seeds-');
    const db = openDatabase(path.join(work, 'db.sqlite'));
    await ingest(db, [ARTICLES], loadExtraction(), { workers: 0 });
    const exported = path.join(work, 'export');
    mkdirSync(exported);
    exportGold(db, exported);
    for (const args of ONLY) expectSame(evalDatabase(db, goldDir, onlyOf(args)), goldDir, exported, args);
    expect(heads(formatScore(evalDatabase(db, goldDir)))).toEqual(heads(scorePy(goldDir, exported, [])));
    db.close();
  });
});
