/**
 * English date cases: spans (on the normalised text) and values. Each row lists EVERY mention
 * expected in the text, so a row with [] is a negative case.
 */
import { describe, expect, it } from 'vitest';
import { extractForTest, summarise, type Case } from './test-fixtures.ts';

const DOC = '2025-12-04'; // a Thursday

const fullDates: Case[] = [
  ['on March 5, 2026', [['March 5, 2026', '2026-03-05', '2026-03-05']]],
  ['5 March 2026', [['5 March 2026', '2026-03-05', '2026-03-05']]],
  ['Mar. 5, 2026', [['Mar. 5, 2026', '2026-03-05', '2026-03-05']]],
  ['Monday, January 22, 2018', [['Monday, January 22, 2018', '2018-01-22', '2018-01-22']]],
  ['16. Nov. 2016', [['16. Nov. 2016', '2016-11-16', '2016-11-16']]],
  ['2026-03-05', [['2026-03-05', '2026-03-05', '2026-03-05']]],
  ['2026/03/05', [['2026/03/05', '2026-03-05', '2026-03-05']]],
  ['2026.3.5', [['2026.3.5', '2026-03-05', '2026-03-05']]],
  ['02/22/2016', [['02/22/2016', '2016-02-22', '2016-02-22']]],
  ['21/04/2016', [['21/04/2016', '2016-04-21', '2016-04-21']]],
  ['13.5.2015', [['13.5.2015', '2015-05-13', '2015-05-13']]],
  ['08/12,2015', [['08/12,2015', '2015-08-12', '2015-08-12']]],
  ['2019-sep-1', [['2019-sep-1', '2019-09-01', '2019-09-01']]],
  ['january 12, 2016', [['january 12, 2016', '2016-01-12', '2016-01-12']]],
  ['Friday 7/6 with Jim', [['Friday 7/6', '2018-07-06', '2018-07-06']], '2018-07-06'],
];

const monthsAndYears: Case[] = [
  ['Mar. 2026', [['Mar. 2026', '2026-03', '2026-03']]],
  ['in March 2026', [['March 2026', '2026-03', '2026-03']]],
  ['Sept 2025', [['Sept 2025', '2025-09', '2025-09']]],
  ['Jan, 2001', [['Jan, 2001', '2001-01', '2001-01']]],
  ['3/2015', [['3/2015', '2015-03', '2015-03']]],
  ['2016/11', [['2016/11', '2016-11', '2016-11']]],
  ['by 2027', [['2027', '2027', '2027']]],
  ['established in Anhui in 2022', [['2022', '2022', '2022']]],
  ['since 2020', [['2020', '2020', '2020']]],
  ['In 2024, sales rose', [['2024', '2024', '2024']]],
  ['the 2027 target', [['2027', '2027', '2027']]],
  ['in the year 2000', [['2000', '2000', '2000']]],
  ['in May', [['May', 'XXXX-05', 'XXXX-05']]],
  ['In March, the company', [['March', 'XXXX-03', 'XXXX-03']]],
  ['in March', [['March', '2026-03', '2026-03']], DOC],
  ['December 2024 and January 2025', [['December 2024', '2024-12', '2024-12'], ['January 2025', '2025-01', '2025-01']]],
  ['2022 and 2023', [['2022', '2022', '2022'], ['2023', '2023', '2023']]],
  ["in '25", [["'25", '2025', '2025']]],
];

const modifiers: Case[] = [
  ['from 2027 onward', [['2027 onward', '2027', null, 'after']]],
  ['2027 onwards', [['2027 onwards', '2027', null, 'after']]],
  ['2027 and beyond', [['2027 and beyond', '2027', null, 'after']]],
  ['2030 or later', [['2030 or later', '2030', null, 'after']]],
  ['2020 and earlier', [['2020 and earlier', null, '2020', 'before']]],
  ['In late 2023, the company', [['late 2023', '2023', '2023', 'end']]],
  ['early 2027', [['early 2027', '2027', '2027', 'start']]],
  ['mid-2027', [['mid-2027', '2027', '2027', 'mid']]],
  ['mid 2027', [['mid 2027', '2027', '2027', 'mid']]],
  ['by the end of 2028', [['the end of 2028', '2028', '2028', 'end']]],
  ['end-2025', [['end-2025', '2025', '2025', 'end']]],
  ['the beginning of 2027', [['the beginning of 2027', '2027', '2027', 'start']]],
  ['at the start of 2026', [['the start of 2026', '2026', '2026', 'start']]],
  ['the middle of 2026', [['the middle of 2026', '2026', '2026', 'mid']]],
  ['year-end 2025', [['year-end 2025', '2025', '2025', 'end']]],
  ['around 2025', [['around 2025', '2025', '2025', 'approx']]],
  ['circa 1900', [['circa 1900', '1900', '1900', 'approx']]],
  ['late March', [['late March', 'XXXX-03', 'XXXX-03', 'end']]],
  ['end of March 2026', [['end of March 2026', '2026-03', '2026-03', 'end']]],
  ['the late 1990s', [['late 1990s', '1990', '1999', 'end']]],
];

