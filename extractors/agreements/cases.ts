/**
 * The agreement extractor's case table (RECORDS.md §4; vocabularies and policy in
 * seeds/agreements/README.md; rule tester: test/case-tester.ts, run by extractors/cases.test.ts).
 * An agreement is matched by its party set (canonical names of seeds/companies/companies.yaml,
 * any order) plus the fields given; `reject: [{}]` means no agreement at all. Add a case here
 * when you fix a bug.
 */
import type { AgreementExpectation, Case } from '../cases.ts';
import * as news from './cases-news.ts';
import * as news3 from './cases-news-3.ts';
import * as news4 from './cases-news-4.ts';
import * as news5 from './cases-news-5.ts';
import * as news6 from './cases-news-6.ts';
import * as news6en from './cases-news-6-en.ts';
import * as news7 from './cases-news-7.ts';
import * as news7en from './cases-news-7-en.ts';
import * as news8 from './cases-news-8.ts';
import * as news9 from './cases-news-9.ts';
import * as news10 from './cases-news-10.ts';
import * as news11 from './cases-news-11.ts';
import * as news12 from './cases-news-12.ts';
import * as news13 from './cases-news-13.ts';
import * as news14 from './cases-news-14.ts';
import * as news15 from './cases-news-15.ts';
import * as news16 from './cases-news-16.ts';
import * as news17 from './cases-news-17.ts';
import * as news18 from './cases-news-18.ts';
import * as news19 from './cases-news-19.ts';
import * as news20 from './cases-news-20.ts';
import * as news21 from './cases-news-21.ts';
import * as news22 from './cases-news-22.ts';
import * as news23 from './cases-news-23.ts';

type AgreementCase = Case<AgreementExpectation>;

