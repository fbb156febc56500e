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
  {
    name: '同社 as the subject of a supply contract with several customers (「同社はAおよびBと長期供給契約」): one record per customer',
    text: '韓国のエコプロビーエムはハンガリーの正極材工場を完成させた。同社はサムスンSDIおよびBMWと長期供給契約を結んでいる。',
    expect: [
      { parties: ['EcoPro BM', 'Samsung SDI'], type: 'supply' },
      { parties: ['EcoPro BM', 'BMW'], type: 'supply' },
    ],
    reject: [{ parties: ['EcoPro BM', 'Samsung SDI', 'BMW'] }],
  },
  {
    name: '「Aに加え、Bとも」 lists its partners: one supply record each',
    text: 'トヨタ自動車は角形電池の調達先として、プライムプラネットエナジー＆ソリューションズに加え、中国のCATLとも供給契約を結んだ。',
    expect: [
      { parties: ['Toyota', 'Prime Planet Energy & Solutions'], type: 'supply' },
      { parties: ['Toyota', 'CATL'], type: 'supply' },
    ],
  },
  {
    name: 'the allottees of a share issue (「引受先はAのほか、BとC」) each invest in the issuer',
    text: '米クアンタムスケープは、第三者割当増資で約1億ドルを調達した。引受先は独フォルクスワーゲンのほか、韓国の現代自動車とマツダ。',
    expect: [
      { parties: ['QuantumScape', 'Volkswagen'], type: 'investment' },
      { parties: ['QuantumScape', 'Hyundai Motor'], type: 'investment' },
      { parties: ['QuantumScape', 'Mazda'], type: 'investment' },
    ],
  },
  {
    name: 'a holding told in passing with 持つ (「Xの株式の約34%を持つY」), and a stake bought from its holder (「AはBからCの株式20%を取得」: buyer and seller)',
    text: '三菱自動車工業の株式の約34%を持つ日産自動車の社長は会見で答えた。三井物産は、英BPから米国の充電事業子会社BPパルスの株式20%を取得することで合意した。',
    expect: [
      { parties: ['Nissan', 'Mitsubishi Motors'], type: 'investment' },
      { parties: ['Mitsui & Co.', 'BP'], type: 'acquisition' },
    ],
    reject: [{ parties: ['Mitsui & Co.', 'BP Pulse'] }],
  },
  {
    name: 'an adviser (「Xが財務アドバイザーを務めた」) is no party; goods delivered in a relative clause before the topic (「イオニティに…を納めているABBは」)',
    text: '三井住友銀行が財務アドバイザーを務めた今回の取引で、丸紅はアセンド・エレメンツに約1億ドルを出資した。欧州でイオニティにDC急速充電器を納めているABBは、工場で生産能力を倍増させる。',
    expect: [
      { parties: ['Marubeni', 'Ascend Elements'], type: 'investment' },
      { parties: ['ABB', 'イオニティ'], type: 'supply' },
    ],
    reject: [{ parties: ['SMBC', 'Ascend Elements'] }],
  },
  {
    name: 'negative: a denial written 「決定した事実もない」「発表したものではなく」 is no deal',
    text: 'トヨタ自動車は11日、中国のBYDと全固体電池を共同開発するとの一部報道について、「当社から発表したものではなく、決定した事実もない」とのコメントを出した。',
    expect: [],
    reject: [{}],
  },
];

export const en: AgreementCase[] = [
  {
    name: 'something built or opened for both ("agreed to build a shared network", "open their networks to each other\'s customers") is a partnership',
    text: "Gogoro and Hero MotoCorp agreed to build a shared battery-swapping network in Delhi. Ionity and Fastned agreed to open their fast-charging networks to each other's subscription customers from July.",
    expect: [
      { parties: ['Gogoro', 'Hero MotoCorp'], type: 'partnership' },
      { parties: ['Ionity', 'Fastned'], type: 'partnership' },
    ],
  },
  {
    name: 'negative: one company agreeing to build something is no deal; a name qualifying "dealerships" is no party',
    text: 'Toyota agreed to build a plant in Kentucky. EVgo has partnered with Kia America to install fast chargers at more than 200 Kia dealerships.',
    expect: [{ parties: ['EVgo', 'Kia America'], type: 'partnership' }],
    reject: [{ parties: ['EVgo', 'Kia America', 'Kia'] }, { parties: ['Toyota'] }],
  },
  {
    name: 'buying "the … operations of" a named company is an acquisition from it',
    text: 'Umicore agreed to buy the cathode-precursor operations of Finnish nickel miner Terrafame for an undisclosed sum.',
    expect: [{ parties: ['Umicore', 'Terrafame'], type: 'acquisition' }],
  },
  {
    name: 'negative: reports dismissed as "groundless" are no deal',
    text: 'Samsung SDI on Thursday dismissed reports that it had agreed to form a battery joint venture with Stellantis in Spain as "groundless".',
    expect: [],
    reject: [{}],
  },
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
