/**
 * A thirteenth set of agreement case rows in the shapes of business news (cases.ts joins them
 * with the others): each row against a defect that fresh text showed (seeds/agreements/README.md,
 * 1.2.21 and 1.2.22).
 */
import type { AgreementExpectation, Case } from '../cases.ts';

type AgreementCase = Case<AgreementExpectation>;

export const ja: AgreementCase[] = [
  {
    name: 'an amount put in with no investee named (「BとCもそれぞれ約1億ドルを出資していた」) goes to the company the story is about, named before in the paragraph; one record per investor',
    text: '米ニコラは燃料電池トラックを開発する新興企業だ。ニコラの提携網が広がったのは2019年だ。同年9月3日、米CNHインダストリアルが2億5000万ドルを出資すると発表した。独ボッシュと韓国のハンファもそれぞれ約1億ドルを出資していた。ニコラは翌年6月に上場した。',
    referenceDate: '2024-06-30',
    expect: [
      { parties: ['CNH Industrial', 'Nikola'], type: 'investment', date: { start: '2019-09-03', end: '2019-09-03', granularity: 'day' } },
      { parties: ['Bosch', 'Nikola'], type: 'investment' },
      { parties: ['Hanwha', 'Nikola'], type: 'investment' },
    ],
  },
  {
    name: 'no investee guessed: an amount put in where the clause says (「新工場に」), or in a paragraph that has not named the story\'s company',
    text: 'トヨタ自動車は全固体電池の開発を急ぐ。トヨタは2027年の実用化を目指す。トヨタの幹部は期待を示した。\n\nデンソーは愛知県の新工場に約500億円を出資する。\n\nアイシンも約100億円を出資した。',
    referenceDate: '2024-06-30',
    expect: [],
    reject: [{ parties: ['Denso', 'Toyota'] }, { parties: ['Aisin', 'Toyota'] }],
  },
  {
    name: 'owners whose shares leave most of a named company to others (「Aが約41%、Bが約16%を出資するEVメーカーのX」) are each its investor, no joint venture (51% and 49% still are); shares written 「X株10%」 bought from their holder are a deal of buyer and seller',
    text: 'トヨタ自動車が約41%、デンソーが約16%を出資するEVメーカーのアイシンは20日、ホンダから新会社株10%を同額で取得する契約を結んだ。日産自動車が51%、三菱自動車が49%を出資する新会社を設立した。',
    referenceDate: '2024-08-26',
    expect: [
      { parties: ['Toyota', 'Aisin'], type: 'investment', roles: { investor: ['Toyota'], investee: ['Aisin'] } },
      { parties: ['Denso', 'Aisin'], type: 'investment' },
      { parties: ['Aisin', 'Honda'], type: 'acquisition' },
      { parties: ['Nissan', 'Mitsubishi Motors'], type: 'joint_venture' },
    ],
    reject: [{ parties: ['Toyota', 'Denso'] }],
  },
  {
    name: 'partners each teamed up with (「BやC、Dとも、…の枠組みで組んでいる」); a list whose next name has its kind (「ミシュランと仏自動車部品大手フォルヴィア（旧フォルシア）の合弁会社」, a former name in brackets); a launch (発足) dates its step; 「欧米」 before a listed name',
    text: '華為は奇瑞汽車や北京汽車集団とも、車の販売を支援する枠組みで組んでいる。シンビオは仏タイヤ大手ミシュランと仏自動車部品大手フォルヴィア（旧フォルシア）の合弁会社だ。ミシュランとフォルヴィアは、19年3月に設立の覚書を結び、同年11月21日に折半出資の合弁として正式に発足させた。GMと欧米ステランティスは23年11月、米新興シオン・パワーの資金調達に、それぞれ投資子会社を通じて参加した。',
    referenceDate: '2025-07-17',
    expect: [
      { parties: ['Huawei', 'Chery'], type: 'partnership' },
      { parties: ['Huawei', 'BAIC'], type: 'partnership' },
      { parties: ['Michelin', 'Forvia'], type: 'mou', date: { start: '2019-03', end: '2019-03', granularity: 'month' } },
      { parties: ['Michelin', 'Forvia'], type: 'joint_venture', date: { start: '2019-11-21', end: '2019-11-21', granularity: 'day' } },
      { parties: ['General Motors', 'シオン・パワー'], type: 'investment' },
      { parties: ['Stellantis', 'シオン・パワー'], type: 'investment' },
    ],
    reject: [{ parties: ['General Motors', 'Stellantis'] }],
  },
  {
    name: 'a company two owners set up together (「AとBが11年に共同で設立した日豪レアアース（JARE）が、…」) is named, is no founder, and makes its own deal (an amount in Australian dollars put in); a stake bought from the holders named as the other side (「BおよびCとの間でX株の33.3%を取得する契約」) is one deal of buyer and holders; brought to use together (「Bと共同で…を実用化した」) is co-development',
    text: '双日と住友商事が11年に共同で設立した日豪レアアース（JARE）が、23年3月に豪ライナス・レアアースへ2億豪ドルを追加で投じることで合意した。ステランティスは23年5月16日、ミシュランおよびフォルヴィアとの間でシンビオ株の33.3%を取得する拘束力のある契約を結んだ。ホンダは16年7月12日、大同特殊鋼と共同で重希土類を使わない磁石を実用化したと発表した。',
    referenceDate: '2025-07-23',
    expect: [
      { parties: ['Sojitz', 'Sumitomo Corporation'], type: 'joint_venture' },
      { parties: ['日豪レアアース', 'Lynas Rare Earths'], type: 'investment' },
      { parties: ['Stellantis', 'Michelin', 'Forvia'], type: 'investment', date: { start: '2023-05-16', end: '2023-05-16', granularity: 'day' } },
      { parties: ['Honda', 'Daido Steel'], type: 'co_development' },
    ],
    reject: [{ parties: ['Sojitz', '日豪レアアース'] }, { parties: ['Stellantis', 'Symbio'] }],
  },
  {
    name: 'parallel pairs marked with が (「AがBと、CがDと、それぞれ…契約を結んだ」) are one deal each, not one of all four',
    text: '関西では、阪急バスが関西電力と、南海バスが大阪ガスと、それぞれEVバスの充電に使う電力の購入契約を結んだ。',
    referenceDate: '2025-06-30',
    expect: [
      { parties: ['阪急バス', 'Kansai Electric Power'], type: 'supply' },
      { parties: ['南海バス', 'Osaka Gas'], type: 'supply' },
    ],
    reject: [{ parties: ['阪急バス', 'Kansai Electric Power', '南海バス', 'Osaka Gas'] }],
  },
  {
    name: 'a venture that is the subject of a deal of its own (「ホンダの中国合弁、広汽本田汽車は27日、Bと…調達契約を結んだ」) is its party; a list whose next name has its kind and a comma (「Aと地元の金属加工会社、Bが設立した合弁会社」) is the venture\'s founders (not 「Aとの合弁会社、X」); owners as major shareholders (「AとBが大株主として出資するX」); a deal a regulator approved (「AがBを買収する案件を…承認した」) is no plan',
    text: 'ホンダの中国合弁、広汽本田汽車は27日、華域汽車と電動コンプレッサーの調達契約を結んだ。「可児モーターコア」が操業を始めた。黒田精工と地元の金属加工会社、丸和製作所が設立した合弁会社だ。日立製作所とホンダが大株主として出資する日立Astemoは23日、新工場を着工した。欧州委員会は19日、住友重機械工業がベルギーのパンチ・パワートレインを買収する案件を、条件を付けずに承認した。トヨタは広州汽車集団との合弁会社、広汽トヨタ自動車を通じてEVを展開している。',
    referenceDate: '2025-06-30',
    expect: [
      { parties: ['GAC Honda', 'Huayu Automotive Systems'], type: 'supply' },
      { parties: ['黒田精工', '丸和製作所'], type: 'joint_venture' },
      { parties: ['Hitachi', 'Honda'], type: 'joint_venture' },
      { parties: ['住友重機械工業', 'パンチ・パワートレイン'], type: 'acquisition' },
      { parties: ['Toyota', 'GAC'], type: 'joint_venture' },
    ],
    reject: [{ parties: ['GAC', 'GAC Toyota'] }],
  },
  {
    name: 'the investee marked 「に対し、」 before its investors (「同社に対し、A、B、Cの3社が計73億円を出資する」): 「に対し、」 is no clause break, as a verb\'s 「し、」 is',
    text: '国策色の強いマツダが動く。同社に対し、トヨタ、デンソー、NECの3社が計73億円を出資すると発表した。',
    referenceDate: '2024-02-08',
    expect: [
      { parties: ['Toyota', 'Mazda'], type: 'investment' },
      { parties: ['Denso', 'Mazda'], type: 'investment' },
      { parties: ['NEC', 'Mazda'], type: 'investment' },
    ],
    reject: [{ parties: ['Toyota', 'Denso', 'NEC'] }],
  },
];

