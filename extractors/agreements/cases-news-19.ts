/**
 * A nineteenth set of agreement case rows in the shapes of business news (cases.ts joins them
 * with the others): each row against a defect that fresh text showed (seeds/agreements/README.md,
 * 1.2.30, 1.2.31).
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
  {
    name: 'a list joined by 、さらに is one list (「BとC、さらにDからも受注を獲得した」); an investor that led the subject\'s round (「Xは、Aが主導した資金調達ラウンドで…を集めた」), the allottees of its capital increase (「Aなどを引受先とする第三者割当増資」, not the reverse) and one that joined that round after it (「Bも同ラウンドに参加した」)',
    text: 'セパレーター大手の中国・上海恩捷新材料科技は、韓国のSKオンとLGエナジーソリューション、さらにプライムプラネットエナジー&ソリューションズからも相次いで受注を獲得した。\n\nリチウム金属負極を開発する米スタートアップのピュアリチウムは、三菱商事が主導した資金調達ラウンドで約2000万ドルを集めた。ENEOSイノベーションパートナーズも同ラウンドに参加した。\n\n電池スタートアップのテラドライブは、伊藤忠商事などを引受先とする第三者割当増資で約20億円を調達した。',
    expect: [
      { parties: ['上海恩捷新材料科技', 'SK On'], type: 'supply', roles: { supplier: ['上海恩捷新材料科技'], customer: ['SK On'] } },
      { parties: ['上海恩捷新材料科技', 'LG Energy Solution'], type: 'supply' },
      { parties: ['上海恩捷新材料科技', 'Prime Planet Energy & Solutions'], type: 'supply' },
      { parties: ['Mitsubishi Corporation', 'ピュアリチウム'], type: 'investment', roles: { investor: ['Mitsubishi Corporation'], investee: ['ピュアリチウム'] } },
      { parties: ['ENEOS Innovation Partners', 'ピュアリチウム'], type: 'investment', roles: { investor: ['ENEOS Innovation Partners'], investee: ['ピュアリチウム'] } },
      { parties: ['Itochu', 'テラドライブ'], type: 'investment', roles: { investor: ['Itochu'], investee: ['テラドライブ'] } },
    ],
    reject: [{ parties: ['SK On', 'Prime Planet Energy & Solutions'] }],
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
  {
    name: "investors that joined 'the round' a sentence before joined the round of the company it was for ('… led a $300 million Series B for Our Next Energy. BMW i Ventures … also joined the round.'), not the lead's",
    text: 'Fifth Wall led a $300 million Series B for Our Next Energy. BMW i Ventures and Franklin Templeton also joined the round.',
    expect: [
      { parties: ['Fifth Wall', 'Our Next Energy'], type: 'investment', roles: { investor: ['Fifth Wall'], investee: ['Our Next Energy'] } },
      { parties: ['BMW i Ventures', 'Our Next Energy'], type: 'investment', roles: { investor: ['BMW i Ventures'], investee: ['Our Next Energy'] } },
      { parties: ['Franklin Templeton', 'Our Next Energy'], type: 'investment' },
    ],
    reject: [{ parties: ['Fifth Wall', 'BMW i Ventures'] }],
  },
];
