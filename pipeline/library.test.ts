/**
 * The library through the package entry, as a user's program meets it: the build goes into a
 * folder of its own, a consumer folder gets `node_modules/ev-extract` (this package.json, its
 * dist/ the build), and a script there imports 'ev-extract' by name — so `exports`, dist/index.mjs
 * and dist/index.d.ts are what is tested, not the sources. Its records must equal the
 * `extract-text` command's (of the same build) for the same text.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, expectTypeOf, it } from 'vitest';
import { ROOT } from '../test/shared.ts';
import type * as Lib from './library.ts';
import type * as Types from '../extractors/types.ts';
import type { IngestSummary } from './ingest.ts';
import type { ReextractSummary } from './reextract/run.ts';

// The public types are those of the pipeline (checked by tsc, which `npm test` runs first).
expectTypeOf<Lib.IngestSummary>().toEqualTypeOf<IngestSummary>();
expectTypeOf<Lib.ReextractSummary>().toEqualTypeOf<ReextractSummary>();
expectTypeOf<Lib.DateValue>().toEqualTypeOf<Types.DateValue>();
expectTypeOf<Lib.QuantityKind>().toEqualTypeOf<Types.QuantityKind>();
expectTypeOf<Lib.QuantityMod>().toEqualTypeOf<Types.QuantityMod>();
expectTypeOf<Lib.AgreementType>().toEqualTypeOf<Types.AgreementType>();

/** The keys a record of type T must have, and those it may have. */
type RequiredKeys<T> = { [K in keyof T]-?: object extends Pick<T, K> ? never : K }[keyof T];
type OptionalKeys<T> = Exclude<keyof T, RequiredKeys<T>>;
interface Keys {
  required: readonly string[];
  optional: readonly string[];
}
const COMPANY_KEYS = { required: ['text', 'start', 'end', 'canonical', 'company_id', 'discovered'], optional: [] } as const;
const DATE_KEYS = { required: ['text', 'start', 'end', 'value'], optional: ['relative'] } as const;
const QUANTITY_KEYS = { required: ['text', 'start', 'end', 'kind', 'value', 'unit'], optional: ['min', 'max', 'mod', 'per'] } as const;
const AGREEMENT_KEYS = { required: ['parties', 'type', 'date', 'evidence'], optional: ['roles'] } as const;
const DATE_VALUE_KEYS: Keys = { required: ['start', 'end', 'granularity'], optional: ['mod'] } as const;
// the lists are the declared types' keys (tsc fails here when a type gains, loses or re-flags one)
expectTypeOf<(typeof COMPANY_KEYS.required)[number]>().toEqualTypeOf<RequiredKeys<Lib.CompanyRecord>>();
expectTypeOf<(typeof COMPANY_KEYS.optional)[number]>().toEqualTypeOf<OptionalKeys<Lib.CompanyRecord>>();
expectTypeOf<(typeof DATE_KEYS.required)[number]>().toEqualTypeOf<RequiredKeys<Lib.DateRecord>>();
expectTypeOf<(typeof DATE_KEYS.optional)[number]>().toEqualTypeOf<OptionalKeys<Lib.DateRecord>>();
expectTypeOf<(typeof QUANTITY_KEYS.required)[number]>().toEqualTypeOf<RequiredKeys<Lib.QuantityRecord>>();
expectTypeOf<(typeof QUANTITY_KEYS.optional)[number]>().toEqualTypeOf<OptionalKeys<Lib.QuantityRecord>>();
expectTypeOf<(typeof AGREEMENT_KEYS.required)[number]>().toEqualTypeOf<RequiredKeys<Lib.AgreementRecord>>();
expectTypeOf<(typeof AGREEMENT_KEYS.optional)[number]>().toEqualTypeOf<OptionalKeys<Lib.AgreementRecord>>();
expectTypeOf<'start' | 'end' | 'granularity'>().toEqualTypeOf<RequiredKeys<Lib.DateValue>>();
expectTypeOf<'mod'>().toEqualTypeOf<OptionalKeys<Lib.DateValue>>();
const RECORD_KEYS: Record<keyof Lib.TextRecords, Keys> = { companies: COMPANY_KEYS, dates: DATE_KEYS, quantities: QUANTITY_KEYS, agreements: AGREEMENT_KEYS };

