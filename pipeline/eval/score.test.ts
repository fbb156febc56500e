/**
 * The scorer on hand-made gold and system documents; every expected figure is worked out by
 * hand in the comment beside it. (score-py.test.ts compares with shared/eval/score.py itself.)
 */
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { evalDatabase, evalDirs, formatScore, scoreJson } from './index.ts';
import { EvalInputError, loadGoldDir } from './load.ts';
import { formatFixed, prf, roundHalfEven } from './prf.ts';
import { matchMentions, normName, score, type DocMap, type Mention, type ScoredDocument } from './score.ts';
import { numEq, sameDateValue, sameQuantityValue } from './values.ts';
import { ag, co, day, doc, dt, qt, storeDocs, TempDirs, type Doc } from './test-documents.ts';

const dirs = new TempDirs();
afterAll(() => dirs.cleanUp());

const docs = (...list: Doc[]): DocMap => new Map(list.map((d) => [d.doc as string, doc(d.doc as string, d) as unknown as ScoredDocument]));
const m = (x: Doc) => x as unknown as Mention;

describe('roundHalfEven / formatFixed (Python round() and format(x, ".Nf"))', () => {
  it.each([
    [1 / 32, 4, 0.0312], // exactly halfway: to the even digit (JS toFixed gives 0.0313)
    [3 / 32, 4, 0.0938], // 937.5 → 938
    [5 / 32, 4, 0.1562],
    [0.00015, 4, 0.0001], // the double is just below the half
    [2 / 3, 4, 0.6667],
    [0.5, 0, 0],
    [1.5, 0, 2],
    [2.5, 0, 2],
    [1, 4, 1],
    [0, 4, 0],
  ])('round(%f, %i) = %f', (x, digits, want) => {
    expect(roundHalfEven(x, digits)).toBe(want);
  });

  it('formats halfway cases to even and others to the nearest', () => {
    expect(formatFixed(0.0625, 3)).toBe('0.062');
    expect(formatFixed(0.125, 2)).toBe('0.12');
    expect(formatFixed(0.8889, 3)).toBe('0.889');
    expect(formatFixed(1, 3)).toBe('1.000');
    expect((0.0625).toFixed(3)).toBe('0.063'); // why the helper exists
  });
});

describe('prf', () => {
  it.each([
    [0, 0, 0, { p: 1, r: 1, f1: 1 }], // nothing to find, nothing found
    [0, 0, 3, { p: 0, r: 0, f1: 0 }], // nothing found
    [0, 2, 0, { p: 0, r: 1, f1: 0 }], // nothing to find, something found
    [1, 31, 0, { p: 0.0312, r: 1, f1: 0.0606 }], // f1 = 2/33
    [2, 1, 1, { p: 0.6667, r: 0.6667, f1: 0.6667 }],
  ])('tp=%i fp=%i fn=%i', (tp, fp, fn, want) => {
    expect(prf(tp, fp, fn)).toEqual({ tp, fp, fn, ...want });
  });
});

describe('normName', () => {
  it.each([
    ['Toyota Motor', 'toyotamotor'],
    ['TOYOTA・MOTOR', 'toyotamotor'],
    ['Nissan Motor Co., Ltd.', 'nissanmotorcoltd'],
    ["O'Neil-Smith (Japan)", 'oneilsmithjapan'],
    ['トヨタ（株）', 'トヨタ株'],
    ['全角\u3000空白', '全角空白'],
    [null, ''],
  ])('%s → %s', (name, want) => {
    expect(normName(name)).toBe(want);
  });
});

