/**
 * A fifth set of agreement case rows in the shapes of business news (cases.ts joins them with
 * the others): each row against a defect that fresh text showed (seeds/agreements/README.md,
 * 1.2.8).
 */
import type { AgreementExpectation, Case } from '../cases.ts';

type AgreementCase = Case<AgreementExpectation>;

export const ja: AgreementCase[] = [
  {
    name: 'the one supplied, named by 向けの / への before a supply contract, is its other party; one record per customer',
    text: '住友金属鉱山は、トヨタ向けの正極材の長期供給契約を締結した。パナソニックエナジーは28日、米テスラ向けの円筒形電池の供給契約を2031年まで延長することで合意した。デンソーはホンダへの電動コンプレッサーの供給契約を結んだ。ニデックは、日産と三菱自動車向けの駆動モーターの供給契約を結んだ。',
    expect: [
      { parties: ['Sumitomo Metal Mining', 'Toyota'], type: 'supply' },
      { parties: ['Panasonic Energy', 'Tesla'], type: 'supply' },
      { parties: ['Denso', 'Honda'], type: 'supply' },
      { parties: ['Nidec', 'Nissan'], type: 'supply' },
      { parties: ['Nidec', 'Mitsubishi Motors'], type: 'supply' },
    ],
    reject: [{ parties: ['Nidec', 'Nissan', 'Mitsubishi Motors'] }],
  },
  {
    name: 'negative: with the party it is made with named (Bと), the end customer named by 向け is no party of the supply contract',
    text: '住友金属鉱山はパナソニックと、テスラ向けの電池に使う正極材の供給契約を結んだ。',
    expect: [{ parties: ['Sumitomo Metal Mining', 'Panasonic'], type: 'supply' }],
    reject: [{ parties: ['Sumitomo Metal Mining', 'Panasonic', 'Tesla'] }, { parties: ['Sumitomo Metal Mining', 'Tesla'] }],
  },
  {
    name: 'the maker of the product the goods are for (「Bが生産する…向けに」) is the customer of the clause subject\'s shipments',
    text: '住友電気工業は今月、ホンダが米オハイオ州で生産する新型EV向けに、高電圧ワイヤーハーネスの出荷を始めた。マクセルは、デンソーが量産する車載カメラ向けに耐熱コイン形リチウム電池を納めている。',
    expect: [
      { parties: ['Sumitomo Electric Industries', 'Honda'], type: 'supply' },
      { parties: ['Maxell', 'Denso'], type: 'supply' },
    ],
  },
  {
    name: 'a list line led by a company\'s name and a colon (「・ホンダ：…」) has that company as its subject; talks are no deal',
    text: '・ホンダ：LGエナジーソリューションと合弁（米オハイオ州）\n・トヨタ：LGエナジーソリューションから電池調達（米ミシガン州）\n・日産：SKオンと調達交渉中\n',
    expect: [
      { parties: ['Honda', 'LG Energy Solution'], type: 'joint_venture' },
      { parties: ['Toyota', 'LG Energy Solution'], type: 'supply' },
    ],
    reject: [{ parties: ['Nissan', 'SK On'] }],
  },
  {
    name: 'a list before 「の各社と」 is each a partner: one supply record per customer',
    text: '中国の贛鋒リチウム（Ganfeng Lithium）は、トヨタ自動車、BMW、現代自動車の各社と水酸化リチウムの供給契約を結んでいる。',
    expect: [
      { parties: ['Ganfeng Lithium', 'Toyota'], type: 'supply' },
      { parties: ['Ganfeng Lithium', 'BMW'], type: 'supply' },
      { parties: ['Ganfeng Lithium', 'Hyundai Motor'], type: 'supply' },
    ],
  },
  {
    name: 'a university beside a company in the subject (「トヨタと京都大学は」) is a party by its plain name',
    text: 'トヨタ自動車と京都大学は、次世代のフッ化物イオン電池に関する共同研究契約を結んだ。',
    expect: [{ parties: ['Toyota', 'Kyoto University'], type: 'co_development' }],
  },
  {
    name: 'a rival beaten for the order (「Bとの受注競争に競り勝ったA」) is no party; 両社 are the clause\'s own names, not one in a relative clause (「住友化学が撤退した事業」)',
    text: 'LGエナジーソリューションとの受注競争に競り勝ったパナソニックエナジーは、マツダ向け円筒形電池の供給契約を獲得した。三菱ケミカルグループは、住友化学が撤退した電解液事業を、中国の天賜材料と共同で拡大する。両社は年内に合弁会社を設立する。',
    expect: [
      { parties: ['Panasonic Energy', 'Mazda'], type: 'supply' },
      { parties: ['Mitsubishi Chemical Group', 'Tinci Materials'], type: 'joint_venture' },
    ],
    reject: [{ parties: ['LG Energy Solution', 'Panasonic Energy', 'Mazda'] }, { parties: ['Mitsubishi Chemical Group', 'Sumitomo Chemical'] }],
  },
  {
    name: 'shares bought from their holder named in a relative clause (「Bが保有する…株式を取得」「買い戻す」), or handed from one to the other (「AからBに譲渡された」): buyer and seller',
    text: 'ボルボ・カーズは24年、ノースボルトが持つ合弁会社の株式をすべて取得した。日産自動車は、仏ルノーが保有する日産株の一部を約1000億円で買い戻すことで合意した。日立Astemoの株式の一部は、日立製作所から本田技研工業に譲渡された。',
    expect: [
      { parties: ['Volvo Cars', 'Northvolt'], type: 'acquisition' },
      { parties: ['Nissan', 'Renault'], type: 'acquisition' },
      { parties: ['Honda', 'Hitachi'], type: 'acquisition' },
    ],
  },
  {
    name: 'a joint venture its founders dissolve (「合弁会社「X」を解消」) was signed: it stays a record, undated',
    text: '独BMWと中国の長城汽車は、EV合弁会社「スポットライト・オートモーティブ」を解消すると発表した。',
    expect: [{ parties: ['BMW', 'Great Wall Motor'], type: 'joint_venture', date: null }],
  },
  {
    name: 'negative: a deal only possible (「出資を受け入れる可能性がある」) or decided on as a plan (「結ぶ方針を固めた」) is none, whatever phrase names it',
    text: '関係者によると、日産自動車は鴻海精密工業から出資を受け入れる可能性がある。日本製鉄は、米ゼネラル・モーターズ（GM）と電磁鋼板の長期供給契約を結ぶ方針を固めた。',
    expect: [],
    reject: [{ parties: ['Foxconn', 'Nissan'] }, { parties: ['Nippon Steel', 'General Motors'] }],
  },
  {
    name: 'a paragraph without a subject goes on about the story\'s topic (は), over figures, plans and a heading, not about the subject (が) of one act in a paragraph before',
    text: '電池事業を担うパナソニックエナジーは、増収だった。\n\n今期は、売上高が前期比19%増を見込む。新工場の量産を始める計画だ。北米での販売量は年46GWhを計画する。\n\n■顧客開拓を加速\n依存を下げるため、顧客の多様化も進めている。国内では、SUBARUと24年3月19日に協業基本契約を締結した。\n\nマツダ向けにはセルを27年以降に供給し、マツダがパックに組み立てる。\n\n■調達網を構築\n材料の現地調達も急ぐ。23年12月には米シラ・ナノテクノロジーズと負極材の購入契約を結んだ。',
    referenceDate: '2025-05-10',
    expect: [
      { parties: ['Panasonic Energy', 'Subaru'] },
      { parties: ['Panasonic Energy', 'Sila Nanotechnologies'], type: 'supply' },
    ],
    reject: [{ parties: ['Mazda', 'Sila Nanotechnologies'] }],
  },
  {
    name: 'a group named as the target (「3社へTOB」) is the companies listed last, not the clause\'s subject nor the parties of the deal before: one acquisition per target',
    text: '日立とホンダは、日立オートモティブシステムズと、ケーヒン、ショーワ、日信工業の4社を経営統合する基本契約を結んだ。手順として、ホンダが3社へTOBを実施して完全子会社とした。',
    expect: [
      { parties: ['Honda', 'Keihin'], type: 'acquisition' },
      { parties: ['Honda', 'Showa'], type: 'acquisition' },
      { parties: ['Honda', 'Nissin Kogyo'], type: 'acquisition' },
    ],
    reject: [{ parties: ['Honda', 'Hitachi'] }],
  },
  {
    name: 'a partner named by とともに acts with the subject: each invests in the company named (「それぞれ…出資」); a minority share (「12.5%ずつの持ち分を取得」) is an investment, not an acquisition',
    text: 'デンソーは23年10月、三菱電機とともに米コヒレントのSiC事業にそれぞれ5億ドルを出資し、12.5%ずつの持ち分を取得した。',
    expect: [
      { parties: ['Denso', 'Coherent'], type: 'investment' },
      { parties: ['Mitsubishi Electric', 'Coherent'], type: 'investment' },
    ],
    reject: [{ parties: ['Denso', 'Mitsubishi Electric'] }],
  },
  {
    name: 'a contract whose content is a supply (「セルを供給する複数年契約」) between two named together is a supply; A named apart from B still supplies B',
    text: 'パナソニックエナジーとルーシッドは2022年12月13日、セルを供給する複数年契約を結んだ。デンソーはホンダにセンサーを供給する契約を結んだ。',
    expect: [
      { parties: ['Panasonic Energy', 'Lucid'], type: 'supply' },
      { parties: ['Denso', 'Honda'], type: 'supply' },
    ],
  },
  {
    name: 'the Japanese half of a bilingual article has a lead of its own (「パナソニックエナジーは14日、」): a paragraph without a subject goes on about it, not about the topic of a side remark',
    text: 'Panasonic Energy opened its Kansas plant on Monday.\n\nパナソニックエナジーは14日、カンザス州の電池工場の開所式を開いた。\n\nルーシッドはそれまで、LG化学からセルを調達していた。\n\n国内では自動車メーカーへの供給準備を進める。2024年9月6日には、マツダと、マツダのEV向けに円筒形電池を供給する準備を始めると発表した。',
    referenceDate: '2025-07-14',
    expect: [{ parties: ['Panasonic Energy', 'Mazda'], type: 'supply' }],
    reject: [{ parties: ['Lucid', 'Mazda'] }],
  },
  {
    name: '「A以外にもBなどに供給」: besides A, also B — both are customers of the subject, not A a supplier of B',
    text: 'アステモはホンダ以外にも日産自動車などに部品を供給しており、取引の維持が課題となる。',
    expect: [
      { parties: ['Hitachi Astemo', 'Honda'], type: 'supply' },
      { parties: ['Hitachi Astemo', 'Nissan'], type: 'supply' },
    ],
    reject: [{ parties: ['Honda', 'Nissan'] }],
  },
  {
    name: 'a story whose first sentence has the company as its subject (「…CATLが、…急いでいる。」) goes on about it in paragraphs without a subject; 「契約を交わし、Xは…」 starts a clause of its own; 「包括的なアライアンス契約」 is a strategic partnership',
    text: '中国の寧徳時代新能源科技（CATL）が、欧州での現地生産を急いでいる。\n\n日本の自動車大手との関係も深い。2019年7月17日には、トヨタ自動車と包括的パートナーシップを締結した。ホンダとは同年2月に電池を共同開発する契約を結んだ。2020年7月10日には電池に関する包括的なアライアンス契約を交わし、ホンダは第三者割当増資を引き受けた。',
    referenceDate: '2025-06-02',
    expect: [
      { parties: ['CATL', 'Toyota'], type: 'strategic_partnership' },
      { parties: ['CATL', 'Honda'], type: 'co_development' },
      { parties: ['CATL', 'Honda'], type: 'strategic_partnership', date: { start: '2020-07-10', end: '2020-07-10', granularity: 'day' } },
    ],
  },
  {
    name: 'negative: the first sentence\'s topic is no subject of a clause that has one of its own, even one that is no party (a JV company: 「AとBが折半出資するCは」)',
    text: 'ソニーグループと本田技研工業が折半出資するソニー・ホンダモビリティは、米エヌビディアと半導体の供給契約を結んだ。',
    expect: [{ parties: ['Sony', 'Honda'], type: 'joint_venture' }],
    reject: [{ parties: ['Sony', 'NVIDIA'] }, { parties: ['Honda', 'NVIDIA'] }],
  },
  {
    name: '同社 in a clause without a subject of its own is another company than the one the clause goes on about (「ホンダは…SESに出資した。6月には、同社から…調達する契約も結んだ」)',
    text: 'ホンダは1月、米SES AIに出資した。6月には、同社からリチウム金属電池のサンプルセルを調達する契約も結んだ。ヤマハ発動機は、台湾のゴゴロと提携した。今年は同社の第三者割当増資を引き受け、約5%を出資した。',
    expect: [
      { parties: ['Honda', 'SES AI'], type: 'supply' },
      { parties: ['Yamaha Motor', 'Gogoro'], type: 'investment' },
    ],
  },
  {
    name: 'a company two own together (「AとBが出資するC」) is their joint venture in passing; 「主要顧客のB」 is a customer of the company the story is about; a JV 「の解消で合意」 stays a record; a rival named by 「競合の」 is no party; candidates 「の名前が挙がっている」 are no deal',
    text: 'JX金属と丸紅が出資するチリの資源開発会社アンデス・リソーシズは、探査を始めた。パナソニックエナジーは9日、新工場で量産出荷を始めた。主要顧客のテスラは、自社製電池の生産を拡大している。いすゞ自動車と中国の江鈴汽車集団は、小型トラック合弁の解消で合意した。サムスンSDIは、独BMWと電池の供給契約を結んだ。競合のLGエナジーソリューションや中国のCATLを抑えての受注となった。業界では、トヨタの電池の調達先として、豊田自動織機の名前が挙がっている。',
    expect: [
      { parties: ['JX Advanced Metals', 'Marubeni'], type: 'joint_venture', date: null },
      { parties: ['Panasonic Energy', 'Tesla'], type: 'supply', date: null },
      { parties: ['Isuzu', 'Jiangling Motors'], type: 'joint_venture' },
      { parties: ['Samsung SDI', 'BMW'], type: 'supply' },
    ],
    reject: [{ parties: ['JX Advanced Metals', 'アンデス・リソーシズ'] }, { parties: ['LG Energy Solution', 'CATL'] }, { parties: ['Toyota', 'Toyota Industries'] }],
  },
  {
    name: 'a list of customers of a supply without a subject (「BMWのほか、メルセデス、ボルボに供給する」): the company the story goes on about supplies each; a headline 「A、Bに…供給」 stays A\'s supply of B',
    text: '中国の億緯リチウム能源（EVE）は、新工場で生産する電池の納入先を明らかにした。独BMWのほか、メルセデス・ベンツ、ボルボ・カーズに供給する。\nパナソニックエナジー、マツダにEV電池供給　27年から',
    expect: [
      { parties: ['EVE Energy', 'BMW'], type: 'supply' },
      { parties: ['EVE Energy', 'Mercedes-Benz'], type: 'supply' },
      { parties: ['EVE Energy', 'Volvo Cars'], type: 'supply' },
      { parties: ['Panasonic Energy', 'Mazda'], type: 'supply' },
    ],
    reject: [{ parties: ['BMW', 'Mercedes-Benz', 'Volvo Cars'] }],
  },
  {
    name: 'a dated list line under a heading that names nobody (「・2012年6月　…の覚書を締結」) is a step of the two companies the document is about',
    text: 'トヨタとBMWは、協業強化で基本合意した。トヨタとBMWは燃料電池を共同開発する。BMWはトヨタから燃料電池セルの供給を受けている。\n\n■これまでの主な協業\n・2012年6月　燃料電池システムなど4分野で協業する覚書を締結\n・2013年1月24日　上記4分野の協業に関する正式契約を締結\n',
    referenceDate: '2024-09-05',
    expect: [
      { parties: ['Toyota', 'BMW'], type: 'mou', date: { start: '2012-06', end: '2012-06', granularity: 'month' } },
      { parties: ['Toyota', 'BMW'], date: { start: '2013-01-24', end: '2013-01-24', granularity: 'day' } },
    ],
  },
  {
    name: '「インドのルーカスTVSと…契約」: a name after 「<country>の」 is a company when it is a party of its sentence\'s deal; 「独VW（VW）グループの電池会社パワーコ」 names PowerCo, VW is no party',
    text: 'GSユアサは9日、インドのルーカスTVSとリチウムイオン電池セルの製造技術に関するライセンス契約を締結した。ライオンタウンは16日、報告書を公表した。同社は独フォルクスワーゲン（VW）グループの電池会社パワーコとスポジュメン精鉱の供給契約を結んでいる。',
    expect: [
      { parties: ['GS Yuasa', 'ルーカスTVS'], type: 'licensing' },
      { parties: ['Liontown Resources', 'PowerCo'], type: 'supply' },
    ],
    reject: [{ parties: ['Volkswagen', 'PowerCo'] }, { parties: ['Liontown Resources', 'Volkswagen', 'PowerCo'] }],
  },
  {
    name: 'partners listed without a subject (「マツダ、スバルと…供給の枠組みを固め」「米ルーシッド・グループや米ハービンジャーとも供給契約」): the company the text goes on about signed with each; a headline 「ホンダ、GSユアサと新電池会社」 keeps its first name as subject',
    text: 'パナソニックエナジーは増産を発表した。マツダ、スバルと相次いで供給の枠組みを固め、工場を増強する。テスラに続き、米ルーシッド・グループや米ハービンジャーとも供給契約を結んでいる。\nホンダ、GSユアサと新電池会社　4000億円投資',
    expect: [
      { parties: ['Panasonic Energy', 'Mazda'], type: 'supply' },
      { parties: ['Panasonic Energy', 'Subaru'], type: 'supply' },
      { parties: ['Panasonic Energy', 'Lucid'], type: 'supply' },
      { parties: ['Honda', 'GS Yuasa'] },
    ],
    reject: [{ parties: ['Mazda', 'Subaru'] }],
  },
];

