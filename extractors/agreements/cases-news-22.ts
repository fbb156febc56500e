/**
 * A twenty-second set of agreement case rows in the shapes of business news (cases.ts joins them
 * with the others): each row against a defect that fresh text showed (seeds/agreements/README.md,
 * 1.2.46).
 */
import type { AgreementExpectation, Case } from '../cases.ts';

type AgreementCase = Case<AgreementExpectation>;

export const ja: AgreementCase[] = [
  {
    name: 'a group named to describe a kind of company is no party (「トヨタ系部品大手で、…アイシンは」); the owner of a storage site served is the client of the work won (「Bが…に建設する系統用蓄電池について、Aは…技術サービス契約を受注した」); a round\'s investors named with a group\'s descriptor and an existing holder (「サウジアラムコ系のXが主導し、Yと既存株主のZも応じた」)',
    text: 'トヨタ系部品大手で、電動駆動ユニットの外販拡大を急ぐアイシンは16日、中国の新興EVメーカー、小鵬汽車と次世代のeアクスルを共同開発すると発表した。\n\nマレーシアの電力最大手テナガ・ナショナル（TNB）が同国南部に建設する系統用蓄電池について、日立エナジーは20日、設計から運用・保守までを担う技術サービス契約を受注したと明らかにした。\n\nスウェーデンの新興企業アルトリスは18日、第三者割当増資で約5000万ユーロを調達したと発表した。サウジアラムコ系のアラムコ・ベンチャーズが主導し、住友商事と既存株主のノースボルトも応じた。',
    expect: [
      { parties: ['Aisin', 'XPeng'], type: 'co_development' },
      { parties: ['Hitachi Energy', 'Tenaga Nasional'], type: 'technical_service', roles: { provider: ['Hitachi Energy'], client: ['Tenaga Nasional'] } },
      { parties: ['Sumitomo Corporation', 'Altris'], type: 'investment', roles: { investor: ['Sumitomo Corporation'], investee: ['Altris'] } },
      { parties: ['Northvolt', 'Altris'], type: 'investment' },
    ],
    reject: [{ parties: ['Toyota', 'Aisin', 'XPeng'] }, { parties: ['Sumitomo Corporation', 'Northvolt'] }],
  },
  {
    name: 'a company\'s major shareholder told as the predicate (「Bの筆頭株主は…約20%を握っていた米Aだった」「Bの筆頭株主はAだ」) is a holding in passing',
    text: '富士重工業（現スバル）の筆頭株主は1999年から約20%を握っていた米ゼネラル・モーターズ（GM）だったが、GMは05年に株式を手放した。\n\nデンソーの筆頭株主はトヨタ自動車だ。',
    expect: [
      { parties: ['General Motors', 'Subaru'], type: 'investment', date: null, roles: { investor: ['General Motors'], investee: ['Subaru'] } },
      { parties: ['Toyota', 'Denso'], type: 'investment', roles: { investor: ['Toyota'], investee: ['Denso'] } },
    ],
  },
  {
    name: 'goods of a maker adopted for other makers\' vehicles (「Aが量産する大型円筒形電池が、独Bと英Cの次期EVに採用された」): one supply record per customer',
    text: '億緯リチウム能源が量産する大型円筒形電池が、独BMWと英ジャガー・ランドローバーの次期EVに採用された。',
    expect: [
      { parties: ['EVE Energy', 'BMW'], type: 'supply', roles: { supplier: ['EVE Energy'], customer: ['BMW'] } },
      { parties: ['EVE Energy', 'Jaguar Land Rover'], type: 'supply', roles: { supplier: ['EVE Energy'], customer: ['Jaguar Land Rover'] } },
    ],
    reject: [{ parties: ['BMW', 'Jaguar Land Rover'] }],
  },
];

