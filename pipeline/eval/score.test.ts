/**
 * The TypeScript scorer against shared/eval/score.py itself: every expected figure here is
 * computed by running score.py (python3) on the same files, and the outputs must be
 * byte-identical (--json and the text lines).
 */
import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../db/database.ts';
import { exportGold } from '../export.ts';
import { aliasSignature } from '../stages/alias-signature.ts';
import { Store } from '../stages/store.ts';
import type { AgreementRecordOut, MentionRecord } from '../stages/records.ts';
import { evalDatabase, evalDirs, formatScore, scoreJson } from './index.ts';
import { floatRepr, formatFixed, pyFloat, pyRound } from './py/number.ts';

const ROOT = path.resolve(import.meta.dirname, '../..');
const SCORE_PY = path.resolve(ROOT, '../shared/eval/score.py');
const SHARED_GOLD = path.resolve(ROOT, '../shared/gold');
const ARTICLES = path.join(ROOT, 'seeds/articles');

type Json = unknown;
type Doc = Record<string, Json>;

const made: string[] = [];
afterAll(() => {
  for (const dir of made) rmSync(dir, { recursive: true, force: true });
});

function tmp(prefix: string): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), prefix));
  made.push(dir);
  return dir;
}

/** A folder of gold-format files: objects become `<i>.json`, `{file, raw}` entries are written as given. */
function writeDir(files: readonly (Doc | { file: string; raw: string })[]): string {
  const dir = tmp('eval-');
  files.forEach((f, i) => {
    if ('raw' in f && typeof f.raw === 'string') writeFileSync(path.join(dir, f.file as string), f.raw);
    else writeFileSync(path.join(dir, `${String(i).padStart(2, '0')}.json`), JSON.stringify(f));
  });
  return dir;
}

function onlyOf(args: readonly string[]): string[] | undefined {
  const a = args.find((x) => x.startsWith('--only='));
  return a === undefined ? undefined : a.slice('--only='.length).split(',');
}

// ---------------------------------------------------------------------------------------------
// Small hand-made cases, scored by score.py's main() in one python process.

const DRIVER = `
import sys, io, json, contextlib, importlib.util
spec = importlib.util.spec_from_file_location("score_py", sys.argv[1])
score_py = importlib.util.module_from_spec(spec)
spec.loader.exec_module(score_py)
req = json.load(open(sys.argv[2], encoding="utf-8"))
out = {"cases": [], "numbers": [], "floats": []}
for c in req["cases"]:
    res = []
    for extra in (["--json"], []):
        sys.argv = ["score.py", c["gold"], c["sys"]] + c["args"] + extra
        buf = io.StringIO()
        try:
            with contextlib.redirect_stdout(buf):
                score_py.main()
            res.append(buf.getvalue())
        except Exception as e:
            res.append("ERROR " + type(e).__name__)
    out["cases"].append(res)
for x in req["numbers"]:
    x = float(x)
    out["numbers"].append([repr(round(x, 4)), format(x, ".3f"), repr(x)])
for s in req["float_strings"]:
    try:
        out["floats"].append(repr(float(s)))
    except ValueError:
        out["floats"].append("ValueError")
print(json.dumps(out, ensure_ascii=False))
`;

const co = (text: string, start: number, canonical: Json, extra: Doc = {}): Doc => ({ text, start, end: start + text.length, canonical, ...extra });
const dt = (text: string, start: number, value: Json, extra: Doc = {}): Doc => ({ text, start, end: start + text.length, value, ...extra });
const qt = (start: number, kind: Json, value: Json, unit: Json, extra: Doc = {}): Doc => ({ text: `q${start}`, start, end: start + 3, kind, value, unit, ...extra });
const ag = (parties: Json, type: Json, date: Json = null, extra: Doc = {}): Doc => ({ parties, type, date, evidence: [], ...extra });
const doc = (name: string, parts: Doc = {}): Doc => ({ doc: name, companies: [], dates: [], quantities: [], agreements: [], ...parts });
const day = (d: string) => ({ start: d, end: d, granularity: 'day' });

