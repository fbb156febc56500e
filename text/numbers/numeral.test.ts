import { describe, expect, it } from 'vitest';
import { parseNumeral } from './numeral.ts';

const close = (got: number | null, want: number): boolean =>
  got !== null && Math.abs(got - want) <= 1e-9 * Math.max(1, Math.abs(want));

describe('parseNumeral: numbers', () => {
  const cases: [string, number][] = [
    // arabic
    ['0', 0],
    ['2025', 2025],
    ['1,000', 1000],
    ['1,234,567', 1234567],
    ['1.2', 1.2],
    ['62.6', 62.6],
    ['.5', 0.5],
    ['1,234.5', 1234.5],
    ['40 000', 40000],
    ['-10000', -10000],
    ['２０', 20],
    ['１，２３４', 1234],
    ['2e5', 200000],
    ['12.32e+14', 1.232e15],
    // kanji
    ['一', 1],
    ['十', 10],
    ['十二', 12],
    ['二十五', 25],
    ['百二十', 120],
    ['千', 1000],
    ['二百五', 205],
    ['九百九十九', 999],
    ['六万', 60000],
    ['十万', 100000],
    ['一万三', 10003],
    ['九万零四百', 90400],
    ['一千零三', 1003],
    ['四千零五万', 40050000],
    ['五兆六十二億四万五千二', 5006200045002],
    ['百二十三万四千五百六十七', 1234567],
    ['二〇二五', 2025],
    ['〇一二三', 123],
    ['四・八〇〇', 4.8],
    ['零点五', 0.5],
    ['マイナス一', -1],
    // mixed
    ['41億', 4.1e9],
    ['73億4000万', 7.34e9],
    ['36.2亿', 3.62e9],
    ['1兆2000億', 1.2e12],
    ['3.5万', 35000],
    ['2.3万', 23000],
    ['1万6000', 16000],
    ['5万4千6百', 54600],
    ['5億1万4千6百', 500014600],
    ['1,000万', 1e7],
    ['7万 5千 4百', 75400],
    ['21兆300', 21000000000300],
    // fractions and dozens
    ['3分の2', 2 / 3],
    ['100億分の1', 1e-10],
    ['103と3分の2', 103 + 2 / 3],
    ['マイナス一と二分の一', -1.5],
    ['12/3', 4],
    ['3ダース', 36],
    // English
    ['three', 3],
    ['twenty-one', 21],
    ['one hundred and sixteen', 116],
    ['two billion', 2e9],
    ['1.2 million', 1.2e6],
    ['2.6 billion', 2.6e9],
    ['1,674.5 million', 1674500000],
    ['twenty-one trillion three hundred', 21000000000300],
    ['4 thousand 3 hundred and 21', 4321],
    ['322 hundred', 32200],
    ['10k', 10000],
    ['1.2bn', 1.2e9],
    ['two thirds', 2 / 3],
    ['a dozen', 12],
    ['five and a half million', 5500000],
    ['two hundred point seventy-one', 200.71],
  ];
  it.each(cases)('%s → %d', (text, want) => {
    expect(close(parseNumeral(text), want), `${text} → ${parseNumeral(text)}`).toBe(true);
  });
});

describe('parseNumeral: not numbers', () => {
  const cases = ['', 'abc', '万', '億', '万万', '四川', '一汽', '1,2', 'GWh', '2025年', '3万本', 'A350', '1.2.3', 'twenty apples', '十分な'];
  it.each(cases)('%s → null', (text) => {
    expect(parseNumeral(text)).toBeNull();
  });
});
