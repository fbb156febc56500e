/**
 * A fifteenth set of agreement case rows in the shapes of business news (cases.ts joins them
 * with the others): each row against a defect that fresh text showed (seeds/agreements/README.md,
 * 1.2.26).
 */
import type { AgreementExpectation, Case } from '../cases.ts';

type AgreementCase = Case<AgreementExpectation>;

export const ja: AgreementCase[] = [
  {
    name: 'a company bought by two buyers together is one deal of the three (「AとBは…Cを買収する」, and a headline\'s 「AとB、Cを買収へ」); buyers that each take a share (それぞれ, ずつ) make one deal each',
    text: '双日と九州電力、英オクトパスエナジーを買収へ　欧州の小売り事業に参入\n\n双日と九州電力は12日、英電力小売りのオクトパスエナジーを買収すると発表した。トヨタとデンソーは、それぞれアイシンの株式を5%ずつ取得した。',
    referenceDate: '2026-03-02',
    expect: [
      { parties: ['Sojitz', 'Kyushu Electric Power', 'Octopus Energy'], type: 'acquisition' },
      { parties: ['Toyota', 'Aisin'], type: 'investment' },
      { parties: ['Denso', 'Aisin'], type: 'investment' },
    ],
    reject: [{ parties: ['Sojitz', 'Octopus Energy'] }, { parties: ['Kyushu Electric Power', 'Octopus Energy'] }, { parties: ['Sojitz', 'Kyushu Electric Power'] }, { parties: ['Toyota', 'Denso', 'Aisin'] }],
  },
  {
    name: 'a table captioned with its company\'s capital deals (「Xの主な資本取引」): a row whose companies a count calls a venture founded them (「3社の合弁会社として設立」), a row whose companies a count joins invests as one (「2社で約15%」); two that invest as one in prose (「2社で…株主に加わった」) invest in the paragraph\'s topic, and so does a later clause without a subject buy from its supplier (「充電器は…から調達している」)',
    text: '欧州の充電網オクトパスエナジーは18年、独シーメンス、仏トタルエナジーズ、英BPの3社が均等出資で設立した合弁会社だ。20年5月には日立と東芝が出資契約を結び、2社で約15%を持つ株主に加わった。充電器は主にスイスのABBから調達している。\n\nオクトパスエナジーの主な資本取引\n| 発表日 | 相手 | 内容 |\n|---|---|---|\n| 2018年4月2日 | シーメンス、トタルエナジーズ、BP | 3社の合弁会社として設立 |\n| 2020年5月11日 | 日立、東芝 | 出資（2社で約15%） |',
    referenceDate: '2026-03-02',
    expect: [
      { parties: ['Siemens', 'TotalEnergies', 'BP'], type: 'joint_venture', date: { start: '2018-04-02', end: '2018-04-02', granularity: 'day' } },
      { parties: ['Hitachi', 'Toshiba', 'Octopus Energy'], type: 'investment' },
      { parties: ['Octopus Energy', 'ABB'], type: 'supply', roles: { customer: ['Octopus Energy'], supplier: ['ABB'] } },
    ],
    reject: [{ parties: ['Hitachi', 'Toshiba'] }, { parties: ['Siemens', 'Octopus Energy'] }, { parties: ['Toshiba', 'ABB'] }],
  },
  {
    name: 'a clause that opens with the time of a deal told before (「買収完了後、」) makes no deal of its cue; the cue with its own object does (「ダイハツを買収後、」)',
    text: '買収完了後、双日は欧州の販売網をオクトパスエナジーに移す。トヨタは2016年にダイハツを買収後、小型車の開発を任せた。',
    referenceDate: '2026-03-02',
    expect: [{ parties: ['Toyota', 'Daihatsu'], type: 'acquisition' }],
    reject: [{ parties: ['Sojitz', 'Octopus Energy'] }],
  },
  {
    name: 'labelled fields separated by spaces (「受注者：A　発注者：B、C　納期：…」): one supply record per customer the field lists; owners with their shares in tenths, the second after a country\'s letter (「東京ガスが6割、独シーメンスが4割を出資する」); work on a client\'s facility its builder took on (「Aが施工を担ったBの蓄電所」)',
    text: '【受注】蓄電池設備　受注者：東芝　発注者：東京電力ホールディングス、中部電力　納期：2028年度\n\nＴＨＫエナジーは、東京ガスが6割、独シーメンスが4割を出資する。日立造船が施工を担った関西電力の蓄電所が、5日に運転を始めた。',
    referenceDate: '2026-03-02',
    expect: [
      { parties: ['Toshiba', 'TEPCO'], type: 'supply' },
      { parties: ['Toshiba', 'Chubu Electric Power'], type: 'supply' },
      { parties: ['Tokyo Gas', 'Siemens'], type: 'joint_venture' },
      { parties: ['Kanadevia', 'Kansai Electric Power'], type: 'technical_service', roles: { provider: ['Kanadevia'], client: ['Kansai Electric Power'] } },
    ],
    reject: [{ parties: ['TEPCO', 'Chubu Electric Power'] }],
  },
  {
    name: 'a counted group\'s clause that made no deal gives its subjects to the next clause of the sentence that names nobody (「A、B、Cの3社は…を共同で調達し、…協定を結んだ」); the supplier a subject chose (「調達先に選んだのはX」); a group right before its member is its parent (「三菱電機グループの三菱電機ビルソリューションズ」)',
    text: '清水建設、大林組、鹿島の3社は26日、電動建機を共同で調達し、現場間で融通し合う協定を結んだ。\n\n長野県のアルピコ交通は路線バスを電動化する。車両の調達先に選んだのはいすゞ自動車だ。\n\n三菱電機グループの三菱電機ビルソリューションズは、ホンダにEV充電設備を納入する。',
    referenceDate: '2026-03-02',
    expect: [
      { parties: ['Shimizu Corporation', 'Obayashi', 'Kajima'], type: 'partnership' },
      { parties: ['Alpico Kotsu', 'Isuzu'], type: 'supply', roles: { customer: ['Alpico Kotsu'], supplier: ['Isuzu'] } },
      { parties: ['三菱電機ビルソリューションズ', 'Honda'], type: 'supply' },
    ],
    reject: [{ parties: ['Mitsubishi Electric', '三菱電機ビルソリューションズ'] }, { parties: ['Mitsubishi Electric', 'Honda'] }],
  },
  {
    name: 'building work taken on: parallel pairs sharing the verb (「AはBから、CはDから、それぞれ土木工事を請け負った」), for a client\'s planned site (「Bが計画する蓄電所について、設計から施工までを…請け負う」), and the site told first (「Bが建設中の蓄電所は、…据え付けまでをAが請け負っている」); goods put to tender won by their supplier (「Bが入札にかけた…は、Aが落札した」), the bidder who lost none; capital put in half each by 両社 makes their company a venture',
    text: '大成建設は関西電力から、前田建設工業は九州電力から、それぞれ土木工事を請け負った。鹿島は10日、レノバが福島県で計画する系統用蓄電所について、設計から施工までを一括で請け負う契約を結んだ。ＪＥＲＡが千葉県で建設中の系統用蓄電所は、造成から据え付けまでを五洋建設が請け負っている。\n\n京王電鉄が入札にかけた大型EVバス20台は、日野自動車が落札した。いすゞ自動車も応札したが、及ばなかった。\n\nデンソーとアイシンは4日、電池の保守サービス会社を設けると発表した。資本金は1億円で、両社が半分ずつ出す。',
    referenceDate: '2026-03-02',
    expect: [
      { parties: ['Taisei Corporation', 'Kansai Electric Power'], type: 'technical_service', roles: { provider: ['Taisei Corporation'], client: ['Kansai Electric Power'] } },
      { parties: ['Maeda Corporation', 'Kyushu Electric Power'], type: 'technical_service', roles: { provider: ['Maeda Corporation'], client: ['Kyushu Electric Power'] } },
      { parties: ['Kajima', 'RENOVA'], type: 'technical_service', roles: { provider: ['Kajima'], client: ['RENOVA'] } },
      { parties: ['Penta-Ocean Construction', 'JERA'], type: 'technical_service', roles: { provider: ['Penta-Ocean Construction'], client: ['JERA'] } },
      { parties: ['Hino Motors', 'Keio Corporation'], type: 'supply', roles: { supplier: ['Hino Motors'], customer: ['Keio Corporation'] } },
      { parties: ['Denso', 'Aisin'], type: 'joint_venture' },
    ],
    reject: [{ parties: ['Isuzu', 'Keio Corporation'] }, { parties: ['Taisei Corporation', 'Maeda Corporation'] }],
  },
  {
    name: 'a company\'s business told before its name is no work taken on (「蓄電池の施工を請け負う常陸エナジーテックを傘下に収める」: an acquisition)',
    text: 'シナネンホールディングスは、茨城県で蓄電池の施工を請け負う常陸エナジーテックを傘下に収める。',
    referenceDate: '2026-03-02',
    expect: [{ parties: ['Sinanen', '常陸エナジーテック'], type: 'acquisition' }],
  },
  {
    name: '両社 for two companies named one a clause in the paragraph\'s clauses before it, with no deal between (「Aは…公開した。Bも訪れた。両社は…共同開発する契約を結んでいる」)',
    text: 'トヨタは9日、電池の試作ラインを公開した。見学団にはホンダの技術者の姿もあった。両社は全固体電池を共同開発する契約を結んでいる。',
    referenceDate: '2026-03-02',
    expect: [{ parties: ['Toyota', 'Honda'], type: 'co_development' }],
  },
];

