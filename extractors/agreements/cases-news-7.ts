/**
 * A seventh set of agreement case rows in the shapes of business news, Japanese and English
 * (cases.ts joins them with the others): each row against a defect that fresh text showed
 * (seeds/agreements/README.md, 1.2.11).
 */
import type { AgreementExpectation, Case } from '../cases.ts';

type AgreementCase = Case<AgreementExpectation>;

export const ja: AgreementCase[] = [
  {
    name: 'a maker whose goods are the subject of a passive (「AのXが、BとCに採用された」) supplies each of them, not one deal of all three',
    text: '住友化学の正極材が、パナソニック エナジーとLGエナジーソリューションに採用された。',
    expect: [
      { parties: ['Sumitomo Chemical', 'Panasonic Energy'], type: 'supply', roles: { supplier: ['Sumitomo Chemical'], customer: ['Panasonic Energy'] } },
      { parties: ['Sumitomo Chemical', 'LG Energy Solution'], type: 'supply', roles: { supplier: ['Sumitomo Chemical'], customer: ['LG Energy Solution'] } },
    ],
    reject: [{ parties: ['Panasonic Energy', 'LG Energy Solution'] }],
  },
  {
    name: 'the subject (が, no comma) of the first sentence is whom a paragraph without a subject goes on about, not the topic of a side remark in the paragraph before (「出光は千葉県で…」)',
    text: '日産自動車が電池の調達先を広げている。\n\n2024年5月には出光興産と、固体電解質の供給で合意した。出光は千葉県で工場を建設する。\n\nさらに同年10月、住友金属鉱山と正極材の共同開発契約を結んだ。',
    expect: [
      { parties: ['Nissan', 'Idemitsu Kosan'], type: 'supply' },
      { parties: ['Nissan', 'Sumitomo Metal Mining'], type: 'co_development' },
    ],
    reject: [{ parties: ['Idemitsu Kosan', 'Sumitomo Metal Mining'] }],
  },
  {
    name: 'a right granted to the other (「特許の実施権をBに許諾する契約」) is a licence, the grantor its licensor',
    text: '旭化成は、セパレーターの製造に関する特許の実施権を中国の恩捷股份に許諾する契約を結んだ。',
    expect: [{ parties: ['Asahi Kasei', 'SEMCORP'], type: 'licensing', roles: { licensor: ['Asahi Kasei'], licensee: ['SEMCORP'] } }],
  },
  {
    name: 'guidance taken on for a client named by から (「Bから…の操業指導を請け負った」): a technical service the subject provides',
    text: '住友金属鉱山は、豪IGOから、ニッケル精製プラントの操業指導を請け負った。',
    expect: [{ parties: ['Sumitomo Metal Mining', 'IGO'], type: 'technical_service', roles: { provider: ['Sumitomo Metal Mining'], client: ['IGO'] } }],
  },
  {
    name: 'goods the subject has another make (「…をBに生産させる契約」): B supplies the subject',
    text: 'マツダは、欧州で販売するEVを中国の長安汽車に生産させる契約を結んだ。',
    expect: [{ parties: ['Mazda', 'Changan'], type: 'supply', roles: { supplier: ['Changan'], customer: ['Mazda'] } }],
  },
  {
    name: 'a third-party allotment subscribed (「Bが実施する第三者割当増資を引き受けた」) is an investment in B',
    text: 'トヨタ自動車は、いすゞ自動車が実施する第三者割当増資を引き受けた。',
    expect: [{ parties: ['Toyota', 'Isuzu'], type: 'investment', roles: { investor: ['Toyota'], investee: ['Isuzu'] } }],
  },
  {
    name: 'all of the shares bought, with words between (「Bの全株式を現金で取得する」): an acquisition, not an investment',
    text: 'ルネサスエレクトロニクスは、英ダイアログ・セミコンダクターの全株式を現金で取得することで合意した。',
    expect: [{ parties: ['Renesas Electronics', 'ダイアログ・セミコンダクター'], type: 'acquisition' }],
  },
  {
    name: 'a group named before its parts maker (「Xグループの部品会社であるB」) is no party of the deal of B',
    text: 'トヨタグループの部品会社であるデンソーへの納入が決まったルネサスエレクトロニクスの車載半導体は、来年から量産車に搭載される。',
    expect: [{ parties: ['Renesas Electronics', 'Denso'], type: 'supply' }],
    reject: [{ parties: ['Renesas Electronics', 'Toyota'] }],
  },
  {
    name: 'a stake held, stated in passing (「AがN%の株式を持つB」) is an investment of A in B',
    text: '独BASFが約5%の株式を持つ中国の杉杉股份は、正極材の出荷を増やす。',
    expect: [{ parties: ['BASF', 'Shanshan'], type: 'investment', roles: { investor: ['BASF'], investee: ['Shanshan'] } }],
  },
  {
    name: 'a joint venture of 同社 and a named partner, in a relative clause (「工場は同社とBが共同出資する合弁会社が運営する」)',
    text: 'ホンダは米オハイオ州に電池工場を建設した。工場は同社とLGエナジーソリューションが共同出資する合弁会社が運営する。',
    expect: [{ parties: ['Honda', 'LG Energy Solution'], type: 'joint_venture' }],
  },
  {
    name: 'shares of C bought from their holder B (「BからCの株式の一部を買い取った」): a deal of buyer and seller, C no party',
    text: 'トヨタは2024年、デンソーから豊田自動織機の株式の一部を買い取った。',
    expect: [{ parties: ['Toyota', 'Denso'], roles: { investor: ['Toyota'] } }],
    reject: [{ parties: ['Toyota', 'Toyota Industries'] }],
  },
  {
    name: 'goods a maker makes, supplied in a passive to a list and to a vehicle of a company (「Aが生産する電池は、Bに加え、Cの新型EVにも供給される」): A supplies each',
    text: 'パナソニック エナジーが生産する円筒形電池は、マツダに加え、スバルの新型EVにも供給される。',
    expect: [
      { parties: ['Panasonic Energy', 'Mazda'], type: 'supply', roles: { supplier: ['Panasonic Energy'], customer: ['Mazda'] } },
      { parties: ['Panasonic Energy', 'Subaru'], type: 'supply', roles: { supplier: ['Panasonic Energy'], customer: ['Subaru'] } },
    ],
    reject: [{ parties: ['Mazda', 'Subaru'] }],
  },
  {
    name: 'a deal only reported by others and denied (「…で合意したとする一部報道について「決定した事実はない」」) is no deal',
    text: 'トヨタは、パナソニックと新会社を設立することで合意したとする一部報道について「決定した事実はない」とコメントした。',
    expect: [],
    reject: [{}],
  },
  {
    name: 'a study whose terms are not settled (「具体的な提携内容は固まっていない」) is no deal',
    text: '日産とホンダは、電池の共同調達について研究を続けているが、具体的な提携内容は固まっていない。',
    expect: [],
    reject: [{}],
  },
  {
    name: 'a row of a disclosure outlining another company (「3．Wolfspeedの概要」「（6）沿革　…デンソーと資本提携し」) tells that company\'s deals, not the issuer\'s',
    text: '2023年10月10日\n\n会社名　三菱電機株式会社\n\nWolfspeed社への出資に関するお知らせ\n\n当社は本日、米国Wolfspeed, Inc.との間で出資契約を締結しました。\n\n3．Wolfspeedの概要\n（1）名称　Wolfspeed, Inc.\n（2）所在地　米国ノースカロライナ州\n（6）沿革　2022年にデンソーと資本提携し、同年に現社名へ変更\n',
    expect: [
      { parties: ['Mitsubishi Electric', 'Wolfspeed'], type: 'investment' },
      { parties: ['Wolfspeed', 'Denso'] },
    ],
    reject: [{ parties: ['Mitsubishi Electric', 'Denso'] }],
  },
  {
    name: 'partners listed with や (「米GMや米フォードとも…提携しており」) ally with the subject each; a reference to the venture told of (「今回の合弁で」) is no cue',
    text: 'ホンダは米国で、米GMや米フォードとも充電網で提携しており、今回の合弁で顧客基盤を広げる。',
    expect: [
      { parties: ['Honda', 'General Motors'], type: 'partnership' },
      { parties: ['Honda', 'Ford'], type: 'partnership' },
    ],
    reject: [{ parties: ['Honda', 'General Motors', 'Ford'] }],
  },
  {
    name: '同社 as the subject of a relative clause after the subject (「Bに出資し、…同社が実施した増資も引き受けた」) is B',
    text: '出光興産は2023年1月、豪デルタリチウムに資本参加し、同年6月には同社が実施した増資も引き受けた。',
    expect: [{ parties: ['Idemitsu Kosan', 'デルタリチウム'], type: 'investment' }],
  },
  {
    name: 'parties restated in a bracket (「同社と合弁で…設立し（出資比率はIGO60%、住友商事40%）」) do not keep 同社 from standing for the company named before',
    text: '住友商事は資源でも手を打ってきた。2019年には豪IGOの増資を引き受けた。同年10月には同社と合弁で新会社を設立し（出資比率はIGO60%、住友商事40%）、工場を建設した。',
    expect: [
      { parties: ['Sumitomo Corporation', 'IGO'], type: 'investment' },
      { parties: ['Sumitomo Corporation', 'IGO'], type: 'joint_venture' },
    ],
  },
  {
    name: 'a company that came under another (「Xの傘下に入り、」) is a clause of its own: no party of the next topic\'s deal',
    text: 'オロコブレはアルカディウム・リチウムの傘下に入り、アルカディウムはリオ・ティントによる買収に合意した。',
    expect: [{ parties: ['Rio Tinto', 'Arcadium Lithium'], type: 'acquisition' }],
    reject: [{ parties: ['Rio Tinto', 'オロコブレ'] }],
  },
  {
    name: 'founders with their shares (「AとBが80対20で出資する…の合弁会社X」) make a JV in passing; X, the topic, licenses to C',
    text: '三菱ケミカルとUBEが80対20で出資する電解液の合弁会社MUアイオニックソリューションズは、インドのネオジェン・ケミカルズに電解液の製造技術をライセンス供与した。',
    expect: [
      { parties: ['Mitsubishi Chemical', 'UBE'], type: 'joint_venture' },
      { parties: ['MU Ionic Solutions', 'ネオジェン・ケミカルズ'], type: 'licensing', roles: { licensor: ['MU Ionic Solutions'], licensee: ['ネオジェン・ケミカルズ'] } },
    ],
    reject: [{ parties: ['Mitsubishi Chemical', 'ネオジェン・ケミカルズ'] }, { parties: ['UBE', 'ネオジェン・ケミカルズ'] }],
  },
  {
    name: 'technology granted to B (「Bに対し、…の製造技術を供与する」) is a licence',
    text: '住友金属鉱山は、韓国のエコプロビーエムに対し、正極材の製造技術を供与すると発表した。',
    expect: [{ parties: ['Sumitomo Metal Mining', 'EcoPro BM'], type: 'licensing', roles: { licensor: ['Sumitomo Metal Mining'], licensee: ['EcoPro BM'] } }],
  },
  {
    name: 'an allotment subscribed in a passive (「Bが実施した第三者割当増資は、AとCによって引き受けられた」): each subscriber invests in B',
    text: 'パワーエックスが実施した第三者割当増資は、日本郵船と中国電力によって引き受けられた。',
    expect: [
      { parties: ['日本郵船', 'PowerX'], type: 'investment' },
      { parties: ['中国電力', 'PowerX'], type: 'investment' },
    ],
    reject: [{ parties: ['日本郵船', '中国電力'] }],
  },
  {
    name: 'investors named by the investee (「Bは、AとCがそれぞれ…出資したと発表した」)',
    text: 'ヌーボー・モンド・グラファイトは、パナソニック エナジーと三井物産がそれぞれ2500万ドルを出資したと発表した。',
    expect: [
      { parties: ['Panasonic Energy', 'Nouveau Monde Graphite'], type: 'investment' },
      { parties: ['Mitsui & Co.', 'Nouveau Monde Graphite'], type: 'investment' },
    ],
  },
  {
    name: 'a plant bought from its owner (「Bから、…の工場を取得することで合意した」): an acquisition of buyer and seller',
    text: '米ライテンは、スウェーデンのノースボルトから、ポーランドの蓄電システム工場を取得することで合意した。',
    expect: [{ parties: ['Lyten', 'Northvolt'], type: 'acquisition' }],
  },
  {
    name: 'the name after 「Xとの合弁、」 is the venture; a venture 「Xとの合弁会社Y」 with no founder named is the story subject\'s (the が-subject of its first sentence)',
    text: 'ホンダが電池の調達網を組み替えている。\n\n中国では東風汽車集団との合弁、東風ホンダが新型EVを発売した。\n\nさらに2024年10月、住友金属鉱山と正極材の共同開発契約を結んだ。前年の出光との合意と合わせ、材料を押さえる。北米では、LGエナジーソリューションとの合弁会社L-Hバッテリーがホンダに電池を供給する。',
    expect: [
      { parties: ['Honda', 'Dongfeng Motor'], type: 'joint_venture' },
      { parties: ['Honda', 'Sumitomo Metal Mining'], type: 'co_development' },
      { parties: ['Honda', 'LG Energy Solution'], type: 'joint_venture' },
    ],
    reject: [{ parties: ['Dongfeng Motor', 'Dongfeng Honda'] }, { parties: ['Idemitsu Kosan', 'LG Energy Solution'] }],
  },
  {
    name: 'a maker producing what another designed (「AはBが企画した…EVを受託生産する」) supplies B',
    text: 'ホンダは、ソニーが企画した新型EVを受託生産する契約を結んだ。',
    expect: [{ parties: ['Honda', 'Sony'], type: 'supply', roles: { supplier: ['Honda'], customer: ['Sony'] } }],
  },
  {
    name: 'an order received from customers (「AとBからそれぞれ大口の注文を受けた」): the one receiving it supplies each',
    text: '古河電気工業は、車載電池用の銅箔について、パナソニックエナジーとサムスンSDIからそれぞれ大口の注文を受けた。',
    expect: [
      { parties: ['Furukawa Electric', 'Panasonic Energy'], type: 'supply', roles: { supplier: ['Furukawa Electric'], customer: ['Panasonic Energy'] } },
      { parties: ['Furukawa Electric', 'Samsung SDI'], type: 'supply', roles: { supplier: ['Furukawa Electric'], customer: ['Samsung SDI'] } },
    ],
  },
  {
    name: 'owners with their shares (「Aが80%、BとCがそれぞれ10%を出資する新会社」): one joint venture of all three',
    text: 'トヨタ自動車が80%、いすゞ自動車と日野自動車がそれぞれ10%を出資する新会社が1日に発足した。',
    expect: [{ parties: ['Toyota', 'Isuzu', 'Hino Motors'], type: 'joint_venture' }],
    reject: [{ parties: ['Isuzu', 'Hino Motors'] }],
  },
  {
    name: 'a company bought in passing, its country between (「米インテルが…買収したイスラエルのモービルアイは」)',
    text: '2017年に米インテルが約153億ドルで買収したイスラエルのモービルアイは、新しい運転支援システムを公開した。',
    expect: [{ parties: ['Intel', 'Mobileye'], type: 'acquisition' }],
  },
];