interface Case {
  name: string;
  gold: (Doc | { file: string; raw: string })[];
  sys: (Doc | { file: string; raw: string })[];
  args?: string[];
  /** A property of score.py's result that shows the case exercises its rule. */
  check?: (py: any) => void;
}

const CASES: Case[] = [
  {
    name: 'a system mention overlapping an optional gold mention is ignored; touching is not overlapping',
    gold: [
      doc('a.txt', {
        companies: [co('Nissan', 10, 'Nissan', { optional: true }), co('Toyota', 30, 'Toyota'), co('Honda', 50, 'Honda'), co('Honda', 50, 'Honda')],
      }),
    ],
    sys: [
      doc('a.txt', {
        companies: [
          co('Nissan', 10, 'Nissan'),
          co('Nissan', 10, 'Nissan'),
          co('ss', 12, 'X'),
          co('n yok', 15, 'Y'),
          co('yoko', 16, 'Z'),
          co('Toyota', 30, 'Toyota'),
          co('Toyota', 30, 'Toyota'),
          co('Honda', 49, 'Honda'),
          { text: 'nospan', canonical: null },
        ],
      }),
    ],
    check: (py) => expect(py.companies.mentions).toMatchObject({ tp: 1, fp: 4, fn: 1 }),
  },
  {
    name: 'majority mapping through norm_name, ties to the gold name counted first, split entities, unnamed system mentions',
    gold: [
      doc('a.txt', {
        companies: [
          co('Toyota', 0, 'Toyota'),
          co('Toyota', 10, 'Toyota'),
          co('Toyota', 20, 'Toyota'),
          co('Lexus', 30, 'Lexus'),
          co('Renault', 40, 'Renault'),
          co('Nissan', 50, 'Nissan'),
          co('Nissan', 60, 'Nissan'),
          co('BYD', 70, 'BYD'),
        ],
      }),
      doc('b.txt', { companies: [co('Nissan', 0, 'Nissan'), co('Geely', 10, 'Geely')] }),
    ],
    sys: [
      doc('a.txt', {
        companies: [
          co('Toyota', 0, 'Toyota Motor'),
          co('Toyota', 10, 'toyota-motor'),
          co('Toyota', 20, 'TOYOTA・MOTOR'),
          co('Lexus', 30, 'Toyota (Motor)'),
          co('Renault', 40, 'Alliance'),
          co('Nissan', 50, 'Alliance'),
          co('Nissan', 60, 'Nissan'),
          co('BYD', 70, null),
        ],
      }),
      doc('b.txt', { companies: [co('Nissan', 0, 'Nissan Motor Co., Ltd.'), co('Geely', 10, '')] }),
    ],
    check: (py) => expect(py.companies.split_entities).toBeGreaterThan(0),
  },
  {
    name: 'the same tie the other way round maps to the other gold name',
    gold: [doc('a.txt', { companies: [co('Nissan', 50, 'Nissan'), co('Renault', 60, 'Renault')] }), doc('b.txt', { companies: [co('Nissan', 0, 'Nissan')] })],
    sys: [doc('a.txt', { companies: [co('Nissan', 50, 'Alliance'), co('Renault', 60, 'Alliance')] }), doc('b.txt', { companies: [co('x', 90, 'Alliance')] })],
    check: (py) => expect(py.companies.doc_entity_sets).toMatchObject({ tp: 2, fp: 0, fn: 1 }),
  },
  {
    name: 'document entity sets: mapped names, SYS: names, optional spans and optional names',
    gold: [
      doc('a.txt', {
        companies: [co('Baidu', 0, 'Baidu', { optional: true }), co('Toyota', 10, 'Toyota'), co('Geely', 20, 'Geely'), co('CATL', 30, 'CATL', { optional: true })],
      }),
      doc('b.txt', { companies: [co('Toyota', 0, 'Toyota'), co('BYD', 10, 'BYD')] }),
    ],
    sys: [
      doc('a.txt', {
        companies: [
          co('Toyota', 10, 'Toyota Motor'),
          co('Toyota', 100, 'Toyota Motor'),
          co('Baidu Inc', 200, 'Baidu Inc'),
          co('Bai', 2, 'Whatever'),
          co('Foo Bar', 300, null),
          co('CATL', 400, 'CATL'),
          co('Geely', 20, null),
        ],
      }),
      doc('b.txt', { companies: [co('Some Co', 50, null), co('BYD', 10, 'byd')] }),
    ],
    check: (py) => expect(py.companies.doc_entity_sets.fp).toBeGreaterThan(0),
  },
  {
    name: 'quantity values: ranges, vague amounts, tolerance, units, kinds, strings, dict values',
    gold: [
      doc('a.txt', {
        quantities: [
          qt(0, 'energy', null, 'Wh', { min: 1e8, max: 1e9 }),
          qt(10, 'energy', null, 'Wh', { min: 1e8, max: 1e9 }),
          qt(20, 'money', 4.1e9, 'EUR'),
          qt(30, 'percent', 60, '%'),
          qt(40, 'percent', 60, '%'),
          qt(50, 'percent', 0.5, '%'),
          qt(60, 'percent', 0.5, '%'),
          qt(70, 'money', 5, null),
          qt(80, 'money', 5, 'USD'),
          qt(90, 'power', 1e5, 'W'),
          qt(100, 'money', { value: null, min: 1e7, max: 1e8 }, 'USD'),
          qt(110, 'percent', '62.6', '%'),
          qt(120, 'percent', 1, '%'),
          qt(130, 'count', 3, null),
          qt(140, 'area', 60000, 'm2'),
          qt(150, 'energy', 5e10, 'Wh'),
          qt(160, 'energy', 5e10, 'Wh'),
          qt(170, 'percent', 7, '%'),
          qt(180, 'percent', 8, '%', { optional: true }),
          qt(190, 'money', { value: 3, min: 1 }, 'USD'),
          qt(200, 'energy', 2e9, 'Wh'),
        ],
      }),
    ],
    sys: [
      doc('a.txt', {
        quantities: [
          qt(0, 'energy', null, 'Wh', { min: 1e8, max: 1e9 }),
          qt(10, 'energy', 5e8, 'Wh'),
          qt(20, 'money', null, 'EUR', { min: 4.1e9, max: 4.1e9 }),
          qt(30, 'percent', 60.00004, '%'),
          qt(40, 'percent', 60.0001, '%'),
          qt(50, 'percent', 0.5000009, '%'),
          qt(60, 'percent', 0.500002, '%'),
          qt(70, 'money', 5, ''),
          qt(80, 'money', 5, 'usd'),
          qt(90, 'energy', 1e5, 'W'),
          qt(100, 'money', null, 'USD', { min: 1e7, max: 1e8 }),
          qt(110, 'percent', 62.6, '%'),
          qt(120, 'percent', true, '%'),
          qt(135, 'count', 3, null),
          qt(145, 'money', 1, 'USD'),
          qt(150, 'energy', '5e10 ', 'Wh'),
          qt(160, 'energy', '5_0e9', 'Wh'),
          qt(170, 'percent', [7], '%'),
          qt(181, 'percent', 8, '%'),
          qt(190, 'money', { value: 3.0000001, min: 1, max: null }, 'USD'),
          qt(200, 'energy', null, 'Wh', { min: 2e9 }),
        ],
      }),
    ],
    check: (py) => expect(py.quantities.value_accuracy).toBeGreaterThan(0),
  },
  {
    name: 'agreements: party sets through the company mapping, candidates ordered by (date, type) agreement, optional gold',
    gold: [
      doc('a.txt', {
        companies: [co('Toyota', 0, 'Toyota'), co('Panasonic', 10, 'Panasonic')],
        agreements: [
          ag(['Toyota', 'Panasonic'], 'mou', { start: '2024-01', end: '2024-01', granularity: 'month' }),
          ag(['Panasonic', 'Toyota'], 'joint_venture', { start: '2025', end: '2025', granularity: 'year' }),
          ag(['Toyota', 'NITE'], 'partnership'),
          ag(['Toyota', 'Nissan'], 'supply', null, { optional: true }),
        ],
      }),
      doc('b.txt', {
        agreements: [ag(['A', 'B'], 'supply', null, { optional: true }), ag(['A', 'C'], 'supply'), ag(['A', 'C'], 'licensing', day('2025-01-02'))],
      }),
    ],
    sys: [
      doc('a.txt', {
        companies: [co('Toyota', 0, 'Toyota Motor'), co('Panasonic', 10, 'Panasonic Holdings')],
        agreements: [
          ag(['Toyota Motor', 'Panasonic Holdings'], 'mou', { start: 2025, end: '2025', granularity: 'year' }),
          ag(['toyota motor', 'panasonic holdings'], 'joint_venture', { start: '2024-01', end: '2024-01' }),
          ag(['Toyota Motor', 'nite'], 'partnership'),
          ag(['Toyota', 'Nissan'], 'supply'),
          ag(['Panasonic Holdings', 'Toyota Motor'], 'mou'),
        ],
      }),
      doc('b.txt', { agreements: [ag(['b', 'a'], 'mou'), ag(['A', 'C'], 'licensing', day('2025-01-02')), ag(['A', 'C'], 'supply', day('2025-01-02'))] }),
    ],
    check: (py) => expect(py.agreements.by_parties.tp).toBeGreaterThan(2),
  },
  {
    name: 'candidate ties resolve by system order, then gold order',
    gold: [doc('a.txt', { agreements: [ag(['X', 'Y'], 'mou'), ag(['X', 'Y'], 'supply'), ag(['X', 'Y'], 'loi')] })],
    sys: [doc('a.txt', { agreements: [ag(['Y', 'X'], 'investment'), ag(['X', 'Y'], 'loi'), ag(['X', 'Y'], 'acquisition')] })],
  },
  {
    name: 'date values compare str(start) and str(end)',
    gold: [
      doc('a.txt', {
        dates: [
          dt('2025', 0, { start: '2025', end: null, granularity: 'year' }),
          dt('Q3', 10, { start: '2025-Q3', end: '2025-Q3', granularity: 'quarter' }),
          dt('x', 20, { start: null, end: null }),
          dt('2025', 30, { start: '2025', end: '2025' }),
          dt('True', 40, { start: 'True', end: 'None' }),
          dt('2026', 50, { start: '2026', end: '2026' }),
          dt('opt', 60, { start: '2027', end: '2027' }, { optional: true }),
        ],
      }),
    ],
    sys: [
      doc('a.txt', {
        dates: [
          dt('2025', 0, { start: '2025' }),
          dt('Q3', 10, { start: '2025-Q3', end: '2025-Q3', granularity: 'quarter', mod: 'approx' }),
          dt('x', 20, null),
          dt('2025', 30, { start: 2025, end: '2025' }),
          dt('True', 40, { start: true, end: null }),
          dt('2026', 50, { start: '2026', end: '2027' }),
          dt('opt+', 61, { start: '2027', end: '2027' }),
          dt('fp', 70, { start: '2027', end: '2027' }),
        ],
      }),
    ],
  },
  {
    name: 'Python rounding: 1/32 rounds to 0.0312 (ties to even), 1/16 prints as 0.062',
    gold: [doc('a.txt', { companies: [co('A', 0, 'A'), co('B', 10, 'B'), co('C', 20, 'C')] }), doc('b.txt', { dates: [dt('d', 0, day('2025-01-01'))] })],
    sys: [
      doc('a.txt', { companies: [co('A', 0, 'A'), ...Array.from({ length: 31 }, (_, i) => co('F', 100 + i * 2, `F${i}`))] }),
      doc('b.txt', { dates: [dt('d', 0, day('2025-01-01')), ...Array.from({ length: 15 }, (_, i) => dt('e', 100 + i * 2, day('2025-01-02')))] }),
    ],
    check: (py) => {
      expect(py.companies.mentions.p).toBe(0.0312);
      expect(py.dates.mentions.p).toBe(0.0625);
    },
  },
  {
    name: 'more rounding: 5/32 → 0.1562',
    gold: [doc('a.txt', { companies: Array.from({ length: 5 }, (_, i) => co('A', i * 10, 'A')) })],
    sys: [doc('a.txt', { companies: [...Array.from({ length: 5 }, (_, i) => co('A', i * 10, 'A')), ...Array.from({ length: 27 }, (_, i) => co('F', 100 + i * 2, 'F'))] })],
    check: (py) => expect(py.companies.mentions.p).toBe(0.1562),
  },
  ...[[], ['--only=agreements'], ['--only=dates,quantities'], ['--only=companies'], ['--only='], ['--only=bogus']].map(
    (args): Case => ({
      name: `missing documents, --only (${args.join(' ') || 'all'})`,
      gold: [
        doc('a.txt', { companies: [co('A', 0, 'A')], dates: [dt('d', 0, day('2025-01-01'))], quantities: [qt(0, 'money', 1, 'USD')], agreements: [ag(['A', 'B'], 'mou')] }),
        doc('b.txt'),
        doc("it's.txt"),
      ],
      sys: [doc('a.txt', { companies: [co('A', 0, 'a')], agreements: [ag(['a', 'B'], 'mou')] })],
      args,
    }),
  ),
  {
    name: 'files read as Python reads them: lists, basenames, later files replace earlier keys, floats stay floats, big ints, NaN',
    gold: [
      { file: 'a.json', raw: JSON.stringify(doc('dir/x.txt', { quantities: [qt(0, 'energy', null, 'Wh', { min: 1, max: 2 })] })) },
      {
        file: 'b.json',
        raw: '[{"doc": "y.txt", "companies": [{"text": "日本語\\u0001\\"", "start": 0, "end": 5, "canonical": "J"}], "quantities": [{"text": "q", "start": 0, "end": 3, "kind": "energy", "value": 100000000.0, "unit": "Wh"}, {"text": "r", "start": 5, "end": 8, "kind": "percent", "value": 2.0, "unit": "%"}]}, {"doc": "z.txt"}]',
      },
      { file: 'c.json', raw: JSON.stringify(doc('/abs/x.txt', { quantities: [qt(0, 'energy', null, 'Wh', { min: 1e8, max: 1e9 })] })) },
      { file: 'notes.txt', raw: 'not json' },
    ],
    sys: [
      {
        file: 'only.json',
        raw:
          '[{"doc": "x.txt", "quantities": [{"text": "q", "start": 0, "end": 3, "kind": "energy", "value": NaN, "unit": "Wh", "min": 1.0E8, "max": 12345678901234567890}]},' +
          ' {"doc": "y.txt", "companies": [{"text": "x", "start": 0, "end": 5.0, "canonical": "j"}, {"text": "日本語𠮷\\u2028\\u007f", "start": 7, "end": 9}], "quantities": [{"text": "q", "start": 0, "end": 3, "kind": "energy", "value": -0.0, "unit": "Wh"}, {"text": "r", "start": 5, "end": 8, "kind": "percent", "value": 1e16, "unit": "%"}]}]',
      },
    ],
  },
  {
    name: 'score.py fails on a null start next to an optional gold mention (so do we)',
    gold: [doc('a.txt', { companies: [co('A', 0, 'A', { optional: true })] })],
    sys: [doc('a.txt', { companies: [{ text: 'A', start: null, end: 3, canonical: 'A' }] })],
  },
  {
    name: 'score.py fails on a gold company without canonical (so do we)',
    gold: [doc('a.txt', { companies: [{ text: 'A', start: 0, end: 1 }] })],
    sys: [doc('a.txt')],
  },
];