const OUT = path.join(ROOT, `.dist-test-library-${process.pid}`);
let consumer: string;
const ARTICLES = readdirSync(path.join(ROOT, 'seeds/articles')).map((f) => path.join(ROOT, 'seeds/articles', f));
// 𠮷 is one code point and two UTF-16 units: every offset after it differs between the two
const KICHI = '𠮷野家の𠮷田社長によると、トヨタとパナソニックは2024年3月に合弁会社を設立し、100億円を投資した。';
const RELATIVE = '来月、CATLは欧州で年産40GWhの新工場を稼働させる。The plant opens next month.';

interface Case {
  text: string;
  referenceDate?: string | { date: [number, number, number] };
}
const CASES: Case[] = [
  ...ARTICLES.map((file) => ({ text: readFileSync(file, 'utf8') })),
  { text: KICHI },
  { text: RELATIVE },
  { text: RELATIVE, referenceDate: '2025-03-10' },
  { text: RELATIVE, referenceDate: { date: [2025, 2, 10] } }, // new Date(2025, 2, 10): 10 March, local time
  { text: '' },
];

/** Run an ES module in the consumer folder (it imports 'ev-extract' by name); its stdout as JSON. */
function runInConsumer(name: string, source: string, input: unknown): any {
  writeFileSync(path.join(consumer, name), source);
  const out = execFileSync(process.execPath, [path.join(consumer, name)], { cwd: consumer, input: JSON.stringify(input), encoding: 'utf8', maxBuffer: 64 << 20 });
  return JSON.parse(out);
}

beforeAll(() => {
  execFileSync(process.execPath, [path.join(ROOT, 'scripts/build.mjs'), path.basename(OUT)], { cwd: ROOT, stdio: 'inherit' });
  consumer = mkdtempSync(path.join(os.tmpdir(), 'ev-extract-consumer-'));
  const pkg = path.join(consumer, 'node_modules', 'ev-extract');
  mkdirSync(pkg, { recursive: true });
  copyFileSync(path.join(ROOT, 'package.json'), path.join(pkg, 'package.json'));
  symlinkSync(OUT, path.join(pkg, 'dist'), 'dir'); // resolved to its real path: ../seeds and node_modules are this checkout's
  writeFileSync(path.join(consumer, 'package.json'), JSON.stringify({ name: 'consumer', private: true, type: 'module' }));
}, 120_000);
afterAll(() => {
  rmSync(OUT, { recursive: true, force: true });
  if (consumer) rmSync(consumer, { recursive: true, force: true });
});

