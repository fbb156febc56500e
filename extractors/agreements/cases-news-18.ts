/**
 * An eighteenth set of agreement case rows in the shapes of business news (cases.ts joins them
 * with the others): each row against a defect that fresh text showed (seeds/agreements/README.md,
 * 1.2.29).
 */
import type { AgreementExpectation, Case } from '../cases.ts';

type AgreementCase = Case<AgreementExpectation>;

export const ja: AgreementCase[] = [
  {
    name: 'a document signed with an aim in view is signed (「…の供給を視野に入れた趣意書（LOI）を交わした」); a plan only in view is not (「…との提携を視野に入れている」)',
    text: '住友化学株式会社は18日、フィンランドのバルメット・オートモーティブと、電池用正極材の供給を視野に入れた趣意書（LOI）を交わしたと発表した。\n\n三井金属は、フォルシアとの提携を視野に入れている。',
    expect: [{ parties: ['Sumitomo Chemical', 'バルメット・オートモーティブ'], type: 'loi' }],
    reject: [{ parties: ['Mitsui Kinzoku', 'Forvia'] }],
  },
  {
    name: 'a company described as one an investor backs, with a place and a kind of company between (「豊田通商が出資する豪州のリチウム開発会社イオニア」: a place\'s name after a kind of company is the company\'s)',
    text: '豊田通商が出資する豪州のリチウム開発会社イオニアは、米ネバダ州の鉱山で建設工事に着手した。',
    expect: [{ parties: ['Toyota Tsusho', 'イオニア'], type: 'investment', roles: { investor: ['Toyota Tsusho'], investee: ['イオニア'] } }],
  },
  {
    name: 'a Chinese company written as registered, its place read by kuromoji as a place, is a party (「中科海鈉が山西華陽集団と合弁会社を設けて」: 設ける sets a company up)',
    text: '中科海鈉は2022年に山西華陽集団と合弁会社を設けて量産に乗り出した。',
    expect: [{ parties: ['HiNa Battery', '山西華陽'], type: 'joint_venture' }],
  },
  {
    name: 'the topic defined as the company its owners set up with their money, a note and a time between (「X（読み、東京・港）は、2019年にAとBが共同出資で設立した会社だ」): the owners\' venture, the topic no founder; an investment left in limbo is none (「ZFの出資も宙に浮いた」)',
    text: '充電網を運営する株式会社e-Mobility Power（イーモビリティパワー、東京・港）は、2019年に東京電力ホールディングスと中部電力が共同出資で設立した会社だ。\n\nWolfspeedは2024年10月、ザールラント州の工場計画を棚上げし、ZFの出資も宙に浮いた。',
    expect: [{ parties: ['TEPCO', 'Chubu Electric Power'], type: 'joint_venture' }],
    reject: [{ parties: ['TEPCO', 'Chubu Electric Power', 'e-Mobility Power'] }, { parties: ['Wolfspeed', 'ZF'] }],
  },
];

