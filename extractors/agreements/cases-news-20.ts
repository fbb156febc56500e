/**
 * A twentieth set of agreement case rows in the shapes of business news (cases.ts joins them
 * with the others): each row against a defect that fresh text showed (seeds/agreements/README.md,
 * 1.2.42).
 */
import type { AgreementExpectation, Case } from '../cases.ts';

type AgreementCase = Case<AgreementExpectation>;

export const ja: AgreementCase[] = [
  {
    name: 'goods of A taken by B with a span of time before B (「…を、2026年から3年間にわたりBが引き取る」) or taken as what they serve (「Bの両社が電池の原料として採用した」); the use of a patent licensed to the one named first (「Bに対し、…特許の使用を、Aが許諾する」)',
    text: '豪ピルバラ・ミネラルズがピルガングーラ鉱山で生産するリチウム精鉱を、2026年から3年間にわたり住友商事が引き取る。\n\n住友化学が開発した正極材を、韓国のLG化学、独BASFの両社が電池の原料として採用した。\n\n韓国のサムスンSDIに対し、全固体電池の製造特許の使用を、出光興産が許諾する契約を結んだ。',
    expect: [
      { parties: ['Pilbara Minerals', 'Sumitomo Corporation'], type: 'supply', roles: { supplier: ['Pilbara Minerals'], customer: ['Sumitomo Corporation'] } },
      { parties: ['Sumitomo Chemical', 'LG Chem'], type: 'supply', roles: { supplier: ['Sumitomo Chemical'], customer: ['LG Chem'] } },
      { parties: ['Sumitomo Chemical', 'BASF'], type: 'supply' },
      { parties: ['Idemitsu Kosan', 'Samsung SDI'], type: 'licensing', roles: { licensor: ['Idemitsu Kosan'], licensee: ['Samsung SDI'] } },
    ],
  },
  {
    name: 'the builder of a site served is the client, not a subject (「Bが…に建設した工場について、Aが…の立ち上げと保守を支援する契約」「Bがインドに建設する工場に、Aが…を供給する」); a supply contract to a named recipient gives the direction (「AはBに…を供給する契約」); the source chosen supplies (「Bの…の調達先に、Aが選ばれた」)',
    text: 'トヨタ自動車が米ケンタッキー州に建設した工場について、日立製作所が生産ラインの立ち上げと保守を支援する契約を結んだ。\n\n日産自動車がインドに建設する工場に、デンソーが部品を供給する契約を結んだ。\n\n古河電気工業は、ビンファストに電池部材を供給する契約を結んだ。\n\nトヨタ自動車の電池材料の調達先に、住友金属鉱山が選ばれた。',
    expect: [
      { parties: ['Hitachi', 'Toyota'], type: 'technical_service', roles: { provider: ['Hitachi'], client: ['Toyota'] } },
      { parties: ['Denso', 'Nissan'], type: 'supply', roles: { supplier: ['Denso'], customer: ['Nissan'] } },
      { parties: ['Furukawa Electric', 'VinFast'], type: 'supply', roles: { supplier: ['Furukawa Electric'], customer: ['VinFast'] } },
      { parties: ['Sumitomo Metal Mining', 'Toyota'], type: 'supply', roles: { supplier: ['Sumitomo Metal Mining'], customer: ['Toyota'] } },
    ],
  },
  {
    name: 'a clause after 「合弁会社を設け、」 is a deal of its own (「…と合弁会社を設け、Cにも電池を供給する」); a deal that follows from the MOU told before is made (「この覚書を受けて両社は…合弁会社を設立することで合意した」); shares of 同社 bought (「同社株の約5%を取得」)',
    referenceDate: '2025-06-01',
    text: 'パナソニックは豊田通商と合弁会社を設け、マツダにも電池を供給する。\n\n住友金属鉱山と三井物産は2023年5月、協力する覚書を交わした。この覚書を受けて両社は今年3月、合弁会社を設立することで合意した。\n\n豪ライオンタウン・リソーシズは2023年、LG化学と引き取り契約を結んだ。LG化学は今年2月、同社株の約5%を取得した。',
    expect: [
      { parties: ['Panasonic', 'Toyota Tsusho'], type: 'joint_venture' },
      { parties: ['Panasonic', 'Mazda'], type: 'supply', roles: { supplier: ['Panasonic'], customer: ['Mazda'] } },
      { parties: ['Sumitomo Metal Mining', 'Mitsui & Co.'], type: 'mou' },
      { parties: ['Sumitomo Metal Mining', 'Mitsui & Co.'], type: 'joint_venture', date: { start: '2025-03', end: '2025-03', granularity: 'month' } },
      { parties: ['Liontown Resources', 'LG Chem'], type: 'supply' },
      { parties: ['LG Chem', 'Liontown Resources'], type: 'investment', roles: { investor: ['LG Chem'], investee: ['Liontown Resources'] } },
    ],
  },
  {
    name: 'each backer of a company described by its kind and a comma (「AとBがそれぞれ出資する米国の電池材料会社、C」); the investors of a round told in the sentence before, with no 同ラウンド (「Xは、シリーズDで…を調達した。Aが主導し、BやCも参加した」)',
    text: 'デンソーと豊田通商がそれぞれ出資する米国の電池材料会社、レッドウッド・マテリアルズは、新工場を稼働させた。\n\n全固体電池を開発する米ファクトリアル・エナジーは、シリーズDで2億ドルを調達したと発表した。メルセデス・ベンツが主導し、現代自動車やステランティスも参加した。\n\n日産自動車は新工場を建設する。トヨタ自動車も参加した。',
    expect: [
      { parties: ['Denso', 'Redwood Materials'], type: 'investment', roles: { investor: ['Denso'], investee: ['Redwood Materials'] } },
      { parties: ['Toyota Tsusho', 'Redwood Materials'], type: 'investment' },
      { parties: ['Mercedes-Benz', 'Factorial Energy'], type: 'investment', roles: { investor: ['Mercedes-Benz'], investee: ['Factorial Energy'] } },
      { parties: ['Hyundai Motor', 'Factorial Energy'], type: 'investment' },
      { parties: ['Stellantis', 'Factorial Energy'], type: 'investment' },
    ],
    reject: [{ parties: ['Denso', 'Toyota Tsusho'], type: 'joint_venture' }, { parties: ['Nissan', 'Toyota'] }],
  },
  {
    name: 'an MOU signed and later cancelled stays one record, dated by its signing (「…基本合意書を結んだが、2月に合意書を解約した」); suppliers listed after a kind of company (「中国系のAと仏新興のBから調達する」); a company named in quotes set up by two (「AとBは…「X」を愛知県に設立した」); a company run on its owners\' shares (「XをA89%、B11%の出資で共同運営する」)',
    referenceDate: '2025-06-01',
    text: '日産自動車はホンダと24年12月に基本合意書を結んだが、2月に合意書を解約した。\n\nルノーは三元系電池を中国系のエンビジョンAESCと仏新興のベルコールから調達する。\n\nデンソーとアイシンは2019年4月、「ブルーイーネクサス」を愛知県に設立した。\n\nインドでは、開発拠点のトヨタ・キルロスカ・モーター（TKM）をトヨタ自動車89%、豊田通商11%の出資で共同運営する。',
    expect: [
      { parties: ['Nissan', 'Honda'], type: 'mou', date: { start: '2024-12', end: '2024-12', granularity: 'month' } },
      { parties: ['Renault', 'Envision AESC'], type: 'supply', roles: { customer: ['Renault'], supplier: ['Envision AESC'] } },
      { parties: ['Renault', 'Verkor'], type: 'supply', roles: { customer: ['Renault'], supplier: ['Verkor'] } },
      { parties: ['Denso', 'Aisin'], type: 'joint_venture' },
      { parties: ['Toyota', 'Toyota Tsusho'], type: 'joint_venture' },
    ],
    reject: [{ parties: ['Envision AESC', 'Verkor'] }, { parties: ['Toyota', 'Toyota Kirloskar Motor'] }],
  },
  {
    name: 'a side remark about the partner told as a standing state (「Bは米Cとも…契約を結んでいる」) hands the subjectless clauses after it back to the paragraph\'s topic, and 同社 in the next paragraph is that topic',
    text: 'パナソニック エナジーは北米で電池材料の調達を急いでいる。9日には豪ノボニクスと人造黒鉛の引き取り契約を結んだ。ノボニクスは米電池メーカーのKOREパワーとも負極材の供給契約を結んでいる。23年12月には米シラ・ナノテクノロジーズとシリコン系負極材の供給契約を交わした。\n\n同社は米ネバダ州の工場でテスラ向けの円筒形電池を生産している。',
    expect: [
      { parties: ['Panasonic Energy', 'Novonix'], type: 'supply' },
      { parties: ['Panasonic Energy', 'Sila Nanotechnologies'], type: 'supply' },
      { parties: ['Panasonic Energy', 'Tesla'], type: 'supply', roles: { supplier: ['Panasonic Energy'], customer: ['Tesla'] } },
    ],
    reject: [{ parties: ['Novonix', 'Sila Nanotechnologies'] }, { parties: ['Novonix', 'Tesla'] }],
  },
  {
    name: 'suppliers told of in side clauses after a deal with two of them (「…にはAとBから…を調達すると発表した。Aは…から供給し、Bは…納める」) hand the clauses after them back to the buyer, with no role carried into another deal (「Aとは…も共同で開発する」)',
    referenceDate: '2025-04-01',
    text: 'ルノーは電池の調達網も広げている。24年7月には、韓国のLGエナジーソリューションと中国のCATLからLFP電池を調達すると発表した。LGエナジーソリューションはポーランドの工場から供給し、CATLはハンガリー工場から納める。三元系電池は中国系のエンビジョンAESCと仏新興のベルコールから調達する。LGエナジーソリューションとはセル・トゥ・パック技術も共同で開発する。',
    expect: [
      { parties: ['Renault', 'LG Energy Solution'], type: 'supply', roles: { customer: ['Renault'], supplier: ['LG Energy Solution'] } },
      { parties: ['Renault', 'CATL'], type: 'supply' },
      { parties: ['Renault', 'Envision AESC'], type: 'supply', roles: { customer: ['Renault'], supplier: ['Envision AESC'] } },
      { parties: ['Renault', 'Verkor'], type: 'supply' },
      { parties: ['Renault', 'LG Energy Solution'], type: 'co_development' },
    ],
    reject: [{ parties: ['CATL', 'Envision AESC'] }, { parties: ['CATL', 'LG Energy Solution'] }],
  },
];

