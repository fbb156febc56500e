/**
 * Relative and word dates (1.2.0): kana readings, offsets in both languages, weekdays with a
 * relative week (any order, ranges), n-th weekdays, days of a relative month, modifiers on
 * relative periods, number words, numeric dates with a year in any order, year + 前/後,
 * composite forms, computed holidays, weekends, and value null without a document date.
 * Each row lists EVERY mention expected in the text, so a row with [] is a negative case.
 * Anaphora (同日, the following month …) are in dates.anaphora.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { extractForTest, summarise, type Case } from './test-fixtures.ts';

const DOC = '2016-11-07'; // a Monday

const kana: Case[] = [
  ['きのう帰ってきました。', [['きのう', '2016-11-06', '2016-11-06']], DOC],
  ['あす帰る予定です。', [['あす', '2016-11-08', '2016-11-08']], DOC],
  ['あさって帰る予定です。', [['あさって', '2016-11-09', '2016-11-09']], DOC],
  ['おととい帰ってきました。', [['おととい', '2016-11-05', '2016-11-05']], DOC],
  ['いっさくじつ', [['いっさくじつ', '2016-11-05', '2016-11-05']], DOC],
  ['しあさって', [['しあさって', '2016-11-10', '2016-11-10']], DOC],
  ['こんげつ', [['こんげつ', '2016-11', '2016-11']], DOC],
  ['せんげつ', [['せんげつ', '2016-10', '2016-10']], DOC],
  ['さらいねん', [['さらいねん', '2018', '2018']], DOC],
  ['らいしゅうに', [['らいしゅう', '2016-11-14', '2016-11-20']], DOC],
  ['きょねんの話', [['きょねん', '2015', '2015']], DOC],
];

/** Without a document date a relative date is still a mention, with value null (RECORDS.md §2). */
const unresolved: Case[] = [
  ['来月に発売', [['来月', null, null]]],
  ['明日', [['明日', null, null]]],
  ['来週の金曜日に', [['来週の金曜日', null, null]]],
  ['next month', [['next month', null, null]]],
  ['two days ago', [['two days ago', null, null]]],
  ['中秋節', [['中秋節', null, null]]],
];

const offsets: Case[] = [
  ['3日後に戻ります', [['3日後', '2016-11-10', '2016-11-10']], DOC],
  ['2週間前に', [['2週間前', '2016-10-24', '2016-10-24']], DOC],
  ['2年1か月21日前に', [['2年1か月21日前', '2014-09-16', '2014-09-16']], DOC],
  ['二年前に', [['二年前', '2014', '2014']], DOC],
  ["i'll go back two weeks from now", [['two weeks from now', '2016-11-21', '2016-11-21']], DOC],
  ['i went back 3 days ago', [['3 days ago', '2016-11-04', '2016-11-04']], DOC],
  ['who did i email a month ago', [['a month ago', '2016-10', '2016-10']], DOC],
  ['i left here 2 years 1 month 21 days ago', [['2 years 1 month 21 days ago', '2014-09-16', '2014-09-16']], DOC],
  ['We will meet in two weeks', [['two weeks', '2016-11-21', '2016-11-21']], DOC],
  ['five years hence', [['five years hence', '2021', '2021']], DOC],
  ['It will happen 4 weeks in the future', [['4 weeks in the future', '2016-12-05', '2016-12-05']], DOC],
  ["I'll be out the week after next", [['week after next', '2016-11-21', '2016-11-27']], DOC],
  ['the year after next', [['year after next', '2018', '2018']], DOC],
];

