/**
 * A third batch of agreement case rows in the shapes of business news (cases.ts joins them
 * with cases-news.ts): sentences written across the bank's categories, each against a defect it
 * showed (seeds/agreements/README.md, 1.2.5).
 */
import type { AgreementExpectation, Case } from '../cases.ts';

type AgreementCase = Case<AgreementExpectation>;

export const ja: AgreementCase[] = [
  {
    name: 'a company set up with joint capital (共同出資で設立した) is a joint venture of its founders',
    text: 'トヨタ自動車は、中国の比亜迪（BYD）と共同出資で設立した研究開発会社を通じ、新型EVを開発する。',
    expect: [{ parties: ['Toyota', 'BYD'], type: 'joint_venture' }],
  },
  {
    name: 'a katakana name joined by & is one company; an industry + 大手 before it describes it',
    text: 'アサヒグループホールディングスは、豪ビール大手カールトン&ユナイテッドを買収した。',
    expect: [{ parties: ['Asahi Group Holdings', 'カールトン&ユナイテッド'], type: 'acquisition' }],
    reject: [{ parties: ['アサヒ', 'ユナイテッド'] }],
  },
  {
    name: 'a name kuromoji reads as a person\'s is a company\'s before の株式 / の買収 (ローソン, ファイアストン); 会社 before a name describes it',
    text: '三菱商事は、ローソンの株式を追加取得し、出資比率を50%に引き上げた。ブリヂストンは、米タイヤ会社ファイアストンの買収を完了した。',
    expect: [
      { parties: ['Mitsubishi Corporation', 'Lawson'], type: 'investment' },
      { parties: ['Bridgestone', 'ファイアストン'], type: 'acquisition' },
    ],
  },
  {
    name: 'a name kuromoji reads as a person\'s is a company\'s before と資本業務提携',
    text: 'KDDIは、ローソンと資本業務提携契約を締結した。',
    expect: [{ parties: ['KDDI', 'Lawson'], type: 'investment' }],
  },
  {
    name: 'a supply partner named before との間で is discovered; B is A\'s customer (BはAにとって…顧客); a headline 「A、Bと電池新会社」 is a joint venture',
    text: '住友商事は、フィンランドのキーリー・リチウムとの間で水酸化リチウムの長期供給契約を締結した。テスラはパナソニックにとって最大の顧客だ。\nトヨタ、パナソニックと電池新会社　2020年に発足へ\n',
    expect: [
      { parties: ['Sumitomo Corporation', 'キーリー・リチウム'], type: 'supply' },
      { parties: ['Panasonic', 'Tesla'], type: 'supply', date: null },
      { parties: ['Toyota', 'Panasonic'], type: 'joint_venture' },
    ],
  },
  {
    name: 'a deal still in final adjustment (最終調整), or one the company says it did not announce (発表したものではない), is none',
    text: '三菱自動車は、鴻海精密工業からEVのOEM供給を受ける方向で最終調整している。トヨタ自動車は、一部報道にあったパナソニックとの新会社設立について「当社が発表したものではない」とコメントした。',
    expect: [],
    reject: [{}],
  },
  {
    name: 'shares of X sold to Y (Xの株式をYに売却): X is the object, not a party; buying 51% or more of a company is an acquisition; 「計画はない」 a denial',
    text: '日立製作所は、子会社の日立Astemoの株式をホンダに一部売却した。中国の吉利汽車は、英ロータスの株式51%を取得した。トヨタ自動車の佐藤恒治社長は、BYDとの協業について「現時点で新たな計画はない」と語った。',
    expect: [
      { parties: ['Hitachi', 'Honda'], type: 'acquisition' },
      { parties: ['Geely', 'Lotus Technology'], type: 'acquisition' },
    ],
    reject: [{ parties: ['Hitachi', 'Hitachi Astemo'] }, { parties: ['Toyota', 'BYD'] }],
  },
  {
    name: 'two dated steps in one sentence (覚書を交わし、同年11月に合弁契約を締結) are two records',
    text: '旭化成とホンダは2024年4月に覚書を交わし、同年11月に合弁契約を締結した。',
    expect: [
      { parties: ['Asahi Kasei', 'Honda'], type: 'mou', date: { start: '2024-04', end: '2024-04', granularity: 'month' } },
      { parties: ['Asahi Kasei', 'Honda'], type: 'joint_venture', date: { start: '2024-11', end: '2024-11', granularity: 'month' } },
    ],
  },
  {
    name: 'a deal stated in a relative clause stands when the main clause only considers something else (Bの…を手がけるAは、増産を検討している); a name after が出資する or before へ出資 is discovered',
    text: 'テスラ向けの電池を手がけるパナソニックは、北米での増産を検討している。三菱商事が出資するローソンは、KDDIとも提携している。ホンダは2018年にクルーズへ出資し、21年にはGMと次世代EVの共同開発で合意した。',
    expect: [
      { parties: ['Panasonic', 'Tesla'], type: 'supply' },
      { parties: ['Mitsubishi Corporation', 'Lawson'], type: 'investment' },
      { parties: ['Lawson', 'KDDI'], type: 'partnership' },
      { parties: ['Honda', 'Cruise'], type: 'investment' },
      { parties: ['Honda', 'General Motors'], type: 'co_development' },
    ],
    reject: [{ parties: ['Mitsubishi Corporation', 'KDDI'] }],
  },
  {
    name: 'a report ending in 「と述べ、」 is a clause of its own: the talks it mentions do not make the next clause\'s deal tentative',
    text: 'トヨタ自動車は、ホンダと日産自動車の統合協議について「注視している」と述べ、デンソーとの協業強化を表明した。',
    expect: [{ parties: ['Toyota', 'Denso'], type: 'partnership' }],
    reject: [{ parties: ['Honda', 'Nissan'] }],
  },
  {
    name: 'giving up a deal (断念), an outside view of one (との見方) and a denial after the verb it denies (決定した事実はない) are none; goods made by B used by A (B製の…を採用) are a supply',
    text: '日産自動車は、ホンダとの経営統合を断念したと発表した。市場関係者の間では、ソニーがホンダとの合弁を拡大するとの見方が出ている。CATLは、フォードへの技術供与が報じられたが、同社は「決定した事実はない」とした。トヨタとホンダは、いずれもパナソニック製の電池を採用している。',
    expect: [
      { parties: ['Toyota', 'Panasonic'], type: 'supply' },
      { parties: ['Honda', 'Panasonic'], type: 'supply' },
    ],
    reject: [{ parties: ['Nissan', 'Honda'] }, { parties: ['Sony', 'Honda'] }, { parties: ['CATL', 'Ford'] }, { parties: ['Toyota', 'Honda'] }],
  },
  {
    name: 'a company named for contrast (BYDと異なり, トヨタとは違い) is no party',
    text: '自社で電池を手がけるBYDと異なり、テスラはパナソニックとLGエナジーソリューションから電池を調達している。トヨタとは違い、ホンダはGSユアサと提携した。',
    expect: [
      { parties: ['Tesla', 'Panasonic'], type: 'supply' },
      { parties: ['Tesla', 'LG Energy Solution'], type: 'supply' },
      { parties: ['Honda', 'GS Yuasa'], type: 'partnership' },
    ],
    reject: [{ parties: ['BYD', 'Panasonic'] }, { parties: ['BYD', 'LG Energy Solution'] }, { parties: ['Toyota', 'Honda', 'GS Yuasa'] }],
  },
  {
    name: 'the topic undergoes an act whose agent is named by による (XはAによるTOBで非上場化される); trade begun with B (Bとの取引を開始) is a supply; 方向だ is tentative; a counted list (…の4社) names its companies',
    text: '豊田自動織機は、トヨタ自動車によるTOBで非上場化される。パナソニックは、米テスラとの取引を開始した2010年以降、電池事業を拡大してきた。日産自動車は、台湾の鴻海精密工業からEVの受託生産を受ける方向だ。デンソー、アイシン、アドヴィックス、ジェイテクトの4社は、統合制御ソフトを共同開発する。',
    expect: [
      { parties: ['Toyota', 'Toyota Industries'], type: 'acquisition', roles: { acquirer: ['Toyota'], target: ['Toyota Industries'] } },
      { parties: ['Panasonic', 'Tesla'], type: 'supply' },
      { parties: ['Denso', 'Aisin', 'Advics', 'JTEKT'], type: 'co_development' },
    ],
    reject: [{ parties: ['Nissan', 'Foxconn'] }],
  },
  {
    name: 'a proposal turned down (案を提示したが…受け入れなかった) and "no new announcement" (新たな発表はない) are no deals',
    text: 'ホンダは、日産自動車を子会社化する案を提示したが、日産は受け入れなかった。出光興産は、トヨタとの全固体電池の協業について、新たな発表はないとした。',
    expect: [],
    reject: [{}],
  },
  {
    name: 'a group named before 系の describes the company (トヨタ系のデンソー): no party',
    text: 'トヨタ系のデンソーは、アイシンと電動化で協業している。',
    expect: [{ parties: ['Denso', 'Aisin'], type: 'partnership' }],
    reject: [{ parties: ['Toyota', 'Denso', 'Aisin'] }],
  },
  {
    name: 'two companies agreeing on a business integration (AとBは経営統合で合意) make one deal of both; 吸収合併 stays directional',
    text: 'ホンダと日産は経営統合で合意した。トヨタはダイハツを吸収合併する。',
    expect: [
      { parties: ['Honda', 'Nissan'], type: 'acquisition' },
      { parties: ['Toyota', 'Daihatsu'], type: 'acquisition' },
    ],
  },
];

