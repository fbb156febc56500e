import { describe, expect, it } from 'vitest';
import { detectLang, segment, splitSentences } from './segment.ts';

const cell = (text: string, r: { start: number; end: number }) => text.slice(r.start, r.end);

describe('segment: sentences, lists, languages', () => {
  it.each([
    ['トヨタは発表した。日産も続いた。', ['トヨタは発表した。', '日産も続いた。']],
    ['NIO signed a deal. The U.S. market grew 5.2% in Jan. 2025. Then it ended.', ['NIO signed a deal.', 'The U.S. market grew 5.2% in Jan. 2025.', 'Then it ended.']],
    ['「提携する。」と述べた。', ['「提携する。」', 'と述べた。']],
    ['BYD Co. Ltd. and Tesla Inc. agreed.', ['BYD Co. Ltd. and Tesla Inc. agreed.']],
    // a bilingual paragraph: the English sentence ends before the Japanese one
    ['Ford signed a deal with Rivian. 古河電池は受注した。', ['Ford signed a deal with Rivian.', '古河電池は受注した。']],
    ['It rose 5.2 %. (see below)', ['It rose 5.2 %.', '(see below)']],
    ['1. 新拠点の役割', ['1. 新拠点の役割']],
    // ．(a full-width period, "." after NFKC) ends a Japanese sentence; not inside 3.5 or a URL
    ['トヨタは提携した.日産は協業する.', ['トヨタは提携した.', '日産は協業する.']],
    ['容量は3.5倍.サイトはトヨタ.comにある', ['容量は3.5倍.', 'サイトはトヨタ.comにある']],
    // 。 inside a bracketed aside does not end the sentence (after NFKC the brackets are ASCII)
    ['当社は、X株式会社(以下「X社」といいます。)との間で契約を締結しました。次に進む。', ['当社は、X株式会社(以下「X社」といいます。)との間で契約を締結しました。', '次に進む。']],
    // (an unclosed bracket does not swallow the paragraph)
    ['括弧(注。本文は続く。次の文。', ['括弧(注。', '本文は続く。', '次の文。']],
    // a legal form with its period inside a name
    ['It signed with Lee Chang Yung Group International Pte. Ltd. last year.', ['It signed with Lee Chang Yung Group International Pte. Ltd. last year.']],
  ])('%s', (text, expected) => {
    expect(splitSentences(text, 0, text.length).map((r) => cell(text, r))).toEqual(expected);
  });

  it.each([
    ['トヨタ自動車は発表した', 'ja'],
    ['NIO launches a new center', 'en'],
    ['寧徳時代', 'ja'],
    ['2025/3/5 12:00', 'other'],
    ['寧 CATL', 'ja'], // one Han character against at most four Latin letters
    ['寧 CATLs', 'en'],
    // an English sentence with a Chinese name in brackets stays English; Chinese stays with Japanese
    ['BMW awarded contracts to EVE Energy (億緯鋰能) for its cells.', 'en'],
    ['寧徳時代新能源科技 CATL', 'ja'],
  ] as const)('language of %s is %s', (text, lang) => {
    expect(detectLang(text)).toBe(lang);
  });

  it('language of a stretch of a text', () => {
    const text = 'NIO launches。トヨタ';
    expect(detectLang(text, 0, 12)).toBe('en');
    expect(detectLang(text, 12)).toBe('ja');
  });

  it('separates a Japanese article from its English translation', () => {
    const text = 'NIOは上海に新拠点を設立した。\n\nNIO has set up a new centre in Shanghai.';
    const segs = segment(text);
    expect(segs.map((s) => s.lang)).toEqual(['ja', 'en']);
  });

  it('marks list items and headings', () => {
    const segs = segment('1. 新拠点の役割\n- 技術的重点: 固体電池を開発する。');
    expect(segs.map((s) => s.kind)).toEqual(['list_item', 'list_item']);
    expect(segment('市場の動向')[0]!.kind).toBe('heading');
  });
});

describe('segment: tables', () => {
  it('reads a captioned space-separated table with wrapped cells', () => {
    const text = [
      '表1:提携事例',
      'No. 発表日 企業 相手 概要',
      '1-1 2025年1月5日 アルファ工業 ベータ電池(Beta Battery) 両社は合弁会社を設立する。',
      '生産は2026年に始まる。',
      '1-2 2025年2月6日 ガンマ自動車 デルタ',
      'イプシロン',
      '3社は覚書を締結した。',
      '',
      '出所:各社発表',
    ].join('\n');
    const segs = segment(text);
    const header = segs.find((s) => s.kind === 'table_header')!;
    expect(header.table!.header).toEqual(['No.', '発表日', '企業', '相手', '概要']);
    const rows = segs.filter((s) => s.kind === 'table_row');
    expect(rows).toHaveLength(2);
    expect(cell(text, rows[0]!)).toBe('1-1 2025年1月5日 アルファ工業 ベータ電池(Beta Battery) 両社は合弁会社を設立する。\n生産は2026年に始まる。');
    expect(rows[0]!.table!.cells.map((c) => cell(text, c))).toEqual([
      '1-1',
      '2025年1月5日',
      'アルファ工業',
      'ベータ電池(Beta Battery)',
      '両社は合弁会社を設立する。',
      '生産は2026年に始まる。',
    ]);
    expect(rows[0]!.table!.cells[5]!.continuation).toBe(true);
    expect(rows[1]!.table!.cells.map((c) => cell(text, c))).toEqual(['1-2', '2025年2月6日', 'ガンマ自動車', 'デルタ', 'イプシロン', '3社は覚書を締結した。']);
    expect(rows.map((r) => r.table!.row)).toEqual([0, 1]);
    // the source line after the blank line is not part of the table
    expect(segs[segs.length - 1]!.kind).not.toBe('table_row');
  });

  it('reads a tab-separated table', () => {
    const text = '日付\t企業\t内容\n2025年3月1日\tアルファ\t提携\n2025年4月1日\tベータ\t買収\n\n本文です。';
    const segs = segment(text);
    const rows = segs.filter((s) => s.kind === 'table_row');
    expect(rows).toHaveLength(2);
    expect(rows[1]!.table!.cells.map((c) => cell(text, c))).toEqual(['2025年4月1日', 'ベータ', '買収']);
    expect(rows[0]!.table!.header).toEqual(['日付', '企業', '内容']);
  });

  it('reads a pipe table pasted into plain text: the rule line is no row, an empty cell keeps its column', () => {
    const text = '| 日付 | 企業 | 相手 | 内容 |\n|---|:---:|---|---|\n| 2025年3月1日 | アルファ | ベータ | 提携 |\n| 2025年4月1日 | ガンマ |  | 買収 |\n\n本文です。';
    const segs = segment(text);
    const rows = segs.filter((s) => s.kind === 'table_row');
    expect(rows).toHaveLength(2);
    expect(rows[0]!.table!.header).toEqual(['日付', '企業', '相手', '内容']);
    expect(rows[1]!.table!.cells.map((c) => cell(text, c))).toEqual(['2025年4月1日', 'ガンマ', '', '買収']);
    expect(rows[1]!.table!.delimited).toBe(true);
    expect(segs.at(-1)!.kind).toBe('sentence');
  });

  it('does not take a line with bars in prose for a table', () => {
    const segs = segment('A | B\nC | D の話。');
    expect(segs.some((s) => s.kind === 'table_row')).toBe(false);
  });

  it('does not take a numbered list for a table without a "No." header', () => {
    const segs = segment('1-1 これは表ではない。\n1-2 これも違う。');
    expect(segs.some((s) => s.kind === 'table_row')).toBe(false);
  });
});
