/**
 * Runs every extractor's case table (extractors/<extractor>/cases.ts, types in cases.ts)
 * through the library's createExtractor, the `extract-text` path: one test per case, named
 * extractor › language › case, so `npx vitest run extractors/cases` lists them all.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Case, CaseKind, CaseLang, CaseTable } from './cases.ts';
import * as dates from './dates/cases.ts';
import * as companies from './companies/cases.ts';
import * as quantities from './quantities/cases.ts';
import * as agreements from './agreements/cases.ts';
import { createExtractor, type Extractor } from '../pipeline/library.ts';
import { caseName, checkCase } from '../test/case-tester.ts';

const TABLES: [CaseKind, CaseTable<unknown>][] = [
  ['dates', dates],
  ['companies', companies],
  ['quantities', quantities],
  ['agreements', agreements],
];

let extractor: Extractor;
beforeAll(async () => {
  extractor = await createExtractor();
});
afterAll(async () => {
  await extractor?.close();
});

describe.each(TABLES)('%s', (kind, table) => {
  describe.each(['ja', 'en'] as const)('%s', (lang: CaseLang) => {
    it('has positive and negative cases', () => {
      const cases = table[lang];
      expect(cases.length).toBeGreaterThan(0);
      expect(cases.some((c) => c.expect.length > 0)).toBe(true);
      expect(cases.some((c) => (c.reject ?? []).length > 0)).toBe(true);
      expect(cases.filter((c) => c.lang !== undefined && c.lang !== lang).map(caseName)).toEqual([]);
      const names = cases.map(caseName);
      expect(names.filter((n, i) => names.indexOf(n) !== i)).toEqual([]);
    });
    it.each(table[lang].map((c) => [caseName(c), c] as [string, Case<unknown>]))('%s', async (_name, c) => {
      const problems = await checkCase(extractor, kind, c);
      expect(problems.join('\n')).toBe('');
    });
  });
});

describe('case tester', () => {
  it('reports a missing record, a wrong field and a rejected surface, with what was found', async () => {
    const problems = await checkCase(extractor, 'dates', {
      name: 'deliberately wrong',
      text: '電池工場は2027年末に稼働する予定だ。',
      expect: [{ text: '2027年末', value: { start: '2027', end: '2027', granularity: 'year', mod: undefined } }, { text: '2028年' }],
      reject: ['2027年末'],
    });
    const report = problems.join('\n');
    expect(report).toContain('case "deliberately wrong"');
    expect(report).toContain('text: 電池工場は2027年末に稼働する予定だ。');
    expect(report).toContain('✗ missing {"text":"2027年末","value":{"start":"2027","end":"2027","granularity":"year","mod":"(absent)"}}');
    expect(report).toContain('✗ missing {"text":"2028年"}');
    expect(report).toContain('✗ rejected "2027年末" but found "2027年末" [5,11)');
    expect(report).toContain('dates found:\n  "2027年末" [5,11) {"value":{"start":"2027","end":"2027","granularity":"year","mod":"end"}}');
  });

  it('matches agreements by party set, in any order', async () => {
    const c = { text: 'トヨタはオーロラに出資した。', expect: [{ parties: ['Aurora Innovation', 'Toyota'], type: 'investment' }] };
    expect(await checkCase(extractor, 'agreements', c)).toEqual([]);
    const wrong = await checkCase(extractor, 'agreements', { ...c, expect: [{ parties: ['Toyota'], type: 'investment' }] });
    expect(wrong.join('\n')).toContain('✗ missing {"parties":["Toyota"],"type":"investment"}');
  });
});