const jaCore: AgreementCase[] = [
  {
    name: '合弁会社を設立: joint venture of its founders',
    text: 'トヨタとパナソニックは電池の合弁会社を設立すると発表した。',
    expect: [{ parties: ['Toyota', 'Panasonic'], type: 'joint_venture', date: null, roles: { founder: ['Toyota', 'Panasonic'] } }],
  },
  {
    name: '新会社の設立で合意: a new company of the two is a joint venture',
    text: 'マツダとデンソーは、電動化部品の新会社の設立で合意した。',
    expect: [{ parties: ['Mazda', 'Denso'], type: 'joint_venture' }],
  },
  {
    name: '合弁工場 is a joint venture',
    text: 'ホンダはLGエナジーソリューションと米国に電池の合弁工場を建設すると発表した。',
    expect: [{ parties: ['Honda', 'LG Energy Solution'], type: 'joint_venture' }],
  },
  { name: '戦略的提携', text: '日産は三菱自動車と戦略的提携を結んだ。', expect: [{ parties: ['Nissan', 'Mitsubishi Motors'], type: 'strategic_partnership' }] },
  {
    name: '共同開発契約',
    text: 'デンソーはルネサスエレクトロニクスと半導体の共同開発契約を締結した。',
    expect: [{ parties: ['Denso', 'Renesas Electronics'], type: 'co_development' }],
  },
  {
    name: 'supply: AはBに供給 gives the direction',
    text: 'パナソニックはテスラに円筒形電池を供給する契約を結んだ。',
    expect: [{ parties: ['Panasonic', 'Tesla'], type: 'supply', roles: { supplier: ['Panasonic'], customer: ['Tesla'] } }],
  },
  {
    name: 'supply with the date at the head of the sentence',
    text: '2024年5月、住友金属鉱山はLGエナジーソリューションと正極材の長期供給契約を結んだ。',
    expect: [
      {
        parties: ['Sumitomo Metal Mining', 'LG Energy Solution'],
        type: 'supply',
        date: { start: '2024-05', end: '2024-05', granularity: 'month' },
      },
    ],
  },
  {
    name: 'investment: AはBに出資',
    text: 'トヨタはオーロラに出資した。',
    expect: [{ parties: ['Toyota', 'Aurora Innovation'], type: 'investment', roles: { investor: ['Toyota'], investee: ['Aurora Innovation'] } }],
  },
  { name: 'acquisition: AはBから…を買収', text: 'いすゞはボルボから商用車事業を買収した。', expect: [{ parties: ['Isuzu', 'Volvo Cars'], type: 'acquisition' }] },
  { name: '基本合意書(MOU)', text: '日産とルノーは基本合意書(MOU)を締結した。', expect: [{ parties: ['Nissan', 'Renault'], type: 'mou' }] },
  {
    name: 'talks that ended without a deal are not an agreement',
    text: 'ホンダとGMの協議は合意に至らず、提携は白紙となった。',
    expect: [],
    reject: [{ parties: ['Honda', 'General Motors'] }, {}],
  },
  {
    name: 'AとBがCを設立: a joint venture of A and B (C is no founder)',
    text: 'ソニーとホンダは2022年にソニー・ホンダモビリティを設立した。トヨタは2023年にトヨタ・カナダを設立した。',
    expect: [{ parties: ['Sony', 'Honda'], type: 'joint_venture', date: { start: '2022', end: '2022', granularity: 'year' } }],
    reject: [{ parties: ['Sony', 'Honda', 'Sony Honda Mobility'] }],
  },
  {
    name: 'Aの顧客はB: A supplies each',
    text: 'CATLの主な顧客はテスラとBMWだ。',
    expect: [
      { parties: ['CATL', 'Tesla'], type: 'supply' },
      { parties: ['CATL', 'BMW'], type: 'supply' },
    ],
  },
  {
    name: 'a signing verb in the negative is no agreement',
    text: '日産はフォックスコンと契約を締結していない。ホンダはLGエナジーソリューションと合意しなかった。トヨタはマツダとの提携契約を結ばなかった。',
    expect: [],
    reject: [{}],
  },
  {
    name: 'a negative elsewhere in the clause leaves the deal',
    text: 'トヨタはマツダと、工場を新設せず既存工場で生産する契約を結んだ。',
    expect: [{ parties: ['Toyota', 'Mazda'] }],
  },
  { name: 'a tie-up under consideration is not an agreement', text: 'マツダはトヨタとの提携を検討していると報じられた。', expect: [], reject: [{ parties: ['Mazda', 'Toyota'] }, {}] },
  {
    name: 'AとBが設立したC (a relative clause): a joint venture of A and B in passing, undated',
    text: 'ソニーとホンダが2022年に設立したソニー・ホンダモビリティは、新型車を発表した。トヨタとパナソニックが共同出資する電池会社プライムプラネットエナジー&ソリューションズは増産を決めた。',
    expect: [
      { parties: ['Sony', 'Honda'], type: 'joint_venture', date: null },
      { parties: ['Toyota', 'Panasonic'], type: 'joint_venture', date: null },
    ],
    reject: [{ parties: ['Sony', 'Sony Honda Mobility'] }, { parties: ['Toyota', 'Prime Planet Energy & Solutions'] }],
  },
  {
    name: 'AがBと設立した合弁会社 (a relative clause): a joint venture of A and B in passing',
    text: '日産自動車が東風汽車と設立した合弁会社は、新型EVを発売した。',
    expect: [{ parties: ['Nissan', 'Dongfeng Motor'], type: 'joint_venture', date: null }],
  },
  {
    name: 'the newspaper that reported a deal is no party of it',
    text: 'デンソーはトヨタ自動車にインバーターを供給すると、日本経済新聞が報じた。マツダがパナソニックから電池を調達することが、日本経済新聞の取材で分かった。',
    expect: [
      { parties: ['Denso', 'Toyota'], type: 'supply' },
      { parties: ['Mazda', 'Panasonic'], type: 'supply' },
    ],
    reject: [{ parties: ['Toyota', '日本経済新聞'] }, { parties: ['Panasonic', '日本経済新聞'] }, { parties: ['Mazda', '日本経済新聞'] }],
  },
  {
    name: 'B向けの…を増産 / 生産: making goods for B is a supply; for a region it is none',
    text: 'パナソニックエナジーは、テスラ向けの電池を増産する。トヨタは北米向けの車両を増産する。',
    expect: [{ parties: ['Panasonic Energy', 'Tesla'], type: 'supply' }],
    reject: [{ parties: ['Toyota', 'Panasonic Energy'] }],
  },
  {
    name: 'AとBはCと供給契約: one record each',
    text: '日産自動車と三菱自動車は、CATLと電池の供給契約を結んだ。',
    expect: [
      { parties: ['Nissan', 'CATL'], type: 'supply' },
      { parties: ['Mitsubishi Motors', 'CATL'], type: 'supply' },
    ],
    reject: [{ parties: ['Nissan', 'Mitsubishi Motors', 'CATL'] }],
  },
  {
    name: 'a deal only expected or sounded out is not an agreement',
    text: 'パナソニックはマツダに電池を供給する見通しだ。トヨタはパナソニックと合弁会社を設立する方向で調整している。日産は鴻海精密工業に出資を打診した。ホンダはソニーとの提携に意欲を示した。',
    expect: [],
    reject: [{}],
  },
  {
    name: 'an expectation after the signing verb leaves the deal',
    text: 'トヨタはパナソニックと契約を結び、2026年から電池を調達する見通しだ。',
    expect: [{ parties: ['Toyota', 'Panasonic'], type: 'supply' }],
  },
  { name: 'a government grant is not an agreement', text: '経済産業省は日産に補助金を交付した。', expect: [], reject: [{}] },
  { name: 'a competitor comparison is not an agreement', text: 'BYDはテスラを抜いて世界最大のEVメーカーとなった。', expect: [], reject: [{ parties: ['BYD', 'Tesla'] }, {}] },
];

