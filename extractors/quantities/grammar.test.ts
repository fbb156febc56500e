import { describe, expect, it } from 'vitest';
import { defaultSeedsDir } from '../../text/seed-files.ts';
import { normalise } from '../../text/normalise.ts';
import { createQuantityGrammar } from './grammar.ts';

const grammar = createQuantityGrammar(defaultSeedsDir());

/**
 * Every quantity of `text` as "surface | kind | value unit [mod] [per_year]" where value is the
 * number or "[min,max]" for ranges and vague amounts.
 */
function extract(text: string): string[] {
  const t = normalise(text).text;
  return grammar.extract(t).map((q) => {
    const v = q.value === null ? `[${q.min},${q.max}]` : String(q.value);
    return [t.slice(q.start, q.end), q.kind, `${v} ${q.unit}`, q.mod ?? '', q.perYear ? 'per_year' : '']
      .filter((x) => x !== '')
      .join(' | ');
  });
}

describe('quantities: positives', () => {
  const cases: [string, string[]][] = [
    // RECORDS.md §3 examples
    ['NIOは既に嘉定区に6万平方メートルを超える大規模', ['6万平方メートルを超える | area | 60000 m2 | more_than']],
    ['spanning over 60,000 square meters', ['over 60,000 square meters | area | 60000 m2 | more_than']],
    ['数百メガワット時からギガワット時規模', ['数百メガワット時 | energy | [100000000,1000000000] Wh | approx']],
    ['比率は62.6%。', ['62.6% | percent | 62.6 %']],
    ['最大41億ユーロを投じて', ['最大41億ユーロ | money | 4100000000 EUR | max']],
    // simplified Chinese (Chinese-company sources)
    ['营收3620亿元。', ['3620亿元 | money | 362000000000 CNY']],
    ['价格为100美元，投资5亿欧元。', ['100美元 | money | 100 USD', '5亿欧元 | money | 500000000 EUR']],
    ['最大で50GWhの生産能力', ['最大で50GWh | energy | 50000000000 Wh | max']],
    ['数千万ドル規模の投資', ['数千万ドル | money | [10000000,100000000] USD | approx']],
    ['1000Wh/Lを超える', ['1000Wh/Lを超える | energy_density | 1000 Wh/L | more_than']],
    ['約60%の電力', ['約60% | percent | 60 % | approx']],
    ['（90%→70%）', ['90% | percent | 90 %', '70% | percent | 70 %']],
    ['73億4000万ユーロ', ['73億4000万ユーロ | money | 7340000000 EUR']],
    ['１万６０００ドル', ['1万6000ドル | money | 16000 USD']],
    ['２０ＧＷｈ', ['20GWh | energy | 20000000000 Wh']],
    ['20ギガワット時', ['20ギガワット時 | energy | 20000000000 Wh']],
    ['3GWh/年', ['3GWh/年 | energy | 3000000000 Wh | per_year']],
    ['255 Wh/kg', ['255 Wh/kg | energy_density | 255 Wh/kg']],
    ['200mAh/g', ['200mAh/g | specific_capacity | 200 mAh/g']],
    ['100kW', ['100kW | power | 100000 W']],
    ['$2.6 billion', ['$2.6 billion | money | 2600000000 USD']],
    ['a 300-acre site', ['300-acre | area | 1214056.92672 m2']],
    ['221ヘクタール', ['221ヘクタール | area | 2210000 m2']],
    ['6万平方メートル', ['6万平方メートル | area | 60000 m2']],
    // ranges: one mention, value null
    ['約40億~50億ドル', ['約40億~50億ドル | money | [4000000000,5000000000] USD | approx']],
    ['15%から90%', ['15%から90% | percent | [15,90] %']],
    ['10~80%', ['10~80% | percent | [10,80] %']],
    ['$2-3 billion', ['$2-3 billion | money | [2000000000,3000000000] USD']],
    ['2~3億円', ['2~3億円 | money | [200000000,300000000] JPY']],
    ['from 10% to 20%', ['10% to 20% | percent | [10,20] %']],
    ['between 20 and 30 GWh', ['20 and 30 GWh | energy | [20000000000,30000000000] Wh']],
    ['10-20 MW', ['10-20 MW | power | [10000000,20000000] W']],
    ['Model 3 - 50 kWh', ['50 kWh | energy | 50000 Wh']],
    ['10 MW - 20 MW', ['10 MW - 20 MW | power | [10000000,20000000] W']],
    ['the 500,000-square-foot plant', ['500,000-square-foot | area | 46451.52 m2']],
    // vague amounts
    ['tens of millions of dollars', ['tens of millions of dollars | money | [10000000,100000000] USD | approx']],
    ['数十億円', ['数十億円 | money | [1000000000,10000000000] JPY | approx']],
    // bounds and approximations
    ['up to 50 GWh a year', ['up to 50 GWh | energy | 50000000000 Wh | max | per_year']],
    ['more than $1 billion', ['more than $1 billion | money | 1000000000 USD | more_than']],
    ['about €500 million', ['about €500 million | money | 500000000 EUR | approx']],
    ['beyond 500 Wh/kg', ['beyond 500 Wh/kg | energy_density | 500 Wh/kg | more_than']],
    ['at least 30%', ['at least 30% | percent | 30 % | min']],
    ['1兆円超', ['1兆円超 | money | 1000000000000 JPY | more_than']],
    ['100億円以上', ['100億円以上 | money | 10000000000 JPY | min']],
    ['20%程度', ['20%程度 | percent | 20 % | approx']],
    ['5%未満', ['5%未満 | percent | 5 % | less_than']],
    ['年産20GWh', ['20GWh | energy | 20000000000 Wh | per_year']],
    // RECORDS.md §3: 最大約 / at least inside the span; rate words apart from the unit outside it
    ['最大約20GWh', ['最大約20GWh | energy | 20000000000 Wh | max']],
    ['最大で約5000億円', ['最大で約5000億円 | money | 500000000000 JPY | max']],
    ['at least 20 GWh a year', ['at least 20 GWh | energy | 20000000000 Wh | min | per_year']],
    ['40 GWh annually', ['40 GWh | energy | 40000000000 Wh | per_year']],
    ['40 GWh per year', ['40 GWh | energy | 40000000000 Wh | per_year']],
    ['100 GWh a year of cells', ['100 GWh | energy | 100000000000 Wh | per_year']],
    ['年間20GWh', ['20GWh | energy | 20000000000 Wh | per_year']],
    ['40 GWh/yr', ['40 GWh/yr | energy | 40000000000 Wh | per_year']],
    ['40GWh/年の工場', ['40GWh/年 | energy | 40000000000 Wh | per_year']],
    // currency forms
    ['EUR 4.1bn', ['EUR 4.1bn | money | 4100000000 EUR']],
    ['€41m investment', ['€41m | money | 41000000 EUR']],
    ['US$ 1MM', ['US$ 1MM | money | 1000000 USD']],
    ['RMB 5 billion', ['RMB 5 billion | money | 5000000000 CNY']],
    ['5 billion yuan', ['5 billion yuan | money | 5000000000 CNY']],
    ['2000億フォリント', ['2000億フォリント | money | 200000000000 HUF']],
    ['100億ウォン', ['100億ウォン | money | 10000000000 KRW']],
    ['5306億台湾ドル', ['5306億台湾ドル | money | 530600000000 TWD']],
    ['USD115.5', ['USD115.5 | money | 115.5 USD']],
    ['75 USD million', ['75 USD million | money | 75000000 USD']],
    ['2ドル3セント', ['2ドル3セント | money | 2.03 USD']],
    ['five million yen', ['five million yen | money | 5000000 JPY']],
    ['12.5 percent', ['12.5 percent | percent | 12.5 %']],
    ['3割', ['3割 | percent | 30 %']],
    ['百分の22', ['百分の22 | percent | 22 %']],
  ];
  it.each(cases)('%s', (text, want) => {
    expect(extract(text)).toEqual(want);
  });
});

describe('quantities: negatives', () => {
  const cases: string[] = [
    // counts
    '3万本以上の充電コネクター',
    '中国420都市以上',
    '11台の自動運転車両',
    '2000人の従業員',
    '累計100万台以上',
    'shipped 3 cars',
    // model numbers and codes
    '4680 cells',
    '4680大型円筒形セル',
    'IEC62660に関する',
    'Model 3 and A350',
    'CO2排出量',
    // dates and times
    '2025年3月',
    '2025-03-05',
    "'25/1より設備トライアル",
    '午後3時',
    // unit labels without a number
    'Capacity [mAh/g]',
    'ギガワット時規模',
    'GWh規模の工場',
    // words that contain numerals
    '三元系電池',
    '関東一円',
    '割合が高い',
    // URLs
    'https://www.test.com/search?q=30%25%2020%',
    // scores and plain numbers
    'won 3-1',
    'in 2023 won the award',
    'electric 2W and 3W sales',
    'a 1,000-pound battery pack',
    '2対1で勝利',
  ];
  it.each(cases)('%s', (text) => {
    expect(extract(text)).toEqual([]);
  });
});
