/**
 * The quantity extractor's case table (RECORDS.md §3; rule tester: test/case-tester.ts, run by
 * extractors/cases.test.ts). Values are in the normalised unit (Wh, Wh/kg, W, %, m2, ISO 4217).
 * Add a case here when you fix a bug.
 */
import type { Case, QuantityExpectation } from '../cases.ts';

type QuantityCase = Case<QuantityExpectation>;

export const ja: QuantityCase[] = [
  {
    name: 'a change from one amount to another (「40%から61%に高まり」) is two mentions, not a range',
    text: '出資比率はホンダが40%から61%に高まり、日立は40%から19%に下がった。',
    expect: [
      { text: '40%', kind: 'percent', value: 40 },
      { text: '61%', kind: 'percent', value: 61 },
      { text: '19%', kind: 'percent', value: 19 },
    ],
    reject: ['40%から61%'],
  },
  {
    name: 'a change stated with となる (「20.85%から29.01%となる」) is two mentions too',
    text: '議決権所有割合は、20.85%から29.01%となる見込みです。',
    expect: [
      { text: '20.85%', kind: 'percent', value: 20.85 },
      { text: '29.01%', kind: 'percent', value: 29.01 },
    ],
    reject: ['20.85%から29.01%'],
  },
  { name: 'energy GWh', text: '新工場の年間生産能力は50GWhとなる。', expect: [{ text: '50GWh', kind: 'energy', value: 5e10, unit: 'Wh' }] },
  { name: 'full-width digits and letters', text: '２０ＧＷｈの新ラインを建設する。', expect: [{ text: '２０ＧＷｈ', kind: 'energy', value: 2e10, unit: 'Wh' }] },
  {
    name: 'approximate money range is one mention',
    text: '同社は約40億～50億ドルを投じる。',
    expect: [{ text: '約40億～50億ドル', kind: 'money', value: null, unit: 'USD', min: 4e9, max: 5e9, mod: 'approx' }],
    reject: ['40億', '50億ドル'],
  },
  { name: 'energy density Wh/kg', text: '電池パックのエネルギー密度は255Wh/kgに達した。', expect: [{ text: '255Wh/kg', kind: 'energy_density', value: 255, unit: 'Wh/kg' }] },
  {
    name: 'を超える is in the span',
    text: '正極材の容量は200mAh/gを超える。',
    expect: [{ text: '200mAh/gを超える', kind: 'specific_capacity', value: 200, unit: 'mAh/g', mod: 'more_than' }],
  },
  { name: '最大 is in the span', text: '充電器の出力は最大350kWだ。', expect: [{ text: '最大350kW', kind: 'power', value: 350000, unit: 'W', mod: 'max' }] },
  { name: 'percent', text: '営業利益率は12.5%に改善した。', expect: [{ text: '12.5%', kind: 'percent', value: 12.5, unit: '%' }] },
  { name: 'area 万平方メートル', text: '工場の敷地面積は6万平方メートルだ。', expect: [{ text: '6万平方メートル', kind: 'area', value: 60000, unit: 'm2' }] },
  { name: 'compound Japanese number', text: '設備投資は73億4000万ユーロにのぼる。', expect: [{ text: '73億4000万ユーロ', kind: 'money', value: 7.34e9, unit: 'EUR' }] },
  { name: '割 is a percentage', text: '売上高は前年比3割増えた。', expect: [{ text: '3割', kind: 'percent', value: 30, unit: '%' }], reject: ['前年比3割'] },
  { name: '3〜5割引き上げる is 割 and 引き上げる, not 割引', text: '生産能力を3〜5割引き上げる。', expect: [{ text: '3〜5割', kind: 'percent', value: null, unit: '%' }], reject: ['3〜5割引'] },
  {
    name: '年産 sets per year but stays out of the span',
    text: '年産20GWhの工場を建設する。',
    expect: [{ text: '20GWh', kind: 'energy', value: 2e10, unit: 'Wh', per: 'year' }],
    reject: ['年産20GWh'],
  },
  {
    name: 'vague amount 数千万',
    text: '投資額は数千万ドル規模になる見通しだ。',
    expect: [{ text: '数千万ドル', kind: 'money', value: null, unit: 'USD', min: 1e7, max: 1e8 }],
    reject: ['数千万ドル規模'],
  },
  { name: 'counts are not quantities (台)', text: '販売台数は3万台に増えた。', expect: [], reject: ['3万台', '3万'] },
  { name: 'a model number is not a quantity', text: '同社は4680セルの量産を始めた。', expect: [], reject: ['4680', '4680セル'] },
  { name: 'counts of companies and cities', text: '同社は11社と提携し、420都市で充電網を展開する。', expect: [], reject: ['11社', '420都市'] },
];

