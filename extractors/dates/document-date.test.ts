/** Document date: metadata first, then a dateline, a header date, the first full date at the top. */
import { describe, expect, it } from 'vitest';
import { buildContext } from '../../pipeline/context.ts';
import { runExtractors } from '../../pipeline/stages/extract.ts';
import { defaultSeedsDir } from '../../text/seed-files.ts';
import { extractForTest, summarise } from './test-fixtures.ts';
import { createDateExtractor } from './index.ts';
import { findDocumentDate } from './document-date.ts';
import { normaliseMetadataDate } from './document-date.ts';

type DocCase = [name: string, text: string, metadata: string | null, expected: [value: string, source: string] | null];

const cases: DocCase[] = [
  ['metadata wins over the text', '2025年12月4日\n本文です。', '2024-01-02', ['2024-01-02', 'metadata']],
  ['metadata with a time', 'text', '2025-12-04T10:00:00+09:00', ['2025-12-04', 'metadata']],
  ['Japanese dateline under the title', '変容する中国NEV市場\n\n2025年12月4日\n\n中国の自動車産業は2024年に…', null, ['2025-12-04', 'dateline']],
  ['dateline with a weekday', 'タイトル\n2025年12月4日(木)\n本文', null, ['2025-12-04', 'dateline']],
  ['dateline with a time', 'タイトル\n2025年12月4日 10:30\n本文', null, ['2025-12-04', 'dateline']],
  ['labelled Japanese dateline', 'タイトル\n更新日：2025年12月4日\n本文', null, ['2025-12-04', 'dateline']],
  ['bracketed dateline', '【2025年12月4日】\n本文', null, ['2025-12-04', 'dateline']],
  ['English published line', 'NIO opens a lab\nPublished: March 5, 2026\nNIO said…', null, ['2026-03-05', 'dateline']],
  ['English dateline with time zone', 'Title\nMarch 5, 2026 10:30 AM JST\nBody', null, ['2026-03-05', 'dateline']],
  ['ISO dateline', 'Title\n2026-03-05\nBody', null, ['2026-03-05', 'dateline']],
  ['dateline far below the title (line 10)', '\n\n第36回 部会\n\n資料\n\n名\n\n**題**\n\n2026年5月15日\n日産自動車株式会社', null, ['2026-05-15', 'dateline']],
  ['header date opening a line', 'タイトル\n2025年12月4日 ジェトロ調査部\n本文', null, ['2025-12-04', 'header']],
  ['labelled date in an emphasis with a note after it', '# Partnerships, 2021–2025\n\n_Last updated: 2025-10-20. Compiled from reports._\n\nBody', null, ['2025-10-20', 'dateline']],
  ['a timeline entry opening a line is no header date', '# Title\n\n## Timeline\n\n- **2021-07-29** — A and B agree on a venture.\n- **2022-12-08** — C signs.', null, ['2021-07-29', 'first_date']],
  ['news dateline with a city', 'Toyota expands\nTOKYO, March 5, 2026 — Toyota said on Thursday…', null, ['2026-03-05', 'header']],
  // a press release: city and state, after a subheadline with a date range of its own
  ['press-release dateline with a city and a state', 'Acme Signs Supply Agreement\n\nAgreement covers deliveries from July 1, 2026 through December 31, 2029\n\nSTAFFORD, Texas, Feb. 24, 2026 (GLOBE NEWSWIRE) -- Acme today announced…', null, ['2026-02-24', 'header']],
  ['first full date at the top', 'タイトル\n本稿は2025年7月25日付レポートの続編。2024年12月以降の事例。', null, ['2025-07-25', 'first_date']],
  ['no full date: none', 'NIOは2027年以降の市場投入を見据え、2022年に設立した。', null, null],
  ['a month is not a document date', 'タイトル\n2025年12月\n本文', null, null],
  ['nothing in the first 15 lines', `${'行\n'.repeat(20)}2025年12月4日`, null, null],
];

