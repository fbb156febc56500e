/**
 * The date extractor's case table (RECORDS.md §2; rule tester: test/case-tester.ts, run by
 * extractors/cases.test.ts). Add a case here when you fix a bug.
 */
import type { Case, DateExpectation } from '../cases.ts';
import * as news from './cases-news.ts';
type DateCase = Case<DateExpectation>;
const year = (y: string, mod?: string) => ({ start: y, end: y, granularity: 'year', ...(mod ? { mod } : {}) });
/** A point value: start = end (a day, a quarter, a fiscal quarter …). */
const point = (v: string, granularity: string) => ({ start: v, end: v, granularity });
const jaCore: DateCase[] = [
  // the length of a term (「引き取り期間を15年に延ばす」) is no two-digit year; 「30年に量産」 is
  { name: 'the length of a term is no two-digit year', text: '引き取り期間を15年に延ばすことでも合意した。同社は30年に量産を始める。', referenceDate: '2025-01-01', expect: [{ text: '30年', value: year('2030') }], reject: ['15年'] },
  {
    name: 'a day of the month an anaphor names (同月29日, 翌月5日) is one day mention; 同年 after a relative date takes the year it resolves to; a bare day before 発表 is a date',
    text: 'SUBARUと24年3月19日に契約し、マツダとも同月29日に契約した。2月10日に発表し、翌月5日に締結した。昨年4月4日にTOBを始め、同年5月8日に撤回した。同社が9日発表した。',
    referenceDate: '2026-03-09',
    expect: [
      { text: '同月29日', value: point('2024-03-29', 'day') },
      { text: '翌月5日', value: point('2026-03-05', 'day') },
      { text: '同年5月8日', value: point('2025-05-08', 'day') },
      { text: '9日', value: point('2026-03-09', 'day') },
    ],
    reject: ['同月'],
  },
  {
    name: 'era year, month and day in figures (R6.5.1, 令和6.5.1, H31/4/30); a fourth part or a letter before is no date',
    text: '改正法はR6.5.1に施行され、旧法は平成31/4/30まで有効だった。令和6.5.1付。型番AR6.5.1とR6.5.1.2は別物。',
    expect: [
      { text: 'R6.5.1', value: point('2024-05-01', 'day') },
      { text: '平成31/4/30', value: point('2019-04-30', 'day') },
      { text: '令和6.5.1', value: point('2024-05-01', 'day') },
    ],
    reject: ['AR6.5.1', 'R6.5.1.2'],
  },
  {
    name: 'a quarter of a fiscal period (2026年3月期第1四半期) is one mention, written as the calendar quarter it is (April–June 2025 → 2025-Q2); 累計 runs from the fiscal year\'s first month',
    text: 'トヨタの2026年3月期第1四半期は増益だった。BYDの2025年12月期第2四半期も伸びた。2026年3月期第3四半期累計の営業利益は増えた。',
    expect: [
      { text: '2026年3月期第1四半期', value: point('2025-Q2', 'quarter') },
      { text: '2025年12月期第2四半期', value: point('2025-Q2', 'quarter') },
      { text: '2026年3月期第3四半期累計', value: { start: '2025-04', end: '2025-12', granularity: 'month' } },
    ],
    reject: ['2026年3月期', '第1四半期'],
  },
  {
    name: 'a bare two-digit year before a time particle, or as a topic\'s time (「両社は24年、」), is a year (30年までに, 23年に中止); a duration stays none',
    text: '同社は30年までに500万台を販売する。共同開発は23年に中止した。今後12年で20億ドルを投じる。両社は30年にわたり協力してきた。創業30年に新工場を建てた。両社は24年、合意した。この24年、協力した。',
    expect: [
      { text: '30年', value: year('2030') },
      { text: '23年', value: year('2023') },
      { text: '24年', value: year('2024') },
    ],
    reject: ['12年', '30年にわたり', '創業30年', 'この24年'],
  },
  {
    name: '月内 / 月央 alone: the document date\'s month',
    text: 'マツダは月内に新型車を発表する。月央には受注を始める。',
    referenceDate: '2025-03-10',
    expect: [
      { text: '月内', value: point('2025-03', 'month') },
      { text: '月央', value: { start: '2025-03', end: '2025-03', granularity: 'month', mod: 'mid' } },
    ],
  },
  {
    name: 'full date',
    text: 'トヨタは2025年4月25日、新型EVを発表した。',
    expect: [{ text: '2025年4月25日', value: { start: '2025-04-25', end: '2025-04-25', granularity: 'day' } }],
  },
  {
    name: 'fiscal year 年度',
    text: '同社は2026年度に全固体電池の量産を始める。',
    expect: [{ text: '2026年度', value: { start: 'FY2026', end: 'FY2026', granularity: 'fiscal_year' } }],
  },
  {
    name: '3月期 is a fiscal period, not the month',
    text: 'パナソニックの2025年3月期の営業利益は増えた。',
    expect: [{ text: '2025年3月期', value: { start: 'FY2024', end: 'FY2024', granularity: 'fiscal_year' } }],
    reject: ['2025年3月', { value: { granularity: 'month' } }],
  },
  {
    name: 'fiscal half 年度上期; 前年同期比 is not a date',
    text: '2025年度上期の販売台数は前年同期比で伸びた。',
    expect: [{ text: '2025年度上期', value: { start: 'FY2025-H1', end: 'FY2025-H1', granularity: 'half' } }],
    reject: ['前年同期比', '前年', '前年同期'],
  },
  {
    name: 'months in brackets after a fiscal period take its year (April–December the first, January–March the next)',
    text: '2026年度上期（4〜9月）の計画。2025年度下期（10月〜3月）の実績。',
    expect: [
      { text: '2026年度上期', value: { start: 'FY2026-H1', end: 'FY2026-H1', granularity: 'half' } },
      { text: '4〜9月', value: { start: '2026-04', end: '2026-09', granularity: 'month' } },
      { text: '10月〜3月', value: { start: '2025-10', end: '2026-03', granularity: 'month' } },
    ],
  },
  {
    name: 'a bare 上期 / 下期 in a company story is a half of the current fiscal year (as 今期上期); 下期以降 opens it; 同上期 is no date',
    text: '上期に低迷したが、下期に入って持ち直した。市場の関心は下期以降の収益に移っている。',
    referenceDate: '2026-02-05',
    expect: [
      { text: '上期', value: { start: 'FY2025-H1', end: 'FY2025-H1', granularity: 'half' } },
      { text: '下期', value: { start: 'FY2025-H2', end: 'FY2025-H2', granularity: 'half' } },
      { text: '下期以降', value: { start: 'FY2025-H2', end: null, granularity: 'half', mod: 'after' } },
    ],
  },
  {
    name: 'a year-less month range takes the year whose range lies closest to the document date (「4～12月期」 in February 2026 is April–December 2025)',
    text: 'GSユアサ、4～12月期は営業益12%増。',
    referenceDate: '2026-02-05',
    expect: [{ text: '4～12月期', value: { start: '2025-04', end: '2025-12', granularity: 'month' } }],
  },
  {
    name: '「AからBに先送り」 moves a date from A to B: two mentions, no range (「AからBにかけて」 stays one)',
    text: '量産を2026年度上期から2027年度下期に先送りした。稼働を2026年から2027年に延期した。2028年から2030年にかけて増産する。',
    expect: [
      { text: '2026年度上期', value: { start: 'FY2026-H1', end: 'FY2026-H1', granularity: 'half' } },
      { text: '2027年度下期', value: { start: 'FY2027-H2', end: 'FY2027-H2', granularity: 'half' } },
      { text: '2026年', value: year('2026') },
      { text: '2027年', value: year('2027') },
      { text: '2028年から2030年', value: { start: '2028', end: '2030', granularity: 'year' } },
    ],
    reject: ['2026年度上期から2027年度下期', '2026年から2027年'],
  },
  {
    name: '以降: open end',
    text: '新工場は2028年以降に本格稼働する。',
    expect: [{ text: '2028年以降', value: { start: '2028', end: null, granularity: 'year', mod: 'after' } }],
  },
  { name: 'era year', text: '日産は令和6年に新しい計画をまとめた。', expect: [{ text: '令和6年', value: year('2024') }] },
  {
    name: 'year range with its connective',
    text: '投資は2027年〜2030年に段階的に行う。',
    expect: [{ text: '2027年〜2030年', value: { start: '2027', end: '2030', granularity: 'year' } }],
  },
  {
    name: 'season with a year',
    text: '2025年夏に新型車を投入する。',
    expect: [{ text: '2025年夏', value: { start: '2025-06', end: '2025-08', granularity: 'month' } }],
  },
  {
    name: 'relative 来月 with a reference date',
    text: 'ホンダは来月、新型車を投入する。',
    referenceDate: '2025-03-10',
    expect: [{ text: '来月', value: { start: '2025-04', end: '2025-04', granularity: 'month' } }],
  },
  {
    name: 'relative 来月 without a reference date',
    text: 'ホンダは来月、新型車を投入する。',
    expect: [{ text: '来月', value: null, relative: { unit: 'month', offset: 1 } }],
  },
  {
    name: 'news-style bare day takes the nearest reading',
    text: '出光は21日、新会社の設立を発表した。',
    referenceDate: '2025-06-02',
    expect: [{ text: '21日', value: { start: '2025-05-21', end: '2025-05-21', granularity: 'day' } }],
  },
  {
    name: 'anaphoric 同年5月',
    text: '2024年1月に契約を結び、同年5月に工場を着工した。',
    expect: [
      { text: '2024年1月', value: { start: '2024-01', end: '2024-01', granularity: 'month' } },
      { text: '同年5月', value: { start: '2024-05', end: '2024-05', granularity: 'month' } },
    ],
  },
  {
    name: 'time of day is not in the span',
    text: '会見は2025年6月2日午後3時に始まった。',
    expect: [{ text: '2025年6月2日', value: { start: '2025-06-02', end: '2025-06-02', granularity: 'day' } }],
    reject: ['2025年6月2日午後3時', '午後3時'],
  },
  { name: 'duration 年間 is not a date', text: '同社は過去5年間で生産能力を倍増させた。', expect: [], reject: ['5年間', '5年', '過去5年間'] },
  {
    name: 'a season alone before a time particle is the one nearest the document date (RECORDS.md §2 "春"); its suffix joins it',
    text: '同社は夏に新モデルを投入する。量産は秋から始め、冬頃に増産する。新工場は春以降に稼働する。',
    referenceDate: '2025-06-15',
    expect: [
      { text: '夏', value: { start: '2025-06', end: '2025-08', granularity: 'month' } },
      { text: '秋', value: { start: '2025-09', end: '2025-11', granularity: 'month' } },
      { text: '冬頃', value: { start: '2024-12', end: '2025-02', granularity: 'month', mod: 'approx' } },
      { text: '春以降', value: { start: '2025-03', end: null, granularity: 'month', mod: 'after' } },
    ],
  },
  {
    name: 'a season inside another word, or as a figure of speech, is not a date',
    text: '青春を懸けた。秋葉原に出店した。春闘で妥結した。夏休みに入る。半導体は冬の時代を迎えた。真夏に故障した。',
    referenceDate: '2025-06-15',
    expect: [],
    reject: ['春', '秋', '夏', '冬'],
  },
  {
    name: 'a range of two two-digit years before a time particle is a date range (27～28年に); a span of years is not (10～15年かかる, 今後10～15年で, 20～30年に一度)',
    text: 'EVを27～28年に投入する。25~27年度に実施する。完成まで10～15年かかる。今後10～15年で普及する。20～30年に一度の大雨。',
    expect: [
      { text: '27～28年', value: { start: '2027', end: '2028', granularity: 'year' } },
      { text: '25~27年度', value: { start: 'FY2025', end: 'FY2027', granularity: 'fiscal_year' } },
    ],
    reject: ['10～15年', '15年', '20～30年', '30年'],
  },
  {
    name: '内 after a year or fiscal year ("within") joins the span, as 中 does; not 内容',
    text: '今年度内に稼働する。2025年内に発表する。2025年度内容を精査する。',
    referenceDate: '2025-06-15',
    expect: [
      { text: '今年度内', value: point('FY2025', 'fiscal_year') },
      { text: '2025年内', value: year('2025') },
      { text: '2025年度', value: point('FY2025', 'fiscal_year') },
    ],
    reject: ['2025年度内', '2025年度内容'],
  },
  {
    name: '今期 and 来期 are the current and next business year (年度); 今期待 is 今 + 期待',
    text: 'トヨタは今期の営業利益見通しを引き上げた。来期以降に回復する。目標は今期末までに達成する。今期待が高まる。',
    referenceDate: '2025-06-15',
    expect: [
      { text: '今期', value: point('FY2025', 'fiscal_year') },
      { text: '来期以降', value: { start: 'FY2026', end: null, granularity: 'fiscal_year', mod: 'after' } },
      { text: '今期末', value: { start: 'FY2025', end: 'FY2025', granularity: 'fiscal_year', mod: 'end' } },
    ],
    reject: ['今期待'],
  },
  {
    name: 'a day listed before others that share its 日 (6月18、19日) is read without 日; 翌四半期 counts from the quarter before it',
    text: '会合は2025年6月18、19日に開く。2025年1~3月期に増え、翌四半期も伸びた。',
    expect: [
      { text: '2025年6月18', value: point('2025-06-18', 'day') },
      { text: '19日', value: point('2025-06-19', 'day') },
      { text: '翌四半期', value: point('2025-Q2', 'quarter') },
    ],
    reject: ['2025年6月'],
  },
];

