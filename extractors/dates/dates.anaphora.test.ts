/**
 * Anaphoric dates (RECORDS.md §2, seeds/dates/*.yaml `anaphora`): one row per form, each
 * resolved against the nearest preceding date mention that has the unit it needs; value null
 * when there is none. Each row lists EVERY mention expected in the text.
 */
import { describe, expect, it } from 'vitest';
import { extractForTest, summarise, type Case } from './test-fixtures.ts';

const D = ['2024年3月5日', '2024-03-05', '2024-03-05'] as [string, string, string]; // a Tuesday
const E = ['March 5, 2024', '2024-03-05', '2024-03-05'] as [string, string, string];

const japanese: Case[] = [
  ['2024年3月5日に発表。同日、トヨタも発表した。', [D, ['同日', '2024-03-05', '2024-03-05']]],
  ['2024年3月5日に発表。その日のうちに承認。', [D, ['その日', '2024-03-05', '2024-03-05']]],
  ['2024年3月5日に発表。翌日に上場。', [D, ['翌日', '2024-03-06', '2024-03-06']]],
  ['2024年3月5日に発表。前日に合意した。', [D, ['前日', '2024-03-04', '2024-03-04']]],
  ['2024年3月5日に発表。同週に出荷。', [D, ['同週', '2024-03-04', '2024-03-10']]],
  ['2024年3月5日に起きた。同じ週に出荷。', [D, ['同じ週', '2024-03-04', '2024-03-10']]],
  ['2024年3月5日に起きた。その週に出荷。', [D, ['その週', '2024-03-04', '2024-03-10']]],
  ['2024年3月5日に発表。翌週に出荷。', [D, ['翌週', '2024-03-11', '2024-03-17']]],
  ['2024年3月5日に発表。前週に合意。', [D, ['前週', '2024-02-26', '2024-03-03']]],
  ['2024年3月5日に発表。その週末に出発。', [D, ['その週末', '2024-03-09', '2024-03-10']]],
  ['2023年1月に発表。同月中に出荷。', [['2023年1月', '2023-01', '2023-01'], ['同月中', '2023-01', '2023-01']]],
  ['2023年1月に発表。同じ月に出荷。', [['2023年1月', '2023-01', '2023-01'], ['同じ月', '2023-01', '2023-01']]],
  ['2023年1月に発表。その月に出荷。', [['2023年1月', '2023-01', '2023-01'], ['その月', '2023-01', '2023-01']]],
  ['2023年12月に発表。翌月に出荷。', [['2023年12月', '2023-12', '2023-12'], ['翌月', '2024-01', '2024-01']]],
  ['2023年1月に発表。前月に合意。', [['2023年1月', '2023-01', '2023-01'], ['前月', '2022-12', '2022-12']]],
  ['2023年1月に発表。同年に完成。', [['2023年1月', '2023-01', '2023-01'], ['同年', '2023', '2023']]],
  ['2023年1月に発表。同年5月に開始。', [['2023年1月', '2023-01', '2023-01'], ['同年5月', '2023-05', '2023-05']]],
  ['2023年に発表。同じ年に完成。', [['2023年', '2023', '2023'], ['同じ年', '2023', '2023']]],
  ['2023年に発表。その年に完成。', [['2023年', '2023', '2023'], ['その年', '2023', '2023']]],
  ['2023年に発表。翌年に完成。', [['2023年', '2023', '2023'], ['翌年', '2024', '2024']]],
  ['2023年に発表。前年に合意。', [['2023年', '2023', '2023'], ['前年', '2022', '2022']]],
  // 前年 / 翌年 before a month: the previous date's year, one before or after
  ['2023年1月に発足した。合意したのは前年8月29日だった。', [['2023年1月', '2023-01', '2023-01'], ['前年8月29日', '2022-08-29', '2022-08-29']]],
  ['2024年に提携した。翌年3月に設立する。', [['2024年', '2024', '2024'], ['翌年3月', '2025-03', '2025-03']]],
  ['2024年に提携した。前年比で増え、前年同月比でも増えた。', [['2024年', '2024', '2024']]],
];

