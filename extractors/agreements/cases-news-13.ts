/**
 * A thirteenth set of agreement case rows in the shapes of business news (cases.ts joins them
 * with the others): each row against a defect that fresh text showed (seeds/agreements/README.md,
 * 1.2.21).
 */
import type { AgreementExpectation, Case } from '../cases.ts';

type AgreementCase = Case<AgreementExpectation>;

export const ja: AgreementCase[] = [
  {
    name: 'an amount put in with no investee named (「BとCもそれぞれ約1億ドルを出資していた」) goes to the company the story is about, named before in the paragraph; one record per investor',
    text: '米ニコラは燃料電池トラックを開発する新興企業だ。ニコラの提携網が広がったのは2019年だ。同年9月3日、米CNHインダストリアルが2億5000万ドルを出資すると発表した。独ボッシュと韓国のハンファもそれぞれ約1億ドルを出資していた。ニコラは翌年6月に上場した。',
    referenceDate: '2024-06-30',
    expect: [
      { parties: ['CNH Industrial', 'Nikola'], type: 'investment', date: { start: '2019-09-03', end: '2019-09-03', granularity: 'day' } },
      { parties: ['Bosch', 'Nikola'], type: 'investment' },
      { parties: ['Hanwha', 'Nikola'], type: 'investment' },
    ],
  },
  {
    name: 'no investee guessed: an amount put in where the clause says (「新工場に」), or in a paragraph that has not named the story\'s company',
    text: 'トヨタ自動車は全固体電池の開発を急ぐ。トヨタは2027年の実用化を目指す。トヨタの幹部は期待を示した。\n\nデンソーは愛知県の新工場に約500億円を出資する。\n\nアイシンも約100億円を出資した。',
    referenceDate: '2024-06-30',
    expect: [],
    reject: [{ parties: ['Denso', 'Toyota'] }, { parties: ['Aisin', 'Toyota'] }],
  },
];

export const en: AgreementCase[] = [
  {
    name: 'an amount invested with no investee ("Cox Automotive invested $350 million.", "each invested about $100 million") goes to the company the document is about',
    text: 'Rivian builds electric pickups. Rivian listed in 2021.\n\nAmazon ordered vans from Rivian in 2019. The same month, Cox Automotive invested $350 million. Bosch and Hanwha each invested about $100 million in early 2020.',
    referenceDate: '2024-06-30',
    expect: [
      { parties: ['Cox Enterprises', 'Rivian'], type: 'investment' },
      { parties: ['Bosch', 'Rivian'], type: 'investment' },
      { parties: ['Hanwha', 'Rivian'], type: 'investment' },
    ],
  },
  {
    name: 'no investee guessed: an amount invested in a thing ("in its Ohio plant"), the story\'s own company investing, or the story\'s company not named in the paragraph',
    text: 'Rivian builds electric pickups. Rivian listed in 2021. Rivian has a plant in Illinois.\n\nHonda invested $2 billion in its Ohio plant. Rivian invested $1 billion.\n\nFord invested $500 million.',
    referenceDate: '2024-06-30',
    expect: [],
    reject: [{ parties: ['Honda', 'Rivian'] }, { parties: ['Ford', 'Rivian'] }],
  },
];