export const en: AgreementCase[] = [
  {
    name: 'a customer named as such, in an aside or as the predicate ("Scania, the truckmaker that was Northvolt\'s first customer"); goods shown by one company, developed with another ("unveiled a cell developed with Stockholm-based Altris"): their co-development',
    text: 'Scania, the Volkswagen-owned truckmaker that was Northvolt\'s first customer, has continued to take cells from the trustee. Northvolt unveiled a sodium-ion cell developed with Stockholm-based Altris AB in November 2023.',
    expect: [
      { parties: ['Scania', 'Northvolt'], type: 'supply', roles: { customer: ['Scania'], supplier: ['Northvolt'] } },
      { parties: ['Northvolt', 'Altris'], type: 'co_development' },
    ],
    reject: [{ parties: ['Volkswagen', 'Northvolt'] }],
  },
  {
    name: 'a maker\'s goods built for a customer, told in an aside about it ("Rivian, which builds electric delivery vans for Amazon, said …"); not its own goods ("which builds its own cells for the Cybertruck")',
    text: 'Rivian, which builds electric delivery vans for Amazon, said on Thursday it would cut about 4% of its workforce. Tesla, which builds its own cells for the Cybertruck at Panasonic\'s former site, said sales fell.',
    expect: [{ parties: ['Rivian', 'Amazon'], type: 'supply', roles: { supplier: ['Rivian'], customer: ['Amazon'] } }],
    reject: [{ parties: ['Tesla', 'Panasonic'] }],
  },
  {
    name: 'a company whose site it is is no party of a deal made there ("to assemble cars at a former Nissan plant in Barcelona"), but a reference can still name it ("at a Honda Motor plant … from the automaker\'s joint venture with GS Yuasa"); "A and B incorporated X" is their venture; a group described by its leaders is none ("Chinese suppliers led by CATL and BYD")',
    text: 'Chery Automobile signed a joint venture agreement with Spain\'s Ebro EV Motors on Friday to assemble cars at a former Nissan plant in Barcelona. Hyundai Motor Group and LG Energy Solution incorporated HLI Green Power in Karawang, Indonesia, each taking a 50% stake. Chinese suppliers led by CATL and BYD Co. control about 80% of the global EV battery market.',
    expect: [
      { parties: ['Chery', 'Ebro EV Motors'], type: 'joint_venture' },
      { parties: ['Hyundai Motor', 'LG Energy Solution'], type: 'joint_venture' },
    ],
    reject: [{ parties: ['Chery', 'Ebro EV Motors', 'Nissan'] }, { parties: ['CATL', 'BYD'] }],
  },
  {
    name: 'a shareholding told in an aside is no package with the deal of the sentence ("Amazon.com Inc, which owns about 16% of the company, has ordered 100,000 vans from Rivian": the holding and the order, two records)',
    text: 'Rivian has collected powerful backers before. Amazon.com Inc, which owns about 16% of the company, has ordered 100,000 electric delivery vans from Rivian.',
    expect: [
      { parties: ['Amazon', 'Rivian'], type: 'investment', roles: { investor: ['Amazon'], investee: ['Rivian'] } },
      { parties: ['Amazon', 'Rivian'], type: 'supply', roles: { customer: ['Amazon'], supplier: ['Rivian'] } },
    ],
  },
  {
    name: 'the subject\'s own takeover told in an opening phrase ("Since its acquisition by Shell, German home-battery maker Sonnen has …": Shell is a company there); a list member after "as well as to" and a kind of company ("as well as to Indian bus maker Olectra Greentech")',
    text: 'Since its acquisition by Shell, German home-battery maker Sonnen has installed more than 100,000 storage systems. Microvast has won orders to supply battery systems to Daimler Truck, as well as to Indian bus maker Olectra Greentech, the company said.',
    expect: [
      { parties: ['Shell', 'sonnen'], type: 'acquisition', roles: { acquirer: ['Shell'], target: ['sonnen'] } },
      { parties: ['Microvast', 'Daimler Truck'], type: 'supply' },
      { parties: ['Microvast', 'Olectra Greentech'], type: 'supply', roles: { supplier: ['Microvast'], customer: ['Olectra Greentech'] } },
    ],
  },
  {
    name: 'goods from a company\'s site delivered to buyers ("Lithium hydroxide from Piedmont Lithium\'s Carolina project will be delivered to Tesla and LG Energy Solution"); goods a company uses, bought from a named seller ("where LG Chem stores nickel intermediate bought from Indonesia\'s Nickel Industries")',
    text: 'Lithium hydroxide from Piedmont Lithium\'s Carolina project will be delivered to Tesla and LG Energy Solution under contracts disclosed on Friday. A fire broke out at a warehouse in Ulsan where LG Chem stores nickel intermediate bought from Indonesia\'s Nickel Industries under a long-term contract.',
    expect: [
      { parties: ['Piedmont Lithium', 'Tesla'], type: 'supply', roles: { supplier: ['Piedmont Lithium'], customer: ['Tesla'] } },
      { parties: ['Piedmont Lithium', 'LG Energy Solution'], type: 'supply' },
      { parties: ['LG Chem', 'Nickel Industries'], type: 'supply', roles: { customer: ['LG Chem'], supplier: ['Nickel Industries'] } },
    ],
    reject: [{ parties: ['Tesla', 'LG Energy Solution'] }],
  },
];
