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
  {
    name: '同社 after 「AはBが出資する筆頭株主だ」 is the topic A, not the が-subject B; that holder is an investor in A',
    text: '国軒高科は、独フォルクスワーゲンが約25%を出資する筆頭株主だ。同社は2023年8月、スロバキアのイノバットの株式25%を取得した。',
    expect: [
      { parties: ['Gotion High-Tech', 'Volkswagen'], type: 'investment' },
      { parties: ['Gotion High-Tech', 'InoBat'], type: 'investment', date: { start: '2023-08' } },
    ],
    reject: [{ parties: ['Volkswagen', 'InoBat'] }],
  },
  {
    name: 'a customer the subject counts as its own (「同社はGACを主要顧客とし」), and customers of a supply named by 向け with no supplier (the company the text goes on about)',
    text: 'CALBはポルトガルで工場計画を始動させた。同社は中国の広州汽車集団を主要顧客とし、欧州での供給拡大を狙う。',
    expect: [{ parties: ['CALB', 'GAC'], type: 'supply' }],
  },
  {
    name: 'customers of a supply named by 向け with no supplier: the company the text goes on about supplies each (not a deal of the customers)',
    text: 'CATLは香港に上場した。同社は調達資金をハンガリー工場に充てる。2022年8月に計画を公表した同工場は、独BMWや独メルセデス・ベンツ向けの供給拠点となる。',
    expect: [
      { parties: ['CATL', 'BMW'], type: 'supply' },
      { parties: ['CATL', 'Mercedes-Benz'], type: 'supply' },
    ],
    reject: [{ parties: ['BMW', 'Mercedes-Benz'] }],
  },
  {
    name: 'negative: production for customers (「マツダ、スバル向けの量産」) with no supplier named is no deal between them',
    text: '大泉の新工場が稼働する2028年度以降、マツダ、スバル向けの量産が計画通りに立ち上がるかが焦点だ。',
    expect: [],
    reject: [{ parties: ['Mazda', 'Subaru'] }],
  },
  {
    name: 'the lead date (「Xは2023年2月13日、」) dates a later clause that reports the deal (…と明らかにした), not one that goes on about an old one (…供給してきた)',
    text: '米フォード・モーターは2023年2月13日、電池工場の計画を公表し、CATLから技術ライセンスを受けると明らかにした。東芝は2008年、電池「SCiB」を製品化し、スズキなどに供給してきた。',
    expect: [
      { parties: ['Ford', 'CATL'], type: 'licensing', date: { start: '2023-02-13' } },
      { parties: ['Toshiba', 'Suzuki'], type: 'supply', date: null },
    ],
  },
  {
    name: '両社 after 「Bとの関係は深まった」 (one partner, no subject) is B and the company the text goes on about',
    text: 'CATLは好調だ。同社は香港に上場した。\n\n欧州ステランティスとの関係は段階的に深まった。両社は2023年11月、LFP電池を供給する覚書を結んだ。',
    expect: [{ parties: ['CATL', 'Stellantis'], type: 'mou', date: { start: '2023-11' } }],
  },
  {
    name: 'a disclosure\'s 「会社名　X」 line names the company 当社 stands for',
    text: '各位\n会社名　三菱自動車工業株式会社\n電池セル調達に関する基本契約締結のお知らせ\n当社は、本日開催の取締役会において、欣旺達動力科技（以下「サンワーダ」）との間で、電池セルの調達に関する基本契約を締結することを決議いたしました。',
    expect: [{ parties: ['Mitsubishi Motors', '欣旺達動力科技'], type: 'supply' }],
  },
  {
    name: 'a list under a line naming one company and a kind of deal (「…が結んだ主な供給契約」, 「・BMW：…」): one deal per item, dated by the intro',
    text: '中国の億緯リチウム能源（EVEエナジー）が2025年に結んだ主な供給契約\n・BMW：大型円筒形電池（26年から）\n・ダイムラートラック：大型トラック用LFP電池\n',
    expect: [
      { parties: ['EVE Energy', 'BMW'], type: 'supply', date: { start: '2025' } },
      { parties: ['EVE Energy', 'Daimler Truck'], type: 'supply', date: { start: '2025' } },
    ],
  },
  {
    name: 'negative: a list under a line with two companies, or with no kind of deal, states no deals with its items',
    text: 'トヨタとパナソニックの主な供給契約\n・BMW：円筒形電池\n\nトヨタの主な工場\n・デンソー：部品\n',
    expect: [],
    reject: [{ parties: ['Toyota', 'BMW'] }, { parties: ['Panasonic', 'BMW'] }, { parties: ['Toyota', 'Denso'] }],
  },
  {
    name: 'goods supplied for a model another company sells (「トヨタが中国で販売するEV「bZ3」に電池を供給」): that company is the customer',
    text: '電池子会社の弗迪電池（フィンドリームズ）は、トヨタ自動車が中国で販売するEV「bZ3」に電池を供給している。',
    expect: [{ parties: ['FinDreams Battery', 'Toyota'], type: 'supply' }],
  },
  {
    name: 'a holder\'s shares bought with the buyer left out (「24年にはBが持つ合弁会社の株式を全て買い取り」), and with the venture named first (「AはBとの合弁会社Xについて、Bが保有する株式の一部を取得」)',
    text: 'ボルボ・カーズは2021年、ノースボルトと合弁工場の建設で合意した。24年にはノースボルトが持つ合弁会社の株式を全て買い取ることを決めた。本田技研工業は、GSユアサとの合弁会社「ブルーエナジー」について、GSユアサが保有する株式の一部を取得する。',
    expect: [
      { parties: ['Volvo Cars', 'Northvolt'], type: 'joint_venture', date: { start: '2021' } },
      { parties: ['Volvo Cars', 'Northvolt'], type: 'acquisition', date: { start: '2024' } },
      { parties: ['Honda', 'GS Yuasa'], type: 'acquisition' },
    ],
  },
  {
    name: 'a clause ending 「…を受けるほか、」 is a deal of its own: the supply and the co-development are two records',
    text: 'マツダは主要部品の調達先を固めた。同社はパナソニックエナジーから円筒形電池の供給を受けるほか、ロームとはパワー半導体を共同開発する。',
    expect: [
      { parties: ['Mazda', 'Panasonic Energy'], type: 'supply' },
      { parties: ['Mazda', 'Rohm'], type: 'co_development' },
    ],
    reject: [{ parties: ['Mazda', 'Panasonic Energy', 'Rohm'] }],
  },
  {
    name: 'a disclosure header with spaced labels (「会 社 名　古河電池株式会社」) names the company 当社 stands for',
    text: '各　位\n会 社 名　古河電池株式会社\n合弁会社設立に関するお知らせ\n当社は、本日開催の取締役会において、ビンファストとの間で、電池の合弁会社を設立することを決議いたしました。',
    expect: [{ parties: ['Furukawa Battery', 'VinFast'], type: 'joint_venture' }],
  },
  {
    name: 'allottees listed with 「引受先には…が名を連ねた」 each invest in the issuer',
    text: '中国の衛藍新能源は第三者割当増資で約30億元を調達した。引受先には蔚来汽車（NIO）、浙江吉利控股集団が名を連ねた。',
    expect: [
      { parties: ['WeLion New Energy', 'NIO'], type: 'investment' },
      { parties: ['WeLion New Energy', 'Geely Holding'], type: 'investment' },
    ],
  },
  {
    name: 'customers named by their sites (「GM、ステランティス、トヨタ自動車の北米工場向けに…供給する3件の契約」) and by に before the goods (「AとB、Cにサンプル出荷する契約をそれぞれ結んだ」): one supply record each',
    text: '韓国のLGエナジーソリューションは30日、米ゼネラル・モーターズ（GM）、ステランティス、トヨタ自動車の北米工場向けに、パウチ型セルを供給する3件の契約を開示した。三井金属鉱業は3日、固体電解質を、トヨタ自動車と本田技研工業にサンプル出荷する契約をそれぞれ結んだ。',
    expect: [
      { parties: ['LG Energy Solution', 'General Motors'], type: 'supply' },
      { parties: ['LG Energy Solution', 'Stellantis'], type: 'supply' },
      { parties: ['LG Energy Solution', 'Toyota'], type: 'supply' },
      { parties: ['Mitsui Mining & Smelting', 'Toyota'], type: 'supply' },
      { parties: ['Mitsui Mining & Smelting', 'Honda'], type: 'supply' },
    ],
    reject: [{ parties: ['LG Energy Solution', 'General Motors', 'Stellantis', 'Toyota'] }],
  },
  {
    name: 'a headline\'s first name supplies (「パナソニックエナジー、マツダにEV電池供給」); a list of whole company names under a sentence that points to it (「下記の2社と締結」)',
    text: 'パナソニックエナジー、マツダにEV電池供給　27年から\n\n株式会社レゾナック（以下「当社」）は、長期供給契約を下記の2社と締結いたしました。\n・株式会社デンソー\n・トヨタ自動車株式会社\n',
    expect: [
      { parties: ['Panasonic Energy', 'Mazda'], type: 'supply' },
      { parties: ['Resonac', 'Denso'], type: 'supply' },
      { parties: ['Resonac', 'Toyota'], type: 'supply' },
    ],
  },
];

