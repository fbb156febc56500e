/**
 * An eighth set of agreement case rows in the shapes of business news (cases.ts joins them with
 * the others): each row against a defect that fresh text showed (seeds/agreements/README.md,
 * 1.2.12).
 */
import type { AgreementExpectation, Case } from '../cases.ts';

type AgreementCase = Case<AgreementExpectation>;

export const ja: AgreementCase[] = [
  {
    name: 'the plain verb of buying as a contract\'s content (「Bから…を買う契約を結んだ」) is a supply, B the supplier',
    text: 'パナソニックエナジーは2023年12月、米シラ・ナノテクノロジーズからシリコン負極材を買う契約を結んだ。',
    expect: [{ parties: ['Panasonic Energy', 'Sila Nanotechnologies'], type: 'supply', roles: { supplier: ['Sila Nanotechnologies'], customer: ['Panasonic Energy'] } }],
  },
  {
    name: 'buying agreed on (「…を買い付けることで合意した」) is a supply too',
    text: 'トヨタ自動車は豪州のリチウム大手ピルバラ・ミネラルズから水酸化リチウムを買い付けることで合意した。',
    expect: [{ parties: ['Toyota', 'Pilbara Minerals'], type: 'supply', roles: { supplier: ['Pilbara Minerals'], customer: ['Toyota'] } }],
  },
  {
    name: 'buying with no contract (「…で電池を買う」) is no deal, nor is buying shares',
    text: 'トヨタ自動車は米国で電池を買う。投資家はLGエナジーソリューションの株を買った。',
    expect: [],
    reject: [{}],
  },
  {
    name: 'the topic a subjectless deal took (「…には米Xと契約を結び」) stays the subject of the next subjectless deal, not a が-subject of a paragraph before',
    text:
      'パナソニックエナジーは国内でも顧客を広げる。マツダ向けには大阪の工場に投資し、供給するセルをマツダがパックに組み上げる。\n\n北米では素材の現地調達を進める。2023年12月には米シラ・ナノテクノロジーズからシリコン負極材を買う契約を結んだ。2024年2月には豪ノボニクスと人造黒鉛の引き取り契約を締結した。ノボニクスとは2019年にも覚書を結んでいる。',
    expect: [
      { parties: ['Panasonic Energy', 'Sila Nanotechnologies'], type: 'supply' },
      { parties: ['Panasonic Energy', 'Novonix'], type: 'supply' },
      { parties: ['Panasonic Energy', 'Novonix'], type: 'mou' },
    ],
    reject: [{ parties: ['Mazda', 'Novonix'] }],
  },
  {
    name: 'a plant built together (「Bとは…に電池工場を共同で新設し」) is a cooperation of the two, with no company of its own',
    text: 'パナソニックエナジーはSUBARUとは群馬県大泉町に電池工場を共同で新設し、SUBARUが建屋を、パナソニックエナジーが生産設備を受け持つ。',
    expect: [{ parties: ['Panasonic Energy', 'Subaru'], type: 'partnership' }],
  },
  {
    name: 'a plant built together for a venture set up for it stays the venture\'s (the joint venture\'s cue outranks it)',
    text: '旭化成は13日、ホンダと共同で建設するカナダの工場について、合弁会社を設立したと発表した。',
    expect: [{ parties: ['Asahi Kasei', 'Honda'], type: 'joint_venture' }],
    reject: [{ type: 'partnership' }],
  },
  {
    name: 'a biggest customer named in apposition (「最大顧客である米テスラの」) is a customer of the company the text is about',
    text: 'パナソニックエナジーは自動車向けの電池を手がける。米カンザス州の新工場は量産を始めたが、最大顧客である米テスラの販売減速が重なった。',
    expect: [{ parties: ['Panasonic Energy', 'Tesla'], type: 'supply', roles: { supplier: ['Panasonic Energy'], customer: ['Tesla'] } }],
  },
  {
    name: 'a customer of another company (「トヨタの最大顧客であるデンソー」) is not one of the company the text is about',
    text: 'パナソニックエナジーは電池を手がける。トヨタの最大顧客であるデンソーは好調だ。',
    expect: [],
    reject: [{ parties: ['Panasonic Energy', 'Denso'] }],
  },
  {
    name: 'a kanji name before 及び ends there (「三菱商事及び三菱自動車と共同出資する」): all three own the venture, 当社グループ the reporting company',
    text: '株式会社ジーエス・ユアサ コーポレーション\n\n当社グループは、三菱商事株式会社及び三菱自動車工業株式会社と共同出資する株式会社リチウムエナジージャパンにおいて、EV用リチウムイオン電池を生産しております。',
    expect: [{ parties: ['GS Yuasa', 'Mitsubishi Corporation', 'Mitsubishi Motors'], type: 'joint_venture' }],
    reject: [{ type: 'investment' }],
  },
  {
    name: 'goods sold to a named buyer (「Bに…を販売している」) are a supply; selling cars in a market is none',
    text: 'GSユアサは、ホンダに自動車用電池等を販売している。トヨタは米国で新型車を販売する。',
    expect: [{ parties: ['GS Yuasa', 'Honda'], type: 'supply', roles: { supplier: ['GS Yuasa'], customer: ['Honda'] } }],
  },
  {
    name: 'a line of labelled fields (「出資先：A／出資者：B／出資額：…／発表日：…」) is a row of a deal table: typed by its party labels, dated by its date field',
    text: '出資先：ティアフォー（名古屋市）／出資者：いすゞ自動車／出資額：約60億円／発表日：2024年8月20日',
    expect: [{ parties: ['TIER IV', 'Isuzu'], type: 'investment', date: { start: '2024-08-20', end: '2024-08-20', granularity: 'day' } }],
  },
  {
    name: 'a signing said not to have happened with 「という」 (「…で合意したという事実はない」) is no deal',
    text: '「アップルと自動運転EVの共同開発で合意したという事実はない」。現代自動車は8日、こう声明を出した。',
    expect: [],
    reject: [{}],
  },
  {
    name: 'labelled fields that name no two parties (a company outline: 本社, 代表者, 設立) are no deal',
    text: '名称：テックス・テクノロジー株式会社／本社：東京都港区／代表者：山田太郎／設立：2020年',
    expect: [],
    reject: [{}],
  },
  {
    name: 'a customer of whom (「AにとってBは最大の顧客だ」) is A\'s customer, and the text goes on about A, not B (「…Cにも電池を供給している」)',
    text: 'パナソニック エナジーにとってテスラは最大の顧客だ。高級EVを手がける米ルーシッド・グループにも電池を供給している。',
    expect: [
      { parties: ['Panasonic Energy', 'Tesla'], type: 'supply', roles: { supplier: ['Panasonic Energy'], customer: ['Tesla'] } },
      { parties: ['Panasonic Energy', 'Lucid'], type: 'supply', roles: { supplier: ['Panasonic Energy'], customer: ['Lucid'] } },
    ],
    reject: [{ parties: ['Tesla', 'Lucid'] }],
  },
  {
    name: 'the definitive contract after a memorandum, its subject alone named (「同社は24年2月、正式な供給契約を結んだ」), is with the memorandum\'s partner, a step of its own',
    text: 'パナソニックエナジーは2022年11月、カナダのヌーボー・モンド・グラファイトと負極材の調達に関する覚書を締結した。同社は24年2月、正式な供給契約を結んだ。',
    expect: [
      { parties: ['Panasonic Energy', 'Nouveau Monde Graphite'], type: 'mou' },
      { parties: ['Panasonic Energy', 'Nouveau Monde Graphite'], type: 'supply', date: { start: '2024-02', end: '2024-02', granularity: 'month' } },
    ],
  },
  {
    name: 'a definitive contract with no deal told before names no partner (「トヨタは正式な供給契約を結んだ」)',
    text: 'トヨタは正式な供給契約を結んだ。',
    expect: [],
    reject: [{}],
  },
  {
    name: 'securities another issues, taken up (「Bが発行する転換社債も引き受けた」「Bが発行する新株を引き受ける」), are an investment in the issuer',
    text: 'ルネサス エレクトロニクスは2023年7月、米ウルフスピードとSiCウエハーの供給契約を締結した。ルネサスは翌年、ウルフスピードが発行する転換社債も引き受けた。',
    expect: [
      { parties: ['Renesas Electronics', 'Wolfspeed'], type: 'supply' },
      { parties: ['Renesas Electronics', 'Wolfspeed'], type: 'investment', roles: { investor: ['Renesas Electronics'], investee: ['Wolfspeed'] }, date: { start: '2024', end: '2024', granularity: 'year' } },
    ],
  },
  {
    name: 'a company set aside (「調達先にAではなくBを選び」) is no party; the one chosen is',
    text: 'ホンダは、中国で生産するEV向け電池の調達先にCATLではなく中創新航科技（CALB）を選び、長期供給契約を結んだ。',
    expect: [{ parties: ['Honda', 'CALB'], type: 'supply', roles: { supplier: ['CALB'], customer: ['Honda'] } }],
    reject: [{ parties: ['CATL', 'CALB'] }, { parties: ['Honda', 'CATL'] }],
  },
  {
    name: 'a maker\'s goods taken up for the cars of a list (「AのXが、BとCの次世代EVに採用された」): one supply per carmaker, never one of the carmakers together',
    text: 'ルネサスエレクトロニクスの車載SoC「R-Car」第5世代が、ホンダと日産自動車の次世代EVに採用されることが決まった。',
    expect: [
      { parties: ['Renesas Electronics', 'Honda'], type: 'supply' },
      { parties: ['Renesas Electronics', 'Nissan'], type: 'supply' },
    ],
    reject: [{ parties: ['Renesas Electronics', 'Honda', 'Nissan'] }, { parties: ['Honda', 'Nissan'] }],
  },
  {
    name: 'fitting decided (「Bの量産車への搭載が決まった」) is a supply to B; fitting aimed at (「…への搭載を目指す」) is none',
    text: 'デンソーのSiCパワー半導体は、吉利汽車の量産車への搭載が決まった。アイシンの電動アクスルは、トヨタの新型車への搭載を目指す。',
    expect: [{ parties: ['Denso', 'Geely'], type: 'supply' }],
    reject: [{ parties: ['Aisin', 'Toyota'] }],
  },
];

