/**
 * A ninth set of agreement case rows in the shapes of business news (cases.ts joins them with
 * the others): each row against a defect that fresh text showed (seeds/agreements/README.md,
 * 1.2.13: the blind sets b42, b43, art18, art19, art20; 1.2.14: art22, art23, b45).
 */
import type { AgreementExpectation, Case } from '../cases.ts';

type AgreementCase = Case<AgreementExpectation>;

export const ja: AgreementCase[] = [
  {
    name: 'a name after its country\'s の that a licence goes to (「タイのBに…ライセンスを供与」) or that signs a partnership (「インドのBは…パートナーシップを締結」) is a company; EPC work won is a technical service',
    text: '日本電気硝子は、タイのエナジー・アブソリュートにナトリウムイオン電池の製造技術のライセンスを供与する。関西電力とインドのタタ・パワーは、戦略的パートナーシップを締結した。日揮グローバルは、仏エラメットの炭酸リチウム工場のEPC業務を受注した。',
    expect: [
      { parties: ['Nippon Electric Glass', 'エナジー・アブソリュート'], type: 'licensing' },
      { parties: ['Kansai Electric Power', 'Tata Power'], type: 'strategic_partnership' },
      { parties: ['JGC Global', 'Eramet'], type: 'technical_service', roles: { provider: ['JGC Global'], client: ['Eramet'] } },
    ],
  },
  {
    name: 'a deal table: parties listed under 当事者 (names the dictionary lacks: Arun Plus／Lin Yin); a 同上 cell repeats the row above\'s parties; a タームシート is a letter of intent',
    text: '| 日付 | 当事者 | 内容 |\n|---|---|---|\n| 2020-02-17 | 長城汽車／GM | ラヨーン工場の買収に向け、拘束力のあるタームシートに署名 |\n| 2020-09 | 同上 | 株式売買契約を締結 |\n| 2022-02-07 | Arun Plus／Lin Yin | 合弁会社Horizon Plusが始動 |\n',
    expect: [
      { parties: ['Great Wall Motor', 'General Motors'], type: 'loi' },
      { parties: ['Great Wall Motor', 'General Motors'], type: 'acquisition' },
      { parties: ['Arun Plus', 'Lin Yin'], type: 'joint_venture' },
    ],
  },
  {
    name: 'a technology granted to a named licensee after a comma (「自社技術を、インドのBに供与するライセンス契約」) is a licence',
    text: '住友化学は2日、正極材の製造技術を、インドのタタ・ケミカルズに供与するライセンス契約を締結したと発表した。',
    expect: [{ parties: ['Sumitomo Chemical', 'Tata Chemicals'], type: 'licensing' }],
  },
  {
    name: 'goods delivered to customers named as examples (「…をAやB、Cなどに納めてきた」): one supply each; a kind of vehicle (大型EVバス) is no company',
    text: 'いすゞ自動車は、大型EVバスを西日本鉄道や富士急行などに納めてきた。',
    expect: [
      { parties: ['Isuzu', 'Nishi-Nippon Railroad'], type: 'supply' },
      { parties: ['Isuzu', 'Fuji Kyuko'], type: 'supply' },
    ],
    reject: [{ parties: ['大型EVバス'] }],
  },
  {
    name: 'a business the pair starts together (「…事業を共同で始める」) is a partnership; a new company the pair puts money into (「両社が出資する新会社」) is their venture',
    text: '三井物産と台湾のゴゴロは、電動スクーターのシェアリング事業を共同で始める。住友化学と田中化学研究所は、両社が出資する新会社を発足させた。',
    expect: [
      { parties: ['Mitsui & Co.', 'Gogoro'], type: 'partnership' },
      { parties: ['Sumitomo Chemical', 'Tanaka Chemical'], type: 'joint_venture' },
    ],
  },
  {
    name: 'negative: talks going on (「話し合いを重ねているが、合意には至っていない」) are no deal',
    text: 'マツダとスバルは、電池の共同調達について話し合いを重ねているが、具体的な合意には至っていない。',
    expect: [],
    reject: [{}],
  },
  {
    name: 'customers named by their plants (「AとBの北米の電池工場向けに…供給する」) are the recipients: one supply record per customer',
    text: '米レッドウッド・マテリアルズは、パナソニックエナジーとトヨタ自動車の北米の電池工場向けに、再生材を使った正極材と銅箔を供給する契約をそれぞれ結んだ。',
    expect: [
      { parties: ['Redwood Materials', 'Panasonic Energy'], type: 'supply', roles: { supplier: ['Redwood Materials'], customer: ['Panasonic Energy'] } },
      { parties: ['Redwood Materials', 'Toyota'], type: 'supply', roles: { supplier: ['Redwood Materials'], customer: ['Toyota'] } },
    ],
    reject: [{ parties: ['Redwood Materials', 'Panasonic Energy', 'Toyota'] }],
  },
  {
    name: 'a commentator\'s employer (「Xのアナリストが…と評する」, "X analysts called it") is no party of the deal it comments on',
    text: 'ゴールドマン・サックスのアナリストが「妥当な水準」と評する買収額で、独ボッシュは米TSIセミコンダクターズの買収を完了した。',
    expect: [{ parties: ['Bosch', 'TSIセミコンダクターズ'], type: 'acquisition' }],
    reject: [{ parties: ['Bosch', 'Goldman Sachs'] }],
  },
  {
    name: 'a memorandum to study a collaboration that the parties have signed (「協業を検討する覚書を交わしている」) is an MOU: the て-form of a signing verb is a verb',
    text: '三菱ケミカルグループは米コウラと、電解液の供給網づくりに向けた協業を検討する覚書を交わしている。',
    expect: [{ parties: ['Mitsubishi Chemical Group', 'コウラ'], type: 'mou' }],
  },
  {
    name: 'negative: a collaboration only under study, with nothing signed (「協業を検討している」), is no deal',
    text: '三菱ケミカルグループは米コウラと、電解液の供給網づくりに向けた協業を検討している。',
    expect: [],
    reject: [{}],
  },
  {
    name: 'the stake of a venture sold (「Bと折半出資する合弁会社Xの持ち分を…Bに売却」) is a sale to B, no venture formed',
    text: '東レは10月1日、韓国LG化学と折半出資するハンガリーの合弁会社の持ち分50%をすべて、約300億円でLG化学に売却すると発表した。',
    expect: [{ parties: ['Toray', 'LG Chem'], type: 'acquisition', roles: { seller: ['Toray'], buyer: ['LG Chem'] } }],
    reject: [{ type: 'joint_venture' }],
  },
  {
    name: 'a deal\'s partner made the topic of a side remark (「Bは…も請け負っている」) does not take over the subjectless deal after it: the company whose deal named B goes on',
    text: '住友金属鉱山は正極材の外販を広げる。2023年5月に韓国エコプロBMと前駆体の購入で合意した。エコプロBMは2020年から、住友金属鉱山の工場で出る端材の処理も請け負っている。2024年3月には豪ピルバラ・ミネラルズから水酸化リチウムを買う契約を結んだ。',
    expect: [
      { parties: ['Sumitomo Metal Mining', 'EcoPro BM'], type: 'supply' },
      { parties: ['Sumitomo Metal Mining', 'Pilbara Minerals'], type: 'supply', roles: { supplier: ['Pilbara Minerals'], customer: ['Sumitomo Metal Mining'] } },
    ],
    reject: [{ parties: ['EcoPro BM', 'Pilbara Minerals'] }],
  },
  {
    name: 'a や list that backs a company (「AやBが出資するC」) names some of its investors: an investment each, no joint venture; 「AとBが出資するC」 stays their venture',
    text: 'ソフトバンクグループや米エヌビディアが出資する英ウェイブは、日産自動車に自動運転AIを供給する。JX金属と丸紅が出資するアンデス・リソーシズは銅を生産する。',
    expect: [
      { parties: ['SoftBank Group', 'ウェイブ'], type: 'investment', roles: { investor: ['SoftBank Group'], investee: ['ウェイブ'] } },
      { parties: ['NVIDIA', 'ウェイブ'], type: 'investment' },
      { parties: ['JX Advanced Metals', 'Marubeni'], type: 'joint_venture' },
    ],
    reject: [{ parties: ['SoftBank Group', 'NVIDIA'], type: 'joint_venture' }],
  },
  {
    name: 'the company a 折半出資会社 names is the venture formed, no founder of it',
    text: 'トヨタ自動車と比亜迪は2019年7月、EVを共同開発することで合意した。両社は2020年4月、研究開発を担う折半出資会社「BYDトヨタEVテクノロジー」を設立した。',
    expect: [{ parties: ['Toyota', 'BYD'], type: 'joint_venture' }],
    reject: [{ parties: ['Toyota', 'BYD', 'BYD Toyota EV Technology'] }],
  },
];