describe('matchMentions', () => {
  it('exact spans; optional gold neither rewarded nor penalised; overlapping it is ignored, touching it is not', () => {
    const gold = [co('Nissan', 10, 'Nissan', { optional: true }), co('Toyota', 30, 'Toyota'), co('Honda', 50, 'Honda'), co('Honda', 50, 'Honda')].map(m);
    const system = [
      co('Nissan', 10, 'Nissan'), // the optional span: used, not paired
      co('Nissan', 10, 'Nissan'), // again: overlaps the optional one, ignored
      co('ss', 12, 'X'), // inside the optional span: ignored
      co('yoko', 16, 'Z'), // 16–20 touches 10–16: a false positive
      co('Toyota', 30, 'Toyota'), // pair
      co('Toyota', 30, 'Toyota'), // the span is used: false positive
      co('Honda', 49, 'Honda'), // off by one: false positive (and Honda@50 is missed once)
    ].map(m);
    const r = matchMentions(gold, system);
    expect(r.pairs.map(([g]) => g.text)).toEqual(['Toyota']);
    expect(r.fps.map((s) => `${s.text}@${s.start}`)).toEqual(['yoko@16', 'Toyota@30', 'Honda@49']);
    expect(r.fns.map((g) => `${g.text}@${g.start}`)).toEqual(['Honda@50']);
  });
});

describe('companies', () => {
  const gold = docs(
    doc('a.txt', {
      companies: [
        co('Toyota', 0, 'Toyota'),
        co('Toyota', 10, 'Toyota'),
        co('Toyota', 20, 'Toyota'),
        co('Lexus', 30, 'Lexus'),
        co('Renault', 40, 'Renault'),
        co('Nissan', 50, 'Nissan'),
        co('Nissan', 60, 'Nissan'),
      ],
    }),
    doc('b.txt', { companies: [co('Nissan', 0, 'Nissan')] }),
  );
  const system = (allianceFirst: 'Renault' | 'Nissan') =>
    docs(
      doc('a.txt', {
        companies: [
          co('Toyota', 0, 'Toyota Motor'),
          co('Toyota', 10, 'toyota-motor'),
          co('Toyota', 20, 'TOYOTA・MOTOR'),
          co('Lexus', 30, 'Toyota (Motor)'), // toyotamotor: Toyota 3 votes, Lexus 1
          ...(allianceFirst === 'Renault' ? [co('Renault', 40, 'Alliance'), co('Nissan', 50, 'Alliance')] : [co('Nissan', 50, 'Alliance'), co('Renault', 40, 'Alliance')]),
          co('Nissan', 60, 'Nissan'),
        ],
      }),
      doc('b.txt', { companies: [co('Nissan', 0, 'Nissan Motor Co., Ltd.')] }),
    );

  it('majority mapping (a tie goes to the gold name counted first), linking accuracy, split entities, entity sets', () => {
    const c = score(gold, system('Renault'), ['companies']).companies!;
    expect(c.mentions).toMatchObject({ tp: 8, fp: 0, fn: 0 });
    // alliance → Renault: linked are Toyota×3, Renault, Nissan@60, Nissan in b = 6 of 8 (not Lexus, not Nissan@50)
    expect(c.linking_accuracy).toBe(0.75);
    // Nissan was called alliance, nissan and nissanmotorcoltd
    expect(c.split_entities).toBe(1);
    // a.txt: {Toyota, Renault, Nissan} found of {Toyota, Lexus, Renault, Nissan}; b.txt: {Nissan}
    expect(c.doc_entity_sets).toEqual({ tp: 4, fp: 0, fn: 1, p: 1, r: 0.8, f1: 0.8889 });
  });

  it('the same tie the other way round maps to the other gold name', () => {
    const c = score(gold, system('Nissan'), ['companies']).companies!;
    // alliance → Nissan: Renault@40 is not linked, Nissan@50 is (the same count)
    expect(c.linking_accuracy).toBe(0.75);
    // but a.txt's set is now {Toyota, Nissan}: Lexus and Renault missed
    expect(c.doc_entity_sets).toEqual({ tp: 3, fp: 0, fn: 2, p: 1, r: 0.6, f1: 0.75 });
  });

  it('entity sets: optional spans skipped, optional names allowed only under their gold name, unmapped names counted as SYS:', () => {
    const g = docs(doc('a.txt', { companies: [co('Baidu', 0, 'Baidu', { optional: true }), co('Toyota', 10, 'Toyota'), co('Geely', 20, 'Geely'), co('CATL', 30, 'CATL', { optional: true })] }));
    const s = docs(
      doc('a.txt', {
        companies: [
          co('Toyota', 10, 'Toyota Motor'),
          co('Toyota', 100, 'Toyota Motor'), // fp mention, but Toyota in the set
          co('Baidu Inc', 200, 'Baidu Inc'), // SYS:baiduinc
          co('Bai', 2, 'Whatever'), // overlaps optional Baidu: ignored everywhere
          co('CATL', 400, 'CATL'), // SYS:catl (catl is not mapped), an fp although CATL is optional
          co('Geely', 20, null), // maps '' → Geely
        ],
      }),
    );
    const c = score(g, s, ['companies']).companies!;
    expect(c.mentions).toMatchObject({ tp: 2, fp: 3, fn: 0 });
    expect(c.doc_entity_sets).toEqual({ tp: 2, fp: 2, fn: 0, p: 0.5, r: 1, f1: 0.6667 });
    expect(c.fp_examples).toEqual([
      ['a.txt', 'Toyota'],
      ['a.txt', 'Baidu Inc'],
      ['a.txt', 'CATL'],
    ]);
  });
});