export const en: AgreementCase[] = [
  {
    name: 'an amount invested with no investee ("Cox Automotive invested $350 million.", "each invested about $100 million") goes to the company the document is about',
    text: 'Rivian builds electric pickups. Rivian listed in 2021.\n\nAmazon ordered vans from Rivian in 2019. The same month, Cox Automotive invested $350 million. Bosch and Hanwha each invested about $100 million in early 2020.',
    referenceDate: '2024-06-30',
    expect: [
      { parties: ['Cox Enterprises', 'Rivian'], type: 'investment' },
      { parties: ['Bosch', 'Rivian'], type: 'investment' },
      { parties: ['Hanwha', 'Rivian'], type: 'investment' },
    ],
  },
  {
    name: 'no investee guessed: an amount invested in a thing ("in its Ohio plant"), the story\'s own company investing, or the story\'s company not named in the paragraph',
    text: 'Rivian builds electric pickups. Rivian listed in 2021. Rivian has a plant in Illinois.\n\nHonda invested $2 billion in its Ohio plant. Rivian invested $1 billion.\n\nFord invested $500 million.',
    referenceDate: '2024-06-30',
    expect: [],
    reject: [{ parties: ['Honda', 'Rivian'] }, { parties: ['Ford', 'Rivian'] }],
  },
  {
    name: 'something to be developed with a named partner ("agreed in May 2021 to develop and build a vehicle with Fisker") is co-development, not "with support from"; an amount of a company\'s stock bought is an investment; the vehicle a company acts through (", through Foxconn Ventures,") is no party',
    text: 'Foxconn agreed in May 2021 to develop and build a vehicle with Fisker Inc under a program code-named PEAR. Toyota will develop the plant with support from Mazda. Hon Hai, through Foxconn Ventures, agreed to buy $70 million of Lordstown Motors\' Class A common stock.',
    referenceDate: '2023-06-27',
    expect: [
      { parties: ['Foxconn', 'Fisker'], type: 'co_development' },
      { parties: ['Foxconn', 'Lordstown Motors'], type: 'investment' },
    ],
    reject: [{ parties: ['Toyota', 'Mazda'] }, { parties: ['Foxconn', 'Foxconn Ventures'] }],
  },
  {
    name: 'the owner that names its subsidiary ("the Company\'s wholly owned subsidiary X and B") is no party; a second deal with its verb left out ("A signed a letter of intent with B, and C a memorandum of understanding with D") is a deal of its own',
    text: 'Under a supply agreement signed by Toyota\'s wholly owned subsidiary Toyota Tsusho and Panasonic, Panasonic will deliver cells. Galan Lithium signed a letter of intent with Chengdu Chemphys Chemical Industry, and Critical Elements Lithium a memorandum of understanding with SK On, the two miners said on Wednesday.',
    referenceDate: '2025-06-30',
    expect: [
      { parties: ['Toyota Tsusho', 'Panasonic'], type: 'supply' },
      { parties: ['Galan Lithium', 'Chengdu Chemphys Chemical Industry'], type: 'loi' },
      { parties: ['Critical Elements Lithium', 'SK On'], type: 'mou' },
    ],
    reject: [{ parties: ['Toyota', 'Toyota Tsusho', 'Panasonic'] }, { parties: ['Galan Lithium', 'Chengdu Chemphys Chemical Industry', 'Critical Elements Lithium', 'SK On'] }],
  },
  {
    name: 'a start-up "part-owned by" an investor; an owner\'s "U.S. installation business has been sold to" a buyer; owners with their shares "respectively" of a new company (a joint venture, a kind before the second owner); a round "raised … in a round led by" A, "with B also investing"',
    text: 'Allye Energy, the London battery start-up part-owned by BP Ventures, has begun installing storage units. Wallbox\'s U.S. installation business has been sold to Qmerit, the companies said on Wednesday. Elsewedy Electric and Chinese cell maker REPT Battero will own 60% and 40% respectively of Sahara Storage, a company set up on Thursday. Texas home-battery start-up Base Power Company raised $140 million in a round led by Thrive Capital, with Lowercarbon Capital also investing.',
    referenceDate: '2025-06-30',
    expect: [
      { parties: ['BP Ventures', 'Allye Energy'], type: 'investment' },
      { parties: ['Wallbox', 'Qmerit'], type: 'acquisition' },
      { parties: ['Elsewedy Electric', 'REPT Battero'], type: 'joint_venture' },
      { parties: ['Thrive Capital', 'Base Power Company'], type: 'investment' },
      { parties: ['Lowercarbon Capital', 'Base Power Company'], type: 'investment' },
    ],
    reject: [{ parties: ['Thrive Capital', 'Lowercarbon Capital'] }],
  },
  {
    name: 'an owner named after its description ("majority-owned by battery maker Hoppecke") is an investor; an order won from customers (「AとBからそれぞれ大口の注文を獲得した」) is one supply per customer',
    text: 'Intilion, the Paderborn storage integrator majority-owned by battery maker Hoppecke, will build a 50 MWh system. 中国の負極材メーカー、深圳市翔豊華科技は9日、プライムプラネットエナジー＆ソリューションズとエリーパワーからそれぞれ大口の注文を獲得した。',
    referenceDate: '2025-06-30',
    expect: [
      { parties: ['Hoppecke', 'Intilion'], type: 'investment' },
      { parties: ['深圳市翔豊華科技', 'Prime Planet Energy & Solutions'], type: 'supply' },
      { parties: ['深圳市翔豊華科技', 'Eliiy Power'], type: 'supply' },
    ],
    reject: [{ parties: ['Prime Planet Energy & Solutions', 'Eliiy Power'] }],
  },
  {
    name: 'owners with their shares in tenths (「Aが6割、Bが4割を出資する」) form a joint venture, minority ones in tenths (「Aが3割、Bが2割を出資するC」) invest; a company set up together (「共同出資会社「X」を…設けた」) is a joint venture; the largest shareholder before a description with a comma (「KDDIが筆頭株主の電力サービス会社、エナリス」) invests',
    text: 'サーラコーポレーションが6割、遠州鉄道が4割を出資する「さんえんEVチャージ」は4日、急速充電器の運用を始めた。トヨタ自動車が3割、デンソーが2割を出資するアイシンは新工場を稼働した。アサカ理研（福島県郡山市）と東邦亜鉛は21日、共同出資会社「東北バッテリーリサイクル」を福島県いわき市に設けた。ＫＤＤＩが筆頭株主の電力サービス会社、エナリスは10日、新サービスを始めた。',
    referenceDate: '2025-06-30',
    expect: [
      { parties: ['サーラコーポレーション', '遠州鉄道'], type: 'joint_venture' },
      { parties: ['Toyota', 'Aisin'], type: 'investment' },
      { parties: ['Denso', 'Aisin'], type: 'investment' },
      { parties: ['アサカ理研', '東邦亜鉛'], type: 'joint_venture' },
      { parties: ['KDDI', 'エナリス'], type: 'investment' },
    ],
    reject: [{ parties: ['Toyota', 'Denso'] }],
  },
  {
    name: 'a new company one company "is forming with" another, after a country\'s possessive, is their joint venture',
    text: "A cathode plant in Central Java will be built by a new company that China's Lopal Technology is forming with Indika Energy, the Indonesian coal group said on Thursday.",
    referenceDate: '2025-06-30',
    expect: [{ parties: ['Lopal Tech', 'Indika Energy'], type: 'joint_venture' }],
  },
  {
    name: 'a report of a deal that the clause calls untrue ("A newspaper report that A had agreed to buy B\'s projects is pure speculation") gives no record; a report described otherwise keeps its deal',
    text: "A newspaper report that Toyota had agreed to buy Panasonic's battery-storage projects is pure speculation, the Japanese carmaker said on Monday. Honda agreed to buy Nissan's battery plant, a report that analysts called significant said.",
    referenceDate: '2025-06-30',
    expect: [{ parties: ['Honda', 'Nissan'], type: 'acquisition' }],
    reject: [{ parties: ['Toyota', 'Panasonic'] }],
  },
  {
    name: 'work entrusted to a named contractor (「回収から保管、輸送までをBに一括して任せる契約を結んだ」) is a technical service; contract manufacturing stays a supply (「生産を委託」)',
    text: 'ビークルエナジージャパン（茨城県ひたちなか市）は2日、使用済み電池の回収から保管、輸送までを三井倉庫ロジスティクスに一括して任せる契約を結んだ。',
    referenceDate: '2025-06-30',
    expect: [{ parties: ['Vehicle Energy Japan', '三井倉庫ロジスティクス'], type: 'technical_service' }],
  },
  {
    name: 'a rival that opens its own clause is its subject, and the pronoun of the next sentence stands for it ("Rival BP has taken a similar route. It bought Amply Power …"); a rival named for comparison stays out ("to compete with Tesla")',
    text: 'Shell agreed in January 2021 to buy ubitricity, a Berlin-founded charging provider. Rival BP has taken a similar route. It bought Amply Power, a California company that manages charging for fleets, in December 2021. Lucid signed a deal with Panasonic to compete with Tesla.',
    referenceDate: '2023-01-18',
    expect: [{ parties: ['Shell', 'ubitricity'], type: 'acquisition' }, { parties: ['BP', 'Amply Power'], type: 'acquisition' }, { parties: ['Lucid', 'Panasonic'] }],
    reject: [{ parties: ['Shell', 'Amply Power'] }, { parties: ['ubitricity', 'Amply Power'] }, { parties: ['Lucid', 'Tesla'] }, { parties: ['Panasonic', 'Tesla'] }],
  },
  {
    name: 'one owner\'s share and the rest held by another are the two owners of a joint venture (「AはXの株式51%を持ち、残る49%をBが保有する」); a partner before ながら is not the subject of the act after it (「Bと鉱山を共有しながらCにも出資し」: A invests)',
    text: '天斉鋰業は豪タリソン・リチウムの株式51%を持ち、残る49%をアルベマールが保有する。天斉鋰業は工場の建設も進める。首位アルベマールと鉱山を共有しながら2位のSQMにも出資し、資源を押さえる狙いだ。',
    referenceDate: '2018-05-18',
    expect: [{ parties: ['Tianqi Lithium', 'Albemarle'], type: 'joint_venture' }, { parties: ['Tianqi Lithium', 'SQM'], type: 'investment' }],
    reject: [{ parties: ['Albemarle', 'SQM'] }],
  },
  {
    name: 'a sale a regulator demands is no deal (「競争当局からSQM株の売却を求められ」); 「同様の契約」 refers to a deal of its own paragraph only; a clause whose topic is a name no company mention covers has that subject, not an unsaid company (「CORFOは…アルベマールとも同様の契約を結んでいる」)',
    text: 'ニュートリエンは統合を承認する条件として競争当局からSQM株の売却を求められ、来年3月が期限だった。\n\n天斉鋰業は16年に株式を取得した。\n\nSQMは1月17日、政府の公社と和解する契約を結んだ。CORFOは17年にアルベマールとも同様の契約を結んでいる。',
    referenceDate: '2018-05-18',
    expect: [],
    reject: [{ parties: ['Nutrien', 'SQM'] }, { parties: ['SQM', 'Albemarle'] }, { parties: ['Tianqi Lithium', 'Albemarle'] }],
  },
  {
    name: 'English: goods "from A have been ordered by B, C and D" (a supply per buyer), "A and B have each signed lease contracts with C" (one deal per subject; a lease is a supply), "The two companies will develop" (a co-development), a recommended cash offer "from Italy\'s Prysmian" (an acquisition), owners "will own 60% and 40% respectively of a company that …" (a joint venture), "Bought by Stoneridge in January, the Dutch maker Voltix said" (an acquisition)',
    text: 'Diodes from Vishay Intertechnology have been ordered by Delta Electronics, Kinpo Power and AcBel Polytech. Truckload carriers Schneider National and NFI Industries have each signed full-service lease contracts with Ryder System. Soitec and STMicroelectronics held a briefing on Thursday. The two companies will develop SmartSiC substrates. The board of British cable maker Volex has recommended that shareholders accept a £900 million cash offer from Italy\'s Prysmian. B.Grimm Power and Sumitomo Corporation will own 60% and 40% respectively of a company that will build battery storage. Bought by Stoneridge in January, the Dutch charge-controller maker Voltix said on Thursday it would triple output.',
    referenceDate: '2025-03-06',
    expect: [
      { parties: ['Vishay Intertechnology', 'Delta Electronics'], type: 'supply' },
      { parties: ['Vishay Intertechnology', 'Kinpo Power'], type: 'supply' },
      { parties: ['Vishay Intertechnology', 'AcBel Polytech'], type: 'supply' },
      { parties: ['Schneider National', 'Ryder System'], type: 'supply' },
      { parties: ['NFI Industries', 'Ryder System'], type: 'supply' },
      { parties: ['Soitec', 'STMicroelectronics'], type: 'co_development' },
      { parties: ['Prysmian', 'Volex'], type: 'acquisition' },
      { parties: ['B.Grimm Power', 'Sumitomo Corporation'], type: 'joint_venture' },
      { parties: ['Stoneridge', 'Voltix'], type: 'acquisition' },
    ],
    reject: [{ parties: ['Schneider National', 'NFI Industries'] }, { parties: ['Delta Electronics', 'Kinpo Power'] }],
  },
  {
    name: 'Japanese: work won in a client\'s tender (「Bが実施した一般競争入札で、Aが…設計・施工を受託した」), work taken on for a client\'s facility (「Aが設計から施工までを請け負った、Bの…設備」), a licensed technology in use (「米Aが供与した製造技術を使い、B（神戸市）が」); a list\'s count as the subject (「A、B、Cの3社が出資し」) names no one invested in',
    text: '西武バスが実施した一般競争入札で、東京ガスエンジニアリングソリューションズが営業所の充電設備の設計・施工を受託した。トーエネックが設計から施工までを請け負った、トヨタ自動車の蓄電池の実証設備が完成した。米ニロン・マグネティクスが供与した製造技術を使い、三徳（神戸市）が試作ラインを稼働させた。新会社が3日、発足した。ロジスティード、商船三井、中国遠洋海運集団の3社が出資し、配送を担う。',
    referenceDate: '2025-03-06',
    expect: [
      { parties: ['東京ガスエンジニアリングソリューションズ', '西武バス'], type: 'technical_service' },
      { parties: ['トーエネック', 'Toyota'], type: 'technical_service' },
      { parties: ['ニロン・マグネティクス', '三徳'], type: 'licensing' },
    ],
    reject: [{ parties: ['ロジスティード', '商船三井'] }, { parties: ['ロジスティード', '中国遠洋海運集団'] }, { parties: ['商船三井', '中国遠洋海運集団'] }],
  },
  {
    name: 'the leader of a round the company raised ("X, a Seattle company that builds chargers, raised $30 million in a round led by Hubbell, with Eaton also taking part"): each investor invests in X, not in each other',
    text: 'Electric Era, a Seattle company that builds battery-buffered fast chargers, raised $30 million in a round led by Hubbell, with Eaton also taking part.',
    referenceDate: '2025-03-06',
    expect: [{ parties: ['Hubbell', 'Electric Era'], type: 'investment' }, { parties: ['Eaton', 'Electric Era'], type: 'investment' }],
    reject: [{ parties: ['Hubbell', 'Eaton'] }],
  },
  {
    name: 'a group investing together in a business of its own (「…製錬事業に3社で出資する最終契約を結んだ」) is a joint venture; memoranda signed with each partner (「豪BHPとニッケル、英豪リオ・ティントとリチウムの…覚書もそれぞれ交わしている」) are one each; a stake held (「同社はXの株式の約15%を持ち」) is an investment; terms still being worked out (「…供給契約を詰めているが、まだ合意には至っていない」) are no deal',
    text: '米フォード・モーターは30日、ヴァーレ・インドネシア、中国の浙江華友鈷業と、ポマラのニッケル製錬事業に3社で出資する最終契約を結んだと発表した。フォードは22年7月、豪BHPとニッケル、英豪リオ・ティントとリチウムなどの調達に向けた覚書もそれぞれ交わしている。\n\n住友金属鉱山は影響は軽微だとしている。同社はヴァーレ・インドネシアの株式の約15%を持ち、資本関係は維持する。\n\nトヨタは計画を整える。デンソーとは部品を調達する別の供給契約を詰めているが、まだ合意には至っていない。',
    referenceDate: '2023-03-31',
    expect: [
      { parties: ['Ford', 'PT Vale Indonesia', 'Huayou Cobalt'], type: 'joint_venture' },
      { parties: ['Ford', 'BHP'], type: 'mou' },
      { parties: ['Ford', 'Rio Tinto'], type: 'mou' },
      { parties: ['Sumitomo Metal Mining', 'PT Vale Indonesia'], type: 'investment' },
    ],
    reject: [{ parties: ['Ford', 'BHP', 'Rio Tinto'] }, { parties: ['Toyota', 'Denso'] }],
  },
  {
    name: 'a group investing equally (「米エア・プロダクツは、NEOM、ACWAパワーと3社で均等に出資し、…工場を建設することで合意した」) is a joint venture of the three',
    text: '米エア・プロダクツは20年7月、サウジの新都市開発会社NEOM（ネオム）、サウジの電力会社ACWAパワーと3社で均等に出資し、グリーンアンモニアをつくる大型工場を建設することで合意した。',
    referenceDate: '2023-07-08',
    expect: [{ parties: ['Air Products', 'NEOM', 'ACWA Power'], type: 'joint_venture' }],
  },
  {
    name: 'a sentence that opens with its partner (「米テスラとは今年2月、…供給する契約を交わした」) goes on with its paragraph\'s topic, not the subject of the sentence before; examples listed before a verb in its connective form (「…などを候補に挙げ、翌月17日にCATLと…パートナーシップを結んだ」) end their clause',
    text: 'CATLは日米欧の自動車大手との取引を急速に広げている。トヨタ自動車は19年6月7日の説明会で、CATLや東芝、GSユアサなどを電池の新たな調達先候補に挙げ、翌月17日にCATLとNEV用電池の包括的パートナーシップを結んだ。米テスラとは今年2月、上海工場向けに電池を供給する契約を交わした。',
    referenceDate: '2020-02-26',
    expect: [{ parties: ['Toyota', 'CATL'], type: 'strategic_partnership' }, { parties: ['CATL', 'Tesla'], type: 'supply' }],
    reject: [{ parties: ['Toyota', 'Tesla'] }, { parties: ['Toyota', 'Toshiba'] }],
  },
  {
    name: 'companies a ranking puts behind the leader ("ahead of BYD and Fluence") are compared, no parties',
    text: 'Sungrow overtook Tesla as the largest supplier of grid batteries in 2024, ahead of BYD and Fluence, an industry ranking showed.',
    referenceDate: '2025-03-06',
    expect: [],
    reject: [{ parties: ['Sungrow', 'BYD'] }, { parties: ['Sungrow', 'Fluence Energy'] }, { parties: ['Sungrow', 'Tesla'] }],
  },
];
