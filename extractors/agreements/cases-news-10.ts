/**
 * A tenth set of agreement case rows in the shapes of business news (cases.ts joins them with
 * the others): each row against a defect that fresh text showed (seeds/agreements/README.md,
 * 1.2.14: the blind sets art22, art23 and b45; 1.2.15: art26, art27, b48, art28, b49).
 */
import type { AgreementExpectation, Case } from '../cases.ts';

type AgreementCase = Case<AgreementExpectation>;

export const en: AgreementCase[] = [
    {
      name: 'a seller paid for what it sells ("will pay B €6.2 billion for C"); an owner in the subject\'s description ("the KKR-owned parts maker") is no party',
      text: 'Calsonic Kansei, the KKR-owned parts maker, will pay Fiat Chrysler €6.2 billion for Magneti Marelli.',
      expect: [{ parties: ['Calsonic Kansei', 'Fiat Chrysler Automobiles'], type: 'acquisition' }],
      reject: [{ parties: ['KKR', 'Fiat Chrysler Automobiles'] }],
    },
    {
      name: 'an asset "bought from A by B" is a deal of seller and buyer; "A became B\'s third-largest shareholder" an investment',
      text: "The Tanco mine in Manitoba, bought from Cabot by China's Sinomine Resource Group in 2019, is being refitted. Geely became Aston Martin's third-largest shareholder after raising its holding to 17%.",
      expect: [
        { parties: ['Cabot', 'Sinomine Resource'], type: 'acquisition', date: { start: '2019', end: '2019', granularity: 'year' } },
        { parties: ['Geely', 'Aston Martin'], type: 'investment' },
      ],
    },
    {
      name: 'a company "formed" by several is their venture ("A, B and C have formed ChargeScape"); the venture named as "a 50:50 company" is none of its founders',
      text: "BMW Group, Ford Motor and Honda have formed ChargeScape, in equal thirds, to link EV owners' charging to utilities. Stellantis and Nidec have created Emotors, a 50:50 company that will produce motors.",
      expect: [
        { parties: ['BMW', 'Ford', 'Honda'], type: 'joint_venture' },
        { parties: ['Stellantis', 'Nidec'], type: 'joint_venture' },
      ],
      reject: [{ parties: ['Stellantis', 'Nidec', 'Emotors'] }],
    },
    {
      name: '"will co-create", "teaming up on", "A\'s purchase of B", "a construction contract to B"',
      text: "Stellantis and Amazon will co-create the software behind the carmaker's cockpit. Gogoro and Gojek are teaming up on a battery-swapping pilot in Jakarta. Albemarle's purchase of Guangxi Tianyuan New Energy Materials, a converter near the port, will add capacity. For its third train Albemarle has handed an A$200 million construction contract to Monadelphous.",
      expect: [
        { parties: ['Stellantis', 'Amazon'], type: 'co_development' },
        { parties: ['Gogoro', 'GoTo'], type: 'partnership' },
        { parties: ['Albemarle', 'Guangxi Tianyuan New Energy Materials'], type: 'acquisition' },
        { parties: ['Albemarle', 'Monadelphous'], type: 'technical_service' },
      ],
    },
    {
      name: 'owners listed with "the" before one of them are all the venture\'s ("owned by A, B, the Volkswagen Group and C"); a shareholder joining the company is its investor, not theirs',
      text: 'Ionity, the fast-charging network owned by BMW Group, Mercedes-Benz, Ford, the Volkswagen Group and Hyundai Motor Group, will raise 700 million euros, with BlackRock joining as a new shareholder through one of its funds.',
      expect: [
        { parties: ['BMW', 'Mercedes-Benz', 'Ford', 'Volkswagen', 'Hyundai Motor Group'], type: 'joint_venture' },
        { parties: ['BlackRock', 'Ionity'], type: 'investment' },
      ],
      reject: [{ parties: ['Ford', 'BlackRock'] }, { parties: ['BMW', 'Ionity'] }],
    },
    {
      name: 'a dateline\'s date is the story\'s: "said on Wednesday" dates the deal',
      text: "GENEVA, June 8, 2023 — STMicroelectronics has agreed with China's Sanan Optoelectronics to set up a joint venture in Chongqing, the two companies said on Wednesday.",
      referenceDate: '2023-06-08',
      expect: [{ parties: ['STMicroelectronics', 'Sanan Optoelectronics'], type: 'joint_venture', date: { start: '2023-06-07', end: '2023-06-07', granularity: 'day' } }],
    },
    {
      name: '"… has signed a subscription agreement and a binding offtake agreement with B" shares the verb\'s date (not the shipments\' third quarter, after the story)',
      text: 'BELMONT, N.C., February 16, 2023 – Piedmont Lithium Inc. ("Piedmont") today announced that it has signed a subscription agreement and a binding offtake agreement with LG Chem, with shipments planned to begin in the third quarter of 2023.',
      referenceDate: '2023-02-16',
      expect: [{ parties: ['Piedmont Lithium', 'LG Chem'], date: { start: '2023-02-16', end: '2023-02-16', granularity: 'day' } }],
    },
  {
    name: '"is paying $580 million for B", "its roughly $400 million purchase of B", "followed up by buying B", "has acquired B, a … designer of …"',
    text: 'Sensata Technologies is paying $580 million for Dynapower, a Vermont maker of power equipment. Lithium Americas closed its roughly $400 million purchase of Millennial Lithium in January 2022. In 2023 it followed up by buying Arena Minerals. Vishay Intertechnology has acquired MaxPower Semiconductor, a San Jose designer of SiC MOSFETs.',
    expect: [
      { parties: ['Sensata Technologies', 'Dynapower'], type: 'acquisition' },
      { parties: ['Lithium Americas', 'Millennial Lithium'], type: 'acquisition' },
      { parties: ['Lithium Americas', 'Arena Minerals'], type: 'acquisition' },
      { parties: ['Vishay Intertechnology', 'MaxPower Semiconductor'], type: 'acquisition' },
    ],
  },
  {
    name: 'a deal told in the apposition of a company\'s name ("X, the … maker of … that B bought", "X, the … company that A and B set up together", "X, the Korean venture of A and B")',
    text: 'Royal Power Solutions, the Illinois maker of high-voltage connectors that Eaton bought for $600 million in January, is adding a line. Symbio, the hydrogen fuel-cell company that Forvia and Michelin set up together, has opened its gigafactory. SK Plug Hyverse, the Korean venture of SK E&S and Plug Power, has started building a plant.',
    expect: [
      { parties: ['Eaton', 'Royal Power Solutions'], type: 'acquisition' },
      { parties: ['Forvia', 'Michelin'], type: 'joint_venture' },
      { parties: ['SK E&S', 'Plug Power'], type: 'joint_venture' },
    ],
  },
  {
    name: '"the British oil major" names the company before it; a clause of more than a few words before a colon is no label ("Reliance has bought its technology abroad instead: it agreed to acquire B")',
    text: "BP wants to charge more of America's electric fleets. The British oil major said it would buy AmplyPower, a California company that charges electric trucks. Ola Electric is building its own cell factory. Reliance has bought its technology abroad instead: it agreed to acquire British sodium-ion developer Faradion in 2021.",
    expect: [
      { parties: ['BP', 'AmplyPower'], type: 'acquisition' },
      { parties: ['Reliance Industries', 'Faradion'], type: 'acquisition' },
    ],
    reject: [{ parties: ['Ola Electric', 'Faradion'] }],
  },
  {
    name: 'a release\'s forward-looking statements are boilerplate: the names in them make no deal',
    text: 'Toyota will invest up to $50 million in Gogoro.\n\nThis press release contains forward-looking statements within the meaning of the Private Securities Litigation Reform Act of 1995, including statements about the collaboration between Gogoro and Panasonic.',
    expect: [{ parties: ['Toyota', 'Gogoro'], type: 'investment', date: null }],
    reject: [{ parties: ['Gogoro', 'Panasonic'] }],
  },
  {
    name: '"has reserved … capacity from B" (a supply), "A has built B\'s cars under contract" (contract manufacturing), "buy 51% of X, the …, from B" (buyer and seller past the apposition)',
    text: "BMW Group has reserved up to $100 million of gallium nitride transistor capacity from GaN Systems. JAC Motors has built NIO's cars under contract at two plants in Hefei. Czech utility CEZ has agreed to buy 51% of Geomet, the local company developing the Cinovec lithium deposit, from Australia's European Metals Holdings for about €29 million.",
    expect: [
      { parties: ['BMW', 'GaN Systems'], type: 'supply' },
      { parties: ['JAC Motors', 'NIO'], type: 'supply', roles: { supplier: ['JAC Motors'], customer: ['NIO'] } },
      { parties: ['ČEZ', 'European Metals Holdings'], type: 'acquisition' },
    ],
    reject: [{ parties: ['ČEZ', 'Geomet'] }],
  },
  {
    name: '"X, a joint venture of China\'s A and Slovak battery start-up B" (owners with their descriptions) is A and B\'s venture, told in passing; X\'s own deal is X\'s',
    text: 'Amara Raja Energy & Mobility said on Monday that it had signed a technology licensing agreement with GIB EnergyX Slovakia, a joint venture of China\'s Gotion High-Tech and Slovak battery start-up InoBat.',
    expect: [
      { parties: ['Gotion High-Tech', 'InoBat'], type: 'joint_venture', date: null },
      { parties: ['Amara Raja Energy & Mobility', 'GIB EnergyX Slovakia'], type: 'licensing' },
    ],
    reject: [{ parties: ['Amara Raja Energy & Mobility', 'Gotion High-Tech', 'InoBat'] }],
  },
  {
    name: '"is taking over B", "will buy Austria\'s B", "have formed a company", "will build … together", "has joined with B", "the firm that B took control of"; "no supplier has been chosen" makes none',
    text: "Mercedes-Benz is taking over YASA, an Oxford-based maker of axial-flux motors. NXP Semiconductors will buy Austria's TTTech Auto for $625 million in cash. CATL and FAW have formed a company to make batteries in Fujian province. Volkswagen and Microsoft will build a cloud platform together. Renault is testing demand. The Boulogne-Billancourt group has joined with WeRide to run robobuses. Cybellum, the Israeli cybersecurity firm that LG Electronics took control of in 2021, has opened an office. Scania may fit Cummins fuel-cell modules to a pilot truck, but no supplier has been chosen.",
    expect: [
      { parties: ['Mercedes-Benz', 'YASA'], type: 'acquisition' },
      { parties: ['NXP Semiconductors', 'TTTech Auto'], type: 'acquisition' },
      { parties: ['CATL', 'FAW'], type: 'joint_venture' },
      { parties: ['Volkswagen', 'Microsoft'], type: 'partnership' },
      { parties: ['Renault', 'WeRide'], type: 'partnership' },
      { parties: ['LG Electronics', 'Cybellum'], type: 'acquisition' },
    ],
    reject: [{ parties: ['Scania', 'Cummins'] }],
  },
  {
    name: 'a company bought from its named owner ("is buying software company Wind River from private equity firm TPG") is a deal of buyer and seller; "bought a controlling interest in B" names B',
    text: 'Aptiv is buying embedded-software company Wind River from private equity firm TPG for $4.3 billion in cash. Daimler Trucks bought a controlling interest in Torc Robotics in 2019.',
    expect: [
      { parties: ['Aptiv', 'TPG'], type: 'acquisition' },
      { parties: ['Daimler Truck', 'Torc Robotics'], type: 'acquisition' },
    ],
    reject: [{ parties: ['Aptiv', 'Wind River'] }],
  },
];