describe('dates', () => {
  it.each([
    [{ start: '2025', end: '2025' }, { start: 2025, end: '2025' }, true], // compared as text
    [{ start: '2025-Q3', end: '2025-Q3', granularity: 'quarter' }, { start: '2025-Q3', end: '2025-Q3', mod: 'approx' }, true], // only start and end
    [{ start: '2025', end: null }, { start: '2025' }, true], // absent = null
    [null, { start: null, end: null }, true],
    [{ start: '2026', end: '2026' }, { start: '2026', end: '2027' }, false],
    [{ start: '2025', end: '2025' }, null, false],
  ])('%j vs %j → %s', (g, s, want) => {
    expect(sameDateValue(g, s)).toBe(want);
  });

  it('value accuracy over matched spans, with the wrong values listed', () => {
    const g = docs(doc('a.txt', { dates: [dt('2025', 0, day('2025-01-01')), dt('Q3', 10, { start: '2025-Q3', end: '2025-Q3' }), dt('6月', 20, day('2025-06-01'))] }));
    const s = docs(doc('a.txt', { dates: [dt('2025', 0, day('2025-01-01')), dt('Q3', 10, { start: '2025-Q2', end: '2025-Q3' }), dt('x', 40, day('2025-01-01'))] }));
    const d = score(g, s, ['dates']).dates!;
    expect(d.mentions).toEqual({ tp: 2, fp: 1, fn: 1, p: 0.6667, r: 0.6667, f1: 0.6667 });
    expect(d.value_accuracy).toBe(0.5);
    expect(d.value_errors).toEqual([['a.txt', 'Q3', { start: '2025-Q3', end: '2025-Q3' }, { start: '2025-Q2', end: '2025-Q3' }]]);
    expect(d.fn_examples).toEqual([['a.txt', '6月']]);
  });
});