export const en: AgreementCase[] = [
  {
    name: '"said it had picked": the name before the report is the subject of the relation; plural "contracts" are deals',
    text: 'Rivian said on Monday that it had picked Samsung SDI as the cell supplier for its R2 SUV. BMW has signed contracts worth more than 10 billion euros with CATL and EVE Energy for cylindrical cells.',
    expect: [
      { parties: ['Rivian', 'Samsung SDI'], type: 'supply' },
      { parties: ['BMW', 'CATL'] },
      { parties: ['BMW', 'EVE Energy'] },
    ],
    reject: [{ parties: ['BMW', 'CATL', 'EVE Energy'] }],
  },
  {
    name: 'a subordinate clause opening the sentence ("As Tesla cut prices,") is a clause of its own; "A, together with B," is a list of subjects',
    text: 'As Tesla cut prices, Volkswagen agreed to invest $5 billion in Rivian through a joint venture. Hyundai, together with Kia, invested in SES AI in 2021.',
    expect: [
      { parties: ['Volkswagen', 'Rivian'], type: 'joint_venture' },
      { parties: ['Hyundai Motor', 'SES AI'], type: 'investment' },
      { parties: ['Kia', 'SES AI'], type: 'investment' },
    ],
    reject: [{ parties: ['Tesla', 'Volkswagen', 'Rivian'] }, { parties: ['Hyundai Motor', 'Kia'] }],
  },
  {
    name: 'a company named after "said it would invest in" is discovered',
    text: 'Toyota said it would invest in Joby Aviation. Toyota will invest in Michigan and in North America.',
    expect: [{ parties: ['Toyota', 'Joby Aviation'], type: 'investment' }],
    reject: [{ parties: ['Toyota', 'Michigan'] }],
  },
  {
    name: '"tapped X to recycle" is a partnership, as "picked X to recycle" is',
    text: 'Toyota has tapped Redwood Materials to recycle end-of-life batteries in North America.',
    expect: [{ parties: ['Toyota', 'Redwood Materials'], type: 'partnership' }],
  },
  {
    name: '"make X a wholly owned subsidiary" is an acquisition; "A\'s stake in B" an undated investment (not a stake bought: "bought A\'s stake in B")',
    text: "Toyota will make Daihatsu a wholly owned subsidiary. Nissan's 15% stake in Renault is worth about 2 billion euros. Honda bought Panasonic's stake in PPES.",
    expect: [
      { parties: ['Toyota', 'Daihatsu'], type: 'acquisition' },
      { parties: ['Nissan', 'Renault'], type: 'investment', date: null },
      { parties: ['Honda', 'Panasonic'], type: 'acquisition' },
    ],
    reject: [{ parties: ['Panasonic', 'PPES'] }],
  },
  {
    name: 'a deal not yet decided ("had not decided whether to partner with") is none',
    text: 'Toyota said it had not decided whether to partner with Panasonic on a new plant.',
    expect: [],
    reject: [{}],
  },
  {
    name: '"B is A\'s largest customer" / "A is B\'s supplier" name a supply; a "supply relationship" is one; "cross-shareholdings" an investment',
    text: "Tesla is Panasonic's largest customer. LG Energy Solution has been GM's main battery supplier. Ford and SK On have a long-standing supply relationship. Nissan and Renault agreed to cut their cross-shareholdings to 15%.",
    expect: [
      { parties: ['Panasonic', 'Tesla'], type: 'supply', date: null },
      { parties: ['LG Energy Solution', 'General Motors'], type: 'supply', date: null },
      { parties: ['Ford', 'SK On'], type: 'supply' },
      { parties: ['Nissan', 'Renault'], type: 'investment' },
    ],
  },
  {
    name: '"said on Dec. 18 that it would buy X"; "sold part of its stake in X to Y" (X the object); a 51% stake is an acquisition; an opening "Amid …," phrase is a clause of its own; "no new plans" denies',
    text: "Nippon Steel said on Dec. 18 that it would buy U.S. Steel for $14.1 billion. Hitachi sold part of its stake in Hitachi Astemo to Honda. China's Geely acquired a 51% stake in Lotus in 2017. Amid falling battery prices driven by CATL and BYD, Panasonic Energy agreed to supply Subaru. Toyota CEO Koji Sato said there were no new plans for cooperation with BYD.",
    expect: [
      { parties: ['Nippon Steel', 'U.S. Steel'], type: 'acquisition' },
      { parties: ['Hitachi', 'Honda'] },
      { parties: ['Geely', 'Lotus Technology'], type: 'acquisition' },
      { parties: ['Panasonic Energy', 'Subaru'], type: 'supply' },
    ],
    reject: [{ parties: ['Hitachi', 'Hitachi Astemo'] }, { parties: ['CATL', 'Subaru'] }, { parties: ['BYD', 'Subaru'] }, { parties: ['Toyota', 'BYD'] }],
  },
  {
    name: 'a company with its JV apposition is a party to a deal of another type ("supply … to X, the battery venture of A, B and C"), and no founder of its own JV; a stake object with one is still no party of the sale',
    text: 'Umicore signed a multi-year deal to supply cathode materials to Automotive Cells Company, the battery venture of Stellantis, Mercedes-Benz and TotalEnergies. Saft will transfer its entire interest in ACC, the joint venture it set up with Stellantis, to Mercedes-Benz.',
    expect: [
      { parties: ['Umicore', 'Automotive Cells Company'], type: 'supply' },
      { parties: ['Stellantis', 'Mercedes-Benz', 'TotalEnergies'], type: 'joint_venture' },
    ],
    reject: [{ parties: ['Automotive Cells Company', 'Stellantis', 'Mercedes-Benz', 'TotalEnergies'] }, { parties: ['Saft', 'Automotive Cells Company'] }],
  },
  {
    name: 'a second deal with its verb left out and a date of its own ("signed an MOU in April 2024 and a joint venture agreement in November 2024") is a record of its own; money paid for a share of a company is an investment (a majority an acquisition)',
    text: 'Asahi Kasei and Honda signed an MOU in April 2024 and a joint venture agreement in November 2024. Stellantis paid 1.5 billion euros for about 21% of Leapmotor. Toyota paid $1 billion for 60% of Joby Aviation.',
    expect: [
      { parties: ['Asahi Kasei', 'Honda'], type: 'mou', date: { start: '2024-04', end: '2024-04', granularity: 'month' } },
      { parties: ['Asahi Kasei', 'Honda'], type: 'joint_venture', date: { start: '2024-11', end: '2024-11', granularity: 'month' } },
      { parties: ['Stellantis', 'Leapmotor'], type: 'investment' },
      { parties: ['Toyota', 'Joby Aviation'], type: 'acquisition' },
    ],
  },
  {
    name: 'a pipe table pasted into plain text is a table: each row a deal of its party columns, dated by its date column, typed by its description (or a partnership)',
    text: 'Battery deals\n\n| Date | Company | Partner | Deal |\n|---|---|---|---|\n| 2024-05-02 | LG Energy Solution | Honda | joint venture in Ohio |\n| 2025-03-20 | Panasonic Energy | Subaru | cell supply from 2027 |\n| 2025-04-20 | Toyota | Denso | battery cells |\n',
    expect: [
      { parties: ['LG Energy Solution', 'Honda'], type: 'joint_venture', date: { start: '2024-05-02', end: '2024-05-02', granularity: 'day' } },
      { parties: ['Panasonic Energy', 'Subaru'], type: 'supply', date: { start: '2025-03-20', end: '2025-03-20', granularity: 'day' } },
      { parties: ['Toyota', 'Denso'], type: 'partnership', date: { start: '2025-04-20', end: '2025-04-20', granularity: 'day' } },
    ],
  },
  {
    name: '"which makes batteries for X" in an inserted clause: the name before supplies X, whatever the main clause considers; "and agreed with GM in 2021 to …" is a deal of its own; "supply … to X" names X',
    text: 'Panasonic, which makes batteries for Tesla, is considering more U.S. capacity. Honda invested in Cruise in 2018 and agreed with GM in 2021 to co-develop EVs. As Tesla sales slumped, BYD signed a deal to supply 100,000 EVs to Sixt. Toyota Motor and Sumitomo Metal Mining said they would cooperate on mass-producing cathode materials for all-solid-state batteries.',
    expect: [
      { parties: ['Panasonic', 'Tesla'], type: 'supply' },
      { parties: ['Honda', 'Cruise'], type: 'investment' },
      { parties: ['Honda', 'General Motors'], type: 'co_development' },
      { parties: ['BYD', 'Sixt'], type: 'supply' },
      { parties: ['Toyota', 'Sumitomo Metal Mining'], type: 'partnership' },
    ],
    reject: [{ parties: ['Tesla', 'BYD'] }, { parties: ['Tesla', 'Sixt'] }],
  },
  {
    name: 'what analysts expect is no deal',
    text: 'Analysts expect Sony to expand its venture with Honda.',
    expect: [],
    reject: [{}],
  },
  {
    name: '"provide cells to X" is a supply (goods only, not a software platform); extending or renewing a contract reports it; "did not rule out" is tentative',
    text: 'Panasonic Energy will provide cylindrical cells to Lucid. Rivian will provide its software platform to Volkswagen. As Europe raised tariffs on Chinese EVs, BMW extended its battery contract with CATL. Sony did not rule out revising its partnership with Honda.',
    expect: [
      { parties: ['Panasonic Energy', 'Lucid'], type: 'supply' },
      { parties: ['BMW', 'CATL'] },
    ],
    reject: [{ parties: ['Rivian', 'Volkswagen'] }, { parties: ['Sony', 'Honda'] }],
  },
  {
    name: 'a company owned by two or more companies is their joint venture ("X, owned by A and B"; one owner: an investment); goods that come from B ("whose batteries come from B") are a supply to the clause\'s subject',
    text: 'Ultium Cells, owned by GM and LG Energy Solution, paused work at its Lansing plant. AESC, owned by Envision Group, will build a plant. Ford sells the Mach-E, whose batteries come from LG Energy Solution.',
    expect: [
      { parties: ['General Motors', 'LG Energy Solution'], type: 'joint_venture', date: null },
      { parties: ['Envision Group', 'Envision AESC'], type: 'investment' },
      { parties: ['Ford', 'LG Energy Solution'], type: 'supply' },
    ],
    reject: [{ parties: ['General Motors', 'Ultium Cells'] }, { parties: ['LG Energy Solution', 'Ultium Cells'] }],
  },
  {
    name: 'two companies agreeing to merge make one deal of both ("agreed to merge", "a merger agreement", 経営統合で合意); the company a merger formed is no party; ended merger talks are none',
    text: 'Honda and Nissan agreed to merge. Nissan and Renault signed a merger agreement. Hitachi Astemo was formed in 2021 through the merger of Hitachi Automotive Systems and three Honda suppliers. Toyota and Mazda ended merger talks.',
    expect: [
      { parties: ['Honda', 'Nissan'], type: 'acquisition' },
      { parties: ['Nissan', 'Renault'], type: 'acquisition' },
    ],
    reject: [{ parties: ['Hitachi Astemo', 'Hitachi'] }, { parties: ['Hitachi Astemo', 'Honda'] }, { parties: ['Toyota', 'Mazda'] }],
  },
  {
    name: 'a deal of the parties\' own that is ended was signed and stays a record ("terminated its agreement to …", 「結んでいた…契約を解消」, 「との…契約を解消」); talks, planned deals and a partnership passed up are none',
    text: 'General Motors terminated its agreement to jointly develop lower-cost EVs with Honda. Ford ended its battery supply deal with SK On. Nissan and Honda called off their merger talks. Honda scrapped its planned acquisition of Nissan. 米ゼネラル・モーターズ（GM）は、ホンダと結んでいた低価格EVの共同開発契約を解消した。トヨタは、パナソニックとの提携を見送った。',
    expect: [
      { parties: ['General Motors', 'Honda'], type: 'co_development' },
      { parties: ['Ford', 'SK On'], type: 'supply' },
    ],
    reject: [{ parties: ['Nissan', 'Honda'] }, { parties: ['Toyota', 'Panasonic'] }],
  },
  {
    name: 'a deal only considered, hoped for or denied is none: a signing word used as a noun (「合弁会社設立を検討」), 是非を判断, 仮に…すれば, "speculation that", "could become a supplier", "close to a deal", "no agreement has been reached"; 「合意いたしました」 is a signing verb',
    text: '関係者によると、ホンダは韓国のサムスンSDIとの合弁会社設立を検討しているという。双日は、豪アイオニアへの出資の是非を来年度までに判断する。仮にホンダと日産自動車が経営統合すれば、世界3位の自動車グループが誕生する。LG Energy Solution declined to comment on speculation that it would supply cells for Tesla. Samsung SDI could become a supplier to General Motors. BMW was close to a deal with Northvolt. Rivian is exploring whether to source cells from Gotion, though no agreement has been reached. 株式会社ENEOSと出光興産株式会社は、合成燃料の共同検討を開始することで合意いたしました。',
    expect: [{ parties: ['ENEOS', 'Idemitsu Kosan'], type: 'partnership' }],
    reject: [
      { parties: ['Honda', 'Samsung SDI'] },
      { parties: ['Sojitz', 'アイオニア'] },
      { parties: ['Honda', 'Nissan'] },
      { parties: ['LG Energy Solution', 'Tesla'] },
      { parties: ['Samsung SDI', 'General Motors'] },
      { parties: ['BMW', 'Northvolt'] },
      { parties: ['Rivian', 'Gotion High-Tech'] },
    ],
  },
  {
    name: 'a context clause before the deal is a clause of its own: 「…が激しさを増すなか、」「…が伸び悩む中、」, "Citing competition from …,", "Beating rival bidder X,"; a stake is a majority only when its number is (not "4.99%")',
    text: '米テスラや中国BYDとの価格競争が激しさを増すなか、トヨタ自動車は豊田通商と電池材料の調達で合意した。韓国勢ではLGエナジーソリューションとSKオンが苦戦するなか、サムスンSDIはステランティスとの合弁会社の設立で合意した。Citing competition from Chinese players such as BYD and Geely, Renault signed a memorandum of understanding with LG Energy Solution. Beating rival bidder SK On, Samsung SDI won an order to supply cells to Stellantis. Volkswagen acquired a 4.99% stake in Xpeng.',
    expect: [
      { parties: ['Toyota', 'Toyota Tsusho'] },
      { parties: ['Samsung SDI', 'Stellantis'], type: 'joint_venture' },
      { parties: ['Renault', 'LG Energy Solution'], type: 'mou' },
      { parties: ['Samsung SDI', 'Stellantis'], type: 'supply' },
      { parties: ['Volkswagen', 'XPeng'], type: 'investment' },
    ],
    reject: [{ parties: ['Tesla', 'BYD'] }, { parties: ['Toyota', 'BYD'] }, { parties: ['LG Energy Solution', 'SK On'] }, { parties: ['BYD', 'Renault'] }, { parties: ['SK On', 'Stellantis'] }],
  },
  {
    name: 'deal words: 手を組む, 傘下に収める, Bに…を納める, 資本参加, a headline\'s "ink"; "taps B for cells" is a supply of named goods',
    text: '日産自動車は、英アーム・ホールディングスと車載半導体の設計で手を組む。中国の浙江吉利控股集団は、英ロータス・カーズを傘下に収めた。ニデックは、中国の広州汽車集団にEV用駆動モーターを納める。豊田通商は、豪オロコブレへの資本参加を決めた。Toyota, Sumitomo Metal Mining ink cathode pact for solid-state batteries. Hyundai Motor taps Samsung SDI for solid-state cells in 2028 models.',
    expect: [
      { parties: ['Nissan', 'Arm'], type: 'partnership' },
      { parties: ['Geely Holding', 'ロータス・カーズ'], type: 'acquisition' },
      { parties: ['Nidec', 'GAC'], type: 'supply' },
      { parties: ['Toyota Tsusho', 'オロコブレ'], type: 'investment' },
      { parties: ['Toyota', 'Sumitomo Metal Mining'] },
      { parties: ['Hyundai Motor', 'Samsung SDI'], type: 'supply' },
    ],
  },
  {
    name: 'shareholdings and ventures in passing: "A owns 22% of B", "B, in which A is an investor", "X, which A owns together with B", "X has been formed by A, B and C" (two founders or more)',
    text: 'Tianqi Lithium owns 22.16% of SQM, the Chilean lithium producer. Battery recycler Li-Cycle, in which LG Energy Solution is an investor, filed for bankruptcy protection. Workers at BlueOval SK, which Ford owns together with SK On, voted to join the union. A new company, Ionna, has been formed by BMW, General Motors and Honda to build chargers. Redwood Materials was founded by Tesla.',
    expect: [
      { parties: ['Tianqi Lithium', 'SQM'], type: 'investment', date: null },
      { parties: ['LG Energy Solution', 'Li-Cycle'], type: 'investment', date: null },
      { parties: ['Ford', 'SK On'], type: 'joint_venture', date: null },
      { parties: ['BMW', 'General Motors', 'Honda'], type: 'joint_venture' },
    ],
    reject: [{ parties: ['Redwood Materials', 'Tesla'] }, { parties: ['BlueOval SK', 'Ford'] }],
  },
  {
    name: 'a shareholding stated as a share of B\'s stock (「Bの株式の約34%を保有するA」, 「AはBの株式の15%を保有」); 「AとBの共同出資会社であるC」 and 「新会社に共同出資する」 are joint ventures; a passive with one target takes the maker of its relative clause (「Aが生産する正極材は、Bへ納入される」)',
    text: '三菱自動車の株式の約34%を保有する日産自動車は、保有比率を引き下げる。日産はルノーの株式の15%を保有している。ホンダとソニーグループの共同出資会社であるソニー・ホンダモビリティは、受注を始めた。仏ルノー、中国の浙江吉利控股集団、サウジアラムコは、新会社に共同出資する契約に調印した。ポスコフューチャーエムが生産する正極材は、サムスンSDIへ納入されることが決まった。',
    expect: [
      { parties: ['Nissan', 'Mitsubishi Motors'], type: 'investment', date: null },
      { parties: ['Nissan', 'Renault'], type: 'investment', date: null },
      { parties: ['Honda', 'Sony'], type: 'joint_venture', date: null },
      { parties: ['Renault', 'Geely Holding', 'Saudi Aramco'], type: 'joint_venture' },
      { parties: ['POSCO Future M', 'Samsung SDI'], type: 'supply' },
    ],
    reject: [{ parties: ['Sony Honda Mobility', 'Honda'] }, { parties: ['Saudi Aramco', 'Samsung SDI'] }],
  },
  {
    name: '"and, separately, signed" starts a clause of its own: two deals, not one of three',
    text: 'Toyota agreed to buy lithium from Ioneer and, separately, signed a memorandum with Sumitomo Metal Mining on cathode recycling.',
    expect: [
      { parties: ['Toyota', 'ioneer'], type: 'supply' },
      { parties: ['Toyota', 'Sumitomo Metal Mining'], type: 'mou' },
    ],
  },
  {
    name: 'deal words: "jointly design", "taken private by", "completed the purchase of X\'s factory", "a deal with B for cells", "source … (up to eight words) from", "purchasing framework agreement", 引き取り契約, Bの筆頭株主となった, "landed orders worth $30 billion from A and B"',
    text: 'Valeo and Renault have agreed to jointly design an electric motor. Zeekr was taken private by Geely Automobile. Freyr Battery said it had completed the purchase of Trina Solar\'s U.S. factory. Rivian signed a deal with LG Energy Solution for cylindrical cells. BAIC Motor will source silicon carbide modules for its Arcfox cars from Rohm. GAC Aion and CALB renewed their battery purchasing framework agreement. 双日は、ライオンタウン・リソーシズとスポジュメン精鉱の引き取り契約を締結した。ハンファ・ソリューションズは、米フレイヤー・バッテリーの筆頭株主となった。Posco Future M has landed cathode orders worth a combined $30 billion from LG Energy Solution and Samsung SDI.',
    expect: [
      { parties: ['Valeo', 'Renault'], type: 'co_development' },
      { parties: ['Zeekr', 'Geely'], type: 'acquisition' },
      { parties: ['FREYR Battery', 'Trina Solar'], type: 'acquisition' },
      { parties: ['Rivian', 'LG Energy Solution'], type: 'supply' },
      { parties: ['BAIC', 'Rohm'], type: 'supply' },
      { parties: ['GAC Aion', 'CALB'], type: 'supply' },
      { parties: ['Sojitz', 'Liontown Resources'], type: 'supply' },
      { parties: ['Hanwha Solutions', 'FREYR Battery'], type: 'investment' },
      { parties: ['POSCO Future M', 'LG Energy Solution'], type: 'supply' },
      { parties: ['POSCO Future M', 'Samsung SDI'], type: 'supply' },
    ],
  },
  {
    name: 'ownership stated as each owner\'s share ("owned 60% by A and 40% by B") is their joint venture; the company "to be called X" is no founder; "which counts B as its largest shareholder", "which B backed with a 3% stake" and "now controls 19.9% of B" are shareholdings in passing',
    text: 'The venture, to be called NextStar Energy, is owned 51% by Stellantis and 49% by LG Energy Solution. Named Kyoto Cell Works, the new company will be owned 60% by Kyocera and 40% by GS Yuasa. Svolt Energy, which counts Great Wall Motor as its largest shareholder, plans a listing. Cells from Farasis Energy, which Daimler backed with a 3% stake in 2020, will power a van. Hancock Prospecting now controls 19.9% of Liontown Resources.',
    expect: [
      { parties: ['Stellantis', 'LG Energy Solution'], type: 'joint_venture' },
      { parties: ['Kyocera', 'GS Yuasa'], type: 'joint_venture' },
      { parties: ['SVOLT Energy', 'Great Wall Motor'], type: 'investment', date: null },
      { parties: ['Farasis Energy', 'Mercedes-Benz'], type: 'investment', date: null },
      { parties: ['Hancock Prospecting', 'Liontown Resources'], type: 'investment', date: null },
    ],
    reject: [{ parties: ['NextStar Energy', 'Stellantis', 'LG Energy Solution'] }],
  },
];