export const ja: AgreementCase[] = [
    {
      name: '「Xに約1億ドルを投じる」 invests in X; not in one\'s own subsidiary or in a plant',
      text: '中国の海南鉱業は、英コダル・ミネラルズに約1億1800万ドルを投じる。住友金属鉱山は子会社の日向製錬所に約280億円を投じる。トヨタは米ケンタッキー工場に約30億ドルを投じて新ラインを設けた。',
      expect: [{ parties: ['海南鉱業', 'コダル・ミネラルズ'], type: 'investment' }],
      reject: [{ type: 'investment', parties: ['Sumitomo Metal Mining', '日向製錬所'] }],
    },
    {
      name: '「…セマコネクトも約2億ドルで買収した」 after the clause\'s topic: a second target; an exit describing what is sold (「撤退を決めた事業のうち…売却」) ends no deal',
      text: '米ブリンク・チャージングは2022年4月、英国の充電事業者EBチャージングを傘下に収めた。同社は続く6月、メリーランド州の充電器メーカー、セマコネクトも約2億ドルで買収した。ジョンソン・マッセイは26日、撤退を決めた事業のうち、工場をトヨタに5000万ポンドで売却すると発表した。',
      referenceDate: '2024-05-27',
      expect: [
        { parties: ['ブリンク・チャージング', 'EBチャージング'], type: 'acquisition' },
        { parties: ['ブリンク・チャージング', 'セマコネクト'], type: 'acquisition' },
        { parties: ['Johnson Matthey', 'Toyota'], type: 'acquisition' },
      ],
    },
    {
      name: 'an interest bought from a seller at a price (「Bから…権益を5億ドルで買い取った」), a share of it passed on (「その25%をCに…で譲る」)',
      text: '中国の洛陽欒川モリブデン業集団（CMOC）は2020年12月、米フリーポート・マクモランからキサンフ鉱山の権益を5億5000万ドルで買い取った。同社は翌21年4月、その25%を寧徳時代新能源科技（CATL）に1億3750万ドルで譲ることを決めた。',
      expect: [
        { parties: ['CMOC', 'Freeport-McMoRan'], type: 'acquisition' },
        { parties: ['CMOC', 'CATL'], type: 'acquisition' },
      ],
    },
    {
    name: 'a company a deal goes through (「Xを通じて、…」) is no party; 「一汽と客車メーカーの海格客車にも」 lists both recipients',
    text: 'トヨタ自動車は19年6月5日、上海重塑能源科技（Refire）を通じて、一汽と客車メーカーの海格客車（Higer Bus）にもFCの基幹部品を供給すると明らかにした。',
    expect: [
      { parties: ['Toyota', 'FAW'], type: 'supply' },
      { parties: ['Toyota', 'Higer Bus'], type: 'supply' },
    ],
    reject: [{ parties: ['FAW', 'Higer Bus'] }, { parties: ['FAW', 'Refire'] }],
  },
  {
    name: 'a venture named in passing as the subject of another event (「Bとの合弁会社、X（Y）が…稼働した」) is undated; 「合弁の設立前から…共同開発」 is a joint development; a timeline line opens with its date (「2021年3月　…の契約（同年6月設立）」)',
    text: 'トヨタ自動車は21日、中国の億華通との合弁会社、華豊燃料電池（FCTS）が北京に建てた新工場が稼働したと発表した。両社は合弁の設立前から、FCバスの共同開発を進めてきた。\n\n2021年3月　億華通と生産合弁FCTSの契約（同年6月設立）',
    referenceDate: '2024-08-23',
    expect: [
      { parties: ['Toyota', 'SinoHytec'], type: 'joint_venture', date: { start: '2021-03', end: '2021-03', granularity: 'month' } },
      { parties: ['Toyota', 'SinoHytec'], type: 'co_development' },
    ],
  },
  {
    name: 'a company bought, told by its buyer in passing (「Aに2018年に買収されたX」); a former owner naming a site (「旧日産工場で」) is no party',
    text: '仏石油大手トタルに2018年に買収されたG2モビリティは、充電網の運営で存在感を高めている。中国の奇瑞汽車とスペインの車両メーカー、エブロは19日、同地の旧日産工場でEVを生産する合弁会社を設立する契約に調印した。',
    expect: [
      { parties: ['TotalEnergies', 'G2モビリティ'], type: 'acquisition' },
      { parties: ['Chery', 'エブロ'], type: 'joint_venture' },
    ],
    reject: [{ parties: ['Chery', 'エブロ', 'Nissan'] }],
  },
  {
    name: '「…を共同で量産する」 (a partnership); holders told in passing (「Aが少数株主となった…B」「Aが過半数の株式を取得した…、B」); 「…することを提案していた」 makes none',
    text: 'デンソーと富士電機は29日、SiCパワー半導体を共同で量産すると発表した。2020年に米ナビスターが少数株主となった自動運転トラック開発の米トゥーシンプルは、株式を上場した。2022年に米農機大手ディア・アンド・カンパニーが過半数の株式を取得したオーストリアの電池メーカー、クライゼル・エレクトリックは、工場を建てる。ルノーは小型EVをVWと共同で展開することを提案していたとされる。',
    referenceDate: '2024-06-01',
    expect: [
      { parties: ['Denso', 'Fuji Electric'], type: 'partnership' },
      { parties: ['Navistar', 'トゥーシンプル'], type: 'investment' },
      { parties: ['Deere & Company', 'クライゼル・エレクトリック'], type: 'acquisition' },
    ],
    reject: [{ parties: ['Renault', 'Volkswagen'] }],
  },
  {
    name: 'a deal table whose description column is "What was agreed" (Status only describes when nothing else does), each cell read on its own (a status "dropped" ends no deal of the cell before; "closed <date>" is the deal\'s closing, not a later deal); "non-binding agreement" is a memorandum; a winning bid buys',
    text: '| Announced | Parties | What was agreed | Size | Status |\n|---|---|---|---|---|\n| 2022-03-01 | Hitachi, Panasonic | Non-binding agreement on a recycling venture | n/d | dropped |\n| 2021-09-14 | Denso, Aisin | Merger agreement for the brake unit | ¥20bn | closed 2022-01-05 |\n| 2023-06-20 | Stellantis, Symbio | Winning bid for the Grenoble plant | €90m | closing expected late 2023 |',
    referenceDate: '2024-01-10',
    expect: [
      { parties: ['Hitachi', 'Panasonic'], type: 'mou', date: { start: '2022-03-01', end: '2022-03-01', granularity: 'day' } },
      { parties: ['Denso', 'Aisin'], type: 'acquisition', date: { start: '2021-09-14', end: '2021-09-14', granularity: 'day' } },
      { parties: ['Stellantis', 'Symbio'], type: 'acquisition', date: { start: '2023-06-20', end: '2023-06-20', granularity: 'day' } },
    ],
    reject: [{ parties: ['Hitachi', 'Panasonic'], type: 'partnership' }],
  },
  {
    name: 'a deal announced on one date and completed on another is dated by the announcement; 「Xを通じ」 (written style) is the channel, no party',
    text: 'Under a deal announced on March 3, 2022 and completed on June 30, 2022, Denso bought Aisin\'s brake business.\nトヨタは2020年4月、デンソーを通じ現代自動車に部品を供給すると発表した。',
    referenceDate: '2024-01-10',
    expect: [
      { parties: ['Denso', 'Aisin'], type: 'acquisition', date: { start: '2022-03-03', end: '2022-03-03', granularity: 'day' } },
      { parties: ['Toyota', 'Hyundai Motor'], type: 'supply' },
    ],
    reject: [{ parties: ['Denso', 'Hyundai Motor'] }],
  },
  {
    name: 'a company sold to a named buyer (「子会社のXをBに譲り渡す」: seller and buyer, X no party; an exit that describes the seller ends nothing), one become another\'s subsidiary (「Bの連結子会社になる」), bought at a price (「Xを…で傘下に収めた」「Xを…で手に入れる」); two companies bought with the buyer left out are no deal of each other\'s; 「今度は」 has a time of its own',
    text: '電池事業からの撤退を決めた日産自動車は、子会社のオートモーティブエナジーサプライを中国のエンビジョングループに譲り渡すと発表した。市光工業が、筆頭株主である仏ヴァレオの連結子会社になる。デンソーは大型買収を続ける。19年に独ボッシュから事業を買い取ったのに続き、今度は米ルミナーを約10億ドルで手に入れる。2017年2月、米エマソン・エレクトリックからモーター事業を買い取り、仏ルロア・ソマーを傘下に収めた。',
    referenceDate: '2024-06-10',
    expect: [
      { parties: ['Nissan', 'Envision Group'], type: 'acquisition' },
      { parties: ['Ichikoh Industries', 'Valeo'], type: 'acquisition' },
      { parties: ['Denso', 'Bosch'], type: 'acquisition', date: { start: '2019', end: '2019', granularity: 'year' } },
      { parties: ['Denso', 'Luminar'], type: 'acquisition', date: null },
    ],
    reject: [{ parties: ['Nissan', 'Envision AESC'] }, { parties: ['エマソン・エレクトリック', 'ルロア・ソマー'] }],
  },
  {
    name: 'owners told in passing (「Aが50%、BとCが25%ずつを持つX」「X（AとBが出資）」「出資比率はAが51%、Bが49%」: a venture of them); a holding bought from its holder (「Bが保有していたCの株式8%を買い取る」: buyer and seller); a study begun (「…に向けた検討を始めると発表」) is no deal',
    text: 'トヨタが50%、デンソーとアイシンが25%ずつを持つ新会社は、工場の建設を打ち切る。広汽トヨタ（広州汽車集団とトヨタ自動車が出資）は新型車を発表した。合弁会社が3日に発足した。出資比率はパナソニックが51%、トヨタ自動車が49%。住友商事は、米ブラックロックが保有していたリチウム・アメリカズの株式8%を約3億ドルで買い取る。三菱自動車と日産自動車は5日、業務提携に向けた検討を始めると発表した。',
    referenceDate: '2024-06-10',
    expect: [
      { parties: ['Toyota', 'Denso', 'Aisin'], type: 'joint_venture' },
      { parties: ['GAC', 'Toyota'], type: 'joint_venture' },
      { parties: ['Panasonic', 'Toyota'], type: 'joint_venture' },
      { parties: ['Sumitomo Corporation', 'BlackRock'], type: 'acquisition' },
    ],
    reject: [{ parties: ['Sumitomo Corporation', 'Lithium Americas'] }, { parties: ['Mitsubishi Motors', 'Nissan'] }],
  },
  {
    name: 'English wordings: "snapping up B", "is being bought by B", a unit sold to B, "agreed a private placement", "will jointly build", "signed the papers for a new company", "about 58% owned by A" (in passing), a buyer past a place adjective ("London-based B"); analysts\' guesses ("reckon", "front-runners") are no deal',
    text: 'Blink Charging is expanding into Europe by snapping up Blue Corner, a Belgian operator. Allego is being bought by Meridiam. Bosch will sell its starter-motor and generator unit for €545 million to a consortium of Zhengzhou Coal Mining Machinery Group. Standard Lithium and Koch Industries have agreed a $100 million private placement. Ford and Rivian will jointly build a larger van. Audi and FAW have signed the papers for a new company making electric Audis. Maruti Suzuki, about 58% owned by Suzuki Motor, launched a sedan. Analysts reckon Stellantis will add a second supplier and see Gotion or EVE Energy as front-runners. Allison Transmission agreed to buy London-based Vantage Power.',
    referenceDate: '2024-06-10',
    expect: [
      { parties: ['Blink Charging', 'Bluecorner'], type: 'acquisition' },
      { parties: ['Allego', 'Meridiam'], type: 'acquisition', roles: { acquirer: ['Meridiam'], target: ['Allego'] } },
      { parties: ['Bosch', 'Zhengzhou Coal Mining Machinery'], type: 'acquisition' },
      { parties: ['Standard Lithium', 'Koch Industries'], type: 'investment' },
      { parties: ['Ford', 'Rivian'], type: 'partnership' },
      { parties: ['Audi', 'FAW'], type: 'joint_venture' },
      { parties: ['Suzuki', 'Maruti Suzuki'], type: 'investment' },
      { parties: ['Allison Transmission', 'Vantage Power'], type: 'acquisition' },
    ],
    reject: [{ parties: ['Stellantis', 'Gotion High-Tech'] }, { parties: ['Stellantis', 'EVE Energy'] }],
  },
  {
    name: 'a dated timeline line\'s first name is its subject (「2024年10月　A、Bに…供給」); a company bought from its owner with the buyer and the date in the clause before (「Aは<date>、…を打ち切り、CをBから買い取る」); talks begun, rumours and no comment make none',
    text: '■これまでの主な提携\n2024年10月　スズキ、トヨタにEVをOEM供給することで合意\n日産自動車は2023年7月31日、この契約を打ち切り、オートモーティブエナジーサプライをNECから買い取ると決めた。本田技研工業は22日、米ウェイモと共同研究に向けた正式な協議に入ったと発表した。矢崎総業が米アプティブの事業の一部を買い取るとのうわさが流れている。三菱自動車は、CATLの電池を採用するとの報道について「コメントは差し控える」と述べた。',
    referenceDate: '2025-08-28',
    expect: [
      { parties: ['Suzuki', 'Toyota'], type: 'supply', date: { start: '2024-10', end: '2024-10', granularity: 'month' } },
      { parties: ['Nissan', 'NEC'], type: 'acquisition', date: { start: '2023-07-31', end: '2023-07-31', granularity: 'day' } },
    ],
    reject: [{ parties: ['Honda', 'Waymo'] }, { parties: ['Yazaki', 'Aptiv'] }, { parties: ['Mitsubishi Motors', 'CATL'] }, { parties: ['Nissan', 'Envision AESC'] }],
  },
  {
    name: 'an ambiguous name confirmed by a purchase in its sentence ("Shell has bought B"); a government named as the dev gold names one ("the Government of Maharashtra") is a plain party of a memorandum',
    text: 'Shell has bought Greenlots, a Los Angeles company. Tesla signed an MOU with the Government of Maharashtra in 2024.',
    referenceDate: '2025-08-28',
    expect: [
      { parties: ['Shell', 'Greenlots'], type: 'acquisition' },
      { parties: ['Tesla', 'Government of Maharashtra'], type: 'mou' },
    ],
  },
  {
    name: 'a company bought, told in passing by its buyer: 「Aが…傘下に収めた…ベンチャー、B」「Aが買収すると決めた米新興B」, "B, which A acquired in 2017", "B, the … specialist bought by A", "B, the … firm that A is buying"',
    text: 'フォード・モーターが2016年に傘下に収めたイスラエルの画像認識ベンチャー、SAIPSの技術者たちが開発を担っている。米エヌビディアが買収すると決めた米新興ディープマップは、高精度地図を作る技術を持つ。TASS International, the Dutch simulation specialist bought by Siemens last year, sells the PreScan software. Crocus Technology, the sensor firm that Allegro MicroSystems is buying for $420 million, will add current sensors.',
    referenceDate: '2024-06-10',
    expect: [
      { parties: ['Ford', 'SAIPS'], type: 'acquisition', date: null },
      { parties: ['NVIDIA', 'ディープマップ'], type: 'acquisition' },
      { parties: ['Siemens', 'TASS International'], type: 'acquisition' },
      { parties: ['Allegro MicroSystems', 'Crocus Technology'], type: 'acquisition' },
    ],
  },
  {
    name: 'more wordings: 「…を一緒に作り上げる」 (joint development), 「Bに売り渡す」「経営権をBに譲った」 (a sale: seller and buyer); "have linked up", "picked up B, a … start-up", "has purchased B"',
    text: '独ボッシュと独ダイムラーは、ロボタクシーを走らせることを目標に、完全自動運転のソフトウエアを一緒に作り上げる。米ゼネラル・モーターズはラヨーン県にある工場を、中国の長城汽車に売り渡すことで合意した。仏PSAは、二輪車部門の経営権をインドのマヒンドラ・アンド・マヒンドラに譲った。\nWaymo and Volvo Car Group have linked up to build a ride-hailing model. Aurora bought Blackmore, a Montana developer of lidar, in 2019. This week it picked up OURS Technology, a Berkeley start-up. Meritor has purchased TransPower, an Escondido specialist.',
    referenceDate: '2024-06-10',
    expect: [
      { parties: ['Bosch', 'Mercedes-Benz'], type: 'co_development' },
      { parties: ['General Motors', 'Great Wall Motor'], type: 'acquisition', roles: { seller: ['General Motors'], buyer: ['Great Wall Motor'] } },
      { parties: ['PSA', 'Mahindra & Mahindra'], type: 'acquisition', roles: { seller: ['PSA'], buyer: ['Mahindra & Mahindra'] } },
      { parties: ['Waymo', 'Volvo Cars'], type: 'partnership' },
      { parties: ['Aurora Innovation', 'OURS Technology'], type: 'acquisition' },
      { parties: ['Meritor', 'TransPower'], type: 'acquisition' },
    ],
  },
  {
    name: 'a venture "between A and its subsidiary B" is of A and B, not of the clause\'s subject; a subordinate clause opened by "When" runs past the year of a date ("closed on June 3, 2020, …")',
    text: 'On September 3, 2019 CNH Industrial led a funding round of Nikola Corp. with a $250 million stake and promised a European joint venture between Nikola and its truck-making subsidiary Iveco. When Nikola\'s reverse merger with the blank-cheque company VectoIQ Acquisition Corp. closed on June 3, 2020, its shares began trading.',
    referenceDate: '2025-04-24',
    expect: [
      { parties: ['CNH Industrial', 'Nikola'], type: 'investment' },
      { parties: ['Nikola', 'Iveco'], type: 'joint_venture', date: { start: '2019-09-03', end: '2019-09-03', granularity: 'day' } },
      { parties: ['Nikola', 'VectoIQ Acquisition'], type: 'acquisition', date: { start: '2020-06-03', end: '2020-06-03', granularity: 'day' } },
    ],
    reject: [{ parties: ['CNH Industrial', 'Nikola', 'Iveco'] }],
  },
  {
    name: 'hardware of B built into A\'s products is a supply of B to A (「AはBのインバーターを積む」「Bの半導体の搭載を決めた」, "A will fit B\'s lidar", "A\'s vans run on B\'s cells"); not the company\'s own goods, nor software',
    text: 'ホンダは新型EVにデンソーのインバーターを2個積む。日産自動車は次期モデルへのルネサスの半導体の搭載を決めた。トヨタは自社の電池を新型車に載せる。\nVolvo Cars will fit Luminar\'s lidar to its next SUV. Rivian\'s vans run on Samsung SDI\'s cells. Ford uses Google\'s maps in its cars.',
    referenceDate: '2024-06-10',
    expect: [
      { parties: ['Honda', 'Denso'], type: 'supply', roles: { customer: ['Honda'], supplier: ['Denso'] } },
      { parties: ['Nissan', 'Renesas Electronics'], type: 'supply', roles: { customer: ['Nissan'], supplier: ['Renesas Electronics'] } },
      { parties: ['Volvo Cars', 'Luminar'], type: 'supply', roles: { customer: ['Volvo Cars'], supplier: ['Luminar'] } },
      { parties: ['Rivian', 'Samsung SDI'], type: 'supply', roles: { customer: ['Rivian'], supplier: ['Samsung SDI'] } },
    ],
    reject: [{ parties: ['Ford', 'Google'] }],
  },
  {
    name: 'more wordings: "contracted B to build" (contract manufacturing), "picked up the assets of B", "B, the … maker in which A bought a stake", "X Battery, owned equally by A and B"; 「Bから工場を約80億円で買い取る」, 「Bの経営権を握った」, 「Aが約26%を持つ中国の電池大手、B」; ", a region where C …" is a clause of its own',
    text: 'Fisker has contracted Magna Steyr to build the Ocean SUV in Graz. Infineon picked up the assets of GaN Systems. Verkor, the Grenoble battery maker in which Renault bought a stake, will build cells. BlueOval SK Battery, owned equally by Ford and SK On, hired staff. Toyota and Denso formed a partnership in Aichi, a region where Honda also builds plants.\nニデックは、独半導体メーカーのインフィニオンから工場を約80億円で買い取ることで合意した。いすゞ自動車は、UDトラックスの経営権を握った。独フォルクスワーゲンが約26%を持つ中国の電池大手、国軒高科は新工場を建てる。',
    referenceDate: '2024-06-10',
    expect: [
      { parties: ['Fisker', 'Magna Steyr'], type: 'supply', roles: { customer: ['Fisker'], supplier: ['Magna Steyr'] } },
      { parties: ['Infineon Technologies', 'GaN Systems'], type: 'acquisition' },
      { parties: ['Renault', 'Verkor'], type: 'investment' },
      { parties: ['Ford', 'SK On'], type: 'joint_venture' },
      { parties: ['Toyota', 'Denso'], type: 'partnership' },
      { parties: ['Nidec', 'Infineon Technologies'], type: 'acquisition' },
      { parties: ['Isuzu', 'UD Trucks'], type: 'acquisition' },
      { parties: ['Volkswagen', 'Gotion High-Tech'], type: 'investment' },
    ],
    reject: [{ parties: ['Toyota', 'Denso', 'Honda'] }],
  },
  {
    name: 'two companies named together as the subject of one deal leave the actor of the next sentence\'s purchase open: neither is guessed (「AとBが…締結。Cの事業を…取得する」)',
    text: 'いすゞ自動車とボルボが戦略提携の契約を締結。UDトラックスの事業を2430億円で取得する。',
    referenceDate: '2024-06-10',
    expect: [{ parties: ['Isuzu', 'Volvo Cars'], type: 'strategic_partnership' }],
    reject: [{ parties: ['Volvo Cars', 'UD Trucks'] }, { parties: ['Isuzu', 'UD Trucks'] }],
  },
  {
    name: 'a company whose noun phrase is the subject (「Xの海外での買収が続く」) is the subject of the clauses after it; 「事業を約270億円で買う」 buys; 「<country>のX」 bought in passing is proposed (「…が買い取ったイスラエルのアーガスは」); "B, the … maker in which A took a 51% stake" is a purchase, not a stake; 「AとBの取引は」 makes neither the subject',
    text: 'ニデックの海外での買収が続く。2019年にオムロンから車載事業の全株式を譲り受けたのに続き、2月には三菱重工業の工作機械事業を約270億円で買うと発表した。2017年に独コンチネンタルが約4億ドルで買い取ったイスラエルのアーガスは、車載セキュリティーの開発を続けている。パナソニックとマツダの取引は長い。SUBARUとは工場を共同で新設する。\nLotus, the British sports-car maker in which Geely took a 51% stake in 2017, is building an EV plant.',
    referenceDate: '2024-06-10',
    expect: [
      { parties: ['Nidec', 'Omron'], type: 'acquisition' },
      { parties: ['Nidec', 'Mitsubishi Heavy Industries'], type: 'acquisition' },
      { parties: ['Continental', 'アーガス'], type: 'acquisition' },
      { parties: ['Geely', 'Lotus Technology'], type: 'acquisition', roles: { acquirer: ['Geely'], target: ['Lotus Technology'] } },
    ],
    reject: [{ parties: ['Mazda', 'Subaru'] }, { parties: ['Geely', 'Lotus Technology'], type: 'investment' }],
  },
  {
    name: 'names a verb of competing describes are no partners (「提携で競うAとB」); a paragraph opening with its partner (「…Bとも、」) goes on with the topic before; 「戦略的な提携」 is strategic; 「調達から…まで」 is a scope, no supply; a table\'s 「…側」 column names a party',
    text: "電動化の提携で競うトヨタとホンダ\n\n　トヨタは今年3月、デンソーと電池の共同開発契約を結んだ。\n　今年8月にはパナソニックとも、車載電池の分野で戦略的な提携を結んだ。両社の技術者が、電池の調達から車両の販売までを一体で手がける。\n\n| 発表時期 | 自動車側 | 相手先 | 内容 |\n|---|---|---|---|\n| 2021年1月 | ホンダ | GSユアサ | 電池の合弁会社を設立 |\n",
    referenceDate: '2024-09-01',
    expect: [
      { parties: ['Toyota', 'Denso'], type: 'co_development' },
      { parties: ['Toyota', 'Panasonic'], type: 'strategic_partnership', date: { start: '2024-08', end: '2024-08', granularity: 'month' } },
      { parties: ['Honda', 'GS Yuasa'], type: 'joint_venture', date: { start: '2021-01', end: '2021-01', granularity: 'month' } },
    ],
    reject: [{ parties: ['Toyota', 'Honda'] }, { parties: ['Toyota', 'Panasonic'], type: 'supply' }, { parties: ['GS Yuasa'] }],
  },
  {
    name: '"sell most of the business and assets to B" is a sale (seller and buyer), not a supply',
    text: 'Britishvolt collapsed in January. In February 2023 the administrators agreed to sell most of the business and assets to Recharge Industries, an Australian start-up.',
    referenceDate: '2024-09-01',
    expect: [{ parties: ['Britishvolt', 'Recharge Industries'], type: 'acquisition', roles: { seller: ['Britishvolt'], buyer: ['Recharge Industries'] } }],
    reject: [{ parties: ['Britishvolt', 'Recharge Industries'], type: 'supply' }],
  },
];