describe('quantities', () => {
  it.each([
    [1, 1.0000009, true],
    [60, 60.0001, false], // relative 1e-6
    [0.5, 0.5000009, true], // absolute 1e-6 below 1
    [0.5, 0.500002, false],
    ['62.6', 62.6, true], // a numeric string counts
    [' 5e10 ', 5e10, true],
    ['abc', 1, false],
    [null, null, true],
    [null, 0, false],
    [undefined, null, true],
  ])('numEq(%j, %j) = %s', (a, b, want) => {
    expect(numEq(a, b)).toBe(want);
  });

  it.each([
    [qt(0, 'energy', null, 'Wh', { min: 1e8, max: 1e9 }), qt(0, 'energy', null, 'Wh', { min: 1e8, max: 1e9 }), true],
    [qt(0, 'energy', null, 'Wh', { min: 1e8, max: 1e9 }), qt(0, 'energy', 5e8, 'Wh'), false],
    [qt(0, 'money', 4.1e9, 'EUR'), qt(0, 'money', null, 'EUR', { min: 4.1e9, max: 4.1e9 }), true], // a number = a range of one
    [qt(0, 'money', 4.1e9, 'EUR'), qt(0, 'money', null, 'EUR', { min: 4.1e9 }), false],
    [qt(0, 'money', 5, null), qt(0, 'money', 5, ''), true], // no unit = ""
    [qt(0, 'money', 5, 'USD'), qt(0, 'money', 5, 'usd'), false],
    [qt(0, 'power', 1e5, 'W'), qt(0, 'energy', 1e5, 'W'), false],
    [qt(0, 'money', { value: null, min: 1e7, max: 1e8 }, 'USD'), qt(0, 'money', null, 'USD', { min: 1e7, max: 1e8 }), false], // value objects compare key by key: min/max are not in a plain value
    [qt(0, 'money', { value: 3, min: 1 }, 'USD'), qt(0, 'money', { value: 3.0000001, min: 1, max: null }, 'USD'), true],
    [qt(0, 'money', { value: 3, min: 1 }, 'USD'), qt(0, 'money', { value: 3, min: 2 }, 'USD'), false],
  ])('%j vs %j → %s', (g, s, want) => {
    expect(sameQuantityValue(m(g), m(s))).toBe(want);
  });

  it('only the scored kinds; counts per kind; value accuracy', () => {
    const g = docs(doc('a.txt', { quantities: [qt(0, 'energy', 1, 'Wh'), qt(10, 'percent', 60, '%'), qt(20, 'count', 3, null), qt(30, 'money', 5, 'USD'), qt(40, 'percent', 8, '%', { optional: true })] }));
    const s = docs(doc('a.txt', { quantities: [qt(0, 'energy', 1, 'Wh'), qt(10, 'percent', 61, '%'), qt(21, 'count', 3, null), qt(41, 'percent', 8, '%'), qt(50, 'area', 1, 'm2')] }));
    const q = score(g, s, ['quantities']).quantities!;
    // pairs energy@0, percent@10; percent@41 overlaps an optional one; area@50 fp; money@30 fn; count ignored
    expect(q.mentions).toMatchObject({ tp: 2, fp: 1, fn: 1 });
    expect(q.value_accuracy).toBe(0.5);
    expect(Object.keys(q.per_kind)).toEqual(['area', 'energy', 'money', 'percent']);
    expect(q.per_kind.area).toMatchObject({ tp: 0, fp: 1, fn: 0 });
    expect(q.per_kind.money).toMatchObject({ tp: 0, fp: 0, fn: 1 });
    expect(q.value_errors).toEqual([['a.txt', 'q10', 'percent', 60, '%', 'percent', 61, '%']]);
  });
});