describe('findDocumentDate', () => {
  it.each(cases)('%s', (_name, text, metadata, expected) => {
    const dd = extractForTest(text, metadata).documentDate;
    if (expected === null) expect(dd).toBeNull();
    else expect([dd?.value, dd?.source]).toEqual(expected);
  });

  it('reports where a dateline is (normalised range)', () => {
    const x = extractForTest('タイトル\n\n2025年12月4日\n本文');
    expect(x.documentDate?.range).toEqual({ start: 6, end: 16 });
    expect(x.text.slice(6, 16)).toBe('2025年12月4日');
  });

  it('works on a DocContext (metadata date, then text)', async () => {
    const ctx = await buildContext('見出し\n２０２５年１２月４日\n出光は２１日、発表した。', { tokens: false });
    expect(findDocumentDate(ctx)?.value).toBe('2025-12-04');
    const withMeta = await buildContext('本文', { tokens: false, metadataDate: '2024-06-01' });
    expect(findDocumentDate(withMeta)).toEqual({ value: '2024-06-01', range: null, source: 'metadata' });
  });
});

describe('normaliseMetadataDate', () => {
  it.each([
    ['2025-12-04', '2025-12-04'],
    ['2025/12/4', '2025-12-04'],
    ['2025-12', '2025-12'],
    ['December 4, 2025', '2025-12-04'],
    ['2025年12月4日', '2025-12-04'],
    ['Thu, 04 Dec 2025 10:00:00 GMT', '2025-12-04'],
    ['', null],
    ['not a date', null],
  ])('%s → %s', (input, expected) => {
    expect(normaliseMetadataDate(input)).toBe(expected);
  });
});

describe('anchoring to the document date', () => {
  it.each([
    ['2025年12月4日\n出光は21日、発表した。', '21日', '2025-11-21'],
    ['2025年12月4日\n同社は3日に発表した。', '3日', '2025-12-03'],
    ['2026年1月5日\n12月28日に発表した。', '12月28日', '2025-12-28'],
    ['Published: March 5, 2026\nOn July 7 the plant opened.', 'July 7', '2026-07-07'],
    ['Published: March 5, 2026\nOn January 7 the plant opened.', 'January 7', '2026-01-07'],
    ['Published: March 5, 2026\nSales rose last year.', 'last year', '2025'],
  ])('%s', (text, span, value) => {
    const x = extractForTest(text);
    const m = summarise(x).find((r) => r[0] === span);
    expect(m?.[1]).toBe(value);
  });

  it('records relative dates without a document date with value null and a relative field, year-less ones as XXXX', () => {
    const x = extractForTest('来年3月に出光は21日、発表した。');
    expect(summarise(x)).toEqual([
      ['来年3月', null, null],
      ['21日', 'XXXX-XX-21', 'XXXX-XX-21'],
    ]);
    expect(x.mentions[0]!.relative).toEqual({ unit: 'year', offset: 1, month: 3, granularity: 'month' });
  });
});

describe('the date extractor', () => {
  const extractor = createDateExtractor({ seedsDir: defaultSeedsDir() });

  it('declares its id, version and seed files', () => {
    expect(extractor.id).toBe('dates');
    expect(extractor.version).toMatch(/^\d+\.\d+\.\d+$/);
    expect([...extractor.resources]).toEqual(['dates/eras.yaml', 'dates/ja.yaml', 'dates/en.yaml', 'dates/holidays.yaml']);
  });

  it('sets found.documentDate and pushes non-overlapping mentions with rule ids', async () => {
    const text = '変容する市場\n\n２０２５年１２月４日\n\n出光は２１日、発表した。２０２７年〜２０３０年に量産。By 2027, NIO…';
    const ctx = await buildContext(text, { tokens: false });
    const found = runExtractors(ctx, [extractor]);
    expect(found.documentDate).toMatchObject({ value: '2025-12-04', source: 'dateline' });
    const spans = found.dates.map((d) => ctx.norm.original.slice(ctx.norm.toOriginal(d.start, d.end).start, ctx.norm.toOriginal(d.start, d.end).end));
    expect(spans).toEqual(['２０２５年１２月４日', '２１日', '２０２７年〜２０３０年', '2027']);
    expect(found.dates.map((d) => d.value?.start)).toEqual(['2025-12-04', '2025-11-21', '2027', '2027']);
    expect(found.dates.every((d) => d.rule.length > 0)).toBe(true);
    for (let i = 1; i < found.dates.length; i++) expect(found.dates[i]!.start).toBeGreaterThanOrEqual(found.dates[i - 1]!.end);
  });

  it('uses the metadata date for anchoring', async () => {
    const ctx = await buildContext('出光は21日、発表した。', { tokens: false, metadataDate: '2025-03-02' });
    const found = runExtractors(ctx, [extractor]);
    expect(found.documentDate?.source).toBe('metadata');
    expect(found.dates[0]?.value).toEqual({ start: '2025-02-21', end: '2025-02-21', granularity: 'day' });
  });
});