const NUMBERS: number[] = [
  ...Array.from({ length: 65 }, (_, k) => k / 32),
  ...Array.from({ length: 40 }, (_, k) => (2 * k + 1) / 2000),
  ...Array.from({ length: 30 }, (_, i) => Array.from({ length: 30 }, (_, j) => (i + 1) / (i + j + 1))).flat(),
  ...[3, 7, 11, 13].flatMap((n) => Array.from({ length: n }, (_, t) => { const p = t / n; const r = (t + 1) / (n + 1); return p + r ? (2 * p * r) / (p + r) : 0; })),
  0.1 + 0.2, 2.5, 0.00005, 0.00015, 1e16, 1.5e16, 1234567890123456, 1e-5, 1.5e-5, 1e-4, 5e10, 1e21, 123.456, -0.03125, -0, 1e-300, 5e-324, 1.7976931348623157e308,
];

const FLOAT_STRINGS = ['1_000', ' 12 ', '１２', '٣.٥', '1e5', 'inf', '-Infinity', 'nan', '+.5', '5.', '1__0', '_1', '1_', '1_.5', '0x10', '', ' ', '1e', '.', '\u30001\u3000', '1 2', '๓', '1e1_0', 'in_f'];

function numberText(x: number): string {
  return Object.is(x, -0) ? '-0.0' : String(x);
}