export const en: AgreementCase[] = [
  {
    name: 'a comment in apposition ("…, a deal analysts compared with X\'s failed attempt to buy Y") is a clause of its own, and a failed attempt is no deal',
    text: "Stellantis and CATL signed a deal to build LFP cells in Spain, a move analysts compared with BYD's failed attempt to buy Leapmotor.",
    expect: [{ parties: ['Stellantis', 'CATL'] }],
    reject: [{ parties: ['CATL', 'Leapmotor'] }, { parties: ['BYD', 'Leapmotor'] }, { parties: ['Stellantis', 'Leapmotor'] }],
  },
  {
    name: 'a rival named by "the race with" is no partner',
    text: 'Stellantis and CATL signed a deal to build LFP cells in Spain, sharpening the race with BYD.',
    expect: [{ parties: ['Stellantis', 'CATL'] }],
    reject: [{ parties: ['Stellantis', 'CATL', 'BYD'] }],
  },
  {
    name: '"bought into" a company is an investment, not a purchase of it',
    text: 'Volkswagen bought into QuantumScape in 2012 by subscribing new shares.',
    expect: [{ parties: ['Volkswagen', 'QuantumScape'], type: 'investment', roles: { investor: ['Volkswagen'], investee: ['QuantumScape'] } }],
  },
  {
    name: 'work done "under a service agreement with" the other is a technical service',
    text: 'Maintenance of the chargers will be handled by ABB under a service agreement with Ionity, the network said.',
    expect: [{ parties: ['ABB', 'Ionity'], type: 'technical_service' }],
  },
  {
    name: 'an acquisition told in the apposition of the company bought ("X, the … maker that Y agreed to buy in August")',
    text: 'Northvolt, the Swedish battery maker that Lyten agreed to buy in August, restarted production.',
    expect: [{ parties: ['Lyten', 'Northvolt'], type: 'acquisition', roles: { acquirer: ['Lyten'], target: ['Northvolt'] } }],
  },
  {
    name: "money paid for the other's business (\"will pay $N in cash for X's … business\") buys it from its owner",
    text: "Renesas will pay $339 million in cash for Panasonic's automotive chip business.",
    expect: [{ parties: ['Renesas Electronics', 'Panasonic'], type: 'acquisition' }],
  },
  {
    name: "an order for the other's goods (\"A's order for B's chargers\"): A buys from B",
    text: "Ionity's order for ABB's fast chargers was the largest in Europe.",
    expect: [{ parties: ['Ionity', 'ABB'], type: 'supply', roles: { customer: ['Ionity'], supplier: ['ABB'] } }],
  },
  {
    name: 'goods "made by A have been selected by B and C": A supplies each',
    text: 'Power modules made by Rohm have been selected by Geely and Vitesco Technologies for new inverters.',
    expect: [
      { parties: ['Rohm', 'Geely'], type: 'supply', roles: { supplier: ['Rohm'], customer: ['Geely'] } },
      { parties: ['Rohm', 'Vitesco Technologies'], type: 'supply', roles: { supplier: ['Rohm'], customer: ['Vitesco Technologies'] } },
    ],
    reject: [{ parties: ['Geely', 'Vitesco Technologies'] }],
  },
  {
    name: 'a second deal of the same pair told after "when it" ("had an offtake agreement with A when it bought a stake in the Australian miner"): two records, the reference another company than the subject',
    text: 'Ford already had a lithium offtake agreement with Liontown Resources when it bought a 5% stake in the Australian miner this year.',
    expect: [
      { parties: ['Ford', 'Liontown Resources'], type: 'supply' },
      { parties: ['Ford', 'Liontown Resources'], type: 'investment' },
    ],
  },
  {
    name: 'a term sheet "turned into" a binding contract is a second deal of the pair',
    text: 'SK On signed a non-binding term sheet with Westwater Resources in 2022 and turned it into a binding offtake contract in 2023, securing graphite from the U.S. producer.',
    expect: [
      { parties: ['SK On', 'Westwater Resources'], type: 'loi' },
      { parties: ['SK On', 'Westwater Resources'], type: 'supply' },
    ],
  },
  {
    name: 'a company "was set up … by A and B": their joint venture',
    text: 'Ultium Cells was set up in 2019 by General Motors and LG Energy Solution.',
    expect: [{ parties: ['General Motors', 'LG Energy Solution'], type: 'joint_venture' }],
  },
  {
    name: 'a reference by nationality ("the British company", "the Japanese battery maker") stands for the company of that country named before',
    text: 'Panasonic Energy agreed in 2023 to buy silicon anode material from Nexeon. Later, the British company agreed to license its process to the Japanese battery maker.',
    expect: [
      { parties: ['Panasonic Energy', 'Nexeon'], type: 'supply', roles: { customer: ['Panasonic Energy'], supplier: ['Nexeon'] } },
      { parties: ['Panasonic Energy', 'Nexeon'], type: 'licensing', roles: { licensor: ['Nexeon'], licensee: ['Panasonic Energy'] } },
    ],
  },
  {
    name: 'an investment said to be "not a priority" is no deal',
    text: 'Northvolt had been in talks with CATL. Days later a CATL founder said investing in Northvolt was "not a priority" for the Chinese company.',
    expect: [],
    reject: [{ parties: ['CATL', 'Northvolt'] }],
  },
  {
    name: 'a supplier "tapped" to supply goods: the one who taps it buys',
    text: 'Rivian has tapped Samsung SDI to supply cylindrical cells for its R2 model.',
    expect: [{ parties: ['Rivian', 'Samsung SDI'], type: 'supply', roles: { customer: ['Rivian'], supplier: ['Samsung SDI'] } }],
  },
  {
    name: 'an asset bought from its seller ("bought the … project in Argentina from B"): a deal of buyer and seller',
    text: 'Ganfeng Lithium bought the Mariana lithium project in Argentina from Lithium Americas for $150 million.',
    expect: [{ parties: ['Ganfeng Lithium', 'Lithium Americas'], type: 'acquisition', roles: { acquirer: ['Ganfeng Lithium'] } }],
  },
  {
    name: 'rivals compared ("overtook X …, shipping 40 GWh to X\'s roughly 35 GWh") make no deal',
    text: "CATL overtook LG Energy Solution as the largest battery supplier in Europe, shipping 40 GWh to LG Energy Solution's roughly 35 GWh.",
    expect: [],
    reject: [{}],
  },
  {
    name: 'a comment in apposition about what the deal builds (", a network analysts see as a challenge to X") names no party',
    text: "Ionity teamed up with ABB to build 1,000 chargers in Italy, a network analysts see as a challenge to Tesla's Superchargers.",
    expect: [{ parties: ['Ionity', 'ABB'] }],
    reject: [{ parties: ['Ionity', 'ABB', 'Tesla'] }],
  },
  {
    name: 'a rival named by "competition with rival utility X" is no party',
    text: 'Enel X will source chargers from ABB under a framework deal, stepping up competition with rival utility Iberdrola.',
    expect: [{ parties: ['Enel', 'ABB'], type: 'supply' }],
    reject: [{ parties: ['Enel', 'ABB', 'Iberdrola'] }, { parties: ['ABB', 'Iberdrola'] }],
  },
  {
    name: 'a company "an equally owned maker" in apposition is the venture, no founder; "the new company" is it',
    text: 'Renault and Geely have launched Horse Powertrain, an equally owned maker of engines. Saudi Aramco agreed to take a 10% stake in the new company.',
    expect: [
      { parties: ['Renault', 'Geely'], type: 'joint_venture' },
      { parties: ['Saudi Aramco', 'Horse Powertrain'], type: 'investment' },
    ],
    reject: [{ parties: ['Renault', 'Geely', 'Horse Powertrain'] }, { parties: ['Saudi Aramco', 'Geely'] }],
  },
  {
    name: 'a stake in X bought from its holder ("a 24% stake in SQM from Nutrien"): a deal of buyer and seller, X no party',
    text: 'Tianqi Lithium agreed to buy a 24% stake in SQM from Nutrien.',
    expect: [{ parties: ['Tianqi Lithium', 'Nutrien'] }],
    reject: [{ parties: ['Tianqi Lithium', 'SQM'] }],
  },
  {
    name: 'a table cell that names nobody ("| undisclosed | LG Energy Solution |") is no party',
    text: '| Date | Buyer / customer | Seller / supplier | What |\n|---|---|---|---|\n| 28 Jul 2025 | Tesla | Samsung Electronics | foundry contract |\n| 30 Jul 2025 | undisclosed | LG Energy Solution | LFP batteries |\n',
    expect: [{ parties: ['Tesla', 'Samsung Electronics'] }],
    reject: [{ parties: ['undisclosed', 'LG Energy Solution'] }],
  },
  {
    name: 'a rival named by "able to take on X" is no one a reference stands for ("the Kyoto-based chipmaker" is the company bought)',
    text: 'Denso has offered to buy Rohm, a deal that could give Japan a power-chip group able to take on Infineon Technologies. Denso already owns about 5% of the Kyoto-based chipmaker.',
    expect: [{ parties: ['Denso', 'Rohm'] }],
    reject: [{ parties: ['Denso', 'Infineon Technologies'] }],
  },
  {
    name: 'a stake "in the silicon carbide unit of X": X is the investee, each payer its investor',
    text: 'In October 2023 Denso and Mitsubishi Electric each paid $500 million for a 12.5% stake in the silicon carbide unit of Coherent, which kept the remaining 75%.',
    expect: [
      { parties: ['Denso', 'Coherent'], type: 'investment' },
      { parties: ['Mitsubishi Electric', 'Coherent'], type: 'investment' },
    ],
    reject: [{ parties: ['Denso', 'Mitsubishi Electric'] }],
  },
  {
    name: 'an arrangement "agreed with X to …" is a partnership, its subject the sentence\'s before when it is "it"',
    text: 'Rohm makes SiC chips in Miyazaki. In the same month it agreed with Toshiba Electronic Devices & Storage Corp. to split production.',
    expect: [{ parties: ['Rohm', 'Toshiba Electronic Devices & Storage'], type: 'partnership' }],
  },
  {
    name: 'a plant "to be owned jointly by" two (references by nationality and sector) is their joint venture',
    text: 'VinFast and Gotion High-Tech signed the papers for a cell factory in Ha Tinh province. The plant, to be owned jointly by the Vietnamese carmaker and the Chinese battery maker, will start with 5 GWh of capacity.',
    expect: [{ parties: ['VinFast', 'Gotion High-Tech'], type: 'joint_venture' }],
  },
  {
    name: 'goods a customer agreed to use, in passing ("A, whose … powder B agreed in 2021 to use")',
    text: 'Sila, whose Titan Silicon anode powder Mercedes-Benz agreed in 2021 to use in an electric G-Class, broke ground on a second factory.',
    expect: [{ parties: ['Sila Nanotechnologies', 'Mercedes-Benz'], type: 'supply', roles: { supplier: ['Sila Nanotechnologies'], customer: ['Mercedes-Benz'] } }],
  },
  {
    name: 'a plant three "will jointly build" is their joint venture, one deal of all three',
    text: 'Ford, SK On and EcoPro BM will jointly build a cathode plant in Quebec, the three companies said.',
    expect: [{ parties: ['Ford', 'SK On', 'EcoPro BM'], type: 'joint_venture' }],
  },
  {
    name: 'a contract "awarded … by" the customer "to supply": the one awarded supplies',
    text: 'Valeo has been awarded a contract by Stellantis to supply its third-generation lidar, the French parts maker said.',
    expect: [{ parties: ['Valeo', 'Stellantis'], type: 'supply', roles: { supplier: ['Valeo'], customer: ['Stellantis'] } }],
  },
  {
    name: 'a company that "signed on as a customer of" another buys from it',
    text: 'Mercedes-Benz has signed on as a customer of Envision AESC, which will build cells for its electric SUVs.',
    expect: [{ parties: ['Mercedes-Benz', 'Envision AESC'], type: 'supply', roles: { customer: ['Mercedes-Benz'], supplier: ['Envision AESC'] } }],
  },
  {
    name: 'goods made for a customer "under a long-term contract", told in a relative clause',
    text: 'A fire broke out at a warehouse run by LG Chem, which makes cathode materials there for General Motors under a long-term contract.',
    expect: [{ parties: ['LG Chem', 'General Motors'], type: 'supply', roles: { supplier: ['LG Chem'], customer: ['General Motors'] } }],
  },
  {
    name: 'a company "…, the X designer, was bought by" B; "the purchase of A\'s division by B"; buying "the X shares it does not already own"',
    text: 'Mobileye, the Israeli driver-assistance developer, was bought by Intel in 2017. The $550 million purchase of Lyft\'s self-driving division by Woven Planet Holdings was completed. Geely agreed to buy the Zeekr shares it does not already own.',
    expect: [
      { parties: ['Intel', 'Mobileye'], type: 'acquisition' },
      { parties: ['Woven by Toyota', 'Lyft'], type: 'acquisition' },
      { parties: ['Geely', 'Zeekr'], type: 'acquisition' },
    ],
  },
  {
    name: 'an ambiguous name listed with a company is confirmed for the rest of the text ("Iveco and Nikola …; Iveco bought out Nikola\'s stake")',
    text: 'Iveco and Nikola formed a joint venture in 2020. Three years later, Iveco bought out Nikola\'s stake in the venture for $35 million.',
    expect: [
      { parties: ['Iveco', 'Nikola'], type: 'joint_venture' },
      { parties: ['Iveco', 'Nikola'], type: 'acquisition' },
    ],
  },
];