describe("the library entry ('ev-extract')", () => {
  let results: { records: Lib.TextRecords[]; afterClose: string | null; badDate: string | null };

  beforeAll(() => {
    results = runInConsumer(
      'extract.mjs',
      `import { readFileSync } from 'node:fs';
import { createExtractor } from 'ev-extract';
const cases = JSON.parse(readFileSync(0, 'utf8'));
const ex = await createExtractor();
const records = [];
for (const c of cases) {
  const referenceDate = c.referenceDate?.date ? new Date(...c.referenceDate.date) : c.referenceDate;
  records.push(await ex.extract(c.text, referenceDate === undefined ? undefined : { referenceDate }));
}
const badDate = await ex.extract('x', { referenceDate: 'next Tuesday' }).then(() => null, (e) => e.constructor.name + ': ' + e.message);
await ex.close();
const afterClose = await ex.extract('x').then(() => null, (e) => e.message);
process.stdout.write(JSON.stringify({ records, afterClose, badDate }));
`,
      CASES,
    );
  }, 120_000);

  it('gives the records of extract-text (same build) for the same text and reference date', () => {
    const lines = CASES.map((c, i) => {
      const ref = typeof c.referenceDate === 'object' ? '2025-03-10' : c.referenceDate;
      return JSON.stringify({ id: `case${i}`, text: c.text, ...(ref ? { reference_date: ref } : {}) });
    });
    const cli = execFileSync(process.execPath, [path.join(OUT, 'cli.mjs'), 'extract-text'], { cwd: ROOT, input: lines.join('\n') + '\n', encoding: 'utf8', maxBuffer: 64 << 20 });
    const expected = cli
      .trim()
      .split('\n')
      .map((l) => {
        const { id: _id, ...records } = JSON.parse(l);
        return records;
      });
    expect(results.records).toEqual(expected);
    expect(results.records.slice(0, ARTICLES.length).some((r) => r.companies.length > 0 && r.dates.length > 0 && r.quantities.length > 0 && r.agreements.length > 0)).toBe(true);
  });

  it('gives spans in code points of the text given (𠮷 counts one)', () => {
    const r = results.records[ARTICLES.length]!;
    const cps = [...KICHI];
    const spans = [...r.companies, ...r.dates, ...r.quantities, ...r.agreements.flatMap((a) => a.evidence)];
    expect(spans.length).toBeGreaterThan(3);
    for (const s of spans) expect(cps.slice(s.start, s.end).join('')).toBe(s.text);
    const toyota = r.companies.find((c) => c.text === 'トヨタ')!;
    expect(toyota.start).toBe(cps.indexOf('ト'));
    expect(toyota.start).not.toBe(KICHI.indexOf('トヨタ')); // the UTF-16 index is two more
    expect(r.dates.map((d) => d.value)).toEqual([{ start: '2024-03', end: '2024-03', granularity: 'month' }]);
  });

  it('resolves relative dates against referenceDate (a string or a Date), and records them with value null and what they are relative to without one', () => {
    const [without, withString, withDate] = results.records.slice(ARTICLES.length + 1, ARTICLES.length + 4);
    expect(without!.dates.map((d) => [d.text, d.value, d.relative?.unit, d.relative?.offset])).toEqual([
      ['来月', null, 'month', 1],
      ['next month', null, 'month', 1],
    ]);
    const april = { start: '2025-04', end: '2025-04', granularity: 'month' };
    expect(withString!.dates.map((d) => [d.text, d.value])).toEqual([
      ['来月', april],
      ['next month', april],
    ]);
    expect(withDate).toEqual(withString);
    expect(withString!.quantities).toEqual(without!.quantities);
  });

  it('returns records with the keys its types declare', () => {
    const records = results.records;
    expect(records.at(-1)).toEqual({ companies: [], dates: [], quantities: [], agreements: [] });
    for (const r of records) {
      expect(Object.keys(r).sort()).toEqual(Object.keys(RECORD_KEYS).sort());
      for (const kind of Object.keys(RECORD_KEYS) as (keyof typeof RECORD_KEYS)[]) {
        const { required, optional } = RECORD_KEYS[kind];
        for (const rec of r[kind] as object[]) {
          for (const k of required) expect(rec, `${kind}.${k}`).toHaveProperty(k);
          for (const k of Object.keys(rec)) expect([...required, ...optional], `${kind}: key ${k}`).toContain(k);
        }
      }
      for (const d of [...r.dates.flatMap((x) => (x.value ? [x.value] : [])), ...r.agreements.flatMap((a) => (a.date ? [a.date] : []))]) {
        for (const k of Object.keys(d)) expect([...DATE_VALUE_KEYS.required, ...DATE_VALUE_KEYS.optional]).toContain(k);
      }
    }
  });

  it('rejects a reference date it cannot read, and extract after close', () => {
    expect(results.badDate).toMatch(/^RangeError: referenceDate takes "YYYY-MM-DD"/);
    expect(results.afterClose).toMatch(/closed/);
  });

  it('ingest and reextract work on a database file and return the commands’ summaries', () => {
    const db = path.join(consumer, 'out', 'extractions.sqlite');
    const got = runInConsumer(
      'ingest.mjs',
      `import { readFileSync } from 'node:fs';
import { ingest, reextract } from 'ev-extract';
const { paths, db } = JSON.parse(readFileSync(0, 'utf8'));
const first = await ingest(paths, { db, workers: 1 });
const again = await ingest(paths, { db, workers: 0 });
const noop = await reextract({ db, workers: 0 });
const all = await reextract({ db, all: true, workers: 0 });
const missing = await reextract({ db: db + '.absent' }).then(() => null, (e) => e.message);
process.stdout.write(JSON.stringify({ first, again, noop, all, missing }));
`,
      { paths: [path.join(ROOT, 'seeds/articles')], db },
    );
    const n = ARTICLES.length;
    expect(got.first).toMatchObject({ found: n, read: n, skipped: 0, failed: 0 });
    const sqlite = new Database(db, { readonly: true });
    try {
      const counts = Object.fromEntries(sqlite.prepare('SELECT kind, count(*) AS n FROM mentions GROUP BY kind').all().map((r: any) => [r.kind, r.n]));
      expect(got.first.mentions).toEqual(counts);
      expect(got.first.agreements).toBe((sqlite.prepare('SELECT count(*) AS n FROM agreements').get() as { n: number }).n);
      expect(got.first.agreements).toBeGreaterThan(0);
      expect(sqlite.prepare('SELECT count(*) AS n FROM v_span_mismatches').get()).toEqual({ n: 0 });
    } finally {
      sqlite.close();
    }
    expect(got.again).toMatchObject({ found: n, read: 0, skipped: n, failed: 0 });
    expect(got.again.runId).toBe(got.first.runId + 1);
    expect(got.noop).toMatchObject({ status: 'nothing_to_do', runId: null, documents: n, redone: 0 });
    expect(got.all).toMatchObject({ status: 'done', documents: n, redone: n });
    const zero = { added: 0, removed: 0, changed: 0 };
    expect(got.all.totals).toEqual({ company: zero, date: zero, quantity: zero, agreement: zero });
    expect(got.missing).toMatch(/no database/);
  }, 120_000);

  it('has types: a TypeScript program importing it by name type-checks, and a misuse does not', () => {
    writeFileSync(
      path.join(consumer, 'tsconfig.json'),
      JSON.stringify({ compilerOptions: { module: 'NodeNext', moduleResolution: 'NodeNext', target: 'ES2022', strict: true, noEmit: true, skipLibCheck: true, types: [] }, files: ['use.ts'] }),
    );
    writeFileSync(
      path.join(consumer, 'use.ts'),
      `import { createExtractor, ingest, reextract, type TextRecords } from 'ev-extract';
const ex = await createExtractor({ seeds: 'seeds' });
const r: TextRecords = await ex.extract('トヨタ', { referenceDate: new Date() });
const start: number = r.companies[0]!.start;
const type: 'supply' | 'mou' | string = r.agreements[0]!.type;
const summary = await ingest(['a.txt'], { db: 'x.sqlite', workers: 0 });
const read: number = summary.read;
const status: 'nothing_to_do' | 'done' = (await reextract({ db: 'x.sqlite' })).status;
await ex.close();
// @ts-expect-error: extract takes a string
await ex.extract(42);
// @ts-expect-error: a span's start is a number
const wrong: string = r.dates[0]!.start;
// @ts-expect-error: reextract needs the database
await reextract({});
export { start, type, read, status, wrong };
`,
    );
    const tsc = path.join(ROOT, 'node_modules/typescript/bin/tsc');
    const run = () => spawnSync(process.execPath, [tsc, '-p', consumer], { cwd: consumer, encoding: 'utf8' });
    const typed = run();
    expect(typed.stdout).toBe('');
    expect(typed.status).toBe(0);
    // without the declarations the import has no types, and tsc says so
    rmSync(path.join(OUT, 'index.d.ts'));
    const untyped = run();
    expect(untyped.status).not.toBe(0);
    expect(untyped.stdout).toMatch(/TS7016/);
  }, 120_000);
});