const weekdays: Case[] = [
  ['来週の火曜日に', [['来週の火曜日', '2016-11-15', '2016-11-15']], DOC],
  ['先週の月曜日に帰ってきました', [['先週の月曜日', '2016-10-31', '2016-10-31']], DOC],
  ['今週の金曜日', [['今週の金曜日', '2016-11-11', '2016-11-11']], DOC],
  ['来週金曜日に戻ります', [['来週金曜日', '2016-11-18', '2016-11-18']], DOC],
  ['next week Friday', [['next week Friday', '2016-11-18', '2016-11-18']], DOC],
  ['Friday of next week', [['Friday of next week', '2016-11-18', '2016-11-18']], DOC],
  ['this week on Saturday', [['this week on Saturday', '2016-11-12', '2016-11-12']], DOC],
  ['Tuesday next week', [['Tuesday next week', '2016-11-15', '2016-11-15']], DOC],
  ['last Friday', [['last Friday', '2016-11-04', '2016-11-04']], DOC],
  ["I'll go back Wed 16th", [['Wed 16th', '2016-11-16', '2016-11-16']], DOC],
  ['this coming Friday', [['this coming Friday', '2016-11-11', '2016-11-11']], DOC],
  ["i'll go back on tues.", [['tues', '2016-11-08', '2016-11-08']], DOC],
  ['金曜日から日曜日までキャンプ', [['金曜日から日曜日', '2016-11-04', '2016-11-06']], DOC],
  ['来週の水曜日から金曜日で調整', [['来週の水曜日から金曜日', '2016-11-16', '2016-11-18']], DOC],
  ['今週の金曜日から来週の日曜日まで', [['今週の金曜日から来週の日曜日', '2016-11-11', '2016-11-20']], DOC],
  ['last week from Wednesday to Friday', [['last week from Wednesday to Friday', '2016-11-02', '2016-11-04']], DOC],
  ['Wednesday to Friday', [['Wednesday to Friday', '2016-11-09', '2016-11-11']], DOC],
];

const nthAndRelativeMonth: Case[] = [
  ['5月の第2日曜日', [['5月の第2日曜日', '2016-05-08', '2016-05-08']], DOC],
  ['今月の最終金曜日は定休日', [['今月の最終金曜日', '2016-11-25', '2016-11-25']], DOC],
  ['来月の第1月曜日', [['来月の第1月曜日', '2016-12-05', '2016-12-05']], DOC],
  ['the first Friday of next month', [['first Friday of next month', '2016-12-02', '2016-12-02']], DOC],
  ['the last Monday of July 2025', [['last Monday of July 2025', '2025-07-28', '2025-07-28']], DOC],
  ["i'll go back third tuesday", [['third tuesday', '2016-11-15', '2016-11-15']], DOC],
  ['来月の20日に', [['来月の20日', '2016-12-20', '2016-12-20']], DOC],
  ['the 20th of next month', [['20th of next month', '2016-12-20', '2016-12-20']], DOC],
  ['次の月の20日に打ち合わせ', [['次の月の20日', '2016-12-20', '2016-12-20']], DOC],
];

const relativeModifiers: Case[] = [
  ['late next year', [['late next year', '2017', '2017', 'end']], DOC],
  ['early this month', [['early this month', '2016-11', '2016-11', 'start']], DOC],
  ['late last week', [['late last week', '2016-10-31', '2016-11-06', 'end']], DOC],
  ['来週の終わりごろ会う', [['来週の終わりごろ', '2016-11-14', '2016-11-20', 'end']], DOC],
  ['今週初めに', [['今週初め', '2016-11-07', '2016-11-13', 'start']], DOC],
  ['来年の終わりごろ', [['来年の終わりごろ', '2017', '2017', 'end']], DOC],
  ['来年初めに', [['来年初め', '2017', '2017', 'start']], DOC],
  ['the upcoming week', [['upcoming week', '2016-11-14', '2016-11-20']], DOC],
  ['mid next month', [['mid next month', '2016-12', '2016-12', 'mid']], DOC],
  ['by the end of next month', [['the end of next month', '2016-12', '2016-12', 'end']], DOC],
  ['early next week', [['early next week', '2016-11-14', '2016-11-20', 'start']], DOC],
  ['来月中旬に', [['来月中旬', '2016-12', '2016-12', 'mid']], DOC],
  ['先月下旬', [['先月下旬', '2016-10', '2016-10', 'end']], DOC],
  ['来週半ばに', [['来週半ば', '2016-11-14', '2016-11-20', 'mid']], DOC],
];