describe('score.ts agrees with score.py on small hand-made cases', () => {
  let py: { cases: string[][]; numbers: string[][]; floats: string[] };
  const dirs: { gold: string; sys: string; args: string[] }[] = [];

  beforeAll(() => {
    for (const c of CASES) dirs.push({ gold: writeDir(c.gold), sys: writeDir(c.sys), args: c.args ?? [] });
    const work = tmp('eval-driver-');
    writeFileSync(path.join(work, 'driver.py'), DRIVER);
    writeFileSync(path.join(work, 'req.json'), JSON.stringify({ cases: dirs, numbers: NUMBERS.map(numberText), float_strings: FLOAT_STRINGS }));
    py = JSON.parse(execFileSync('python3', [path.join(work, 'driver.py'), SCORE_PY, path.join(work, 'req.json')], { encoding: 'utf8' }));
  });

  it.each(CASES.map((c, i) => [c.name, i] as const))('%s', (_name, i) => {
    const c = CASES[i]!;
    const { gold, sys, args } = dirs[i]!;
    const [pyJson, pyText] = py.cases[i]!;
    if (pyJson!.startsWith('ERROR')) {
      expect(() => evalDirs(gold, sys, onlyOf(args))).toThrow(/score\.py would fail/);
      return;
    }
    const res = evalDirs(gold, sys, onlyOf(args));
    expect(scoreJson(res)).toBe(pyJson);
    expect(formatScore(res)).toBe(pyText);
    c.check?.(JSON.parse(pyJson!));
  });

  it('round(x, 4), format(x, ".3f") and repr(x) as Python computes them', () => {
    const ours = NUMBERS.map((x) => [floatRepr(pyRound(x, 4)), formatFixed(x, 3), floatRepr(x)]);
    expect(ours).toEqual(py.numbers);
    // the ties where JS toFixed differs are in the table
    expect(py.numbers[1]![0]).toBe('0.0312');
    expect((1 / 32).toFixed(4)).toBe('0.0313');
  });

  it('float(str) as Python parses it', () => {
    const ours = FLOAT_STRINGS.map((s) => {
      const f = pyFloat(s);
      return f === undefined ? 'ValueError' : floatRepr(f);
    });
    expect(ours).toEqual(py.floats);
  });
});

