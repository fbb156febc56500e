/**
 * A sixth set of agreement case rows in the shapes of business news (cases.ts joins them with
 * the others): each row against a defect that fresh text showed (seeds/agreements/README.md,
 * 1.2.9).
 */
import type { AgreementExpectation, Case } from '../cases.ts';

type AgreementCase = Case<AgreementExpectation>;

export const ja: AgreementCase[] = [
  {
    name: 'a deal the subject "also" signs (「合弁契約にも調印」) is with the partner of the deal just told',
    text: 'CATLは2023年、インドネシアのアネカ・タンバン（アンタム）とニッケル事業に関する枠組み契約を結んだ。CATLは9日、電池セル工場を共同運営する合弁契約にも調印した。',
    expect: [
      { parties: ['CATL', 'アネカ・タンバン'], date: { start: '2023' } },
      { parties: ['CATL', 'アネカ・タンバン'], type: 'joint_venture' },
    ],
  },
  {
    name: 'negative: a subject alone with no deal told before it signs nothing ("にも" finds no partner)',
    text: 'トヨタは9日、電池工場の建設計画にも着手した。',
    expect: [],
    reject: [{}],
  },
  {
    name: 'the deal another follows (「合弁事業に続き、…共同開発でも協力」) is told of; the clause makes the one after it',
    text: '三井化学とSKCは13日に会見した。両社はポリウレタン原料の合弁事業に続き、電池用シール材の共同開発でも協力する。',
    expect: [{ parties: ['Mitsui Chemicals', 'SKC'], type: 'co_development' }],
    reject: [{ parties: ['Mitsui Chemicals', 'SKC'], type: 'joint_venture' }],
  },
];

export const en: AgreementCase[] = [
  {
    name: 'a ratio with a colon ("a 60:40 joint venture") is no "label:" before the sentence',
    text: 'Umicore and PowerCo formed a 60:40 joint venture in 2023.',
    expect: [{ parties: ['Umicore', 'PowerCo'], type: 'joint_venture', date: { start: '2023' } }],
  },
  {
    name: '"the venture\'s plant" is the venture already told of, not a deal of the clause: the licence is',
    text: "Umicore and PowerCo formed a joint venture in 2023. In March, Umicore agreed to license its cathode technology to PowerCo for the venture's plant in Nysa, Poland.",
    expect: [
      { parties: ['Umicore', 'PowerCo'], type: 'joint_venture', date: { start: '2023' } },
      { parties: ['Umicore', 'PowerCo'], type: 'licensing', date: { start: 'XXXX-03' } },
    ],
  },
  {
    name: 'a terminated agreement "it signed with" its partner was signed: a record (RECORDS.md §4)',
    text: 'Iveco Group has terminated a cell supply agreement it signed with Microvast Holdings in 2023, the truck maker said on Thursday.',
    expect: [{ parties: ['Iveco', 'Microvast'], type: 'supply' }],
  },
  {
    name: 'negative: a terminated agreement with no word of its signing, and a planned one scrapped, are no records',
    text: 'Iveco Group has terminated a cell supply agreement with Microvast Holdings. Iveco Group scrapped a planned supply agreement with Microvast Holdings.',
    expect: [],
    reject: [{}],
  },
  {
    name: 'a second deal joined by ", and in <year>" with its verb and no subject is the same parties\' (an owner\'s share in a relative clause at its end)',
    text: 'Pilbara Minerals and POSCO Holdings agreed in 2018 on a spodumene offtake deal, and in 2021 formed a joint venture to build a lithium hydroxide plant in Gwangyang, South Korea, in which POSCO holds 82%.',
    expect: [
      { parties: ['Pilbara Minerals', 'POSCO'], type: 'supply', date: { start: '2018' } },
      { parties: ['Pilbara Minerals', 'POSCO'], type: 'joint_venture', date: { start: '2021' } },
    ],
  },
  {
    name: 'a customer "added as a customer" is a supply deal of its own, not a party of the deal before it in the clause',
    text: 'Sila Nanotechnologies signed a supply deal with Mercedes-Benz in 2021 for its anode material and added Panasonic Energy as a customer in 2024.',
    expect: [
      { parties: ['Sila Nanotechnologies', 'Mercedes-Benz'], type: 'supply', date: { start: '2021' } },
      { parties: ['Sila Nanotechnologies', 'Panasonic Energy'], type: 'supply', date: { start: '2024' } },
    ],
    reject: [{ parties: ['Sila Nanotechnologies', 'Mercedes-Benz', 'Panasonic Energy'] }],
  },
  {
    name: 'an ambiguous name listed with a company ("to BP and Shell") is a company: one supply record each',
    text: 'Tritium will supply fast chargers to BP and Shell for their UK forecourts.',
    expect: [
      { parties: ['Tritium', 'BP'], type: 'supply' },
      { parties: ['Tritium', 'Shell'], type: 'supply' },
    ],
  },
];
