/**
 * An eleventh set of agreement case rows in the shapes of business news (cases.ts joins them
 * with the others): each row against a defect that fresh text showed (seeds/agreements/README.md,
 * 1.2.16: the blind sets art30 and b51).
 */
import type { AgreementExpectation, Case } from '../cases.ts';

type AgreementCase = Case<AgreementExpectation>;

export const ja: AgreementCase[] = [
  {
    name: 'a partner before a description and the subject (「Aと、…のBは…覚書を締結」) is one clause; 「鉄道機器のX」 names X; a listed subsidiary name (三菱電機モビリティ); 「Bに…を発注した」 (a supply, the one ordering the customer); 「Aの傘下入りが決まったB」; 「Bが運営してきた…事業を吸収分割で引き継いだ」; not a company formed to take a business over, nor rivals for orders (「…と受注を競っている」), nor orders won in general (「受注を伸ばしている」)',
    text: "ダイハツ工業と、車載電池で世界首位の寧徳時代新能源科技（CATL）は11日、車載電池の供給で協力する覚書を締結した。米ゼネラル・モーターズと鉄道機器のワブテックは15日、貨物機関車の電動化で覚書を交わした。三菱電機、三菱電機モビリティ、アイシンの3社は24日、合弁会社の設立で基本合意した。フェデックスは13日、新興のハービンジャー・モーターズに電動トラック53台を発注した。ミューレン・オートモーティブの傘下入りが決まったボリンジャー・モーターズは、量産を急ぐ。e-Mobility Powerは1日、日本充電サービスが運営してきた充電網の事業を吸収分割で引き継いだ。パナソニックエナジーは、電池事業を引き継ぐ事業会社として発足した。CATLはLGエナジーソリューションやパナソニックエナジーと車載電池の受注を競っている。ダウレイスはeアクスルでも受注を伸ばしている。",
    referenceDate: '2024-06-30',
    expect: [
      { parties: ['Daihatsu', 'CATL'], type: 'mou' },
      { parties: ['General Motors', 'Wabtec'], type: 'mou' },
      { parties: ['Mitsubishi Electric', 'Mitsubishi Electric Mobility', 'Aisin'], type: 'mou' },
      { parties: ['FedEx', 'ハービンジャー・モーターズ'], type: 'supply', roles: { customer: ['FedEx'], supplier: ['ハービンジャー・モーターズ'] } },
      { parties: ['ミューレン・オートモーティブ', 'ボリンジャー・モーターズ'], type: 'acquisition', roles: { acquirer: ['ミューレン・オートモーティブ'], target: ['ボリンジャー・モーターズ'] } },
      { parties: ['e-Mobility Power', 'Japan Charging Service'], type: 'acquisition' },
    ],
    reject: [{ parties: ['Panasonic Energy'], type: 'acquisition' }, { parties: ['CATL', 'LG Energy Solution'] }, { parties: ['CATL', 'Panasonic Energy'] }],
  },
  {
    name: 'a story led by two companies, the first with its former name in brackets, is about the first (「ニデック株式会社（旧日本電産）とルネサスは」); a company bought from its owners (「XをBなどから買収する」) is no party (buyer and seller); company words in katakana (ミネラルズ, テクノロジーズ); a list\'s heading 「主な提携」 is no deal',
    text: "ニデック株式会社（旧日本電産）とルネサスエレクトロニクスは5日、eアクスルを共同開発すると発表した。\n\n欧州では2017年2月、米エマソン・エレクトリックからモーター事業を買い取った。出光興産は、再生可能エネルギー発電のサンライズ・テクノロジーズを、米ブラックロックなどから約500億円で買収する。住友金属鉱山は、カナダのアルファ・ミネラルズに出資した。\n\nデンソーの電池事業　主な提携\n・デンソー→アクメ・テクノロジーズ：電池の開発で覚書",
    referenceDate: '2024-06-30',
    expect: [
      { parties: ['Nidec', 'Renesas Electronics'], type: 'co_development' },
      { parties: ['Nidec', 'エマソン・エレクトリック'], type: 'acquisition' },
      { parties: ['Idemitsu Kosan', 'BlackRock'], type: 'acquisition' },
      { parties: ['Sumitomo Metal Mining', 'アルファ・ミネラルズ'], type: 'investment' },
      { parties: ['Denso', 'アクメ・テクノロジーズ'], type: 'mou' },
    ],
    reject: [{ parties: ['Renesas Electronics', 'エマソン・エレクトリック'] }, { parties: ['Idemitsu Kosan', 'サンライズ・テクノロジーズ'] }, { parties: ['Denso', 'アクメ・テクノロジーズ'], type: 'partnership' }],
  },
  {
    name: 'a company\'s 持ち分 sold to a named buyer is no party (「子会社Xの持ち分をすべてBに売却」); a new shareholder of the topic (「Bは…資金調達を終え、…であるAが新たに株主に加わった」); a descriptor in katakana straight before a Latin name (「…パワートレインメーカーSMREの株式51%を…買い取る」)',
    text: 'マクセルは、中国子会社、無錫マクセルエナジーの持ち分をすべて浙江兴寰控股に売却すると決めた。米ワイトリシティは29日、資金調達を終え、三菱商事の米国法人である北米三菱商事が新たに株主に加わったと発表した。パナソニックは7日、イタリアの電動パワートレインメーカーSMREの株式51%を買い取ると発表した。',
    referenceDate: '2024-06-30',
    expect: [
      { parties: ['Maxell', '浙江兴寰'], type: 'acquisition', roles: { seller: ['Maxell'], buyer: ['浙江兴寰'] } },
      { parties: ['北米三菱商事', 'WiTricity'], type: 'investment', roles: { investor: ['北米三菱商事'], investee: ['WiTricity'] } },
      { parties: ['Panasonic', 'SMRE'], type: 'acquisition' },
    ],
    reject: [{ parties: ['Maxell', '無錫マクセルエナジー'] }],
  },
  {
    name: 'letters glued after a Japanese name (「SKシルトロンCSSから…の供給を受ける」); 資本参画; a line of business before a head noun is no name (「北米バス大手ニューフライヤー」); 太平洋セメント; 「トヨタグループの総合商社である豊田通商」 names Toyota only to describe',
    text: "インフィニオン・テクノロジーズは10日、韓国のSKシルトロンCSSから炭化ケイ素ウエハーの供給を受ける契約を結んだ。日本触媒は12日、豊田通商と共同で、中国の電解液大手、深圳新宙邦科技の子会社である湖南福邦新材料に資本参画すると発表した。カナダのバラード・パワー・システムズが燃料電池を納める北米バス大手ニューフライヤーの車両が増えている。太平洋セメントと松田産業は、電池のリサイクル方式を共同開発した。デンソーは、トヨタグループの総合商社である豊田通商と協業する。",
    referenceDate: '2024-06-30',
    expect: [
      { parties: ['Infineon Technologies', 'SK Siltron'], type: 'supply', roles: { customer: ['Infineon Technologies'], supplier: ['SK Siltron'] } },
      { parties: ['Nippon Shokubai', 'Toyota Tsusho', '湖南福邦新材料'], type: 'investment' },
      { parties: ['Ballard Power Systems', 'ニューフライヤー'], type: 'supply' },
      { parties: ['Taiheiyo Cement', 'Matsuda Sangyo'], type: 'co_development' },
      { parties: ['Denso', 'Toyota Tsusho'], type: 'partnership' },
    ],
    reject: [{ parties: ['ニューフライヤー', '北米バス'] }, { parties: ['Denso', 'Toyota'] }, { parties: ['Toyota', 'Toyota Tsusho'] }],
  },
  {
    name: 'a table captioned with one company and its partners (「【ビンファストと主な相手先】」) lists that company\'s deals, each typed by its description (戦略提携, 覚書)',
    text: "　ビンファストは局面ごとに組む相手を替えてきた。\n\n【ビンファストと主な相手先】\n| 時期 | 相手先 | 内容 |\n|---|---|---|\n| 2018年6月 | GM（米） | ベトナム事業の移管で戦略提携 |\n| 2021年8月 | 国軒高科（中） | LFP電池の調達で覚書 |\n",
    referenceDate: '2024-07-22',
    expect: [
      { parties: ['General Motors', 'VinFast'], type: 'strategic_partnership', date: { start: '2018-06', end: '2018-06', granularity: 'month' } },
      { parties: ['Gotion High-Tech', 'VinFast'], type: 'mou', date: { start: '2021-08', end: '2021-08', granularity: 'month' } },
    ],
  },
  {
    name: 'works on a company\'s plant taken on by contractors (「Aが建てる電池工場は、BとCの企業連合が建設を請け負う」, a technical service; コンストラクション names a company); goods ordered, made by a maker (「Aが発注した電気バス17台は、Bが製造を請け負う」, a supply)',
    text: 'パナソニック エナジーが米カンザス州に建てる電池工場は、米ターナー・コンストラクションとヤーツ・コンストラクションの企業連合が建設を請け負う。トヨタが発注した電池100万個は、パナソニックが製造を請け負う。',
    referenceDate: '2024-06-30',
    expect: [
      { parties: ['Panasonic Energy', 'ターナー・コンストラクション', 'ヤーツ・コンストラクション'], type: 'technical_service' },
      { parties: ['Toyota', 'Panasonic'], type: 'supply', roles: { customer: ['Toyota'], supplier: ['Panasonic'] } },
    ],
  },
  {
    name: 'a topic company its two owners set up (「XはAとBが折半出資する…会社で」) is their venture, not a founder; new shares taken up (「…が新株を引き受けた」) are an investment in the company the story is about; a business bought in the passive (「Xの事業と資産は、Bに買い取られた」); a shareholder told as what a company is (「Aは…Bの株主でもある」); a counter-bid that failed (不成立) is no deal',
    text: "JERAは東京電力ホールディングスと中部電力が折半出資する発電会社で、実証に取り組んできた。豪リチウム大手カルーナ・ミネラルズは14日、増資に踏み切った。このうち1億豪ドルは第三者割当で、資源ファンドのリソース・キャピタル・ファンドVIIIが新株を引き受けた。蓄電システムを手がける米ゼノ・セル・テクノロジーズの事業と資産は、米ブルー・グローバルに買い取られた。寧徳時代新能源科技（CATL）は豪カルーナ・ミネラルズの株主でもある。ニデックは牧野フライス製作所に対するTOBを発表したが、9月に不成立となった。",
    referenceDate: '2025-11-26',
    expect: [
      { parties: ['TEPCO', 'Chubu Electric Power'], type: 'joint_venture' },
      { parties: ['カルーナ・ミネラルズ', 'リソース・キャピタル・ファンドVIII'], type: 'investment', roles: { investee: ['カルーナ・ミネラルズ'], investor: ['リソース・キャピタル・ファンドVIII'] } },
      { parties: ['ゼノ・セル・テクノロジーズ', 'ブルー・グローバル'], type: 'acquisition' },
      { parties: ['CATL', 'カルーナ・ミネラルズ'], type: 'investment' },
    ],
    reject: [{ parties: ['JERA', 'TEPCO', 'Chubu Electric Power'] }, { parties: ['Nidec'], type: 'acquisition' }],
  },
  {
    name: 'a company taken under one\'s wing past a comma and a price (「Bを、約13億ドルで傘下に収める」); a company in katakana or Latin bought whole (「…のXを買い取った」); the shares not yet owned (「まだ持っていない約28%を…取得する」) make an acquisition',
    text: "TDKは21日、動きセンサーの米インベンシアを、約13億ドルで傘下に収めると明らかにした。中国の自動車ガラス大手、福耀玻璃工業集団は、破産手続き中だった独アルミ部品メーカーのSAMを買い取った。京セラは、米電子部品メーカーのアルテック・キャパシタの株式のうち、まだ持っていない約28%を1株21.75ドルで取得する。",
    referenceDate: '2024-06-30',
    expect: [
      { parties: ['TDK', 'インベンシア'], type: 'acquisition' },
      { parties: ['福耀玻璃工業', 'SAM'], type: 'acquisition' },
      { parties: ['Kyocera', 'アルテック・キャパシタ'], type: 'acquisition' },
    ],
  },
  {
    name: 'work or goods won for the client\'s plant named in a relative clause (「AはBが建てる工場の初期工事契約を受注した」「AはBが建設する新工場向けに装置を受注した」); basic design ordered by the client (「基本設計（FEED）をBに発注した」)',
    text: "カナダのエンジニアリング大手SNCラバリンは、韓国のエコプロBMがケベック州に建てる正極材工場の初期工事契約を受注した。日立造船は、トヨタが愛知県に建設する新工場向けに電池製造装置を受注した。英BPは、水素プラントの基本設計（FEED）を米マクダーモットに発注した。",
    referenceDate: '2024-06-30',
    expect: [
      { parties: ['SNCラバリン', 'EcoPro BM'], type: 'technical_service', roles: { provider: ['SNCラバリン'], client: ['EcoPro BM'] } },
      { parties: ['Kanadevia', 'Toyota'], type: 'supply', roles: { supplier: ['Kanadevia'], customer: ['Toyota'] } },
      { parties: ['BP', 'マクダーモット'], type: 'technical_service' },
    ],
  },
  {
    name: 'a company two owners hold half each, told in passing (「AとBが折半で持つC」): their joint venture, not C\'s',
    text: "ソニーとホンダが折半で持つソニー・ホンダモビリティは、新車を発表した。",
    referenceDate: '2024-06-30',
    expect: [{ parties: ['Sony', 'Honda'], type: 'joint_venture' }],
    reject: [{ parties: ['Sony', 'Honda', 'Sony Honda Mobility'] }],
  },
  {
    name: 'owners each with their share (「出資比率は、AがX%、BがY%、CがZ%」) are one joint venture of all of them; not the shares after a purchase (「取得後の出資比率は」)',
    text: "新会社の資本金は975万ドルで、出資比率は常熟新宝源創業投資が50%、トヨタが35%、デンソーが10%、豊田通商が5%。取得後の出資比率はLG化学が51%、豊田通商が25%、華友コバルトが24%となる。",
    referenceDate: '2024-06-30',
    expect: [{ parties: ['常熟新宝源創業投資', 'Toyota', 'Denso', 'Toyota Tsusho'], type: 'joint_venture' }],
    reject: [{ parties: ['LG Chem', 'Toyota Tsusho', 'Huayou Cobalt'], type: 'joint_venture' }],
  },
  {
    name: 'a memorandum told as where the topic company began (「Xは、AとBが…覚書を結んだことから始まった」) is the signers\' only',
    text: "シンビオは、2019年3月にミシュランとフォルシアが水素事業の合弁化で覚書を結んだことから始まった。",
    referenceDate: '2024-06-30',
    expect: [{ parties: ['Michelin', 'Forvia'], type: 'mou' }],
    reject: [{ parties: ['Symbio', 'Michelin', 'Forvia'] }],
  },
];