const enCore: AgreementCase[] = [
  {
    name: 'supply agreement with',
    text: 'Panasonic signed a supply agreement with Lucid for battery cells.',
    expect: [{ parties: ['Panasonic', 'Lucid'], type: 'supply', roles: { supplier: ['Panasonic'], customer: ['Lucid'] } }],
  },
  {
    name: 'formed a joint venture',
    text: 'Ford and SK On formed a joint venture to build battery plants in Kentucky.',
    expect: [{ parties: ['Ford', 'SK On'], type: 'joint_venture', date: null }],
  },
  {
    name: 'memorandum of understanding',
    text: 'Stellantis and Samsung SDI signed a memorandum of understanding on a second plant.',
    expect: [{ parties: ['Stellantis', 'Samsung SDI'], type: 'mou' }],
  },
  {
    name: 'acquired a stake is an investment',
    text: 'General Motors acquired a stake in Lithium Americas.',
    expect: [{ parties: ['General Motors', 'Lithium Americas'], type: 'investment', roles: { investor: ['General Motors'], investee: ['Lithium Americas'] } }],
    reject: [{ type: 'acquisition' }],
  },
  { name: 'agreed to co-develop', text: 'BMW and Toyota agreed to co-develop fuel-cell systems.', expect: [{ parties: ['BMW', 'Toyota'], type: 'co_development' }] },
  { name: 'letter of intent', text: 'Volkswagen signed a letter of intent with Rivian.', expect: [{ parties: ['Volkswagen', 'Rivian'], type: 'loi' }] },
  {
    name: 'licensed … to',
    text: 'Mercedes-Benz licensed its battery technology to Farasis.',
    expect: [{ parties: ['Mercedes-Benz', 'Farasis Energy'], type: 'licensing', roles: { licensor: ['Mercedes-Benz'], licensee: ['Farasis Energy'] } }],
  },
  {
    name: 'will license … to',
    text: 'CATL will license its battery technology to Ford for a plant in Michigan.',
    expect: [{ parties: ['CATL', 'Ford'], type: 'licensing', roles: { licensor: ['CATL'], licensee: ['Ford'] } }],
  },
  {
    name: 'a JV mentioned in passing: its owners, date null',
    text: "Ultium Cells, GM's joint venture with LG Energy Solution, hired 500 workers.",
    expect: [{ parties: ['General Motors', 'LG Energy Solution'], type: 'joint_venture', date: null }],
    reject: [{ parties: ['Ultium Cells', 'General Motors', 'LG Energy Solution'] }, { parties: ['Ultium Cells', 'General Motors'] }],
  },
  { name: 'talks that ended without a deal', text: 'Nissan and Honda ended talks on a merger without a deal.', expect: [], reject: [{ parties: ['Nissan', 'Honda'] }, {}] },
  { name: '"partnership" in a non-deal sense', text: 'Toyota said it values its partnership with suppliers and dealers.', expect: [], reject: [{}] },
  {
    name: "X's customers include A and B: X supplies each",
    text: "CATL's biggest clients are Tesla and BMW. Tesla's customers include many families.",
    expect: [
      { parties: ['CATL', 'Tesla'], type: 'supply' },
      { parties: ['CATL', 'BMW'], type: 'supply' },
    ],
    reject: [{ parties: ['Tesla', 'BMW'] }],
  },
  {
    name: 'two companies setting up a named company found a joint venture (the new company is no founder)',
    text: 'Sony and Honda set up Sony Honda Mobility in 2022. Honda established Honda Canada in 1969. Toyota and Mazda set up a plant in Alabama.',
    expect: [{ parties: ['Sony', 'Honda'], type: 'joint_venture', date: { start: '2022', end: '2022', granularity: 'year' } }],
    reject: [{ parties: ['Sony', 'Honda', 'Sony Honda Mobility'] }, { parties: ['Toyota', 'Mazda'] }, { parties: ['Honda', 'Honda Canada'] }],
  },
  { name: 'a negated signing is no agreement', text: 'Nissan did not sign the agreement with Foxconn. Mazda didn’t sign a deal with CATL. Subaru has yet to sign a supply deal with Panasonic.', expect: [], reject: [{}] },
  {
    name: 'a negation after the signing verb leaves the deal',
    text: 'Toyota signed a supply deal with Panasonic for a plant that will not reach full output until 2027.',
    expect: [{ parties: ['Toyota', 'Panasonic'], type: 'supply' }],
  },
  { name: 'people opening a sentence are no party', text: 'Workers signed a contract with Ford, and Investors invested in Rivian.', expect: [], reject: [{}] },
  {
    name: '", and" before a named subject and its verb starts a clause of its own',
    text: 'Honda signed a supply deal with Ford, and LG Energy Solution will supply cells to GM. Nissan signed a contract with Ford, and Toyota invested in Rivian.',
    expect: [
      { parties: ['Honda', 'Ford'], type: 'supply' },
      { parties: ['LG Energy Solution', 'General Motors'], type: 'supply' },
      { parties: ['Toyota', 'Rivian'], type: 'investment' },
    ],
    reject: [{ parties: ['Honda', 'LG Energy Solution'] }, { parties: ['Nissan', 'Rivian'] }],
  },
  {
    name: 'a partnership under consideration',
    text: 'Hyundai is considering a partnership with Tesla, people familiar said.',
    expect: [],
    reject: [{ parties: ['Hyundai Motor', 'Tesla'] }, {}],
  },
  {
    name: 'A co-owns X with B / X is jointly owned by A and B: a joint venture of A and B, X no founder',
    text: 'GM, which co-owns Ultium Cells with LG Energy Solution, will invest $1 billion in the plant. BlueOval SK is jointly owned by Ford and SK On.',
    expect: [
      { parties: ['General Motors', 'LG Energy Solution'], type: 'joint_venture' },
      { parties: ['Ford', 'SK On'], type: 'joint_venture', date: null },
    ],
    reject: [{ parties: ['Ultium Cells', 'LG Energy Solution'] }, { parties: ['BlueOval SK', 'Ford', 'SK On'] }, { parties: ['BlueOval SK', 'Ford'] }],
  },
  {
    name: 'chosen by A to supply / as a supplier (passive): A is the customer; a deal to buy is a supply',
    text: 'LG Energy Solution was chosen by Rivian to supply cells. Tesla signed a $4.3 billion deal with Panasonic to buy cylindrical cells.',
    expect: [
      { parties: ['Rivian', 'LG Energy Solution'], type: 'supply', roles: { customer: ['Rivian'], supplier: ['LG Energy Solution'] } },
      { parties: ['Tesla', 'Panasonic'], type: 'supply', roles: { customer: ['Tesla'], supplier: ['Panasonic'] } },
    ],
  },
  {
    name: 'an apposition with a relation noun before "of" names a party ("the biggest shareholder of X"); a plain one describes',
    text: 'Volkswagen, the biggest shareholder of Gotion High-Tech, said sales rose. VinFast, the carmaker of Vietnam’s Vingroup, signed a deal with LG Energy Solution.',
    expect: [
      { parties: ['Volkswagen', 'Gotion High-Tech'], type: 'investment' },
      { parties: ['VinFast', 'LG Energy Solution'], type: 'partnership' },
    ],
    reject: [{ parties: ['VinFast', 'Vingroup', 'LG Energy Solution'] }],
  },
  {
    name: '", which buys from A and B": the name before the relative clause buys from each (no deal between A and B)',
    text: 'Mercedes-Benz, which buys cells from CATL and Farasis, said margins fell. Nissan, which signed memorandums with Renault and Mitsubishi Motors, said sales rose.',
    expect: [
      { parties: ['Mercedes-Benz', 'CATL'], type: 'supply' },
      { parties: ['Mercedes-Benz', 'Farasis Energy'], type: 'supply' },
      { parties: ['Nissan', 'Renault'], type: 'mou' },
      { parties: ['Nissan', 'Mitsubishi Motors'], type: 'mou' },
    ],
    reject: [{ parties: ['CATL', 'Farasis Energy'] }, { parties: ['Renault', 'Mitsubishi Motors'] }],
  },
  {
    name: '"and another with B" is a second deal of the subject, with its own date',
    text: 'Toyota signed a deal with Redwood Materials in 2023 and another with Sumitomo Metal Mining in 2024.',
    expect: [
      { parties: ['Toyota', 'Redwood Materials'], date: { start: '2023', end: '2023', granularity: 'year' } },
      { parties: ['Toyota', 'Sumitomo Metal Mining'], date: { start: '2024', end: '2024', granularity: 'year' } },
    ],
    reject: [{ parties: ['Toyota', 'Redwood Materials', 'Sumitomo Metal Mining'] }],
  },
  {
    name: 'whose partner / supplier is B; picked B over C; uses cells made by B',
    text: 'Honda, whose battery partner is LG Energy Solution, reported higher sales. Hyundai Motor picked SK On over Samsung SDI to supply cells. Toyota will use batteries made by Panasonic and CATL.',
    expect: [
      { parties: ['Honda', 'LG Energy Solution'], type: 'partnership' },
      { parties: ['Hyundai Motor', 'SK On'], type: 'supply' },
      { parties: ['Toyota', 'Panasonic'], type: 'supply', roles: { customer: ['Toyota'], supplier: ['Panasonic'] } },
      { parties: ['Toyota', 'CATL'], type: 'supply' },
    ],
    reject: [{ parties: ['Hyundai Motor', 'Samsung SDI'] }, { parties: ['Panasonic', 'CATL'] }],
  },
  {
    name: 'chosen as a supplier to X, X being a joint venture named in apposition: X is the customer, the JV its founders\'',
    text: "POSCO Chemical was chosen in December 2020 as a CAM supplier to Ultium Cells LLC, GM's battery joint venture with LG Energy Solution. Panasonic became the sole supplier to Tesla and Mazda.",
    expect: [
      { parties: ['POSCO Future M', 'Ultium Cells'], type: 'supply' },
      { parties: ['General Motors', 'LG Energy Solution'], type: 'joint_venture' },
      { parties: ['Panasonic', 'Tesla'], type: 'supply' },
      { parties: ['Panasonic', 'Mazda'], type: 'supply' },
    ],
    reject: [{ parties: ['POSCO Future M', 'General Motors', 'LG Energy Solution'] }, { parties: ['Ultium Cells', 'General Motors', 'LG Energy Solution'] }],
  },
  {
    name: "buying the other's plant or business is an acquisition with its owner; buying goods from its plant is a supply",
    text: "Lyten agreed to buy Northvolt's plant in Poland. Murata acquired Sony's battery business in 2017. Ford will buy cells from SK On's plant in Georgia.",
    expect: [
      { parties: ['Lyten', 'Northvolt'], type: 'acquisition' },
      { parties: ['Murata Manufacturing', 'Sony'], type: 'acquisition' },
      { parties: ['Ford', 'SK On'], type: 'supply' },
    ],
  },
  {
    name: '"as well as" joins partners; "neither … nor … signed" denies; a joint company of three is their joint venture',
    text: 'Ford has signed supply agreements with SK On as well as LG Energy Solution. Neither Nissan nor Honda signed the deal. Toyota, together with Denso and Aisin, formed a joint company. Mazda signed a deal with Subaru; neither company disclosed the terms.',
    expect: [
      { parties: ['Ford', 'SK On'], type: 'supply' },
      { parties: ['Ford', 'LG Energy Solution'], type: 'supply' },
      { parties: ['Toyota', 'Denso', 'Aisin'], type: 'joint_venture' },
      { parties: ['Mazda', 'Subaru'] },
    ],
    reject: [{ parties: ['Nissan', 'Honda'] }, { parties: ['Ford', 'SK On', 'LG Energy Solution'] }],
  },
  {
    name: 'a holding changed in size, or a minority stake bought, is an investment',
    text: 'Toyota agreed to raise its holding in Mazda to 5.5%. Mitsubishi Corporation completed its acquisition of a 30% stake in Leapmotor.',
    expect: [
      { parties: ['Toyota', 'Mazda'], type: 'investment' },
      { parties: ['Mitsubishi Corporation', 'Leapmotor'], type: 'investment' },
    ],
  },
  {
    name: 'several subjects sign a supply deal with one partner: one record each, never between the subjects',
    text: 'Nissan and Mitsubishi Motors signed a battery supply agreement with CATL.',
    expect: [
      { parties: ['Nissan', 'CATL'], type: 'supply' },
      { parties: ['Mitsubishi Motors', 'CATL'], type: 'supply' },
    ],
    reject: [{ parties: ['Nissan', 'Mitsubishi Motors', 'CATL'] }, { parties: ['Nissan', 'Mitsubishi Motors'] }],
  },
  {
    name: 'a deal only expected, hoped for or possible is not an agreement',
    text: 'LG Energy Solution could supply batteries to Ford. Samsung SDI hopes to win a contract from BMW. Panasonic is expected to sign a deal with Mazda. Stellantis expressed interest in buying a stake in Leapmotor. Ford wants to partner with CATL.',
    expect: [],
    reject: [{}],
  },
  {
    name: 'a modal after the signing verb leaves the deal',
    text: 'Panasonic signed a deal under which it could supply more cells to Mazda. In May Tesla signed a supply deal with CATL.',
    expect: [
      { parties: ['Panasonic', 'Mazda'], type: 'supply' },
      { parties: ['Tesla', 'CATL'], type: 'supply' },
    ],
  },
  { name: 'a government loan is not an agreement', text: 'The Department of Energy gave Ford a $9.2 billion loan.', expect: [], reject: [{}] },
  { name: 'a sales comparison is not an agreement', text: 'BYD outsold Tesla in the fourth quarter.', expect: [], reject: [{ parties: ['BYD', 'Tesla'] }, {}] },
  { name: 'a denied deal is not an agreement', text: 'Renault denied reports that it had signed a deal with Geely.', expect: [], reject: [{ parties: ['Renault', 'Geely'] }, {}] },
];

export const ja: AgreementCase[] = [...jaCore, ...news.ja, ...news3.ja, ...news4.ja, ...news5.ja, ...news6.ja, ...news7.ja, ...news8.ja, ...news9.ja, ...news10.ja, ...news11.ja, ...news12.ja, ...news13.ja, ...news14.ja, ...news15.ja, ...news16.ja, ...news17.ja, ...news18.ja, ...news19.ja, ...news20.ja, ...news21.ja, ...news22.ja, ...news23.ja];
export const en: AgreementCase[] = [...enCore, ...news.en, ...news3.en, ...news4.en, ...news5.en, ...news6en.en, ...news7en.en, ...news8.en, ...news9.en, ...news10.en, ...news11.en, ...news12.en, ...news13.en, ...news14.en, ...news15.en, ...news16.en, ...news17.en, ...news18.en, ...news19.en, ...news20.en, ...news21.en, ...news22.en, ...news23.en];
