/**
 * Seasons, offsets from the document date, bracketed weekdays and 端午の節句 (1.1.0).
 * Each row lists EVERY mention expected in the text, so a row with [] is a negative case.
 */
import { describe, expect, it } from 'vitest';
import { extractForTest, summarise, type Case } from './test-fixtures.ts';

const DOC = '2025-12-04'; // a Thursday

const seasons: Case[] = [
  ['2025年夏に量産を始める', [['2025年夏', '2025-06', '2025-08']]],
  ['2026年の春に発売', [['2026年の春', '2026-03', '2026-05']]],
  ['2026年冬', [['2026年冬', '2026-12', '2027-02']]],
  ['令和7年秋に', [['令和7年秋', '2025-09', '2025-11']]],
  ['2025年夏季に', [['2025年夏', '2025-06', '2025-08']]],
  ['今夏に稼働', [['今夏', '2025-06', '2025-08']], DOC],
  ['昨秋に発表した', [['昨秋', '2024-09', '2024-11']], DOC],
  ['来春の発売', [['来春', '2026-03', '2026-05']], DOC],
  ['来年の冬', [['来年の冬', '2026-12', '2027-02']], DOC],
  ['Production starts in summer 2025.', [['summer 2025', '2025-06', '2025-08']]],
  ['the fall of 2024 launch', [['fall of 2024', '2024-09', '2024-11']]],
  ['this summer', [['this summer', '2025-06', '2025-08']], DOC],
  ['next spring', [['next spring', '2026-03', '2026-05']], DOC],
  // a season alone (before a time particle): the one nearest the document date
  ['夏に出発します', [['夏', '2025-06', '2025-08']], DOC],
  ['冬に出発します', [['冬', '2025-12', '2026-02']], DOC],
  // negatives: no document date, another word
  ['今夏に稼働', [['今夏', null, null]]],
  ['this summer', [['this summer', null, null]]],
  ['2025年春闘で', [['2025年', '2025', '2025']]],
  ['夏休みの計画', [], DOC],
  ['prices fall 25%', []],
];

const offsets: Case[] = [
  ['二年前に戻りました', [['二年前', '2023', '2023']], DOC],
  ['3年後に', [['3年後', '2028', '2028']], DOC],
  ['四日後はいいですか', [['四日後', '2025-12-08', '2025-12-08']], DOC],
  ['2日後に起きる', [['2日後', '2025-12-06', '2025-12-06']], DOC],
  ['2か月前に帰ってきました', [['2か月前', '2025-10', '2025-10']], DOC],
  ['2週間後に', [['2週間後', '2025-12-18', '2025-12-18']], DOC],
  ['2年1か月21日前に', [['2年1か月21日前', '2023-10-14', '2023-10-14']], DOC],
  // negatives: no document date, counted from another event, other words, ranges/decimals
  ['二年前に戻りました', [['二年前', null, null]]],
  ['発売から2年後に', [], DOC],
  ['設立の3年前', [], DOC],
  ['計画を1年前倒しする', [], DOC],
  ['3年前後で', [], DOC],
  ['次回WG(1~1.5年後)まで', [], DOC],
  ['数日前に', [], DOC],
];

const weekdaysAndHolidays: Case[] = [
  ['(木)', [['(木)', '2025-12-04', '2025-12-04']], DOC],
  ['説明会 (金) 10:00', [['(金)', '2025-12-05', '2025-12-05']], DOC],
  ['1月30日(木)', [['1月30日(木)', '2026-01-30', '2026-01-30']], DOC],
  ['端午の節句', [['端午の節句', 'XXXX-05-05', 'XXXX-05-05']]],
  // negatives: no document date, after or before a word
  ['(木)', [['(木)', null, null]]],
  ['トヨタ(日)、GM(米)', [], DOC],
  ['(金)価格が上昇', [], DOC],
];

const groups: [string, Case[]][] = [
  ['seasons', seasons],
  ['offsets from the document date', offsets],
  ['bracketed weekdays and holidays', weekdaysAndHolidays],
];

describe('seasons, offsets, bracketed weekdays', () => {
  for (const [name, cases] of groups) {
    describe(name, () => {
      it.each(cases.map((c) => [c[0], c[1], c[2] ?? null] as const))('%s', (text, expected, doc) => {
        expect(summarise(extractForTest(text, doc))).toEqual(expected);
      });
    });
  }
});