const words: Case[] = [
  ['I was born on May twenty-first', [['May twenty-first', '2016-05-21', '2016-05-21']], DOC],
  ['the eleventh of March', [['eleventh of March', '2017-03-11', '2017-03-11']], DOC],
  ['fourth of July of 1995', [['fourth of July of 1995', '1995-07-04', '1995-07-04']], DOC],
  ['a baseball on may the eleventh', [['may the eleventh', '2016-05-11', '2016-05-11']], DOC],
  ["I'll go back May twenty one", [['May twenty one', '2016-05-21', '2016-05-21']], DOC],
  ['i went back on the second.', [['second', '2016-11-02', '2016-11-02']], DOC],
  ['i went back for the twenty second', [['twenty second', '2016-11-22', '2016-11-22']], DOC],
  ['in the nineteen seventies', [['nineteen seventies', '1970', '1979']], DOC],
  ['In the twenty-tens', [['twenty-tens', '2010', '2019']], DOC],
  ['In the noughties', [['noughties', '2000', '2009']]],
  ['music of the 70s', [['70s', '1970', '1979']]],
  ['the first quarter of two thousand and twenty', [['first quarter of two thousand and twenty', '2020-Q1', '2020-Q1']]],
  ['In the spring of nineteen seventy eight', [['spring of nineteen seventy eight', '1978-03', '1978-05']]],
  ['It was founded in two thousand and ten.', [['two thousand and ten', '2010', '2010']]],
];

const numeric: Case[] = [
  ['Is this a valid date? 12-2015', [['12-2015', '2015-12', '2015-12']]],
  ['Released 2015.3', [['2015.3', '2015-03', '2015-03']]],
  ['on 98/12/31', [['98/12/31', '1998-12-31', '1998-12-31']]],
  ["I'll go back 22april", [['22april', '2017-04-22', '2017-04-22']], DOC],
  ["sales in Jan '25", [["Jan '25", '2025-01', '2025-01']]],
  ['on 9-18-15', [['9-18-15', '2015-09-18', '2015-09-18']]],
  ['results in Q3', [['Q3', '2016-Q3', '2016-Q3']], DOC],
  ['the third quarter results', [['third quarter', '2016-Q3', '2016-Q3']], DOC],
  // (the reading whose range lies closest: March–September 2016 ended two months before the document date)
  ['三月から九月までのデータ', [['三月から九月', '2016-03', '2016-09']], DOC],
  ['２０１８年前', [['2018年前', null, '2018', 'before']]],
  ['2016年1月1日後の出荷', [['2016年1月1日後', '2016-01-01', null, 'after']]],
];

const composite: Case[] = [
  ['I will travel on 26 june to 28 june in 2020.', [['26 june to 28 june in 2020', '2020-06-26', '2020-06-28']]],
  ["as early as next year's first quarter", [["next year's first quarter", '2017-Q1', '2017-Q1']], DOC],
  ['Chinese New Year of 2020', [['Chinese New Year of 2020', '2020-01-25', '2020-01-25']]],
  ['2018年の春節に', [['2018年の春節', '2018-02-16', '2018-02-16']]],
  ['Easter 2018', [['Easter 2018', '2018-04-01', '2018-04-01']]],
  ['in the fourth quarter of 2025', [['fourth quarter of 2025', '2025-Q4', '2025-Q4']]],
  ['the summer of 2025', [['summer of 2025', '2025-06', '2025-08']]],
  ["I'll be out during Q3 this year", [['Q3 this year', '2016-Q3', '2016-Q3']], DOC],
  ['in March next year', [['March next year', '2017-03', '2017-03']], DOC],
  ['from june 26th of 2020 to june the 28th 2020', [['june 26th of 2020 to june the 28th 2020', '2020-06-26', '2020-06-28']]],
];

const holidays: Case[] = [
  ['中秋節', [['中秋節', '2016-09-15', '2016-09-15']], DOC],
  ['復活祭に戻ります', [['復活祭', '2017-04-16', '2017-04-16']], DOC],
  ['清明に', [['清明', '2017-04-04', '2017-04-04']], DOC],
  ['Eid al-Fitr 2017', [['Eid al-Fitr 2017', '2017-06-25', '2017-06-25']]],
  ['Good Friday 2024', [['Good Friday 2024', '2024-03-29', '2024-03-29']]],
  ['重陽節', [['重陽節', '2016-10-09', '2016-10-09']], DOC],
  ['明日父の日だけど', [['明日父の日', '2016-11-08', '2016-11-08']], DOC],
  ['Thanksgiving', [['Thanksgiving', '2016-11-24', '2016-11-24']], DOC],
  ['When was the previous easter?', [['previous easter', '2016-03-27', '2016-03-27']], DOC],
  ['the next Easter', [['next Easter', '2017-04-16', '2017-04-16']], DOC],
  ["I'll go back on black friday 2010", [['black friday 2010', '2010-11-26', '2010-11-26']]],
  ['Juneteenth', [['Juneteenth', '2016-06-19', '2016-06-19']], DOC],
  ['メーデー', [['メーデー', '2017-05-01', '2017-05-01']], DOC],
];