describe('agreements', () => {
  const g = docs(
    doc('a.txt', {
      companies: [co('Toyota', 0, 'Toyota'), co('Panasonic', 10, 'Panasonic')],
      agreements: [
        ag(['Toyota', 'Panasonic'], 'mou', { start: '2024-01', end: '2024-01' }), // g0
        ag(['Panasonic', 'Toyota'], 'joint_venture', { start: '2025', end: '2025' }), // g1
        ag(['Toyota', 'NITE'], 'partnership'), // g2: NITE is not a gold company name → nite
        ag(['Toyota', 'Nissan'], 'supply', null, { optional: true }), // g3
      ],
    }),
  );
  const s = docs(
    doc('a.txt', {
      companies: [co('Toyota', 0, 'Toyota Motor'), co('Panasonic', 10, 'Panasonic Holdings')],
      agreements: [
        ag(['Toyota Motor', 'Panasonic Holdings'], 'mou', { start: '2025', end: '2025' }), // s0: date of g1, type of g0
        ag(['toyota motor', 'panasonic holdings'], 'joint_venture', { start: '2024-01', end: '2024-01' }), // s1: date of g0, type of g1
        ag(['Toyota Motor', 'nite'], 'partnership'), // s2 = g2
        ag(['Toyota', 'Nissan'], 'supply'), // s3: "toyota" is not mapped → {toyota, nissan} ≠ g3's {Toyota, nissan}
        ag(['Panasonic Holdings', 'Toyota Motor'], 'mou'), // s4: left over
      ],
    }),
  );

  it('party sets through the company mapping; a matching date outweighs a matching type', () => {
    const a = score(g, s, ['agreements']).agreements!;
    // s2–g2 (date + type), s0–g1 (date), s1–g0 (date); s3 and s4 false positives; g3 optional
    expect(a.by_parties).toEqual({ tp: 3, fp: 2, fn: 0, p: 0.6, r: 1, f1: 0.75 });
    expect(a.type_accuracy).toBe(0.3333);
    expect(a.date_accuracy).toBe(1);
    expect(a.fp_examples).toEqual([
      ['a.txt', ['nissan', 'toyota'], 'supply'],
      ['a.txt', ['Panasonic', 'Toyota'], 'mou'],
    ]);
  });

  it('--only=agreements scores companies too (the mapping comes from them)', () => {
    const res = score(g, s, ['agreements']);
    expect(Object.keys(res)).toEqual(['docs', 'missing_docs', 'companies', 'agreements']);
  });

  it('candidate ties go by system order, then gold order; unmatched gold is a false negative', () => {
    const gx = docs(doc('a.txt', { agreements: [ag(['X', 'Y'], 'mou'), ag(['X', 'Y'], 'supply'), ag(['X', 'Z'], 'loi')] }));
    const sx = docs(doc('a.txt', { agreements: [ag(['Y', 'X'], 'investment'), ag(['X', 'Y'], 'supply')] }));
    const a = score(gx, sx, ['agreements']).agreements!;
    // s1–g1 (date + type) first, then s0–g0 (date): both types checked
    expect(a.by_parties).toMatchObject({ tp: 2, fp: 0, fn: 1 });
    expect(a.type_accuracy).toBe(0.5);
    expect(a.fn_examples).toEqual([['a.txt', ['x', 'z'], 'loi']]);
  });
});

describe('score: documents and categories', () => {
  const g = docs(doc('a.txt', { companies: [co('A', 0, 'A')], dates: [dt('d', 0, day('2025-01-01'))] }), doc('c.txt'), doc('b.txt'));
  const s = docs(doc('a.txt', { companies: [co('A', 0, 'a')] }));

  it('counts gold documents and lists the missing ones, sorted', () => {
    const res = score(g, s);
    expect(res.docs).toBe(3);
    expect(res.missing_docs).toEqual(['b.txt', 'c.txt']);
    expect(res.dates!.mentions).toMatchObject({ tp: 0, fp: 0, fn: 1 });
  });

  it.each([
    [[], ['companies', 'dates', 'quantities', 'agreements']],
    [['dates'], ['dates']],
    [['dates', 'quantities'], ['dates', 'quantities']],
    [['bogus'], []],
  ])('only %j → %j', (only, want) => {
    const res = score(g, s, only);
    expect(Object.keys(res).filter((k) => k !== 'docs' && k !== 'missing_docs')).toEqual(want);
  });
});