// ---------------------------------------------------------------------------------------------
// The seed gold files against deterministic perturbations of themselves.

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

function goldSeeds(): Doc[] {
  return readdirSync(SHARED_GOLD)
    .filter((n) => n.endsWith('.gold.json'))
    .sort()
    .map((n) => JSON.parse(readFileSync(path.join(SHARED_GOLD, n), 'utf8')) as Doc);
}

/** The seed gold files byte for byte (float spellings such as 100000000.0 included), without the canonical-name lists score.py cannot read. */
function goldCopy(): string {
  const dir = tmp('eval-gold-');
  for (const n of readdirSync(SHARED_GOLD).filter((f) => f.endsWith('.gold.json'))) copyFileSync(path.join(SHARED_GOLD, n), path.join(dir, n));
  return dir;
}

/** A system output made from a gold document: drops, shifted spans, renamed entities, wrong values, false positives. */
function perturb(gold: Doc, seed: number): Doc {
  const r = rng(seed * 7919 + hashName(gold.doc as string));
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(r() * xs.length)]!;
  const comps = gold.companies as Doc[];
  const canonicals = [...new Set(comps.map((c) => c.canonical as string))];
  // one consistent renaming per document (costs nothing through the majority mapping)
  const renamed = pick(canonicals);
  const rename = (c: string) => (c === renamed ? `${c} Holdings Co., Ltd.` : c);
  const out: Doc & { companies: Doc[]; dates: Doc[]; quantities: Doc[]; agreements: Doc[] } = { doc: gold.doc, companies: [], dates: [], quantities: [], agreements: [] };
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