const english: Case[] = [
  ['It was signed on March 5, 2024. The same day, Honda agreed.', [E, ['same day', '2024-03-05', '2024-03-05']]],
  ['It was signed on March 5, 2024. That day, Honda agreed.', [E, ['That day', '2024-03-05', '2024-03-05']]],
  ['It was signed on March 5, 2024 and listed the next day.', [E, ['next day', '2024-03-06', '2024-03-06']]],
  ['It was signed on March 5, 2024 and listed the following day.', [E, ['following day', '2024-03-06', '2024-03-06']]],
  ['It was signed on March 5, 2024, agreed the previous day.', [E, ['previous day', '2024-03-04', '2024-03-04']]],
  ['It was signed on March 5, 2024, agreed the day before.', [E, ['day before', '2024-03-04', '2024-03-04']]],
  ['It was signed on March 5, 2024 and listed the day after.', [E, ['day after', '2024-03-06', '2024-03-06']]],
  ['It was signed on March 5, 2024; shipping began the same week.', [E, ['same week', '2024-03-04', '2024-03-10']]],
  ['It was signed on March 5, 2024; shipping began that week.', [E, ['that week', '2024-03-04', '2024-03-10']]],
  ['It was signed on March 5, 2024; shipping began the following week.', [E, ['following week', '2024-03-11', '2024-03-17']]],
  ['It was signed on March 5, 2024; they left that weekend.', [E, ['that weekend', '2024-03-09', '2024-03-10']]],
  ['It was signed in March 2024; shipping began the same month.', [['March 2024', '2024-03', '2024-03'], ['same month', '2024-03', '2024-03']]],
  ['It was signed in March 2024; shipping began that month.', [['March 2024', '2024-03', '2024-03'], ['that month', '2024-03', '2024-03']]],
  ['It was signed in March 2024; shipping began the following month.', [['March 2024', '2024-03', '2024-03'], ['following month', '2024-04', '2024-04']]],
  ['It was founded in 2019; the same year it listed.', [['2019', '2019', '2019'], ['same year', '2019', '2019']]],
  ['It was founded in 2019, and that year it listed.', [['2019', '2019', '2019'], ['that year', '2019', '2019']]],
  ['It was founded in 2019; the following year it listed.', [['2019', '2019', '2019'], ['following year', '2020', '2020']]],
  // "the previous year" is 前年: from the date before it ("previous" alone with no date before: test below)
  ['Arm sued in 2022 over a takeover agreed the previous year.', [['2022', '2022', '2022'], ['previous year', '2021', '2021']]],
  ['It opened a plant in March 2024; the previous month it had signed the deal.', [['March 2024', '2024-03', '2024-03'], ['previous month', '2024-02', '2024-02']]],
];

const resolution: Case[] = [
  // nothing before: value null
  ['同日、トヨタも発表した。', [['同日', null, null]]],
  ['The following year it listed.', [['following year', null, null]]],
  // the nearest preceding date WITH the unit needed: 同日 skips a month-only date
  ['2024年3月5日に合意し、2024年4月に発表。同日、', [D, ['2024年4月', '2024-04', '2024-04'], ['同日', '2024-03-05', '2024-03-05']]],
  // a bare news-style day counts (出光は13日、…。同日)
  ['2025年12月4日\n出光は13日、発表した。ホンダも同日、発表した。', [['2025年12月4日', '2025-12-04', '2025-12-04'], ['13日', '2025-12-13', '2025-12-13'], ['同日', '2025-12-13', '2025-12-13']]],
  // "the previous quarter" with no date before it: counted from the document date, as "last quarter" is (value needs one)
  ['Sales fell in the previous quarter.', [['previous quarter', null, null]]],
  // comparisons and other words are not dates
  ['2023年の売上は前年比5%増。', [['2023年', '2023', '2023']]],
  ['2023年に発表。翌年度に完成。', [['2023年', '2023', '2023']]],
];

describe('anaphoric dates', () => {
  for (const [name, cases] of [['Japanese forms', japanese], ['English forms', english], ['resolution', resolution]] as const) {
    describe(name, () => {
      it.each(cases.map((c) => [c[0], c[1]] as const))('%s', (text, expected) => {
        expect(summarise(extractForTest(text))).toEqual(expected);
      });
    });
  }

  it('records what an unresolved anaphor needs', () => {
    expect(extractForTest('翌月に出荷').mentions[0]!.relative).toEqual({ anaphora: 'month', offset: 1, granularity: 'month' });
  });
});
