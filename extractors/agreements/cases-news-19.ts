/**
 * A nineteenth set of agreement case rows in the shapes of business news (cases.ts joins them
 * with the others): each row against a defect that fresh text showed (seeds/agreements/README.md,
 * 1.2.30).
 */
import type { AgreementExpectation, Case } from '../cases.ts';

type AgreementCase = Case<AgreementExpectation>;

export const ja: AgreementCase[] = [
  {
    name: 'an agreement to invest together is a joint venture of the two, the plant named between (「Aは、…工場について、Bと共同出資することで合意した」), not B as the investee; a 基本合意 to do so stays an MoU',
    text: '旭化成は、カナダで計画する湿式セパレーター工場について、本田技研工業と共同出資することで合意した。\n\n住友金属鉱山は、豪州の鉱山について三井物産と共同出資することで基本合意した。',
    expect: [
      { parties: ['Asahi Kasei', 'Honda'], type: 'joint_venture' },
      { parties: ['Sumitomo Metal Mining', 'Mitsui & Co.'], type: 'mou' },
    ],
    reject: [{ parties: ['Asahi Kasei', 'Honda'], type: 'investment' }],
  },
  {
    name: 'a company a deal goes through is no party when another company follows (「スズキは、マルチ・スズキを通じてトヨタにEVを供給」); alone it stays the counterpart (「豊田通商を通じて…を調達」); a country before a name is read past (「韓国LGエナジーソリューションとの米合弁工場」「独ZFの…に採用された」)',
    text: 'スズキは、インドのマルチ・スズキを通じてトヨタにEVを供給する。\n\nトヨタは、豊田通商を通じてアルゼンチンのリチウムを調達する。\n\nホンダは、韓国LGエナジーソリューションとの米合弁工場の稼働を延期した。\n\n住友電気工業が開発した平角巻線が、独ZFの次世代eアクスルに採用された。',
    expect: [
      { parties: ['Suzuki', 'Toyota'], type: 'supply', roles: { supplier: ['Suzuki'], customer: ['Toyota'] } },
      { parties: ['Toyota', 'Toyota Tsusho'], type: 'supply', roles: { customer: ['Toyota'], supplier: ['Toyota Tsusho'] } },
      { parties: ['Honda', 'LG Energy Solution'], type: 'joint_venture' },
      { parties: ['Sumitomo Electric Industries', 'ZF'], type: 'supply', roles: { supplier: ['Sumitomo Electric Industries'], customer: ['ZF'] } },
    ],
    reject: [{ parties: ['Suzuki', 'Maruti Suzuki'] }],
  },
];

export const en: AgreementCase[] = [
  {
    name: "a company named to describe the party after it ('to Toyota\\'s longtime partner, Denso', 'to Tesla\\'s rival BYD') or in an apposition after it ('Mazda, a long-time partner of Toyota', 'Mazda, Toyota\\'s partner,') is no party; 'GM\\'s joint venture partner, LG Energy Solution' tells their venture in passing and is no cue of the clause's deal",
    text: "BASF has sold its stake in the plant to Toyota's longtime partner, Denso. Glencore agreed to supply cobalt to Tesla's rival BYD. Panasonic agreed to supply cells to Mazda, a long-time partner of Toyota. Umicore will supply cathodes to Verkor, Renault's partner, from 2027. LG Chem will supply cathodes to GM's joint venture partner, LG Energy Solution.",
    expect: [
      { parties: ['BASF', 'Denso'], type: 'acquisition' },
      { parties: ['Glencore', 'BYD'], type: 'supply', roles: { supplier: ['Glencore'], customer: ['BYD'] } },
      { parties: ['Panasonic', 'Mazda'], type: 'supply' },
      { parties: ['Umicore', 'Verkor'], type: 'supply' },
      { parties: ['LG Chem', 'LG Energy Solution'], type: 'supply', roles: { supplier: ['LG Chem'], customer: ['LG Energy Solution'] } },
      { parties: ['General Motors', 'LG Energy Solution'], type: 'joint_venture' },
    ],
    reject: [{ parties: ['BASF', 'Toyota'] }, { parties: ['Glencore', 'Tesla'] }, { parties: ['Panasonic', 'Toyota'] }, { parties: ['Umicore', 'Renault'] }, { parties: ['LG Chem', 'LG Energy Solution'], type: 'joint_venture' }],
  },
];