/** Three layouts of a system folder: one file per document; one list file; odd names with a document missing. */
function writeSystem(docs: Doc[], layout: number): string {
  const dir = tmp('eval-sys-');
  if (layout === 1) for (const d of docs) writeFileSync(path.join(dir, `${d.doc}.json`), JSON.stringify(d, null, 1));
  else if (layout === 2) writeFileSync(path.join(dir, 'all.json'), JSON.stringify(docs));
  else docs.slice(1).forEach((d, i) => writeFileSync(path.join(dir, `sys-${i}.json`), JSON.stringify({ ...d, doc: `some/folder/${d.doc}` })));
  return dir;
}

function scorePy(goldDir: string, sysDir: string, args: readonly string[]): string {
  return execFileSync('python3', [SCORE_PY, goldDir, sysDir, ...args], { encoding: 'utf8' });
}

const ONLY = [[], ['--only=companies'], ['--only=dates'], ['--only=quantities'], ['--only=agreements'], ['--only=agreements,dates']];

describe('score.ts agrees with score.py on perturbed seed gold files', () => {
  let goldDir: string;
  let seeds: Doc[];

  beforeAll(() => {
    seeds = goldSeeds();
    goldDir = goldCopy();
  });

  it('identical gold and system: perfect scores', () => {
    const res = evalDirs(goldDir, goldDir);
    expect(scoreJson(res)).toBe(scorePy(goldDir, goldDir, ['--json']));
    expect(res.companies!.mentions.f1).toBe(1);
  });

  it.each([1, 2, 3])('perturbation %i: --json and text identical for every --only', (seed) => {
    const sysDir = writeSystem(seeds.map((d) => perturb(d, seed)), seed);
    for (const args of ONLY) {
      const pyJson = scorePy(goldDir, sysDir, [...args, '--json']);
      const res = evalDirs(goldDir, sysDir, onlyOf(args));
      expect(JSON.parse(scoreJson(res))).toEqual(JSON.parse(pyJson));
      expect(scoreJson(res)).toBe(pyJson);
    }
    const res = evalDirs(goldDir, sysDir);
    expect(formatScore(res)).toBe(scorePy(goldDir, sysDir, []));
    // the perturbations are felt in every category
    for (const [cat, head] of [['companies', 'mentions'], ['dates', 'mentions'], ['quantities', 'mentions'], ['agreements', 'by_parties']] as const) {
      const f1 = (res[cat] as unknown as Record<string, { f1: number }>)[head]!.f1;
      expect(f1, cat).toBeGreaterThan(0.3);
      expect(f1, cat).toBeLessThan(1);
    }
  });
});