export const en: AgreementCase[] = [
  {
    name: 'money drawn or put in ("has drawn $80 million from A, B and C", "first put money into X"), an asset paid for ("will pay $280 million for B\'s tenements"), goods fitted to a buyer\'s car ("whose sensors are fitted to B\'s sedan"), a minority "49.9% owned by A"',
    text: "Battery start-up Sila has drawn $45 million from Daimler, BMW and Panasonic. Toyota first put money into Joby Aviation in 2018. Albemarle will pay $200 million for Livent's northern tenements. Hesai, a lidar maker whose sensors are fitted to Li Auto's L9 sedan, cut prices. Smart, 49.9% owned by Geely, launched a new SUV.",
    expect: [
      { parties: ['Sila Nanotechnologies', 'Mercedes-Benz'], type: 'investment' },
      { parties: ['Sila Nanotechnologies', 'BMW'], type: 'investment', roles: { investor: ['BMW'], investee: ['Sila Nanotechnologies'] } },
      { parties: ['Toyota', 'Joby Aviation'], type: 'investment' },
      { parties: ['Albemarle', 'Livent'], type: 'acquisition' },
      { parties: ['Hesai', 'Li Auto'], type: 'supply', roles: { supplier: ['Hesai'], customer: ['Li Auto'] } },
    ],
  },
  {
    name: 'negative: analysts expecting a company "to sign" a contract is no deal (an infinitive signs nothing); a rival named in a fronted "Trailing X …," is no party',
    text: 'Jefferies analysts expect Ola Electric to sign a cell-supply contract with a Korean maker, naming LG Energy Solution as the likeliest. Trailing BYD in Brazil, Great Wall Motor agreed to buy Ford\'s factory in Camaçari.',
    expect: [{ parties: ['Great Wall Motor', 'Ford'], type: 'acquisition' }],
    reject: [{ parties: ['Ola Electric', 'LG Energy Solution'] }, { parties: ['BYD', 'Ford'] }],
  },
  {
    name: '"X, owned by A, B and C, raised money from D": the owners\' venture in passing, and D\'s investment in X (the owners are no investors of that round); a name after "raised … from" is a company',
    text: "Ionity, owned by BMW, Mercedes-Benz, Ford, Hyundai and Volkswagen, raised 700 million euros in November 2021 from BlackRock's Global Renewable Power platform.",
    expect: [
      { parties: ['BMW', 'Mercedes-Benz', 'Ford', 'Hyundai Motor', 'Volkswagen'], type: 'joint_venture' },
      { parties: ['Ionity', 'BlackRock'], type: 'investment', roles: { investor: ['BlackRock'], investee: ['Ionity'] } },
    ],
    reject: [{ parties: ['BMW', 'BlackRock'] }],
  },
  {
    name: '"X, bought out of administration by India\'s Y," (Y the buyer); "A has hired B to carry out front-end engineering design" (B the provider)',
    text: "Tritium, bought out of administration by India's Exicom, will keep making chargers in Brisbane. Standard Lithium has hired Worley to carry out front-end engineering design for its first lithium plant.",
    expect: [
      { parties: ['Exicom', 'Tritium'], type: 'acquisition', roles: { acquirer: ['Exicom'], target: ['Tritium'] } },
      { parties: ['Standard Lithium', 'Worley'], type: 'technical_service', roles: { provider: ['Worley'], client: ['Standard Lithium'] } },
    ],
  },
  {
    name: '"setting up X, a venture in which A holds 51%": a joint venture of its founders, no investment in X; "buy 49% of X from its parent B": a purchase from B',
    text: 'Foxconn and Yulon Motor are setting up Foxtron, a venture in which Foxconn holds 51%, to develop EV platforms. IGO has agreed to buy 49% of Tianqi Lithium Energy Australia from its parent Tianqi Lithium for $1.4 billion.',
    expect: [
      { parties: ['Foxconn', 'Yulon Motor'], type: 'joint_venture' },
      { parties: ['IGO', 'Tianqi Lithium'], type: 'acquisition', roles: { buyer: ['IGO'], seller: ['Tianqi Lithium'] } },
    ],
    reject: [{ parties: ['Foxconn', 'Foxtron'] }],
  },
  {
    name: 'a sentence after a legal form ("… SML Isuzu Ltd. On Oct. 1, …") is a sentence of its own; "take control of" is an acquisition; what a venture "was to take over" is no deal of the clause',
    text: "Mahindra & Mahindra Ltd. has agreed to take control of truck and bus maker SML Isuzu Ltd. On Oct. 1, 2019, Mahindra signed a definitive agreement with Ford Motor Co. for a joint venture, valued at $275 million, that was to take over the American company's assembly plants in Chennai.",
    expect: [
      { parties: ['Mahindra & Mahindra', 'SML Isuzu'], type: 'acquisition', roles: { acquirer: ['Mahindra & Mahindra'], target: ['SML Isuzu'] } },
      { parties: ['Mahindra & Mahindra', 'Ford'], type: 'joint_venture' },
    ],
    reject: [{ parties: ['Mahindra & Mahindra', 'Ford'], type: 'acquisition' }],
  },
  {
    name: '"in which A and B hold minority stakes", "in which A and B each held about 40%": an investment each (not "holds 50% and the two carmakers 25% each": the owners of a venture)',
    text: 'It financed its SUVs through Mahindra Electric Automobile Ltd., a subsidiary in which British International Investment and Temasek hold minority stakes. Argo AI, in which Ford and Volkswagen each held about 40%, is shutting down.',
    expect: [
      { parties: ['British International Investment', 'Mahindra Electric Automobile'], type: 'investment' },
      { parties: ['Temasek', 'Mahindra Electric Automobile'], type: 'investment' },
      { parties: ['Ford', 'Argo AI'], type: 'investment' },
      { parties: ['Volkswagen', 'Argo AI'], type: 'investment' },
    ],
  },
  {
    name: 'company names found by the deal around them: "X has licensed B\'s technology", "X has won the EPCM contract for B\'s project", "A-backed X", "X, bought by A in 2018,", "X will pay $N for a 19.9% stake in B"',
    text: "Denso has licensed Ballard Power's fuel-cell stack technology. Fluor has won the EPCM contract for Albemarle's Kings Mountain project. Toyota-backed Joby Aviation will build air taxis. Electrify America, bought by Volkswagen in 2016, runs chargers. Weichai Power will pay $163.6 million for a 19.9% stake in Ceres Power.",
    expect: [
      { parties: ['Denso', 'Ballard Power Systems'], type: 'licensing' },
      { parties: ['Fluor', 'Albemarle'], type: 'technical_service' },
      { parties: ['Toyota', 'Joby Aviation'], type: 'investment' },
      { parties: ['Volkswagen', 'Electrify America'], type: 'acquisition' },
      { parties: ['Weichai Power', 'Ceres Power'], type: 'investment' },
    ],
  },
  {
    name: 'a relative clause that runs past a number with a thousands comma ("which agreed to buy 100,000 cars from B") is one clause; "chose B\'s lidar": B supplies',
    text: 'Sixt, which agreed last year to buy 100,000 electric cars from BYD by 2028, reported record revenue. Volvo Cars chose Luminar\'s lidar for its next SUVs.',
    expect: [
      { parties: ['Sixt', 'BYD'], type: 'supply', roles: { supplier: ['BYD'], customer: ['Sixt'] } },
      { parties: ['Volvo Cars', 'Luminar'], type: 'supply', roles: { supplier: ['Luminar'], customer: ['Volvo Cars'] } },
    ],
  },
  {
    name: 'negative: a best-selling car is no sale to the source quoted; a supplier "possibly" named is speculation',
    text: "Tesla's Model Y outsold Toyota's RAV4 to become the world's best-selling car in 2023, according to JATO Dynamics. Analysts at UBS expect Honda to name a second supplier next year, possibly Samsung SDI.",
    expect: [],
    reject: [{}],
  },
  {
    name: '"…, while China\'s EVE Energy holds the remaining 10%": the last owner of the venture is a founder too; "X analysts" are no party; "Renault\'s Ampere agreed": the unit, not its owner',
    text: "Cummins, Daimler Truck and PACCAR will each own 30% of a new U.S. battery cell venture, while China's EVE Energy holds the remaining 10%. Bernstein analysts called it a watershed as Renault's Ampere agreed to source LFP cells from LG Energy Solution.",
    expect: [
      { parties: ['Cummins', 'Daimler Truck', 'PACCAR', 'EVE Energy'], type: 'joint_venture' },
      { parties: ['Ampere', 'LG Energy Solution'], type: 'supply', roles: { supplier: ['LG Energy Solution'], customer: ['Ampere'] } },
    ],
    reject: [{ parties: ['Renault', 'LG Energy Solution'] }],
  },
  {
    name: '"agreed to buy about 14% of the miner from A and B": one purchase of the buyer and its sellers, not of the company whose shares change hands',
    text: 'MIND ID agreed in November 2023 to buy about 14% of PT Vale Indonesia from Vale Canada and Sumitomo Metal Mining.',
    expect: [{ parties: ['MIND ID', 'Vale Canada', 'Sumitomo Metal Mining'], type: 'acquisition', roles: { buyer: ['MIND ID'], seller: ['Vale Canada', 'Sumitomo Metal Mining'] } }],
    reject: [{ parties: ['MIND ID', 'PT Vale Indonesia'] }],
  },
  {
    name: '"source motors, inverters and battery systems from B" (a list of goods) is a supply, B the supplier',
    text: 'Aston Martin said it would source electric motors, inverters and battery systems from Lucid Group under a long-term technology deal.',
    expect: [{ parties: ['Aston Martin', 'Lucid'], type: 'supply', roles: { supplier: ['Lucid'], customer: ['Aston Martin'] } }],
  },
  {
    name: '"in which A still holds a 30% stake", "led B\'s $590 million Series C", "committed $500 million to B": investments',
    text: 'Daimler Truck, in which Mercedes-Benz Group still holds a 30% stake, kept its outlook. Toyota led Joby Aviation\'s $590 million Series C in 2020. SoftBank committed a further $500 million to Didi.',
    expect: [
      { parties: ['Mercedes-Benz', 'Daimler Truck'], type: 'investment', roles: { investor: ['Mercedes-Benz'], investee: ['Daimler Truck'] } },
      { parties: ['Toyota', 'Joby Aviation'], type: 'investment' },
    ],
  },
  {
    name: '"committed $1 billion to build a plant" is no investment in a company',
    text: 'Toyota committed $1 billion to build a plant with Panasonic in North Carolina.',
    expect: [],
    reject: [{ type: 'investment' }],
  },
  {
    name: '"the cells in A\'s Taycan are produced by B": B supplies A',
    text: "The battery cells in Porsche's Taycan are produced by LG Chem at its plant in Poland.",
    expect: [{ parties: ['Porsche', 'LG Chem'], type: 'supply', roles: { supplier: ['LG Chem'], customer: ['Porsche'] } }],
  },
  {
    name: 'a firm hired for the engineering of a plant provides a technical service to the plant\'s owner (passive and active)',
    text: "Canadian consultancy Hatch has been hired for engineering, procurement and construction management at Piedmont Lithium's planned hydroxide plant.",
    expect: [{ parties: ['Hatch', 'Piedmont Lithium'], type: 'technical_service', roles: { provider: ['Hatch'], client: ['Piedmont Lithium'] } }],
  },
  {
    name: 'a word of the subject\'s description ("The German supplier") is no deal of its own beside another; "an agreement with the Chinese supplier" still tells a supply',
    text: 'ZF Friedrichshafen makes inverters. The German supplier had struck a separate silicon carbide partnership with Wolfspeed in February. Stellantis said it would source LFP cells from CALB. It signed a binding agreement with the Chinese supplier on Friday.',
    expect: [
      { parties: ['ZF', 'Wolfspeed'], type: 'partnership' },
      { parties: ['Stellantis', 'CALB'], type: 'supply' },
    ],
    reject: [{ parties: ['ZF', 'Wolfspeed'], type: 'supply' }],
  },
  {
    name: '"added a multi-year deal worth $120 million with B" makes a deal without a signing verb; "…," Toyota added' + " makes none",
    text: "STMicroelectronics has spent years securing wafers. In January 2020 STMicroelectronics added a multi-year deal worth more than $120 million with SiCrystal, the German wafer subsidiary of Rohm. 'The deal with Panasonic is strong,' Toyota added.",
    expect: [{ parties: ['STMicroelectronics', 'SiCrystal'], type: 'partnership' }],
    reject: [{ parties: ['Toyota', 'Panasonic'] }],
  },
  {
    name: 'a table row\'s description naming more parties of the row\'s own deal (undated, a party in common, the same kind) joins them to the row\'s record',
    text: '| 日付 | 当事者 | 内容 |\n|---|---|---|\n| 2021-04-05 | e-Mobility Power／トヨタ自動車／日産自動車／日本政策投資銀行 | 第三者割当増資。自動車2社とDBJが新たに株主となり、東京電力HDと中部電力も増資に応じた |\n',
    expect: [{ parties: ['e-Mobility Power', 'Toyota', 'Nissan', 'Development Bank of Japan', 'TEPCO', 'Chubu Electric Power'], type: 'investment' }],
    reject: [{ parties: ['Development Bank of Japan', 'Toyota'] }, { parties: ['Chubu Electric Power', 'Nissan'] }],
  },
];