const ranges: Case[] = [
  ['during the 2027 to 2030 adoption phase', [['2027 to 2030', '2027', '2030']]],
  ['from 2027 through 2030', [['2027 through 2030', '2027', '2030']]],
  ['between 2027 and 2030', [['2027 and 2030', '2027', '2030']]],
  ['2027-2030', [['2027-2030', '2027', '2030']]],
  ['2027–30', [['2027-30', '2027', '2030']]],
  ['January–July 2023', [['January-July 2023', '2023-01', '2023-07']]],
  ['from January to July 2023', [['January to July 2023', '2023-01', '2023-07']]],
  ['Jan-Jul 2023', [['Jan-Jul 2023', '2023-01', '2023-07']]],
  ['March 5-7, 2026', [['March 5-7, 2026', '2026-03-05', '2026-03-07']]],
  ['November 19 to 20', [['November 19 to 20', 'XXXX-11-19', 'XXXX-11-20']]],
  ['from 4 to 22 January, 2017', [['4 to 22 January, 2017', '2017-01-04', '2017-01-22']]],
  ['Oct. 2 to October 22', [['Oct. 2 to October 22', 'XXXX-10-02', 'XXXX-10-22']]],
  ['from 2019-aug-1 to today', [['2019-aug-1 to today', '2019-08-01', '2019-10-14']], '2019-10-14'],
  ['December 2024 to March 2025', [['December 2024 to March 2025', '2024-12', '2025-03']]],
];

const partsOfYears: Case[] = [
  ['Q3 2025', [['Q3 2025', '2025-Q3', '2025-Q3']]],
  ['3Q25', [['3Q25', '2025-Q3', '2025-Q3']]],
  ["Q3'25", [["Q3'25", '2025-Q3', '2025-Q3']]],
  ['2025Q3', [['2025Q3', '2025-Q3', '2025-Q3']]],
  ['2016 Q3', [['2016 Q3', '2016-Q3', '2016-Q3']]],
  ['H2 2025', [['H2 2025', '2025-H2', '2025-H2']]],
  ['2H 2025', [['2H 2025', '2025-H2', '2025-H2']]],
  ['1H25', [['1H25', '2025-H1', '2025-H1']]],
  ['2025 H2', [['2025 H2', '2025-H2', '2025-H2']]],
  ['in the fourth quarter of 2025', [['fourth quarter of 2025', '2025-Q4', '2025-Q4']]],
  ['fourth-quarter 2025 results', [['fourth-quarter 2025', '2025-Q4', '2025-Q4']]],
  ['first half of 2026', [['first half of 2026', '2026-H1', '2026-H1']]],
  ['the 1st quarter of 2025', [['1st quarter of 2025', '2025-Q1', '2025-Q1']]],
  ['in the second half of 2025', [['second half of 2025', '2025-H2', '2025-H2']]],
  ['the first half of fiscal 2025', [['first half of fiscal 2025', 'FY2025-H1', 'FY2025-H1']]],
  ['during Q3', [['Q3', 'XXXX-Q3', 'XXXX-Q3']]],
  ['FY2026', [['FY2026', 'FY2026', 'FY2026']]],
  ['FY26', [['FY26', 'FY2026', 'FY2026']]],
  ['FY 2026', [['FY 2026', 'FY2026', 'FY2026']]],
  ['FY2025/26', [['FY2025/26', 'FY2025', 'FY2025']]],
  ['fiscal 2025', [['fiscal 2025', 'FY2025', 'FY2025']]],
  ['fiscal year 2025', [['fiscal year 2025', 'FY2025', 'FY2025']]],
  ['FY2025 Q3', [['FY2025 Q3', 'FY2025-Q3', 'FY2025-Q3']]],
  ['1H FY2025', [['1H FY2025', 'FY2025-H1', 'FY2025-H1']]],
  ['Q3 FY25', [['Q3 FY25', 'FY2025-Q3', 'FY2025-Q3']]],
  ['21st century', [['21st century', '21C', '21C']]],
  ['in the 19th century', [['19th century', '19C', '19C']]],
  ['the nineteenth century', [['nineteenth century', '19C', '19C']]],
  ['In the 1970s', [['1970s', '1970', '1979']]],
  ["the '90s", [["'90s", '1990', '1999']]],
];