// ---------------------------------------------------------------------------------------------
// The database path: evalDatabase on stored records equals score.py on their export.

function storeDocs(dbFile: string, docs: Doc[]) {
  const db = openDatabase(dbFile);
  const store = new Store(db);
  const state = { extractors: {}, resources: {} };
  const runId = store.startRun('test', '0', state, 'none');
  docs.forEach((d, i) => {
    const name = d.doc as string;
    const text = existsSync(path.join(ARTICLES, name)) ? readFileSync(path.join(ARTICLES, name), 'utf8') : 'x';
    const base = { companyId: null, extractor: 'test', extractorVersion: '0', rule: 'test' };
    const span = (m: Doc) => ({ start: m.start as number, end: m.end as number, surface: m.text as string });
    const mentions: MentionRecord[] = [
      ...(d.companies as Doc[]).map((m) => ({ ...base, ...span(m), kind: 'company' as const, value: { canonical: m.canonical } })),
      ...(d.dates as Doc[]).map((m) => ({ ...base, ...span(m), kind: 'date' as const, value: m.value as Record<string, unknown> })),
      ...(d.quantities as Doc[]).map((m) => ({ ...base, ...span(m), kind: 'quantity' as const, value: { kind: m.kind, value: m.value, unit: m.unit, min: m.min, max: m.max } })),
    ].filter((m) => m.end > m.start);
    const agreements = (d.agreements as Doc[]).map(
      (a): AgreementRecordOut => ({
        type: a.type as AgreementRecordOut['type'],
        date: a.date as AgreementRecordOut['date'],
        parties: (a.parties as string[]).map((p) => ({ companyId: null, name: p })),
        evidence: [],
        extractor: 'test',
        extractorVersion: '0',
        rule: 'test',
      }),
    );
    store.writeDocument(
      runId,
      { path: `/virtual/${i}/${name}`, name, format: 'txt', encoding: 'UTF-8', contentHash: `hash-${i}`, text, charCount: [...text].length, aliasSignature: aliasSignature(text) },
      { segments: [], mentions, agreements, discovered: [], documentDate: null, languageMix: {} },
      store.stateId(state),
    );
  });
  return db;
}