export const en: AgreementCase[] = [
  {
    name: "a second deal opened by 'and to' ('agreed to supply … to A and to form a joint venture with B'); a later deal opened by its own signing verb with 'it' as the partner ('invested in B in 2021 and signed a joint development agreement with it a year later'), dated a year on",
    text: 'LG Chem said it had agreed to supply cathode materials to Toyota Motor North America and to form a recycling joint venture with Huayou Cobalt in Morocco.\n\nGeneral Motors invested in SES AI in 2021 and signed a joint development agreement with it a year later.',
    expect: [
      { parties: ['LG Chem', 'Toyota Motor North America'], type: 'supply', roles: { supplier: ['LG Chem'], customer: ['Toyota Motor North America'] } },
      { parties: ['LG Chem', 'Huayou Cobalt'], type: 'joint_venture' },
      { parties: ['General Motors', 'SES AI'], type: 'investment', date: { start: '2021', end: '2021', granularity: 'year' } },
      { parties: ['General Motors', 'SES AI'], type: 'co_development', date: { start: '2022', end: '2022', granularity: 'year' } },
    ],
    reject: [{ parties: ['LG Chem', 'Toyota Motor North America', 'Huayou Cobalt'] }],
  },
  {
    name: "a company described as jointly founded by two, in an apposition, is their venture; a purchase funded by a bank's loan buys nothing from the bank ('the purchase is funded partly by a loan from MUFG Bank'); the parent named in a unit's apposition is no party ('Ampere, the electric-vehicle business Renault Group carved out in 2023, will source …')",
    text: "Gotion InoBat Batteries, a company jointly founded by China's Gotion High-Tech and Slovak startup InoBat, will build a plant in Slovakia.\n\nSojitz will invest $200 million in Lynas Rare Earths; the purchase is funded partly by a loan from MUFG Bank.\n\nAmpere, the electric-vehicle business Renault Group carved out in 2023, will source LFP cells from CATL for European models.",
    expect: [
      { parties: ['Gotion High-Tech', 'InoBat'], type: 'joint_venture' },
      { parties: ['Sojitz', 'Lynas Rare Earths'], type: 'investment' },
      { parties: ['Ampere', 'CATL'], type: 'supply', roles: { customer: ['Ampere'], supplier: ['CATL'] } },
    ],
    reject: [{ parties: ['Sojitz', 'MUFG Bank'] }, { parties: ['Renault', 'CATL'] }],
  },
  {
    name: "'it' after a date that opens a sentence signs the deal ('In December 2021 it signed a letter of intent with B'); a name that only modifies a licence is no other company for 'it' ('… under a ProLogium licence')",
    text: "Li-Cycle grew fast. In December 2021 it signed a non-binding letter of intent with Glencore.\n\nMercedes has spread its bets.\n\nProLogium's ties to carmakers reach well beyond Stuttgart. In March 2021 it signed a memorandum of understanding with VinFast to set up a joint venture under a ProLogium licence.",
    expect: [
      { parties: ['Li-Cycle', 'Glencore'], type: 'loi' },
      { parties: ['ProLogium', 'VinFast'], type: 'mou' },
    ],
    reject: [{ parties: ['Mercedes-Benz', 'VinFast'] }, { parties: ['Mercedes-Benz', 'ProLogium', 'VinFast'] }],
  },
];