describe('loading gold folders', () => {
  it('documents keyed by file name; a later file replaces an earlier key; non-documents skipped and named', () => {
    const dir = dirs.write([
      { file: 'a.json', raw: JSON.stringify(doc('dir/x.txt', { companies: [co('A', 0, 'A')] })) },
      { file: 'b.json', raw: JSON.stringify([doc('y.txt'), doc('z.txt', { dates: [dt('𠮷', 0, day('2025-01-01'))] })]) },
      { file: 'c.json', raw: JSON.stringify(doc('/abs/x.txt')) },
      { file: 'canonical_companies.part1.json', raw: JSON.stringify([{ canonical: 'Toyota' }]) },
      { file: 'notes.txt', raw: 'not json' },
    ]);
    const { docs: loaded, skipped } = loadGoldDir(dir);
    expect([...loaded.keys()]).toEqual(['x.txt', 'y.txt', 'z.txt']);
    expect(loaded.get('x.txt')!.doc).toBe('/abs/x.txt');
    expect(loaded.get('y.txt')!.companies).toEqual([]);
    expect(skipped).toEqual(['canonical_companies.part1.json']);
  });

  it.each([
    ['bad JSON', '{"doc": ', /x\.json: not valid JSON/],
    ['a string start', JSON.stringify(doc('x.txt', { companies: [{ text: 'A', start: '0', end: 1 }] })), /x\.json: not a gold document: companies\.0\.start/],
    ['parties not a list', JSON.stringify(doc('x.txt', { agreements: [{ parties: 'A,B', type: 'mou' }] })), /agreements\.0\.parties/],
  ])('stops on %s, naming the file and the field', (_what, raw, want) => {
    const dir = dirs.write([{ file: 'x.json', raw }]);
    expect(() => loadGoldDir(dir)).toThrow(EvalInputError);
    expect(() => loadGoldDir(dir)).toThrow(want);
  });

  it('evalDirs scores a folder against a folder', () => {
    const gold = dirs.write([doc('a.txt', { companies: [co('A', 0, 'A'), co('B', 5, 'B')] })]);
    const system = dirs.write([doc('a.txt', { companies: [co('A', 0, 'A')] })]);
    expect(evalDirs(gold, system).companies!.mentions).toEqual({ tp: 1, fp: 0, fn: 1, p: 1, r: 0.5, f1: 0.6667 });
  });
});

describe('evalDatabase', () => {
  it('scores the stored records and warns about non-documents in the gold folder', () => {
    const gold = [doc('a.txt', { companies: [co('A', 0, 'A')], quantities: [qt(2, 'money', 5, 'USD')], agreements: [ag(['A', 'B'], 'mou')] })];
    const goldDir = dirs.write([...gold, { file: 'zz.json', raw: '["A", "B"]' }]);
    const db = storeDocs(path.join(dirs.make('eval-db-'), 'db.sqlite'), gold, () => 'A q2 x');
    const warnings: string[] = [];
    const res = evalDatabase(db, goldDir, undefined, (w) => warnings.push(w));
    db.close();
    expect(warnings).toEqual(['zz.json: no "doc" field, not a gold document; skipped']);
    expect(res.companies!.mentions.f1).toBe(1);
    expect(res.quantities!.value_accuracy).toBe(1);
    expect(res.agreements!.by_parties.f1).toBe(1);
  });
});

describe('output', () => {
  const res = score(
    docs(doc('a.txt', { companies: [co('A', 0, 'A'), co('B', 5, 'B')] }), doc('b.txt')),
    docs(doc('a.txt', { companies: [co('A', 0, 'A')] })),
    ['companies'],
  );

  it('text: one line per category in score.py layout, then the missing documents', () => {
    expect(formatScore(res)).toBe(
      'companies   P=1.000 R=0.500 F1=0.667 (tp=1 fp=0 fn=1) {"linking_accuracy":1,"split_entities":0,"doc_entity_sets":{"tp":1,"fp":0,"fn":1,"p":1,"r":0.5,"f1":0.6667}}\n' +
        'missing docs: ["b.txt"]\n',
    );
  });

  it('JSON: the result with score.py --json keys', () => {
    const json = JSON.parse(scoreJson(res));
    expect(json).toEqual(res);
    expect(Object.keys(json.companies)).toEqual(['mentions', 'linking_accuracy', 'split_entities', 'doc_entity_sets', 'fp_examples', 'fn_examples']);
  });
});