describe('evalDatabase', () => {
  it('scores stored records exactly as score.py scores their export', () => {
    const seeds = goldSeeds();
    const goldDir = goldCopy();
    const work = tmp('eval-db-');
    const db = storeDocs(path.join(work, 'db.sqlite'), seeds.map((d) => perturb(d, 4)));
    const exported = path.join(work, 'export');
    exportGold(db, exported);
    for (const args of ONLY) {
      const res = evalDatabase(db, goldDir, onlyOf(args));
      expect(scoreJson(res)).toBe(scorePy(goldDir, exported, [...args, '--json']));
    }
    expect(formatScore(evalDatabase(db, goldDir))).toBe(scorePy(goldDir, exported, []));
    db.close();
  });

  it('skips (with a warning) JSON files in the gold folder that are not gold documents', () => {
    const work = tmp('eval-db-');
    const db = storeDocs(path.join(work, 'db.sqlite'), goldSeeds());
    const warnings: string[] = [];
    const res = evalDatabase(db, SHARED_GOLD, undefined, (m) => warnings.push(m));
    expect(warnings.length).toBeGreaterThan(0);
    expect(warnings.every((w) => /no "doc" field/.test(w))).toBe(true);
    expect(res.docs).toBe(goldSeeds().length);
    expect(res.companies!.mentions.f1).toBe(1);
    db.close();
  });
});

// ---------------------------------------------------------------------------------------------
// The real pipeline (skipped only while the extractors cannot be imported).

const extraction = await Promise.all([import('../setup.ts'), import('../ingest.ts')]).catch(() => null);

describe.skipIf(!extraction)('eval and score.py agree on the seed database export', () => {
  it('ingest seeds/articles, export, score.py on the export = evalDatabase on the database', async () => {
    const [{ loadExtraction }, { ingest }] = extraction!;
    const work = tmp('eval-seeds-');
    const goldDir = goldCopy();
    const db = openDatabase(path.join(work, 'db.sqlite'));
    await ingest(db, [ARTICLES], loadExtraction(), { workers: 0 });
    const exported = path.join(work, 'export');
    mkdirSync(exported);
    exportGold(db, exported);
    for (const args of ONLY) expect(scoreJson(evalDatabase(db, goldDir, onlyOf(args)))).toBe(scorePy(goldDir, exported, [...args, '--json']));
    expect(formatScore(evalDatabase(db, goldDir))).toBe(scorePy(goldDir, exported, []));
    db.close();
  });
});