const yearLessAndRelative: Case[] = [
  ['July 7', [['July 7', 'XXXX-07-07', 'XXXX-07-07']]],
  ['on July 7', [['July 7', '2025-07-07', '2025-07-07']], DOC],
  ['on July 7th', [['July 7th', 'XXXX-07-07', 'XXXX-07-07']]],
  ['1st Jan', [['1st Jan', 'XXXX-01-01', 'XXXX-01-01']]],
  ['jan/1', [['jan/1', 'XXXX-01-01', 'XXXX-01-01']]],
  ['i went back on the 21st', [['21st', 'XXXX-XX-21', 'XXXX-XX-21']]],
  ['last year', [['last year', '2024', '2024']], DOC],
  ['next year', [['next year', '2026', '2026']], DOC],
  ['this month', [['this month', '2025-12', '2025-12']], DOC],
  ['last week', [['last week', '2025-11-24', '2025-11-30']], DOC],
  ['yesterday', [['yesterday', '2025-12-03', '2025-12-03']], DOC],
  ['the day after tomorrow', [['the day after tomorrow', '2025-12-06', '2025-12-06']], DOC],
  ['next Friday', [['next Friday', '2025-12-05', '2025-12-05']], DOC],
  ['last Friday', [['last Friday', '2025-11-28', '2025-11-28']], DOC],
  ['on Tuesday', [['Tuesday', '2025-12-02', '2025-12-02']], DOC],
  ['next week Sunday', [['next week Sunday', '2025-12-14', '2025-12-14']], DOC],
  ['Tuesday next week', [['Tuesday next week', '2025-12-09', '2025-12-09']], DOC],
  ['the first Friday of July', [['first Friday of July', '2016-07-01', '2016-07-01']], '2016-11-07'],
  ['late last year', [['late last year', '2024', '2024', 'end']], DOC],
  ['this quarter', [['this quarter', '2025-Q4', '2025-Q4']], DOC],
  ['next June', [['next June', '2026-06', '2026-06']], DOC],
  ['on Christmas', [['Christmas', 'XXXX-12-25', 'XXXX-12-25']]],
  ['Christmas 2025', [['Christmas 2025', '2025-12-25', '2025-12-25']]],
  ['on thanksgiving', [['thanksgiving', '2016-11-24', '2016-11-24']], '2016-11-07'],
  ["presidents' day 2017", [["presidents' day 2017", '2017-02-20', '2017-02-20']]],
  ['the first week of Oct', [['first week of Oct', 'XXXX-10-01', 'XXXX-10-07']]],
  ['first week of 2015', [['first week of 2015', '2014-12-29', '2015-01-04']]],
  ['the 3rd week of May', [['3rd week of May', 'XXXX-05-15', 'XXXX-05-21']]],
  // an ordinal in digits starts after a non-digit: "23rd" is not "3rd" (en.week, en.nth_weekday, en.part_of_year)
  ['its 23rd week of May', [['May', 'XXXX-05', 'XXXX-05']]],
  ['its 22nd Tuesday session', [['Tuesday', '2025-12-02', '2025-12-02']], DOC],
  ['the 2nd Tuesday of March', [['2nd Tuesday of March', '2026-03-10', '2026-03-10']], DOC],
  ['week 10', [['week 10', '2017-03-06', '2017-03-12']], '2017-11-20'],
  ['Thursday the 21st', [['Thursday the 21st', '2017-09-21', '2017-09-21']], '2017-09-27'],
  // a month's name makes the number a year, whatever word follows it
  ['a raid in September 2025 set that timetable back', [['September 2025', '2025-09', '2025-09']]],
];

const negatives: Case[] = [
  ['4680 cells', []],
  ['battery packs based on 4680 large cylindrical cells', []],
  ['2000 people', []],
  ['2,027 cars', []],
  ['2027 units', []],
  ['Model 3', []],
  ['iPhone 15', []],
  ['part A2027', []],
  ['at 3:30 pm', []],
  ['costs $2025', []],
  ['see page 2020', []],
  ['version 2.0.25', []],
  ['call 03-1234-5678', []],
  ['a five-year plan', []],
  ['a 5-year strategic cooperation agreement', []],
  ['2 years', []],
  ['next year', [['next year', null, null]]],
  ['in recent years', []],
  ['May I help you', []],
  ['you may see', []],
  ['we march on', []],
  ['24/7 support', []],
  ['1/3 of the cost', []],
  ['IEC 62660', []],
  ['300 units', []],
  ['100,000 vehicles', []],
  ['2025 kWh', []],
  ['2025%', []],
  ['No. 2020', []],
  ['the 3rd largest maker', []],
  ['during H2', []],
  ['Q3 results', []],
  ['Friday', [['Friday', null, null]]],
  ['today', [['today', null, null]]],
  ['the first quarter of the race', []],
  ['10.2.15 firmware', []],
  ['EUR 2025', []],
  ['over 60,000 square meters', []],
  ['62.6%', []],
  ['the 2000 cars', []],
  ['ISO 9001', []],
  ['a 2030 kW charger', []],
];

const groups: [string, Case[]][] = [
  ['full dates', fullDates],
  ['months and years', monthsAndYears],
  ['modifiers', modifiers],
  ['ranges', ranges],
  ['quarters, halves, fiscal years, centuries', partsOfYears],
  ['year-less and relative dates', yearLessAndRelative],
  ['negatives', negatives],
];

describe('English dates', () => {
  for (const [name, cases] of groups) {
    describe(name, () => {
      it.each(cases.map((c) => [c[0], c[1], c[2] ?? null] as const))('%s', (text, expected, doc) => {
        expect(summarise(extractForTest(text, doc))).toEqual(expected);
      });
    });
  }
});