export const en: AgreementCase[] = [
  {
    name: '"has now taken over B"; "the … start-up being taken public by B" (a blank-check company buys); "offloads its stake in X to B" sells; "A Industries and B Group" are two investors',
    text: 'Tesla has now taken over Wiferion, a German developer of wireless chargers. Arrival, the London van start-up being taken public by CIIG Merger Corp, builds vans. THOR Industries and Capricorn Investment Group co-led a $160 million round in StoreDot. Nissan offloads its stake in Renault to Toyota.',
    referenceDate: '2024-06-30',
    expect: [
      { parties: ['Tesla', 'Wiferion'], type: 'acquisition' },
      { parties: ['Arrival', 'CIIG Merger'], type: 'acquisition', roles: { acquirer: ['CIIG Merger'], target: ['Arrival'] } },
      { parties: ['THOR Industries', 'StoreDot'], type: 'investment' },
      { parties: ['Capricorn Investment', 'StoreDot'], type: 'investment' },
      { parties: ['Nissan', 'Toyota'], type: 'acquisition', roles: { seller: ['Nissan'], buyer: ['Toyota'] } },
    ],
    reject: [{ parties: ['Renault', 'Toyota'] }, { parties: ['Nissan', 'Renault'] }],
  },
  {
    name: 'a holding lifted, even past half, stays an investment (the dev gold types 「出資比率を50.1%に引き上げて子会社化」 so); "from X, a carrier based …" proposes X',
    text: 'KTM AG, the motorcycle arm of Pierer Mobility, has exercised early an option to lift its holding in MV Agusta to 50.1%. Toyota raised its stake in Denso to 30%. Nikola has landed an order for 50 trucks from AJR Trucking, a carrier based around Los Angeles.',
    referenceDate: '2024-06-30',
    expect: [
      { parties: ['KTM', 'MV Agusta'], type: 'investment' },
      { parties: ['Toyota', 'Denso'], type: 'investment' },
      { parties: ['Nikola', 'AJR Trucking'], type: 'supply' },
    ],
  },
  {
    name: 'a firm hired for a job, or to build a plant, is a technical service ("has hired B to repower …", "hired B to build its plant"); "forms a JV with South Korea\'s B"; the subject of "has hired", "forms a JV" is proposed',
    text: 'First Bus has hired NewPower UK to repower 32 of its diesel double-deckers. Toyota has hired Denso to build its plant. Omega Seiki Mobility forms a JV with South Korea\'s Jae Sung Tech to make powertrains.',
    referenceDate: '2024-06-30',
    expect: [
      { parties: ['FirstGroup', 'NewPower UK'], type: 'technical_service', roles: { client: ['FirstGroup'], provider: ['NewPower UK'] } },
      { parties: ['Toyota', 'Denso'], type: 'technical_service' },
      { parties: ['Omega Seiki Mobility', 'Jae Sung Tech'], type: 'joint_venture' },
    ],
    reject: [{ parties: ['Toyota', 'Denso'], type: 'supply' }],
  },
  {
    name: 'a headline\'s verbs open no name ("Signs Agreement to Acquire Frames Group"); "the energy company of South Korea\'s SK Group" names SK only to describe, and the venture\'s shares told after are the same venture; a planned investment of an amount is no deal; a table column of alternatives ("Buyer / supplier") types no row, its descriptions do ("Purchase of the … business", "| 100% of KCFT |")',
    text: "Plug Power Signs Agreement to Acquire Frames Group\n\nOn Oct. 6, 2021, Plug Power and SK E&S, the energy company of South Korea\'s SK Group, formed a joint venture. SK E&S holds 51% of the venture and Plug Power holds 49%. The partners aim for an initially planned investment of more than $1 billion.\n\n| Date | Buyer / supplier | Counterparty | Deal |\n|---|---|---|---|\n| 2018-02 | KKR | LS Mtron | Purchase of the copper foil business |\n| 2019-06-13 | SKC | KKR | 100% of KCFT |\n",
    referenceDate: '2021-11-09',
    expect: [
      { parties: ['Plug Power', 'Frames'], type: 'acquisition' },
      { parties: ['Plug Power', 'SK E&S'], type: 'joint_venture', date: { start: '2021-10-06', end: '2021-10-06', granularity: 'day' } },
      { parties: ['KKR', 'LS Mtron'], type: 'acquisition' },
      { parties: ['SKC', 'KKR'], type: 'acquisition' },
    ],
    reject: [{ parties: ['Plug Power', 'SK E&S', 'SK'] }, { parties: ['Plug Power', 'SK E&S'], type: 'investment' }, { parties: ['Plug Power', 'SK E&S'], date: null }],
  },
  {
    name: 'two subjects of a deal verb are both proposed ("Highland Electric Fleets and Thomas Built Buses inked an LOI", "Generate Capital and Blue Bird form a JV"), a partner after "will work with"; a rival named by its kind ("rival bus maker Blue Bird") is no party',
    text: 'Highland Electric Fleets and Thomas Built Buses inked an LOI that aims to cut costs, a move aimed at rival bus maker Blue Bird\'s customers. Generate Capital and Blue Bird form a JV, Clean Bus Solutions. Electric Last Mile Solutions will work with Ample to offer its van.',
    referenceDate: '2024-06-30',
    expect: [
      { parties: ['Highland Electric Fleets', 'Thomas Built Buses'], type: 'loi' },
      { parties: ['Generate Capital', 'Blue Bird'], type: 'joint_venture' },
      { parties: ['Electric Last Mile Solutions', 'Ample'], type: 'partnership' },
    ],
    reject: [{ parties: ['Thomas Built Buses', 'Blue Bird'], type: 'loi' }, { parties: ['Highland Electric Fleets', 'Thomas Built Buses', 'Blue Bird'] }],
  },
  {
    name: 'a rival named in a ranking ("the largest miner after Mineral Resources") is no subject, and "after" there cuts no clause; exploratory meetings and a board that has not approved any venture make no deal; "co-owns the X foundry with Y" names X as the venture, not a founder',
    text: 'Kestrel Minerals, the largest independent lithium miner after Mineral Resources, agreed to buy Latin Resources in an all-scrip deal. Norhaven Steel has held exploratory meetings with Attero Recycling, but its board has not approved any venture. Onsemi courted Allegro MicroSystems Inc., which co-owns the Polar Semiconductor foundry with Sanken Electric Co., before withdrawing its offer.',
    referenceDate: '2024-06-30',
    expect: [
      { parties: ['Kestrel Minerals', 'Latin Resources'], type: 'acquisition' },
      { parties: ['Allegro MicroSystems', 'Sanken Electric'], type: 'joint_venture' },
    ],
    reject: [{ parties: ['Mineral Resources', 'Latin Resources'] }, { parties: ['Norhaven Steel', 'Attero Recycling'] }, { parties: ['Allegro MicroSystems', 'Polar Semiconductor', 'Sanken Electric'] }],
  },
  {
    name: 'the founders after "a joint venture of" (past a place\'s possessive), the venture "set up as a 50/50 joint venture" no founder; "buy the remaining 28% of battery recycler X from B" is an acquisition of buyer and seller; a currency code before an amount ("for NOK 78 million") is no company; a table\'s "Purchase order" is supply; a memorandum "signed by A and B" is theirs, not its subject\'s',
    text: "The process comes from Kestrel GmbH, a 50:50 joint venture of Australia's Brindle Metals and the German plant builder Ostrand. Norsk Hydro has agreed to buy the remaining 28% of battery recycler Hydrovolt from Northvolt for NOK 78 million. The two companies set Hydrovolt up in 2020 as a 50/50 joint venture. Symbio began with a memorandum of understanding signed by Michelin and Faurecia in March 2019.\n\n| Date | Buyer / customer | Counterparty | Deal |\n|---|---|---|---|\n| 2024-01-10 | Mercedes-Benz | Primobius | Purchase order for the hub |\n",
    referenceDate: '2025-01-14',
    expect: [
      { parties: ['Brindle Metals', 'Ostrand'], type: 'joint_venture' },
      { parties: ['Norsk Hydro', 'Northvolt'], type: 'acquisition' },
      { parties: ['Norsk Hydro', 'Northvolt'], type: 'joint_venture' },
      { parties: ['Michelin', 'Forvia'], type: 'mou' },
      { parties: ['Mercedes-Benz', 'Primobius'], type: 'supply' },
    ],
    reject: [{ parties: ['Norsk Hydro', 'Northvolt', 'Hydrovolt'] }, { parties: ['Norsk Hydro', 'Hydrovolt'] }, { parties: ['Symbio', 'Michelin', 'Forvia'] }, { parties: ['Northvolt', 'NOK'] }],
  },
  {
    name: 'a round of the company the text goes on about ("Its Series A … brought in A and B", "Its Series A … was led by A, with B and C taking part": each invests, none with another); a network backed by two investors; all or most of a company bought or held; "will each hold half of a new company"; a supplier chosen past an apposition; business won from a customer (the winner supplies)',
    text: 'Altren AB, the Uppsala company that makes cathode material, has relied on industrial owners. Its Series A of SEK 100 million, announced in March 2022, brought in Molvik Energy and Northvolt. Peakwell Energy has moved the other way. Its $55 million Series A, announced in July 2024, was led by Xorane Innovation, with Eclipse Ventures and TDK Ventures taking part. Ospreyn Charging, a UK network backed by Cube Infrastructure and Investec, raised debt in July. Shell agreed to buy all of Nextra Kraftwerke, the Cologne-based operator of a virtual power plant. Bosch now holds most of the shares in Lithium Ledger. Cummins and Spanish utility Iberdrola will each hold half of a new company. Ionity has chosen Alpitronic, a charger maker from South Tyrol, to supply the high-power units. Solaris has won repeat business from Stagecoach, which ordered 16 more buses.',
    referenceDate: '2026-01-21',
    expect: [
      { parties: ['Altren', 'Molvik Energy'], type: 'investment' },
      { parties: ['Altren', 'Northvolt'], type: 'investment' },
      { parties: ['Peakwell Energy', 'Xorane Innovation'], type: 'investment', roles: { investee: ['Peakwell Energy'], investor: ['Xorane Innovation'] } },
      { parties: ['Peakwell Energy', 'Eclipse Ventures'], type: 'investment' },
      { parties: ['Peakwell Energy', 'TDK Ventures'], type: 'investment' },
      { parties: ['Cube Infrastructure Managers', 'Ospreyn Charging'], type: 'investment' },
      { parties: ['Investec', 'Ospreyn Charging'], type: 'investment' },
      { parties: ['Shell', 'Nextra Kraftwerke'], type: 'acquisition' },
      { parties: ['Bosch', 'Lithium Ledger'], type: 'acquisition' },
      { parties: ['Cummins', 'Iberdrola'], type: 'joint_venture' },
      { parties: ['Ionity', 'Alpitronic'], type: 'supply', roles: { customer: ['Ionity'], supplier: ['Alpitronic'] } },
      { parties: ['Solaris', 'Stagecoach Group'], type: 'supply', roles: { supplier: ['Solaris'], customer: ['Stagecoach Group'] } },
    ],
    reject: [{ parties: ['Molvik Energy', 'Northvolt'] }, { parties: ['Eclipse Ventures', 'TDK Ventures'] }, { parties: ['Cube Infrastructure Managers', 'Investec'] }],
  },
  {
    name: 'a company bought or absorbed, named right after the verb ("has bought X, the London company"; not goods: "has bought CATL cells"); money taken in from investors',
    text: 'French utility Engie has bought Voltana Services, the London company behind a network of charge points. Zentrix has bought CATL cells for its plant. Plug Power has absorbed two cryogenic specialists: Applied Cryo Technologies of Houston and Joule Processing. Arrivex, the London van start-up, has taken in $100 million from Hyundai Motor.',
    referenceDate: '2024-06-30',
    expect: [
      { parties: ['Engie', 'Voltana Services'], type: 'acquisition' },
      { parties: ['Plug Power', 'Applied Cryo Technologies'], type: 'acquisition' },
      { parties: ['Arrivex', 'Hyundai Motor'], type: 'investment' },
    ],
    reject: [{ parties: ['Zentrix', 'CATL'], type: 'acquisition' }],
  },
  {
    name: 'a licence granted to a named licensee ("has granted B a perpetual licence to its patents"); a business bought from its owner ("has bought B\'s EV charging unit"); "will together develop"; a venture "jointly held" by its two founders',
    text: "Zentrix Motors has granted Qingneng Power a perpetual licence to its fuel-cell patents. Webasto has bought AeroVironment's EV charging unit for about $32 million. Engineers at Ballard and Siemens will together develop a fuel-cell engine. SK ecoplant and Bloom Energy are setting up Bloom SK Fuel Cell, a jointly held manufacturer of fuel cells.",
    referenceDate: '2024-06-30',
    expect: [
      { parties: ['Zentrix Motors', 'Qingneng Power'], type: 'licensing', roles: { licensor: ['Zentrix Motors'], licensee: ['Qingneng Power'] } },
      { parties: ['Webasto', 'AeroVironment'], type: 'acquisition' },
      { parties: ['Ballard Power Systems', 'Siemens'], type: 'co_development' },
      { parties: ['SK ecoplant', 'Bloom Energy'], type: 'joint_venture' },
    ],
    reject: [{ parties: ['Bloom Energy', 'Bloom SK Fuel Cell'] }],
  },
  {
    name: 'the company that raised a round, named in a "when" clause before "a round that also brought in A and B", is the investee (not the sentence\'s subject); investors named after "investors including" are companies',
    text: 'Altren AB makes cathode material in Uppsala. Corvane, the US maker of car batteries, arrived in October 2024, when Altren raised SEK 150 million in a Series B1 round that also brought in Maersk Growth and the Volvo Cars Tech Fund. Natrix Energy raised about $300 million from investors including Chevron and United Airlines.',
    referenceDate: '2026-01-21',
    expect: [
      { parties: ['Altren', 'Maersk Growth'], type: 'investment', roles: { investee: ['Altren'], investor: ['Maersk Growth'] } },
      { parties: ['Altren', 'Volvo Cars Tech Fund'], type: 'investment' },
    ],
    reject: [{ parties: ['Corvane', 'Maersk Growth'] }, { parties: ['Corvane', 'Volvo Cars Tech Fund'] }],
  },
  {
    name: 'goods ordered from a maker ("ordered 85 MW of electrolysers … from Norway\'s Nel ASA": the one ordering buys); a takeover offer the target\'s board accepted (with "its board" too)',
    text: "The same day Toyota ordered 85 MW of alkaline electrolysers worth more than $30 million from Norway's Nel ASA for its first stations. Noront Resources Ltd. said its board accepted Wyloo Metals' C$616.9 million offer in December 2021. Panasonic's board accepted Sony's $2 billion offer in December.",
    referenceDate: '2024-06-30',
    expect: [
      { parties: ['Toyota', 'Nel'], type: 'supply', roles: { customer: ['Toyota'], supplier: ['Nel'] } },
      { parties: ['Wyloo', 'Noront Resources'], type: 'acquisition', roles: { acquirer: ['Wyloo'], target: ['Noront Resources'] } },
      { parties: ['Sony', 'Panasonic'], type: 'acquisition', roles: { acquirer: ['Sony'], target: ['Panasonic'] } },
    ],
  },
  {
    name: 'a round closed and led by others ("X closed a $130 million Series B led by A and B": A and B invest in X); a partner bought out of a venture ("A BUYS OUT B AT C": the venture is no party)',
    text: "Solid Power closed a $130 million Series B led by BMW and Ford.\n\nHYDRO BUYS OUT NORTHVOLT AT HYDROVOLT\n\nNorsk Hydro has agreed to buy Northvolt's stake in Hydrovolt.",
    referenceDate: '2024-06-30',
    expect: [
      { parties: ['BMW', 'Solid Power'], type: 'investment', roles: { investor: ['BMW'], investee: ['Solid Power'] } },
      { parties: ['Ford', 'Solid Power'], type: 'investment', roles: { investor: ['Ford'], investee: ['Solid Power'] } },
      { parties: ['Norsk Hydro', 'Northvolt'], type: 'acquisition' },
    ],
    reject: [{ parties: ['Northvolt', 'Hydrovolt'] }, { parties: ['Norsk Hydro', 'Hydrovolt'] }],
  },
  {
    name: 'a bid approved for a company\'s assets ("approved John Cockerill\'s bid for the assets of insolvent electrolyser maker McPhy") is an acquisition; a pair that plans to co-develop or said a memorandum',
    text: "A court in Belfort has approved Zentrix's bid for the assets of insolvent electrolyser maker Voltora, including its factory. Traton and Zentrix plan to co-develop driverless lorries. ChargePoint and Zentrix said a memorandum between them aims to place chargers at 4,000 travel plazas.",
    referenceDate: '2024-06-30',
    expect: [
      { parties: ['Zentrix', 'Voltora'], type: 'acquisition', roles: { acquirer: ['Zentrix'], target: ['Voltora'] } },
      { parties: ['Traton', 'Zentrix'], type: 'co_development' },
      { parties: ['ChargePoint', 'Zentrix'], type: 'mou' },
    ],
  },
];
