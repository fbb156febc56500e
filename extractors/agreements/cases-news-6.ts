/**
 * A sixth set of agreement case rows in the shapes of business news, the Japanese ones (the
 * English are in cases-news-6-en.ts; cases.ts joins them with the others): each row against a
 * defect that fresh text showed (seeds/agreements/README.md, 1.2.9).
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
  {
    name: 'stakes bought from their holders, written loosely (「Bから、…プロジェクトの権益10%を追加取得」「Bが信託を通じて保有する…株のうち約5%分を買い戻す」); 「Aなどが出資するB」',
    text: '豊田通商は4日、米アルカディウム・リチウムから、アルゼンチンのオラロス塩湖プロジェクトの権益10%を追加取得すると発表した。日産自動車は31日、仏ルノーが信託を通じて保有する日産株のうち約5%分を買い戻すことで合意した。ホンダなどが出資する米SES AIは19日、試作ラインを開設した。',
    expect: [
      { parties: ['Toyota Tsusho', 'Arcadium Lithium'], type: 'acquisition' },
      { parties: ['Nissan', 'Renault'], type: 'acquisition' },
      { parties: ['Honda', 'SES AI'], type: 'investment' },
    ],
  },
  {
    name: 'negative: a signing told only as others\' report (「合意したとの一部報道について「そのような事実はない」と否定」) is no deal; a count of companies (「大手自動車メーカー1社から受注」) is no name',
    text: 'ホンダは21日、中国のBYDと電池調達で合意したとの一部報道について「そのような事実はない」と否定した。村田製作所は、欧州の大手自動車メーカー1社から大型受注を獲得した。',
    expect: [],
    reject: [{}],
  },
  {
    name: 'record lines led by a party label under an intro (「納入先：トヨタ自動車　用途：…」) and items that name the customer after the goods (「・SiCエピウエハー：デンソー向け」 under 「3件の供給契約を獲得」): one deal each',
    text: '旭化成のセパレーターで、新たに決まった主な供給先は以下の通り。\n納入先：トヨタ自動車　用途：角形電池\n納入先：本田技研工業　用途：円筒形電池\n\nレゾナック・ホールディングスは8日、新たに2件の供給契約を獲得したと発表した。\n・リチウムイオン電池用負極材：SKオン向け（2026年出荷開始）\n・パワー半導体用SiCエピウエハー：デンソー向け\n',
    expect: [
      { parties: ['Asahi Kasei', 'Toyota'], type: 'supply' },
      { parties: ['Asahi Kasei', 'Honda'], type: 'supply' },
      { parties: ['Resonac', 'SK On'], type: 'supply' },
      { parties: ['Resonac', 'Denso'], type: 'supply' },
    ],
  },
  {
    name: 'a list member, then one described by its parent (「日産自動車と、仏ルノー傘下のアンペアに供給」): one supply record each, the parent no party',
    text: 'エンビジョンAESCは27日、新工場で生産する電池を、日産自動車と、仏ルノー傘下のアンペアに供給すると発表した。',
    expect: [
      { parties: ['Envision AESC', 'Nissan'], type: 'supply' },
      { parties: ['Envision AESC', 'Ampere'], type: 'supply' },
    ],
    reject: [{ parties: ['Envision AESC', 'Nissan', 'Ampere'] }, { parties: ['Envision AESC', 'Renault'] }],
  },
  {
    name: 'customers named by their service stations (「ENEOSと出光興産のサービスステーション向けに納入する契約」): one supply record each',
    text: 'ニチコンは、出力150キロワットの急速充電器を、ENEOSと出光興産のサービスステーション向けに納入する契約をそれぞれ締結した。',
    expect: [
      { parties: ['Nichicon', 'ENEOS'], type: 'supply' },
      { parties: ['Nichicon', 'Idemitsu Kosan'], type: 'supply' },
    ],
    reject: [{ parties: ['Nichicon', 'ENEOS', 'Idemitsu Kosan'] }],
  },
  {
    name: 'a subsidiary named by a bare descriptor after its parent\'s topic acts (「電池子会社のパナソニックエナジーが」「傘下のEVメーカー、アバタールが」), the parent is no party; 「子会社のXを通じて」 is the parent\'s channel; 「NIOの子会社である蔚来能源」 names the subsidiary; a stake in a bracketed company bought from its holder',
    text: 'パナソニックホールディングスは13日、電池子会社のパナソニックエナジーが米EV新興のルーシッド・グループとリチウムイオン電池の供給契約を結んだと発表した。重慶長安汽車は19日、傘下のEVメーカー、阿維塔科技（アバタール）が、華為技術から車載ソフト子会社「深圳引望智能技術」の株式10％を取得すると発表した。トヨタ自動車は5日、子会社のウーブン・バイ・トヨタを通じて米オーロラに出資すると発表した。CATLはNIOの電池交換子会社である蔚来能源に最大25億元を出資する。',
    expect: [
      { parties: ['Panasonic Energy', 'Lucid'], type: 'supply' },
      { parties: ['Avatr', 'Huawei'], type: 'acquisition' },
      { parties: ['Toyota', 'Aurora Innovation'], type: 'investment' },
      { parties: ['CATL', 'NIO Power'], type: 'investment' },
    ],
    reject: [{ parties: ['Panasonic', 'Lucid'] }, { parties: ['Changan', 'Huawei'] }, { parties: ['Toyota', 'Woven by Toyota'] }, { parties: ['CATL', 'NIO'] }],
  },
  {
    name: 'a company a counted list owns together is their joint venture (「A、B、仏Cの3社が出資する電池会社X」「AとBの2社が出資するX」), not three investments in X',
    text: 'ステランティス、メルセデス・ベンツ、仏トタルエナジーズの3社が出資する電池会社オートモーティブ・セルズ・カンパニー（ACC）は、電池工場の建設を一時凍結した。',
    expect: [{ parties: ['Stellantis', 'Mercedes-Benz', 'TotalEnergies'], type: 'joint_venture' }],
    reject: [{ parties: ['Stellantis', 'Automotive Cells Company'] }],
  },
  {
    name: 'a deal only aimed at or assumed (「…に供給することを想定し、年内の合意をめざす」), asked about (「出資の可能性を問われ」) or an approach reported by others (「…に接触したと報じられていた」) is no agreement',
    text: 'マツダとパナソニックエナジーは21日、取引関係の構築に向けて協議を始めたと発表した。パナソニックエナジーが円筒形電池をマツダに供給することを想定し、年内の合意をめざす。鴻海精密工業の劉揚偉会長は14日、日産自動車への出資の可能性を問われ、「目的は買収ではなく協業だ」と述べた。鴻海は日産株の取得をめぐって仏ルノーに接触したと報じられていた。',
    expect: [],
    reject: [{ parties: ['Panasonic Energy', 'Mazda'] }, { parties: ['Foxconn', 'Nissan'] }, { parties: ['Foxconn', 'Renault'] }],
  },
  {
    name: 'katakana names before 「…とのパートナーシップに合意」 are companies (「半導体メーカーであるネクスペリアと、…戦略的パートナーシップに合意」「ザクセンモーターと、…業務提携に合意」)',
    text: '三菱電機は13日、オランダの半導体メーカーであるネクスペリアと、SiCパワー半導体の共同開発に向けた戦略的パートナーシップに合意したと発表した。アイシンは5日、ドイツの部品メーカーであるザクセンモーターと、電動化分野の業務提携に合意したと発表した。',
    expect: [
      { parties: ['Mitsubishi Electric', 'Nexperia'] },
      { parties: ['Aisin', 'ザクセンモーター'], type: 'partnership' },
    ],
  },
  {
    name: 'a share of a company bought from its holder under a share transfer agreement (「…LG-HY BCMの株式25%を、華友コバルトから取得する株式譲渡契約」): buyer and seller, the company whose shares they are is no party',
    text: '豊田通商は9月9日、韓国LG化学と中国の浙江華友鈷業（華友コバルト）の合弁会社で正極材を製造するLG-HY BCMの株式25%を、華友コバルトから取得する株式譲渡契約を結んだと発表した。',
    expect: [
      { parties: ['Toyota Tsusho', 'Huayou Cobalt'], type: 'acquisition' },
      { parties: ['LG Chem', 'Huayou Cobalt'], type: 'joint_venture' },
    ],
    reject: [{ parties: ['Toyota Tsusho', 'LG-HY BCM'] }],
  },
  {
    name: 'a heading written as an item of another mark (「■Xの主な車載電池の供給先」) over items led by a customer with a note before the colon (「・テスラ（米国）：…」): one supply each',
    text: '■パナソニックエナジーの主な車載電池の供給先\n・テスラ（米国）：ネバダ州の工場などから長年供給\n・ルーシッド・グループ（米国）：2022年12月に複数年の供給契約\n',
    expect: [
      { parties: ['Panasonic Energy', 'Tesla'], type: 'supply' },
      { parties: ['Panasonic Energy', 'Lucid'], type: 'supply' },
    ],
    reject: [{ parties: ['Tesla', 'Lucid'] }],
  },
  {
    name: 'a joint venture named with its founders is the other side of another deal (「AとBの電池合弁会社Xから正極材を受注」); 「…契約を結び、傘下のYも同日、…契約を交わした」 is a second deal of the subsidiary; a paragraph opening with its partner as topic (「米GMとは、…契約を交わした」) goes on with the topic before',
    text: 'LG化学はさらに2024年9月、トヨタ自動車とパナソニックの電池合弁会社プライムプラネットエナジー＆ソリューションズ（PPES）から正極材を受注した。\n\n米ゼネラル・モーターズ（GM）とは、正極材を供給する契約を2024年2月に交わした。\n\nポスコホールディングスは2023年6月21日、中国の中偉新材料（CNGR）と合弁会社を設立する契約を結び、傘下のポスコフューチャーエムも同日、CNGRと前駆体の合弁会社をつくる契約を交わした。',
    expect: [
      { parties: ['LG Chem', 'Prime Planet Energy & Solutions'], type: 'supply' },
      { parties: ['Toyota', 'Panasonic'], type: 'joint_venture' },
      { parties: ['LG Chem', 'General Motors'], type: 'supply' },
      { parties: ['POSCO', 'CNGR Advanced Material'], type: 'joint_venture' },
      { parties: ['POSCO Future M', 'CNGR Advanced Material'], type: 'joint_venture' },
    ],
    reject: [{ parties: ['LG Chem', 'Toyota'] }, { parties: ['POSCO', 'CNGR Advanced Material', 'POSCO Future M'] }],
  },
  {
    name: 'a withdrawn takeover proposal (「買収提案を取り下げた」) is no deal; plants or a business bought from their owner (「Bから…工場や…拠点などを買い取る」「Bの事業と資産を買い取る」) are the buyer\'s and the seller\'s',
    text: '米アルベマールは18日、豪ライオンタウン・リソーシズへの約66億豪ドルの買収提案を取り下げたと発表した。米ライテンは7日、スウェーデンのノースボルトから、北部シェレフテオの電池工場や研究開発拠点などを買い取ることで合意したと発表した。インドのエキシコム・テレシステムズは、経営破綻した豪トリチウムの事業と資産を買い取る最終契約を結んだ。',
    expect: [
      { parties: ['Lyten', 'Northvolt'], type: 'acquisition' },
      { parties: ['エキシコム・テレシステムズ', 'Tritium'], type: 'acquisition' },
    ],
    reject: [{ parties: ['Albemarle', 'Liontown Resources'] }],
  },
  {
    name: 'a table whose column names its companies\' side (| 顧客 | 国・地域 | 品目 |) under a sentence naming one company: one supply each with that company; with none above, the company the release speaks for (当社)',
    text: '中国の贛鋒リチウム（ガンフォン・リチウム）は、主要な自動車・電池メーカーと水酸化リチウムの供給契約を結んでいる。\n\n| 顧客 | 国・地域 | 品目 |\n|---|---|---|\n| テスラ | 米国 | 電池級水酸化リチウム |\n| BMW | ドイツ | 水酸化リチウム |\n',
    expect: [
      { parties: ['Ganfeng Lithium', 'Tesla'], type: 'supply' },
      { parties: ['Ganfeng Lithium', 'BMW'], type: 'supply' },
    ],
    reject: [{ parties: ['Tesla', 'BMW'] }],
  },
  {
    name: 'goods delivered under a contract (「Bにも正極材を長期契約で納めている」) and a mine held half and half (「AがBと折半で保有する鉱山」)',
    text: 'エコプロビーエムは1日、サムスンSDIに正極材を供給する契約を結んだと開示した。同社はSKオンにも正極材を長期契約で納めている。米アルベマールが豪ミネラル・リソーシズと折半で保有する西オーストラリア州のウォジナ鉱山は、採掘計画を見直している。',
    expect: [
      { parties: ['EcoPro BM', 'SK On'], type: 'supply' },
      { parties: ['Albemarle', 'Mineral Resources'], type: 'joint_venture' },
    ],
  },
  {
    name: 'labelled party lines with no intro naming a company (「買い手：A（ノルウェー）」「売り手：B」) are one deal of the two, typed by the labels',
    text: '【M&A速報】\n買い手：ノルスク・ハイドロ（ノルウェー）\n売り手：ノースボルト（スウェーデン）\n対象：電池リサイクル会社ハイドロボルトの残り株式\n金額：7800万ノルウェークローネ\n',
    expect: [{ parties: ['Norsk Hydro', 'Northvolt'], type: 'acquisition' }],
  },
  {
    name: 'goods for what a customer makes, the verb of the customer after any adverbial (「Bが2026年に発売するEV向けに」「Bが新たに発売する」), not only a place with で',
    text: '住友金属鉱山は、トヨタ自動車が新たに発売するEV向けに正極材を供給する。',
    expect: [{ parties: ['Sumitomo Metal Mining', 'Toyota'], type: 'supply', roles: { supplier: ['Sumitomo Metal Mining'], customer: ['Toyota'] } }],
  },
];