const enCore: DateCase[] = [
  {
    name: 'a quarter written as its months ("the January-March quarter", "the April-June quarter of 2025") is one quarter mention',
    text: 'Profit fell in the January-March quarter. Sales rose in the April-June quarter of 2025. Revenue fell in the July-to-September period.',
    referenceDate: '2024-07-02',
    expect: [
      { text: 'July-to-September period', value: { start: '2024-Q3', end: '2024-Q3', granularity: 'quarter' } },
      { text: 'January-March quarter', value: { start: '2024-Q1', end: '2024-Q1', granularity: 'quarter' } },
      { text: 'April-June quarter of 2025', value: { start: '2025-Q2', end: '2025-Q2', granularity: 'quarter' } },
    ],
    reject: ['January'],
  },
  {
    name: '"the end of the year", "year-end", "the rest of the year" alone: the document date\'s year (as 年末, 年内)',
    text: 'Ford will pick a site by the end of the year. Output rises by year-end. Demand stays weak for the rest of the year. Payments are due at the end of the month.',
    referenceDate: '2025-03-10',
    expect: [
      { text: 'the end of the year', value: year('2025', 'end') },
      { text: 'year-end', value: year('2025', 'end') },
      { text: 'rest of the year', value: year('2025') },
      { text: 'the end of the month', value: { start: '2025-03', end: '2025-03', granularity: 'month', mod: 'end' } },
    ],
  },
  {
    name: '"the 2024 fiscal year" is fiscal 2024, the whole phrase',
    text: 'Toyota raised its outlook for the 2024 fiscal year.',
    expect: [{ text: '2024 fiscal year', value: point('FY2024', 'fiscal_year') }],
    reject: ['2024', 'the 2024 fiscal year'],
  },
  {
    name: '"year-end" / "mid-year" before a noun is an adjective, not a date; before a year it is that year\'s',
    text: 'The year-end bonus and a mid-year review were cut. Sales peaked at year-end 2024.',
    referenceDate: '2025-03-10',
    expect: [{ text: 'year-end 2024', value: year('2024', 'end') }],
    reject: ['year-end', 'mid-year'],
  },
  {
    name: 'month day, year',
    text: 'The plant will start production on March 5, 2026.',
    expect: [{ text: 'March 5, 2026', value: { start: '2026-03-05', end: '2026-03-05', granularity: 'day' } }],
    reject: ['on March 5, 2026'],
  },
  {
    name: 'quarter of a year, without "the"',
    text: 'Ford expects profits to improve in the fourth quarter of 2025.',
    expect: [{ text: 'fourth quarter of 2025', value: { start: '2025-Q4', end: '2025-Q4', granularity: 'quarter' } }],
    reject: ['the fourth quarter of 2025'],
  },
  {
    name: '"the end of" stays in the span',
    text: 'The company plans to reach full capacity by the end of 2028.',
    expect: [{ text: 'the end of 2028', value: year('2028', 'end') }],
    reject: ['by the end of 2028'],
  },
  {
    name: 'since is outside the span; onward is inside',
    text: 'Sales have doubled since 2020, and the firm expects growth from 2027 onward.',
    expect: [
      { text: '2020', value: year('2020') },
      { text: '2027 onward', value: { start: '2027', end: null, granularity: 'year', mod: 'after' } },
    ],
    reject: ['since 2020', 'from 2027 onward'],
  },
  {
    name: 'relative next month with a reference date',
    text: 'The automaker will unveil the model next month.',
    referenceDate: '2025-03-10',
    expect: [{ text: 'next month', value: { start: '2025-04', end: '2025-04', granularity: 'month' } }],
  },
  {
    name: 'relative next month without a reference date',
    text: 'The automaker will unveil the model next month.',
    expect: [{ text: 'next month', value: null, relative: { unit: 'month', offset: 1 } }],
  },
  { name: 'fiscal year FY', text: 'Deliveries are expected in FY2026, the firm said in its outlook.', expect: [{ text: 'FY2026', value: { start: 'FY2026', end: 'FY2026', granularity: 'fiscal_year' } }] },
  {
    name: 'anaphoric same month',
    text: 'Toyota signed the deal on March 3, 2024, and construction began the same month.',
    expect: [
      { text: 'March 3, 2024', value: { start: '2024-03-03', end: '2024-03-03', granularity: 'day' } },
      { text: 'same month', value: { start: '2024-03', end: '2024-03', granularity: 'month' } },
    ],
    reject: ['the same month'],
  },
  {
    name: 'last Friday',
    text: 'Executives met last Friday to review the plan.',
    referenceDate: '2025-03-10',
    expect: [{ text: 'last Friday', value: { start: '2025-03-07', end: '2025-03-07', granularity: 'day' } }],
  },
  {
    name: 'range "to" is one mention',
    text: 'The battery pact targets output from 2027 to 2030.',
    expect: [{ text: '2027 to 2030', value: { start: '2027', end: '2030', granularity: 'year' } }],
    reject: ['2027', '2030'],
  },
  {
    name: 'between … and: one range, between outside',
    text: 'The recall covers cars built between 2021 and 2023.',
    expect: [{ text: '2021 and 2023', value: { start: '2021', end: '2023', granularity: 'year' } }],
    reject: ['between 2021 and 2023'],
  },
  {
    name: 'a season alone after a preposition is the one nearest the document date; late / mid- / early join it',
    text: 'Production starts in summer. Deliveries begin by mid-summer and peak in late summer. The plant opens in the fall.',
    referenceDate: '2025-06-15',
    expect: [
      { text: 'summer', value: { start: '2025-06', end: '2025-08', granularity: 'month' } },
      { text: 'mid-summer', value: { start: '2025-06', end: '2025-08', granularity: 'month', mod: 'mid' } },
      { text: 'late summer', value: { start: '2025-06', end: '2025-08', granularity: 'month', mod: 'end' } },
      { text: 'fall', value: { start: '2025-09', end: '2025-11', granularity: 'month' } },
    ],
    reject: ['the fall'],
  },
  {
    name: 'a season word that is not a time: "a fall in prices", "the fall of Lehman", "summer sales"',
    text: 'A fall in prices hurt margins. Prices recovered since the fall of Lehman. Summer sales rose in Europe.',
    referenceDate: '2025-06-15',
    expect: [],
    reject: ['fall', 'Summer'],
  },
  {
    name: '"in the second half" alone is a half of the document\'s year; "the end of the third quarter" keeps its modifier',
    text: 'Production starts in the second half. The deal should close by the end of the third quarter. Costs were cut by half. The first half of the match was dull.',
    referenceDate: '2025-06-15',
    expect: [
      { text: 'second half', value: point('2025-H2', 'half') },
      { text: 'the end of the third quarter', value: { start: '2025-Q3', end: '2025-Q3', granularity: 'quarter', mod: 'end' } },
    ],
    reject: ['half', 'first half'],
  },
  { name: '"may" the verb is not a month', text: 'Prices may fall further, analysts said.', expect: [], reject: ['may'] },
  { name: 'year on year is a comparison', text: 'Sales grew 8% year on year.', expect: [], reject: ['year on year', 'year'] },
  { name: 'duration "the past two decades"', text: 'Costs fell by half over the past two decades.', expect: [], reject: ['past two decades', 'two decades'] },
  { name: '24/7 and a decimal are not dates', text: 'The plant runs 24/7 and produced 4.22 GWh.', expect: [], reject: ['24/7', '4.22'] },
  {
    name: 'days listed with one month name are a mention each; a full month name keeps no sentence-final dot, an abbreviation does',
    text: 'The talks are on June 18 and 19, 2025. The board met on 3 and 4 March 2026. The plant opened on 19 June. The line starts on 5 Sept.',
    expect: [
      { text: 'June 18', value: point('2025-06-18', 'day') },
      { text: '19, 2025', value: point('2025-06-19', 'day') },
      { text: '3', value: point('2026-03-03', 'day') },
      { text: '4 March 2026', value: point('2026-03-04', 'day') },
      { text: '19 June', value: point('2025-06-19', 'day') },
      { text: '5 Sept.', value: point('2025-09-05', 'day') },
    ],
    reject: ['19 June.', '2025'],
    referenceDate: '2025-06-15',
  },
  {
    name: '"the following quarter" counts from the quarter (or month) before it; "this calendar year" is this year',
    text: 'Sales rose in Q4 2025 and again the following quarter. Profit rose this calendar year.',
    expect: [
      { text: 'following quarter', value: point('2026-Q1', 'quarter') },
      { text: 'this calendar year', value: year('2025') },
    ],
    referenceDate: '2025-06-15',
  },
  {
    name: 'a comparison is no offset date: "a year later than planned" (a delay); "two weeks later" is one',
    text: 'Output will start in H2 2027, about a year later than planned. Two weeks later, the plant opened.',
    expect: [{ text: 'H2 2027', value: { start: '2027-H2', end: '2027-H2', granularity: 'half' } }, { text: 'Two weeks later' }],
    reject: ['about a year later', 'a year later'],
  },
];

export const ja: DateCase[] = [...jaCore, ...news.ja];
export const en: DateCase[] = [...enCore, ...news.en];