export const en: AgreementCase[] = [
  {
    name: '"they" and "the three" stand for all the companies named before, not the first two',
    text: 'Honda, Nissan and Mitsubishi Motors are moving closer together. The three said on Thursday they had signed a memorandum of understanding on software. Toyota, Subaru and Mazda met in Tokyo. They signed a memorandum of understanding on engines.',
    expect: [
      { parties: ['Honda', 'Nissan', 'Mitsubishi Motors'], type: 'mou' },
      { parties: ['Toyota', 'Subaru', 'Mazda'], type: 'mou' },
    ],
    reject: [{ parties: ['Honda', 'Nissan'] }, { parties: ['Toyota', 'Subaru'] }],
  },
  {
    name: 'negative: "the three plants" is no reference to companies',
    text: 'Toyota bought the three plants from Nissan. The three plants will make cells.',
    expect: [{ parties: ['Toyota', 'Nissan'] }],
    reject: [{ parties: ['Toyota', 'Nissan', 'Honda'] }],
  },
  {
    name: '"the A–B venture" in apposition is a joint venture of the two in passing; they are no parties of the deal of the name it describes',
    text: 'Honda buys the cells for its Prologue crossover from Ultium Cells, the GM–LG Energy Solution venture in Warren, Ohio.',
    expect: [
      { parties: ['General Motors', 'LG Energy Solution'], type: 'joint_venture', date: null },
      { parties: ['Honda', 'Ultium Cells'], type: 'supply' },
    ],
    reject: [{ parties: ['Honda', 'General Motors', 'LG Energy Solution'] }],
  },
  {
    name: '"said its customers now include A, B and C": one supply each; "the latter two" are the last two named',
    text: 'CALB said its customers now include Xpeng, GAC Aion and Changan Automobile, after it signed supply agreements with the latter two this month.',
    expect: [
      { parties: ['CALB', 'XPeng'], type: 'supply' },
      { parties: ['CALB', 'GAC Aion'], type: 'supply' },
      { parties: ['CALB', 'Changan'], type: 'supply' },
    ],
    reject: [{ parties: ['CALB', 'XPeng', 'GAC Aion', 'Changan'] }],
  },
  {
    name: '"A\'s business … was sold to B" is a sale of A to B; "Volkswagen\'s PowerCo" names PowerCo, its owner is no party; a rival undercut is no party',
    text: 'Northvolt\'s energy-storage business in Gdańsk was sold to Lyten Inc. for an undisclosed sum. Umicore, which supplies cathode materials to Volkswagen\'s PowerCo, cut its guidance. Undercutting CATL on price, Gotion High-Tech won a contract to supply LFP cells to Volkswagen.',
    expect: [
      { parties: ['Northvolt', 'Lyten'], type: 'acquisition' },
      { parties: ['Umicore', 'PowerCo'], type: 'supply' },
      { parties: ['Gotion High-Tech', 'Volkswagen'], type: 'supply' },
    ],
    reject: [{ parties: ['Umicore', 'Volkswagen'] }, { parties: ['CATL', 'Volkswagen'] }],
  },
  {
    name: 'a company bought is a deal of the buyer and its owner named in the apposition ("bought Cuberg, Northvolt\'s unit"); "take over B\'s half of X" is bought from B; "X, B\'s largest shareholder" is a shareholding in passing',
    text: 'Lyten has been collecting Northvolt\'s businesses piece by piece. It bought Cuberg, Northvolt\'s lithium-metal battery unit in California, in November 2024. Volvo Cars signed a share purchase agreement on Jan. 29, 2025 to take over Northvolt\'s half of NOVO Energy, the Gothenburg battery venture the two companies set up in 2021. Volkswagen, Northvolt\'s largest shareholder with about 21%, had written the holding down.',
    expect: [
      { parties: ['Lyten', 'Northvolt'], type: 'acquisition' },
      { parties: ['Volvo Cars', 'Northvolt'], type: 'acquisition' },
      { parties: ['Volvo Cars', 'Northvolt'], type: 'joint_venture' },
      { parties: ['Volkswagen', 'Northvolt'], type: 'investment', date: null },
    ],
    reject: [{ parties: ['Lyten', 'Cuberg'] }],
  },
  {
    name: '"Under that agreement …" states a term of the deal just reported: dated by it, one record with its type',
    text: 'The expansion builds on the agreement QuantumScape and PowerCo announced on July 11, 2024. Under that agreement PowerCo received a non-exclusive licence to manufacture cells based on QuantumScape\'s technology.',
    expect: [{ parties: ['QuantumScape', 'PowerCo'], type: 'licensing', date: { start: '2024-07-11', end: '2024-07-11', granularity: 'day' } }],
    reject: [{ parties: ['QuantumScape', 'PowerCo'], type: 'partnership' }],
  },
  {
    name: '"sell its stake in the plant of X, its joint venture with B, to that partner": a sale to B (the plant\'s owner is the object) and the JV told in passing, two records',
    text: 'GM sold its stake in the Lansing plant of Ultium Cells, its joint venture with LG Energy Solution, to that partner.',
    expect: [
      { parties: ['General Motors', 'LG Energy Solution'], type: 'acquisition' },
      { parties: ['General Motors', 'LG Energy Solution'], type: 'joint_venture', date: null },
    ],
    reject: [{ parties: ['General Motors', 'Ultium Cells'] }],
  },
  {
    name: '"Under a deal with B, A will …" is a deal of A and B; "after buying B\'s share" at the end of a clause is bought from B',
    text: 'Under a deal with Glencore, Li-Cycle will process black mass at its hub in Rochester, New York. Volvo Cars took full ownership of Novo Energy in 2024 after buying Northvolt\'s share.',
    expect: [
      { parties: ['Li-Cycle', 'Glencore'] },
      { parties: ['Volvo Cars', 'Northvolt'], type: 'acquisition' },
    ],
    reject: [{ parties: ['Novo Energy', 'Northvolt'] }],
  },
  {
    name: 'buying a company named by its kind ("buy Dutch charging operator Allego"); selling a plant "in Nysa, Poland, to" a buyer; an adviser "acting as financial adviser" is no party; an order of "4 gigawatt-hours of storage cells from" B; "raised its stake in" B',
    text: 'ChargePoint Holdings agreed to buy Dutch charging operator Allego for about 380 million euros in cash, the company said on Thursday. Umicore agreed to sell its cathode plant in Nysa, Poland, to Tata Chemicals for 200 million euros, with Goldman Sachs acting as the Belgian group\'s financial adviser. NextEra Energy has ordered 4 gigawatt-hours of storage cells from AESC for solar farms in Texas. Toyota raised its stake in Lucid Group to about 60%.',
    expect: [
      { parties: ['ChargePoint', 'Allego'], type: 'acquisition' },
      { parties: ['Umicore', 'Tata Chemicals'], type: 'acquisition' },
      { parties: ['NextEra Energy', 'Envision AESC'], type: 'supply' },
      { parties: ['Toyota', 'Lucid'], type: 'investment' },
    ],
    reject: [{ parties: ['Umicore', 'Goldman Sachs'] }],
  },
  {
    name: 'a table with one company column introduced as the deals with one company ("The table lists the agreements with Tesla"): each row\'s company has its deal with it, dated by the row',
    text: 'Nearly every carmaker has signed a deal with Tesla to fit its charging port. The table lists the agreements with Tesla that the carmakers announced.\n\n| Announced | Automaker | Market |\n|---|---|---|\n| 2023-05-25 | Ford | U.S. |\n| 2023-06-08 | General Motors | U.S. |\n| 2023-10-05 | Hyundai Motor, Kia | U.S. |\n',
    expect: [
      { parties: ['Ford', 'Tesla'], date: { start: '2023-05-25', end: '2023-05-25', granularity: 'day' } },
      { parties: ['General Motors', 'Tesla'] },
      { parties: ['Hyundai Motor', 'Tesla'] },
      { parties: ['Kia', 'Tesla'] },
    ],
    reject: [{ parties: ['Hyundai Motor', 'Kia'] }],
  },
  {
    name: 'negative: a one-company table whose rows name their own partners keeps them, without the company of the text above',
    text: 'Tesla signed several deals this year.\n\n| Date | Company | Deal |\n|---|---|---|\n| 2024-01-10 | Panasonic | supply deal with Toyota |\n',
    expect: [],
    reject: [{ parties: ['Panasonic', 'Tesla'] }],
  },
  {
    name: '"X, a French start-up in which B holds a stake": a shareholding in passing',
    text: 'Nickel-based cells will come from Verkor, a French start-up in which Renault holds a stake.',
    expect: [{ parties: ['Renault', 'Verkor'], type: 'investment', date: null }],
  },
  {
    name: 'a list of customers that starts within reach of the cue goes on past it ("to Renesas Electronics Corp. and Infineon Technologies"): one supply each',
    text: 'Wolfspeed Inc. has agreed to supply 200-millimetre silicon carbide wafers to Renesas Electronics Corp. and Infineon Technologies under separate ten-year agreements. Ford Motor will buy lithium from Albemarle, SQM and Nemaska Lithium under separate agreements.',
    expect: [
      { parties: ['Wolfspeed', 'Renesas Electronics'], type: 'supply' },
      { parties: ['Wolfspeed', 'Infineon Technologies'], type: 'supply' },
      { parties: ['Ford', 'Nemaska Lithium'], type: 'supply' },
    ],
  },
  {
    name: 'a stake bought from its holder with the company described in between ("a 20% stake in X, the coal unit of B, from B"; "in Indian electric scooter maker X from B"); "has taken a minority stake in"; "shipments to B, its largest customer"',
    text: 'Nippon Steel Corp. agreed to buy a 20% stake in Elk Valley Resources, the steelmaking coal unit of Teck Resources, from Teck for about $1.3 billion. Carlyle Group agreed to buy a 20% stake in Indian electric scooter maker Ather Energy from Hero MotoCorp. Mubadala Capital has taken a minority stake in Spanish charging operator Zunder. EcoPro BM swung to a loss, citing weaker shipments to Samsung SDI, its largest customer.',
    expect: [
      { parties: ['Nippon Steel', 'Teck Resources'] },
      { parties: ['Carlyle Group', 'Hero MotoCorp'] },
      { parties: ['Mubadala', 'Zunder'], type: 'investment' },
      { parties: ['EcoPro BM', 'Samsung SDI'], type: 'supply', date: null },
    ],
    reject: [{ parties: ['Nippon Steel', 'Elk Valley Resources'] }, { parties: ['Carlyle Group', 'Ather Energy'] }],
  },
  {
    name: 'a sourcing contract is a supply; a contract prolonged is a contract made',
    text: 'BMW Group has prolonged its cobalt sourcing contract with Managem, the Moroccan miner, until 2030.',
    expect: [{ parties: ['BMW', 'Managem'], type: 'supply' }],
  },
];