export const en: AgreementCase[] = [
  {
    name: 'a line of labelled fields ("Investor: A | Target: B … | Announced: …", "Supplier: A; Customer: B; …", after unlabelled cells with its date) is a row of a deal table',
    text: 'Investor: ZF Friedrichshafen | Target: Wolfspeed silicon carbide fab, Ensdorf (Saarland) | Stake: minority | Announced: Feb. 1, 2023\n- Supplier: CATL; Customer: Ford; Product: LFP cells; Signed: 2023-02-13\nDeal tracker | 2021-04-01 | Acquisition | Acquirer: Komatsu | Target: American Battery Solutions | Terms: undisclosed',
    expect: [
      { parties: ['Komatsu', 'American Battery Solutions'], type: 'acquisition', date: { start: '2021-04-01', end: '2021-04-01', granularity: 'day' } },
      { parties: ['ZF', 'Wolfspeed'], type: 'investment', date: { start: '2023-02-01', end: '2023-02-01', granularity: 'day' } },
      { parties: ['CATL', 'Ford'], type: 'supply' },
    ],
  },
  {
    name: 'an amount of money put into a company ("put $400 million into Pony.ai", "pumped another $1 billion into Rivian") is an investment; effort poured into a car is none',
    text: 'Toyota put $400 million into Chinese startup Pony.ai in 2020. Amazon pumped another $1 billion into Rivian. BMW poured effort into its Neue Klasse. Honda put 200 engineers into the project.',
    expect: [
      { parties: ['Toyota', 'Pony.ai'], type: 'investment', roles: { investor: ['Toyota'], investee: ['Pony.ai'] } },
      { parties: ['Amazon', 'Rivian'], type: 'investment' },
    ],
  },
  {
    name: 'services provided for a named client ("will provide automation and digital-twin services for X\'s gigafactory") are a technical service; financial support is none',
    text: "Siemens will provide automation and digital-twin services for Verkor's gigafactory in Dunkirk under a multi-year contract. The German government will provide financial support to Northvolt.",
    expect: [{ parties: ['Siemens', 'Verkor'], type: 'technical_service', roles: { provider: ['Siemens'], client: ['Verkor'] } }],
  },
  {
    name: '"Under the agreement, …" tells the deal just signed: its content types it and it keeps that deal\'s date (one record, not a partnership and a service)',
    text: "Siemens AG and Slovak battery maker InoBat signed a contract in Bratislava on Monday. Under the agreement, the German group will provide factory automation, digital-twin software and maintenance services for InoBat's planned 20 GWh cell plant in Voderady for ten years.",
    expect: [{ parties: ['Siemens', 'InoBat'], type: 'technical_service' }],
    reject: [{ parties: ['Siemens', 'InoBat'], type: 'partnership' }],
  },
  {
    name: 'a rival one closes the gap with or catches up with ("to close the gap with Tesla", "catch up with rival Nikola") is no party',
    text: 'Seeking to close the gap with Tesla in driverless technology, Toyota has teamed up with Pony.ai to develop robotaxis for the Chinese market. Hyzon Motors has signed a deal to buy fuel cell stacks from Ballard Power Systems as it tries to catch up with rival Nikola in hydrogen trucks.',
    expect: [
      { parties: ['Toyota', 'Pony.ai'] },
      { parties: ['Hyzon Motors', 'Ballard Power Systems'], type: 'supply' },
    ],
    reject: [{ parties: ['Tesla', 'Toyota', 'Pony.ai'] }, { parties: ['Hyzon Motors', 'Nikola'] }],
  },
  {
    name: '"X, which owns about 79% of Y, …": a shareholding in passing, the name before the pronoun the owner',
    text: 'Geely Holding, which owns about 79% of Volvo Cars, said on Wednesday its group sales rose 30% in the first half.',
    expect: [{ parties: ['Geely Holding', 'Volvo Cars'], type: 'investment', date: null, roles: { investor: ['Geely Holding'], investee: ['Volvo Cars'] } }],
  },
  {
    name: 'VinES (Vingroup\'s battery maker) is a party of its own, not its parent named in apposition',
    text: "Gotion High-Tech has agreed to license its lithium iron phosphate cell know-how to VinES, the battery arm of Vietnam's Vingroup.",
    expect: [{ parties: ['Gotion High-Tech', 'VinES'], type: 'licensing', roles: { licensor: ['Gotion High-Tech'], licensee: ['VinES'] } }],
    reject: [{ parties: ['Gotion High-Tech', 'Vingroup'] }],
  },
  {
    name: '"agreed to work together" is a partnership; people who work together are none',
    text: "Lyft and Baidu agreed to work together to bring Baidu's autonomous vehicles to European cities. Engineers at Toyota work together in teams.",
    expect: [{ parties: ['Lyft', 'Baidu'], type: 'partnership' }],
  },
  {
    name: '"the Italian brand" stands for the Italian company named before (a brand is a head noun of a reference)',
    text: "SK On and Ferrari signed a memorandum of understanding in 2024 to research battery cell technologies together. A year later, SK On won a contract to supply cells for the Italian brand's first fully electric model.",
    expect: [
      { parties: ['SK On', 'Ferrari'], type: 'mou' },
      { parties: ['SK On', 'Ferrari'], type: 'supply', roles: { supplier: ['SK On'], customer: ['Ferrari'] } },
    ],
  },
  {
    name: 'goods supplied "to B" past a long object ("supply about 43.8 trillion won ($33.6 billion) of … to Samsung SDI") still name B the customer',
    text: 'EcoPro BM will supply about 43.8 trillion won ($33.6 billion) of high-nickel cathode materials to Samsung SDI over five years from 2024, the South Korean materials maker said. CATL supplies cells from its plants in Germany and Hungary to BMW and Mercedes-Benz.',
    expect: [
      { parties: ['EcoPro BM', 'Samsung SDI'], type: 'supply', roles: { supplier: ['EcoPro BM'], customer: ['Samsung SDI'] } },
      { parties: ['CATL', 'BMW'], type: 'supply' },
      { parties: ['CATL', 'Mercedes-Benz'], type: 'supply' },
    ],
    reject: [{ parties: ['BMW', 'Mercedes-Benz'] }],
  },
  {
    name: '"beating rival bids from A and B": the bidders beaten are no parties',
    text: 'Hyundai Mobis said on Wednesday it had won a contract to supply battery systems to Volkswagen for European models, beating rival bids from Bosch and Continental.',
    expect: [{ parties: ['Hyundai Mobis', 'Volkswagen'], type: 'supply' }],
    reject: [{ parties: ['Hyundai Mobis', 'Bosch'] }, { parties: ['Hyundai Mobis', 'Continental'] }],
  },
  {
    name: '"has secured lithium hydroxide from A and B": each supplies the buyer',
    text: 'Tesla has secured battery-grade lithium hydroxide from Ganfeng Lithium and Sichuan Yahua Industrial Group under separate multi-year contracts.',
    expect: [
      { parties: ['Tesla', 'Ganfeng Lithium'], type: 'supply', roles: { supplier: ['Ganfeng Lithium'], customer: ['Tesla'] } },
      { parties: ['Tesla', 'Yahua Industrial'], type: 'supply', roles: { supplier: ['Yahua Industrial'], customer: ['Tesla'] } },
    ],
    reject: [{ parties: ['Ganfeng Lithium', 'Yahua Industrial'] }],
  },
  {
    name: '"X\'s system has been chosen by A and B": each buys from X (as "adopted by")',
    text: "Mobileye's SuperVision driver-assistance system has been chosen by Zeekr and Porsche, the Israeli chip company said.",
    expect: [
      { parties: ['Mobileye', 'Zeekr'], type: 'supply', roles: { supplier: ['Mobileye'], customer: ['Zeekr'] } },
      { parties: ['Mobileye', 'Porsche'], type: 'supply', roles: { supplier: ['Mobileye'], customer: ['Porsche'] } },
    ],
    reject: [{ parties: ['Zeekr', 'Porsche'] }],
  },
  {
    name: 'a person chosen in the passive ("was selected by GM\'s board as chair") is no deal',
    text: "Mary Barra was selected by GM's board as chair, and Toyota was chosen as brand of the year by Consumer Reports.",
    expect: [],
    reject: [{}],
  },
  {
    name: '"has been adopted by B": the maker of the goods adopted supplies B',
    text: "CATL's sodium-ion cells have been adopted by Chery for a compact EV.",
    expect: [{ parties: ['CATL', 'Chery'], type: 'supply', roles: { supplier: ['CATL'], customer: ['Chery'] } }],
  },
  {
    name: '"secured a loan from" a bank is no supply (only goods secured are)',
    text: 'Northvolt secured a $5 billion loan from Volkswagen last year.',
    expect: [],
    reject: [{ type: 'supply' }],
  },
  {
    name: '"which counts B as the biggest buyer of its vans": B is a customer of the name before',
    text: 'Rivian, which counts Amazon as the biggest buyer of its electric delivery vans, cut its delivery forecast for the year on Monday.',
    expect: [{ parties: ['Rivian', 'Amazon'], type: 'supply', roles: { supplier: ['Rivian'], customer: ['Amazon'] } }],
  },
  {
    name: 'a company merged into a new one is a party of its own deals before (Livent, now part of Arcadium Lithium)',
    text: 'In July 2022 GM signed a six-year lithium hydroxide supply agreement with Livent. Livent merged with Allkem to form Arcadium Lithium in January 2024.',
    expect: [
      { parties: ['General Motors', 'Livent'], type: 'supply' },
      { parties: ['Livent', 'Allkem'] },
    ],
    reject: [{ parties: ['General Motors', 'Arcadium Lithium'] }],
  },
];