export const en: AgreementCase[] = [
  {
    name: 'a company two buyers will acquire together is one deal of the three; buyers that "each" take a stake make one deal each',
    text: 'Sojitz and Kyushu Electric Power said on Tuesday they would acquire Octopus Energy for $2 billion. Toyota and Denso have each acquired a stake in Aisin.',
    referenceDate: '2026-03-02',
    expect: [
      { parties: ['Sojitz', 'Kyushu Electric Power', 'Octopus Energy'], type: 'acquisition' },
      { parties: ['Toyota', 'Aisin'], type: 'investment' },
      { parties: ['Denso', 'Aisin'], type: 'investment' },
    ],
    reject: [{ parties: ['Sojitz', 'Octopus Energy'] }, { parties: ['Toyota', 'Denso', 'Aisin'] }],
  },
  {
    name: 'a company bought, told in an apposition whose "it" is the clause\'s subject ("X, the Michigan firm it bought in 2021"); a relative clause after a descriptive name ("for the Tokyo-based company, which bought A in 2015 and B in 2017") is that company\'s, each purchase its own',
    text: "Komatsu's electric loaders come from American Battery Solutions, the Michigan firm it bought in 2021. Sojitz agreed on Monday to buy Octopus Energy. The deal is the latest in a string of purchases for the Tokyo-based company, which bought BYD in 2015 and Ionity in 2017.",
    referenceDate: '2026-03-02',
    expect: [
      { parties: ['Komatsu', 'American Battery Solutions'], type: 'acquisition', roles: { acquirer: ['Komatsu'], target: ['American Battery Solutions'] } },
      { parties: ['Sojitz', 'Octopus Energy'], type: 'acquisition' },
      { parties: ['Sojitz', 'BYD'], type: 'acquisition' },
      { parties: ['Sojitz', 'Ionity'], type: 'acquisition' },
    ],
    reject: [{ parties: ['BYD', 'Ionity'] }],
  },
  {
    name: 'new shares subscribed to are an investment, its subscriber the investor even in a progressive ("is subscribing to new shares in", "is investing in"); a rival\'s rejected bid ends no deal of the clause ("after Hyundai\'s rival bid was rejected"); works on the other\'s site "under an EPC contract"',
    text: "Sumitomo Corporation is subscribing to new shares in Ionity. Marubeni is investing in WattEV, a Long Beach-based operator. Tokyo Metro has ordered 40 electric buses from BYD, after Hyundai's rival bid was rejected. Kajima will build Tesla's 200 MWh battery in Osaka under an EPC contract.",
    referenceDate: '2026-03-02',
    expect: [
      { parties: ['Sumitomo Corporation', 'Ionity'], type: 'investment', roles: { investor: ['Sumitomo Corporation'], investee: ['Ionity'] } },
      { parties: ['Marubeni', 'WattEV'], type: 'investment', roles: { investor: ['Marubeni'], investee: ['WattEV'] } },
      { parties: ['Tokyo Metro', 'BYD'], type: 'supply', roles: { customer: ['Tokyo Metro'], supplier: ['BYD'] } },
      { parties: ['Kajima', 'Tesla'], type: 'technical_service', roles: { provider: ['Kajima'], client: ['Tesla'] } },
    ],
    reject: [{ parties: ['Hyundai', 'Tokyo Metro'] }],
  },
  {
    name: 'a rival that opens a clause of its own after "while" is its subject ("…, while rival Endesa has signed an MoU with B"); competitors listed after "beat" ("beat Solaris and Volvo Buses to an order") are none; "the two generators" stands for the two named before',
    text: 'Iberdrola is teaming up with Prologis on charging in Spain, while rival Endesa has signed an MoU with Mercadona. Irizar beat Solaris and Volvo Buses to an order for 48 electric buses from TMB. Meridian Energy and Contact Energy have long competed for customers. Now the two generators will jointly build a 200 MW battery.',
    referenceDate: '2026-03-02',
    expect: [
      { parties: ['Iberdrola', 'Prologis'], type: 'partnership' },
      { parties: ['Endesa', 'Mercadona'], type: 'mou' },
      { parties: ['Irizar', 'Transports Metropolitans de Barcelona'], type: 'supply' },
      { parties: ['Meridian Energy', 'Contact Energy'], type: 'partnership' },
    ],
    reject: [{ parties: ['Iberdrola', 'Mercadona'] }, { parties: ['Volvo Cars', 'Transports Metropolitans de Barcelona'] }],
  },
  {
    name: 'joint ventures (plural) set up with two partners, the second after its country\'s possessive, are one each; goods from two sources ("uses batteries from A and converters from B") are no deal of the sources with each other; a count of goods named by their maker ("has ordered 500 Alpitronic chargers")',
    text: "Foxconn has also agreed to set up joint ventures with Zhejiang Geely Holding Group and Thailand's PTT. Fluence completed a storage system for AES in California. The system uses batteries from Samsung SDI and power conversion systems from Parker Hannifin. Ahold Delhaize has ordered 500 Alpitronic chargers for its stores in Belgium.",
    referenceDate: '2026-03-02',
    expect: [
      { parties: ['Foxconn', 'Geely Holding'], type: 'joint_venture' },
      { parties: ['Foxconn', 'PTT'], type: 'joint_venture' },
      { parties: ['Ahold Delhaize', 'Alpitronic'], type: 'supply', roles: { customer: ['Ahold Delhaize'], supplier: ['Alpitronic'] } },
    ],
    reject: [{ parties: ['Foxconn', 'Geely Holding', 'PTT'] }, { parties: ['Samsung SDI', 'Parker Hannifin'] }],
  },
];