const weekends: Case[] = [
  ['週末は不在にします', [['週末', '2016-11-12', '2016-11-13']], DOC],
  ['来週末に', [['来週末', '2016-11-19', '2016-11-20']], DOC],
  ["I'll be out this weekend", [['this weekend', '2016-11-12', '2016-11-13']], DOC],
  ['next weekend', [['next weekend', '2016-11-19', '2016-11-20']], DOC],
  ["I'll leave over the weekend", [['weekend', '2016-11-12', '2016-11-13']], DOC],
  ['the weekend after the next', [['weekend after the next', '2016-11-26', '2016-11-27']], DOC],
];

const negatives: Case[] = [
  ['前年同期比で5%増', [], DOC],
  ['前日比で下落', [], DOC],
  ['5年間の契約', [], DOC],
  ['今後4週間で', [], DOC],
  ['over the past two decades', [], DOC],
  ['a five-year plan', [], DOC],
  ['近年、需要が伸びた', [], DOC],
  ['現在の計画', [], DOC],
  ['最近の動き', [], DOC],
  ['recently announced', [], DOC],
  ['they won 4-2', [], DOC],
  ['version 2.1 ships', [], DOC],
  ['for the second time', [], DOC],
  ['you may one day', [], DOC],
  ['sales grew 50% in two years', [], DOC],
  ['sold 2,000 cars in 5 days', [], DOC],
  ['it doubled in two years', [], DOC],
  ['on the day before the launch', [], DOC],
  ['every weekend', [], DOC],
  ['a long weekend trip', [], DOC],
  ['同年代の選手', [], DOC],
  ['15年ぶりの更新', [], DOC],
  ['3日間の展示会', [], DOC],
  ['数日前に', [], DOC],
  ['a few days ago', [], DOC],
  ['4.22に戻ります', [], DOC],
  ['4-22 に戻ります', [], DOC],
  ['2015.3 GWh', [], DOC],
  ['共同日程を組む', [], DOC],
  ['毎週末に', [], DOC],
  ['一週間の休暇', [], DOC],
  ['40 GWh in a year', [], DOC],
  ["Who's on first?", [], DOC],
  ['an easter egg hunt', [], DOC],
  ['同じ週刊誌に発表', [], DOC],
  ['一月遅れで', [], DOC],
  ['the 3rd largest maker', [], DOC],
  ['2020年前期', [], DOC],
];

const groups: [string, Case[]][] = [
  ['kana readings', kana],
  ['relative dates without a document date', unresolved],
  ['offsets', offsets],
  ['weekdays with a relative week, and ranges', weekdays],
  ['n-th weekdays and days of a relative month', nthAndRelativeMonth],
  ['modifiers on relative periods', relativeModifiers],
  ['number words', words],
  ['numeric dates with a year in any order', numeric],
  ['composite forms', composite],
  ['computed and fixed holidays', holidays],
  ['weekends', weekends],
  ['negatives', negatives],
];

describe('relative and word dates', () => {
  for (const [name, cases] of groups) {
    describe(name, () => {
      it.each(cases.map((c) => [c[0], c[1], c[2] ?? null] as const))('%s', (text, expected, doc) => {
        expect(summarise(extractForTest(text, doc))).toEqual(expected);
      });
    });
  }

  it('records what an unresolved date is relative to', () => {
    const x = extractForTest('来週の金曜日');
    expect(x.mentions[0]!.value).toBeNull();
    expect(x.mentions[0]!.relative).toEqual({ unit: 'week', offset: 1, weekday: 5, granularity: 'day' });
    const h = extractForTest('Easter');
    expect(h.mentions[0]!.relative).toMatchObject({ holiday: 'easter' });
  });
});