export const en: QuantityCase[] = [
  {
    name: '"up to about" is one bound: the span starts at "up to"',
    text: 'It will spend up to about ¥28.3 billion on the line.',
    expect: [{ text: 'up to about ¥28.3 billion', kind: 'money', value: 2.83e10, unit: 'JPY', mod: 'max' }],
  },
  { name: 'currency symbol and scale word', text: 'The company will spend $2.6 billion on the new plant.', expect: [{ text: '$2.6 billion', kind: 'money', value: 2.6e9, unit: 'USD' }] },
  {
    name: 'digits after "and" following a decimal number\'s scale start a number of their own ("$4.3 billion and 30 GWh")',
    text: 'The second venture: $4.3 billion and 30 GWh.',
    expect: [
      { text: '$4.3 billion', kind: 'money', value: 4.3e9, unit: 'USD' },
      { text: '30 GWh', kind: 'energy', value: 3e10, unit: 'Wh' },
    ],
  },
  { name: 'energy density Wh/L', text: 'The cell reaches an energy density of 1000 Wh/L.', expect: [{ text: '1000 Wh/L', kind: 'energy_density', value: 1000, unit: 'Wh/L' }] },
  { name: 'energy density with spaces around the slash', text: 'Pack-level density reached 300 Wh / kg.', expect: [{ text: '300 Wh / kg', kind: 'energy_density', value: 300, unit: 'Wh/kg' }] },
  { name: 'the last field of a version is no amount', text: 'Firmware 1.2.3 GWh mode and release 10.4.5 kWh are labels.', expect: [], reject: ['3 GWh', '5 kWh'] },
  { name: 'a fraction character is not its denominator', text: 'About ½ GWh was lost, and ¼ MW more.', expect: [], reject: ['½ GWh', '¼ MW', '2 GWh', '4 MW'] },
  {
    name: '"a year" sets per year but stays out of the span',
    text: 'The factory will produce 40 GWh a year by 2030.',
    expect: [{ text: '40 GWh', kind: 'energy', value: 4e10, unit: 'Wh', per: 'year' }],
    reject: ['40 GWh a year', '2030'],
  },
  { name: '/yr in the unit stays in the span', text: 'Output could reach 40 GWh/yr at full speed.', expect: [{ text: '40 GWh/yr', kind: 'energy', value: 4e10, per: 'year' }] },
  { name: 'up to', text: 'Charging speed improved by up to 15% in cold weather.', expect: [{ text: 'up to 15%', kind: 'percent', value: 15, mod: 'max' }] },
  { name: 'acre with a hyphen', text: 'The site covers a 300-acre plot near the river.', expect: [{ text: '300-acre', kind: 'area', value: 1214056.92672, unit: 'm2' }] },
  {
    name: 'more than … euros',
    text: 'Revenue rose to more than 500 million euros last year.',
    expect: [{ text: 'more than 500 million euros', kind: 'money', value: 5e8, unit: 'EUR', mod: 'more_than' }],
  },
  {
    name: 'vague "tens of millions of dollars"',
    text: 'The firm raised tens of millions of dollars from investors.',
    expect: [{ text: 'tens of millions of dollars', kind: 'money', value: null, unit: 'USD', min: 1e7, max: 1e8 }],
  },
  {
    name: 'approximate money range with two symbols',
    text: 'The plant will cost about $4 billion to $5 billion.',
    expect: [{ text: 'about $4 billion to $5 billion', kind: 'money', value: null, min: 4e9, max: 5e9, mod: 'approx' }],
    reject: ['$4 billion', '$5 billion'],
  },
  { name: 'power kW', text: 'The battery delivers 300 kW of peak power.', expect: [{ text: '300 kW', kind: 'power', value: 3e5, unit: 'W' }] },
  { name: 'percentage points', text: 'The stock fell 3 percentage points after the report.', expect: [{ text: '3 percentage points', kind: 'percent', value: 3, unit: '%' }] },
  {
    name: 'euro sign; a head count is not a quantity',
    text: 'The plant will employ about 2,000 people and cost €1.2 billion.',
    expect: [{ text: '€1.2 billion', kind: 'money', value: 1.2e9, unit: 'EUR' }],
    reject: ['about 2,000', '2,000', 'about 2,000 people'],
  },
  {
    name: 'vehicle counts and a cell model number',
    text: 'Tesla delivered 1.8 million vehicles, including 4680 cells in the Model Y.',
    expect: [],
    reject: ['1.8 million', '1.8 million vehicles', '4680', '4680 cells'],
  },
  { name: '2W and 3W are vehicle classes, not watts', text: 'A 2W and 3W market is growing fast in India.', expect: [], reject: ['2W', '3W'] },
  { name: 'a standard number is not a quantity', text: 'The lab tested 120 cells under the IEC 62660 standard.', expect: [], reject: ['120 cells', '62660', 'IEC 62660'] },
  {
    name: 'ISO codes of the Moroccan dirham, the Chilean peso and the Peruvian sol, in capitals only ("mad 20 times" is no money)',
    text: 'The plants will cost MAD 20 billion; the mine CLP 900 billion and the port PEN 1.2 billion. He was mad 20 times.',
    expect: [
      { text: 'MAD 20 billion', kind: 'money', value: 2e10, unit: 'MAD' },
      { text: 'CLP 900 billion', kind: 'money', value: 9e11, unit: 'CLP' },
      { text: 'PEN 1.2 billion', kind: 'money', value: 1.2e9, unit: 'PEN' },
    ],
    reject: ['mad 20'],
  },
];