export const en: AgreementCase[] = [
  {
    name: 'a company that speaks through its people is an antecedent ("SK On\'s chief executive met … The Korean battery maker will supply"); "the refiner" is a descriptive reference; "the material from the refiner" is two phrases, no reference',
    text: "SK On's chief executive met Nissan executives in Yokohama last week. The Korean battery maker will supply Nissan with cells from 2028. Toyota Motor and Sumitomo Metal Mining signed a cathode co-development agreement in 2021. Three years later, the Japanese automaker also agreed to buy the material from the refiner.",
    expect: [
      { parties: ['SK On', 'Nissan'], type: 'supply' },
      { parties: ['Toyota', 'Sumitomo Metal Mining'], type: 'co_development', date: { start: '2021' } },
      { parties: ['Toyota', 'Sumitomo Metal Mining'], type: 'supply', date: { start: '2024' } },
    ],
    reject: [{ parties: ['Toyota', 'Sumitomo Metal Mining'], type: 'acquisition' }],
  },
  {
    name: 'a list of whole company names under "… with:" gives one deal per item',
    text: 'Syrah Resources said it had signed binding offtake agreements for active anode material from its Vidalia facility with:\n- Tesla\n- Ford Motor Company\n- POSCO Future M\n',
    expect: [
      { parties: ['Syrah Resources', 'Tesla'], type: 'supply' },
      { parties: ['Syrah Resources', 'Ford'], type: 'supply' },
      { parties: ['Syrah Resources', 'POSCO Future M'], type: 'supply' },
    ],
  },
  {
    name: 'a venture "owned by A, B and C\'s D" is the JV of A, B and D (the owner\'s possessive only describes D)',
    text: "Automotive Cells Company (ACC), the battery venture owned by Stellantis, Mercedes-Benz and TotalEnergies' Saft, has dropped its planned gigafactories.",
    expect: [{ parties: ['Stellantis', 'Mercedes-Benz', 'Saft'], type: 'joint_venture', date: null }],
    reject: [{ parties: ['Stellantis', 'Mercedes-Benz', 'TotalEnergies'] }, { parties: ['Stellantis', 'Automotive Cells Company'] }],
  },
  {
    name: 'an agreement "to buy" a named site or company is an acquisition; a share purchase agreement for "B\'s 50% of X" is one with B (X the object); buying goods from a plant stays a supply',
    text: "Lyten signed a binding agreement to buy Northvolt Ett in Skellefteå. On January 29, 2025 Volvo Cars signed a share purchase agreement for Northvolt's 50% of NOVO Energy. Volvo Cars has signed a deal to buy cells from Verkor's plant in Dunkirk.",
    expect: [
      { parties: ['Lyten', 'Northvolt'], type: 'acquisition' },
      { parties: ['Volvo Cars', 'Northvolt'], type: 'acquisition', date: { start: '2025-01-29' } },
      { parties: ['Volvo Cars', 'Verkor'], type: 'supply' },
    ],
  },
  {
    name: 'a deal in an "After a …," opening is one of the main clause\'s parties, with its own date; "Volkswagen\'s battery company PowerCo" only describes PowerCo',
    text: "After a non-binding memorandum of understanding in November 2023 on LFP cells, Stellantis and CATL agreed on December 10, 2024 to invest in a 50-50 joint venture. Volkswagen's battery company PowerCo agreed a licence with QuantumScape in July 2024.",
    expect: [
      { parties: ['Stellantis', 'CATL'], type: 'mou', date: { start: '2023-11' } },
      { parties: ['Stellantis', 'CATL'], type: 'joint_venture', date: { start: '2024-12-10' } },
      { parties: ['PowerCo', 'QuantumScape'], type: 'licensing' },
    ],
    reject: [{ parties: ['Volkswagen', 'QuantumScape'] }],
  },
  {
    name: 'cells added "from X\'s plant" are a supply by X; "took more than 20% of" is an investment; "is the anchor customer of the plant X opened" a supply told in passing',
    text: "Renault's EV unit Ampere went the same way on July 1, 2024, adding LFP cells from CATL's plant in Hungary. Renault, which took more than 20% of French start-up Verkor in 2021, is the anchor customer of the 16 GWh plant Verkor opened near Dunkirk.",
    expect: [
      { parties: ['Ampere', 'CATL'], type: 'supply', date: { start: '2024-07-01' } },
      { parties: ['Renault', 'Verkor'], type: 'investment', date: { start: '2021' } },
      { parties: ['Renault', 'Verkor'], type: 'supply', date: null },
    ],
  },
  {
    name: 'a timeline entry is dated by the date that opens its line, not by a later date in it ("output from H2 2025")',
    text: '## Timeline\n\n- **2022-12-08** — Hyundai Motor Group and SK On sign an MOU for a battery plant in Georgia.\n- **2023-04** — The two groups approve the Bartow County venture: $5 billion, 50% each, output from H2 2025.\n',
    expect: [
      { parties: ['Hyundai Motor', 'SK On'], type: 'mou', date: { start: '2022-12-08' } },
      { parties: ['Hyundai Motor', 'SK On'], type: 'joint_venture', date: { start: '2023-04' } },
    ],
  },
  {
    name: 'a venture formed ", and, a year later," is dated by the deal before moved on a year; "formed a 50/50 company" is a joint venture; "the Volkswagen battery unit" only describes the partner',
    text: 'Umicore signed a strategic cooperation agreement with PowerCo in 2022 and, a year later, formed an equally owned cathode venture with the Volkswagen battery unit. SQM and Sumitomo Corporation formed a 50/50 company to build a refinery.',
    expect: [
      { parties: ['Umicore', 'PowerCo'], type: 'strategic_partnership', date: { start: '2022' } },
      { parties: ['Umicore', 'PowerCo'], type: 'joint_venture', date: { start: '2023' } },
      { parties: ['SQM', 'Sumitomo Corporation'], type: 'joint_venture' },
    ],
    reject: [{ parties: ['Umicore', 'PowerCo', 'Volkswagen'] }],
  },
  {
    name: 'negative: a venture named in an apposition ("launched Horse Powertrain Limited, a 50:50 company") is no party of itself; "BYD\'s FinDreams Battery unit" is the unit, a party',
    text: "Renault Group and Geely Holding launched Horse Powertrain Limited on Thursday, a 50:50 company. Suzuki said it had agreed to buy packs from BYD's FinDreams Battery unit.",
    expect: [
      { parties: ['Renault', 'Geely Holding'], type: 'joint_venture' },
      { parties: ['Suzuki', 'FinDreams Battery'], type: 'supply' },
    ],
    reject: [{ parties: ['Renault', 'Geely Holding', 'Horse Powertrain'] }],
  },
  {
    name: 'a company "jointly owned by A, B and C", told in passing, is their joint venture (not three investments)',
    text: 'A fire broke out at a warehouse of Automotive Cells Company, the battery maker jointly owned by Stellantis, Mercedes-Benz and TotalEnergies.',
    expect: [{ parties: ['Stellantis', 'Mercedes-Benz', 'TotalEnergies'], type: 'joint_venture', date: null }],
    reject: [{ parties: ['Stellantis', 'Automotive Cells Company'] }],
  },
  {
    name: 'a takeover table (| Buyer | Seller/Target | … | Stake / structure | Status |): rows are acquisitions, and a row whose status is "Withdrawn" states none',
    text: '| # | Date | Buyer | Seller/Target | Value | Stake / structure | Status |\n|---|---|---|---|---|---|---|\n| 1 | 2024-10-09 | Rio Tinto | Arcadium Lithium | $6.7 billion | 100%, $5.85 a share in cash | Completed 2025-03-06 |\n| 2 | 2023-10-16 | Albemarle | Liontown Resources | A$6.6 billion | Non-binding proposal at A$3.00 a share | Withdrawn |\n',
    expect: [{ parties: ['Rio Tinto', 'Arcadium Lithium'], type: 'acquisition', date: { start: '2024-10-09' } }],
    reject: [{ parties: ['Albemarle', 'Liontown Resources'] }],
  },
  {
    name: 'a customer told in passing: "with Tesla as the anchor customer", "Glencore, its largest secured creditor and a long-standing offtake partner"',
    text: 'Panasonic Energy opened its plant in De Soto, Kansas, with Tesla as the anchor customer. Li-Cycle halted its hub. When it sought protection, Glencore, its largest secured creditor and a long-standing offtake partner, agreed to a credit bid.',
    expect: [
      { parties: ['Panasonic Energy', 'Tesla'], type: 'supply', date: null },
      { parties: ['Li-Cycle', 'Glencore'], type: 'supply', date: null },
    ],
  },
  {
    name: 'Indian and Australian companies of the dictionary (JSW Energy, Wesfarmers); a project after a stake ("the Mount Holland lithium project") is no company',
    text: 'JSW Energy and Gotion High-Tech incorporated JSW Gotion Cells Pvt Ltd, a 74:26 joint venture. Idemitsu Kosan bought a 20% interest in the Mount Holland lithium project from Wesfarmers.',
    expect: [
      { parties: ['JSW Energy', 'Gotion High-Tech'], type: 'joint_venture' },
      { parties: ['Idemitsu Kosan', 'Wesfarmers'] },
    ],
    reject: [{ parties: ['Idemitsu Kosan', 'Mount Holland'] }],
  },
  {
    name: 'a list under "Customer wins announced by X:" with each item led by its customer: one supply deal per item',
    text: 'Customer wins announced by CATL at its Super Tech Day in Shanghai:\n- Volkswagen: Shenxing LFP cells for ID. models built in China\n- Hyundai Motor: sodium-ion packs for small cars\n',
    expect: [
      { parties: ['CATL', 'Volkswagen'], type: 'supply' },
      { parties: ['CATL', 'Hyundai Motor'], type: 'supply' },
    ],
  },
  {
    name: 'negative: a takeover proposal withdrawn is no deal; "the JV" is the venture told of, no new one',
    text: 'Albemarle withdrew its takeover proposal for Liontown Resources. GM and LG Energy Solution formed a joint venture in 2019. The Energy Department took 5% warrants in the JV.',
    expect: [{ parties: ['General Motors', 'LG Energy Solution'], type: 'joint_venture' }],
    reject: [{ parties: ['Albemarle', 'Liontown Resources'] }, { parties: ['U.S. Department of Energy', 'General Motors'] }],
  },
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
