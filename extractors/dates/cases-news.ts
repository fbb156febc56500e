/**
 * A second date case table (cases.ts joins it with the first): news shapes from fresh text (dates 1.2.12–1.2.13).
 */
import type { Case, DateExpectation } from '../cases.ts';

type DateCase = Case<DateExpectation>;

const year = (y: string) => ({ start: y, end: y, granularity: 'year' });

export const ja: DateCase[] = [
  {
    name: 'a two-digit year before a season is that season (「26年春に着工し、27年秋の完成」); before a point or an event of its year it is a year (「22年の水準から」「25年の稼働を予定」「23年合意の」); a term stays none (「5年の契約」「10年の歴史」)',
    referenceDate: '2025-11-05',
    text: '26年春に着工し、27年秋の完成を予定する。排出量を22年の水準から半減させる。工場は当初25年の稼働を予定していた。23年合意の第2回出資に代わる。5年の契約を結んだ。10年の歴史がある。',
    expect: [
      { text: '26年春', value: { start: '2026-03', end: '2026-05', granularity: 'month' } },
      { text: '27年秋', value: { start: '2027-09', end: '2027-11', granularity: 'month' } },
      { text: '22年', value: year('2022') },
      { text: '25年', value: year('2025') },
      { text: '23年', value: year('2023') },
    ],
    reject: ['5年', '10年'],
  },
  {
    name: 'a bare day that opens a sentence (「…急いでいる。9日には…」) is a date; a count of days is not (「3日間で」)',
    referenceDate: '2024-02-15',
    text: 'パナソニック エナジーは調達を急いでいる。9日には豪ノボニクスと契約を結んだ。作業は3日間で終えた。',
    expect: [{ text: '9日', value: { start: '2024-02-09', end: '2024-02-09', granularity: 'day' } }],
    reject: ['3日'],
  },
  {
    name: 'a two-digit year before what a company made or sold that year (「25年の国内生産」「26年のEV世界販売」「24年時点では」) is a year',
    referenceDate: '2026-02-05',
    text: 'スバルの25年の国内生産は約54万台だった。26年のEV世界販売を20万台とする。24年時点では、ネオジェンが最大手だった。',
    expect: [
      { text: '25年', value: year('2025') },
      { text: '26年', value: year('2026') },
      { text: '24年', value: year('2024') },
    ],
  },
];

export const en: DateCase[] = [
  {
    name: "'that' before a month is the month of the year of the date before it ('in May 2023, then suspended the project that November'); before a month that is also a word it is a conjunction ('said that May would')",
    referenceDate: '2025-02-26',
    text: 'It signed a supply contract in May 2023, then suspended the project that November. He said that May would be hard.',
    expect: [
      { text: 'May 2023', value: { start: '2023-05', end: '2023-05', granularity: 'month' } },
      { text: 'that November', value: { start: '2023-11', end: '2023-11', granularity: 'month' } },
    ],
    reject: ['November', 'May', 'that May'],
  },
];
