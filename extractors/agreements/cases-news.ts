/**
 * More rows of the agreement case table (cases.ts joins them to its own): sentences in the
 * shapes of business news that the seed and development articles do not hold, each written
 * against a defect it showed (seeds/agreements/README.md, 1.2.4).
 */
import type { AgreementExpectation, Case } from '../cases.ts';

type AgreementCase = Case<AgreementExpectation>;

export const ja: AgreementCase[] = [
  {
    name: 'と組み / と組んで (teaming up) is a partnership; と組んで…開発 a co-development; 組み立て is not',
    text: 'トヨタ自動車は豊田通商と組み、北米で電池の現地生産を拡大する。デンソーはアイシンと組んで電動化部品を開発する。日産は部品とモジュールを組み立てる。',
    expect: [
      { parties: ['Toyota', 'Toyota Tsusho'], type: 'partnership' },
      { parties: ['Denso', 'Aisin'], type: 'co_development' },
    ],
    reject: [{ parties: ['Nissan'] }],
  },
  {
    name: 'a research association set up by its members (研究組合を設立) is one joint venture of all of them',
    text: 'ヤマハ発動機と川崎重工業、スズキ、ホンダの4社は17日、水素エンジンの研究組合を設立した。',
    expect: [{ parties: ['Yamaha Motor', 'Kawasaki Heavy Industries', 'Suzuki', 'Honda'], type: 'joint_venture' }],
  },
  {
    name: 'an investment in passing may carry a time or a share before its verb (Aが2021年に出資したB, Aが約89%を出資するB)',
    text: 'ホンダが2021年に出資した米SESは、試作ラインを公開した。ダイムラートラックが約89%を出資する三菱ふそうは新型トラックを発表した。',
    expect: [
      { parties: ['Honda', 'SES AI'], type: 'investment' },
      { parties: ['Daimler Truck', 'Mitsubishi Fuso Truck and Bus'], type: 'investment' },
    ],
  },
  {
    name: 'a denial that anything was decided (「決まったことはない」) is no agreement',
    text: 'トヨタ自動車は、中国BYDとの新たな提携について「現時点で決まったことはない」とした。',
    expect: [],
    reject: [{}],
  },
];

export const en: AgreementCase[] = [
  {
    name: 'an agreement to form a named company is its founders\' joint venture; the new company is no party',
    text: 'Ford signed an agreement with SK On in 2021 to form BlueOval SK. GM and LG Energy Solution agreed to form Ultium Cells in 2019.',
    expect: [
      { parties: ['Ford', 'SK On'], type: 'joint_venture' },
      { parties: ['General Motors', 'LG Energy Solution'], type: 'joint_venture' },
    ],
    reject: [{ parties: ['Ford', 'SK On', 'BlueOval SK'] }, { parties: ['General Motors', 'LG Energy Solution', 'Ultium Cells'] }],
  },
  {
    name: 'the JV company named after "joint venture in PLACE," is not a founder',
    text: "Honda and LG Energy Solution's joint venture in Ohio, L-H Battery, will start mass production next year.",
    expect: [{ parties: ['Honda', 'LG Energy Solution'], type: 'joint_venture' }],
    reject: [{ parties: ['Honda', 'LG Energy Solution', 'L-H Battery'] }],
  },
  {
    name: 'a possessive apposition names the relation ("Panasonic, Tesla\'s longtime battery supplier")',
    text: "Panasonic, Tesla's longtime battery supplier, posted a drop in quarterly profit. Ford, SK On's biggest customer, cut output.",
    expect: [
      { parties: ['Panasonic', 'Tesla'], type: 'supply', roles: { supplier: ['Panasonic'], customer: ['Tesla'] } },
      { parties: ['Ford', 'SK On'], type: 'supply', roles: { supplier: ['SK On'], customer: ['Ford'] } },
    ],
  },
  {
    name: '", which counts A and B among its customers,": the name before the pronoun supplies each',
    text: 'Redwood Materials, which counts Toyota and Ford among its customers, raised $350 million in a funding round.',
    expect: [
      { parties: ['Redwood Materials', 'Toyota'], type: 'supply' },
      { parties: ['Redwood Materials', 'Ford'], type: 'supply' },
    ],
    reject: [{ parties: ['Toyota', 'Ford'] }],
  },
  {
    name: 'selling a business to a buyer is an acquisition, not a supply ("sold its electrolyte business to", "the sale of … to")',
    text: 'Mitsubishi Chemical sold its electrolyte business to Gotion High-Tech. A court approved the sale of the cathode business of Umicore to Ecopro BM.',
    expect: [
      { parties: ['Mitsubishi Chemical', 'Gotion High-Tech'], type: 'acquisition' },
      { parties: ['Umicore', 'EcoPro BM'], type: 'acquisition' },
    ],
    reject: [{ parties: ['Mitsubishi Chemical', 'Gotion High-Tech'], type: 'supply' }],
  },
];