export const en: AgreementCase[] = [
  {
    name: "lenders in an opening phrase are no investors ('Backed by loans from a syndicate led by MUFG and DBS Bank, VinFast signed …'); a company part-owned by another in an aside; a plant that builds cars with packs from B; sales to B; a round whose lead 'took the lead', others 'joined' or 'as did' it, one named with an apposition ('TVS Motor, an existing shareholder, and Japan's Mitsui & Co also put in money')",
    text: "Backed by loans from a syndicate led by MUFG and DBS Bank, VinFast signed a contract on Tuesday to buy lithium-iron-phosphate packs from CATL.\n\nEnvision AESC, which builds cells for BMW, and is part-owned by Nissan, said it would delay a plant.\n\nStellantis is pausing production at its Mirafiori plant in Turin, which builds the Fiat 500e with battery packs from Samsung SDI, for four weeks.\n\nPanasonic Holdings trimmed its profit forecast on Thursday, citing weaker battery sales to Tesla and Lucid Group.\n\nAmple, a San Francisco start-up that swaps electric-car batteries, said on Monday it had closed a $160 million funding round. Mitsubishi Corp took the lead, and Japanese refiner Eneos joined, as did existing backer Shell Ventures.\n\nUltraviolette said on Tuesday it had raised $21 million. Zoho Corp led the round; TVS Motor, an existing shareholder, and Japan's Mitsui & Co also put in money.",
    expect: [
      { parties: ['VinFast', 'CATL'], type: 'supply', roles: { customer: ['VinFast'], supplier: ['CATL'] } },
      { parties: ['Nissan', 'Envision AESC'], type: 'investment', roles: { investor: ['Nissan'], investee: ['Envision AESC'] } },
      { parties: ['Samsung SDI', 'Stellantis'], type: 'supply', roles: { supplier: ['Samsung SDI'], customer: ['Stellantis'] } },
      { parties: ['Panasonic', 'Tesla'], type: 'supply', roles: { supplier: ['Panasonic'], customer: ['Tesla'] } },
      { parties: ['Panasonic', 'Lucid'], type: 'supply' },
      { parties: ['Mitsubishi Corporation', 'Ample'], type: 'investment', roles: { investor: ['Mitsubishi Corporation'], investee: ['Ample'] } },
      { parties: ['ENEOS', 'Ample'], type: 'investment' },
      { parties: ['Shell Ventures', 'Ample'], type: 'investment' },
      { parties: ['TVS Motor', 'Ultraviolette Automotive'], type: 'investment' },
      { parties: ['Mitsui & Co.', 'Ultraviolette Automotive'], type: 'investment' },
    ],
    reject: [{ parties: ['MUFG', 'DBS'] }, { parties: ['TVS Motor', 'Mitsui & Co.'] }],
  },
  {
    name: "a table whose first party column is 'Indian side' and the second 'Counterparty': each row a deal of its two companies; 'heads of agreement' is an MoU",
    text: "India's cell deals\n\n| Date | Indian side | Counterparty | What was agreed | Figures |\n|---|---|---|---|---|\n| Mar. 10, 2022 | Exide Industries | SVOLT Energy Technology (China) | Licence to SVOLT's cell technology and know-how | - |\n| Jan. 21, 2024 | Indian Oil Corp. | Panasonic Energy | Heads of agreement on cylindrical lithium-ion cells | - |",
    expect: [
      { parties: ['Exide Industries', 'SVOLT Energy'], type: 'licensing' },
      { parties: ['Indian Oil Corporation', 'Panasonic Energy'], type: 'mou' },
    ],
    reject: [{ parties: ['Indian Oil Corporation', 'Panasonic Energy'], type: 'partnership' }],
  },
  {
    name: "a deal named by its pair ('The $4.3 billion LG Energy Solution–Tesla LFP deal …') is a deal of the two",
    text: "The $4.3 billion LG Energy Solution–Tesla LFP deal, first disclosed in a regulatory filing without the customer's name, runs from August 2027 to July 2030, people familiar with it said.",
    expect: [{ parties: ['LG Energy Solution', 'Tesla'], type: 'partnership' }],
  },
];
