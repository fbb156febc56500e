/**
 * The company extractor's case table (RECORDS.md §1; rule tester: test/case-tester.ts, run by
 * extractors/cases.test.ts). Ids are those of seeds/companies/companies.yaml; a company found
 * in text only has `discovered: true` and the id "discovered:<key>". Add a case here when you
 * fix a bug.
 */
import type { Case, CompanyExpectation } from '../cases.ts';
import * as news from './cases-news.ts';
import * as news2 from './cases-news-2.ts';
import * as news3 from './cases-news-3.ts';

type CompanyCase = Case<CompanyExpectation>;

const jaCore: CompanyCase[] = [
  {
    name: 'legal form after the name is in the span',
    text: 'トヨタ自動車株式会社は新しい電池工場の建設を決めた。',
    expect: [{ text: 'トヨタ自動車株式会社', company_id: 'toyota', canonical: 'Toyota' }],
    reject: ['トヨタ', 'トヨタ自動車'],
  },
  { name: 'legal form before the name', text: '株式会社デンソーは車載半導体の生産を増やす。', expect: [{ text: '株式会社デンソー', company_id: 'denso' }] },
  {
    name: 'a descriptor written straight before a name is not part of it (鉱山会社X, 電池メーカーX); a legal form is',
    text: '豊田通商は、豪リチウム鉱山会社ライオンタウンの株式を取得した。三井物産は電池メーカーエンビジョンAESCに出資した。株式会社ライオンタウンは工場を開いた。',
    expect: [
      { text: 'ライオンタウン' },
      { text: 'エンビジョンAESC', company_id: 'envision_aesc' },
      { text: '株式会社ライオンタウン' },
    ],
    reject: ['リチウム鉱山会社ライオンタウン', '鉱山会社ライオンタウン', 'AESC'],
  },
  {
    name: 'an unknown katakana name before と供給契約 / とも提携 / と共同開発 is a company; a common noun is not',
    text: '日産自動車は、サンワードとも供給契約を結んだ。ホンダはエナプラスと共同開発を進める。トヨタは、メーカーと供給契約を結んだ。',
    expect: [{ text: 'サンワード' }, { text: 'エナプラス' }],
    reject: ['メーカー'],
  },
  {
    name: 'building a plant (…工場建設) is no construction company; a name ending in 建設 is',
    text: '旭化成は、カナダでのセパレーター工場建設でホンダと合意した。鹿島建設は新工場を受注した。',
    expect: [{ text: '旭化成' }, { text: 'ホンダ' }, { text: '鹿島建設' }],
    reject: ['セパレーター工場建設', '工場建設'],
  },
  { name: 'ホールディングス belongs to the name', text: 'パナソニックホールディングスは北米で電池を増産する。', expect: [{ text: 'パナソニックホールディングス', company_id: 'panasonic' }] },
  {
    name: 'bracketed alias is its own mention',
    text: 'NIO(上海蔚来汽車)は新型SUVを発表した。',
    expect: [
      { text: 'NIO', company_id: 'nio' },
      { text: '上海蔚来汽車', company_id: 'nio' },
    ],
    reject: ['(上海蔚来汽車)', 'NIO(上海蔚来汽車)'],
  },
  {
    name: 'abbreviation in brackets',
    text: 'LGエナジーソリューション(LGES)は米国で増産する。',
    expect: [
      { text: 'LGエナジーソリューション', company_id: 'lges' },
      { text: 'LGES', company_id: 'lges' },
    ],
  },
  { name: 'Chinese registered name', text: '中国の寧徳時代新能源科技は欧州に新工場を建てる。', expect: [{ text: '寧徳時代新能源科技', company_id: 'catl', canonical: 'CATL' }], reject: ['中国'] },
  {
    name: 'an industry word and a nakaguro before a name',
    text: '老舗百貨店・丸越は新館を開いた。大手・中堅企業の多くが賃上げを表明した。',
    expect: [{ text: '丸越', discovered: true }],
    reject: ['中堅企業', '大手・中堅企業', '中堅'],
  },
  {
    name: 'a name before a title that only a person takes is a person; さん names the company',
    text: '現職のフォード大統領とのディベートに臨んだ。トヨタさんとは長い付き合いだ。',
    expect: [{ text: 'トヨタ', company_id: 'toyota' }],
    reject: ['フォード'],
  },
  {
    name: 'a name before a geographic feature word is the place (company-discovery.yaml place_features)',
    text: 'アマゾン川流域とアマゾン盆地で干ばつが続く。アマゾンは物流拠点を増やす。',
    expect: [{ text: 'アマゾン', start: 22, company_id: 'amazon' }],
    reject: [
      { text: 'アマゾン', start: 0 },
      { text: 'アマゾン', start: 8 },
    ],
  },
  {
    name: 'a feature character that starts a longer kanji word leaves the name (湖西 is a place name, not 湖)',
    text: 'スズキ湖西工場で新型EVの生産を始めた。',
    expect: [{ text: 'スズキ', company_id: 'suzuki' }],
  },
  { name: 'counter 社 is not in the span', text: 'LiCAP社はドライ電極技術を持つ。', expect: [{ text: 'LiCAP', company_id: 'licap' }], reject: ['LiCAP社'] },
  { name: 'a person\'s name before the counter 社 names a company', text: '1972年にアタリ社がゲーム機を発表し、ザイラー社は後に買収された。', expect: [{ text: 'アタリ' }, { text: 'ザイラー' }], reject: ['アタリ社'] },
  { name: 'a person\'s name before 社長 is a person', text: 'ハドソン社長とジョン社長が会見した。', expect: [], reject: ['ハドソン', 'ジョン'] },
  { name: 'one word kuromoji reads as a place names a company before the counter 社; a country does not', text: '設計を求めたハドソン社は1939年に新型車を出した。アメリカ社会も変わった。', expect: [{ text: 'ハドソン' }], reject: ['アメリカ'] },
  { name: 'a place and an office may follow a kanji name (branches_after_name); a place alone may not', text: '父は九州電力東京支社に勤め、太陽神戸銀行東京営業部に通った。中国電力網の整備も進む。', expect: [{ text: '九州電力' }, { text: '太陽神戸銀行' }], reject: ['中国電力'] },
  { name: 'one-character kanji pieces before a company word after a cue are a name; pieces of a kind are not', text: '子会社の東日興業が撮影所を運営し、子会社の角型電池が好調だ。', expect: [{ text: '東日興業' }], reject: ['角型電池'] },
  { name: 'a katakana common noun before a kanji company word is a name; a kind of company is not', text: 'この空港にはアメリカン航空とデルタ航空が就航し、利用者はネット銀行で支払う。', expect: [{ text: 'アメリカン航空' }, { text: 'デルタ航空' }], reject: ['ネット銀行'] },
  { name: 'a list counted as companies (…の4社) names its companies; a count that does not match the list names none', text: 'デンソー、アイシン、アドヴィックス、ジェイテクトの4社は共同開発する。東京、大阪、名古屋の3社で販売する。', expect: [{ text: 'アドヴィックス' }], reject: ['東京', '大阪', '名古屋'] },
  {
    name: 'head office in brackets is not in the span',
    text: 'ダイハツ工業(大阪府池田市)は軽EVを発売する。',
    expect: [{ text: 'ダイハツ工業', company_id: 'daihatsu' }],
    reject: ['ダイハツ工業(大阪府池田市)', '大阪府池田市'],
  },
  {
    name: 'nationality prefix stays out of a discovered name',
    text: '米ポリポアはセパレーターを供給する。',
    expect: [{ text: 'ポリポア', discovered: true, company_id: 'discovered:ポリポア' }],
    reject: ['米ポリポア'],
  },
  {
    name: 'a JV named after its founders is one company',
    text: 'ソニー・ホンダモビリティは新型車を公開した。',
    expect: [{ text: 'ソニー・ホンダモビリティ', company_id: 'sony_honda_mobility' }],
    reject: ['ソニー', 'ホンダ'],
  },
  { name: 'a ministry is not a company', text: '経済産業省は蓄電池の補助金を拡充する。', expect: [], reject: ['経済産業省', '経済産業'] },
  { name: '同社 and 両社 are anaphora, not companies', text: '同社は両社の協議が続いていると説明した。', expect: [], reject: ['同社', '両社'] },
  { name: '株式会社 alone is not a company', text: '株式会社は来年から新制度を導入する。', expect: [], reject: ['株式会社'] },
  {
    name: 'a one-character name with a legal form is too short, outside the BMP too (counted in code points)',
    text: '鮭株式会社と𩸽株式会社は😀2024年😀5月に提携した。',
    expect: [],
    reject: ['鮭株式会社', '𩸽株式会社'],
  },
  { name: 'a name outside the BMP before a legal form', text: '𠮷野家株式会社は😀新店を出す。', expect: [{ text: '𠮷野家株式会社', canonical: '𠮷野家' }] },
  { name: 'a person named like a company (本田)', text: '本田宗一郎は技術者として知られる。', expect: [], reject: ['本田', '本田宗一郎', { company_id: 'honda' }] },
  { name: 'a person named like a company (豊田)', text: '豊田章男会長は記者会見で電池戦略を説明した。', expect: [], reject: ['豊田', '豊田章男', { company_id: 'toyota' }] },
  {
    name: 'a stock listing before a name discovers it (東証プライム上場のカナデビア)',
    text: '東証プライム上場のカナデビアは、日産と全固体電池の供給で合意した。',
    expect: [{ text: 'カナデビア' }, { text: '日産' }],
    reject: ['東証プライム上場のカナデビア', '上場のカナデビア'],
  },
  {
    name: 'a Chinese sentence before 公司 is no name (simplified characters: non_name_characters); a Japanese-form Chinese name is',
    text: '比亚迪和丰田成立了合资公司。寧徳時代新能源科技股份有限公司は、フォードと提携した。',
    expect: [{ text: '寧徳時代新能源科技股份有限公司' }, { text: 'フォード' }],
    reject: ['比亚迪和丰田成立了合资公司', '比亚迪和丰田成立了合资'],
  },
  {
    name: 'an ambiguous alias confirmed earlier in the document counts where it stands alone: before に, から or a table cell\'s end (クルーズに出資, "GM、クルーズ<TAB>")',
    text: 'ホンダはクルーズ（Cruise LLC）に出資した。その後、GMはクルーズに追加出資した。\n\n| 発表日 | 企業 | 相手 |\n|---|---|---|\n| 2023/10/19 | ホンダ | GM、クルーズ |\n\n豪華なクルーズ船が寄港した。',
    expect: [{ text: 'クルーズ', start: 4 }, { text: 'Cruise LLC' }, { text: 'クルーズ', start: 33 }, { text: 'クルーズ', start: 103 }],
    reject: ['クルーズ船'],
  },
];

const enCore: CompanyCase[] = [
  {
    name: 'a pronoun, quantifier or plural of people opening a sentence before a cue is no company',
    text: 'Officials signed the agreement on Monday. Both signed it in Tokyo. Workers signed a contract with Ford, and Investors invested in Rivian.',
    expect: [
      { text: 'Ford', company_id: 'ford' },
      { text: 'Rivian', company_id: 'rivian' },
    ],
    reject: ['Officials', 'Both', 'Workers', 'Investors'],
  },
  {
    name: 'an ambiguous alias that opens a sentence about a deal is the company; elsewhere it needs a cue',
    text: 'Vale, which had agreed to supply GM with nickel, dropped the project. The vale was green.',
    expect: [{ text: 'Vale', company_id: 'vale' }, { text: 'GM' }],
    reject: ['vale'],
  },
  {
    name: 'a capitalised run before a head noun after a cue describes the name ("a stake in Chinese EV maker Leapmotor")',
    text: 'Stellantis took a 20% stake in Chinese EV maker Leapmotor. Toyota formed a partnership with Swiss startup Acme Robotics.',
    expect: [{ text: 'Leapmotor', company_id: 'leapmotor' }, { text: 'Acme Robotics' }],
    reject: ['Chinese EV', 'Swiss'],
  },
  {
    name: '"U.S" (a country cut at its last dot) is no company; U.S. Steel is one',
    text: 'Nippon Steel completed its acquisition of U.S. Steel on Wednesday. The acquisition of U.S. carmakers was blocked.',
    expect: [{ text: 'Nippon Steel', company_id: 'nippon_steel' }, { text: 'U.S. Steel', company_id: 'us_steel' }],
    reject: ['U.S', 'U.S.'],
  },
  {
    name: 'a nationality adjective before a descriptor is not a name ("a stake in Argentine lithium producer Orocobre")',
    text: 'Toyota Tsusho acquired a 25% stake in Argentine lithium producer Orocobre. Honda invested in Canadian battery startup Nexa Cells.',
    expect: [{ text: 'Toyota Tsusho' }, { text: 'Orocobre' }, { text: 'Honda' }, { text: 'Nexa Cells' }],
    reject: ['Argentine', 'Canadian'],
  },
  {
    name: 'money invested in a named company discovers it; a state, province or descriptor after "in" does not',
    text: 'Toyota invested $394 million in Joby Aviation. Ford will invest $3.5 billion in Michigan. Honda is investing $11 billion in Ontario. Mitsubishi invested ¥10 billion in U.S. startup Lunara Robotics.',
    expect: [{ text: 'Joby Aviation' }, { text: 'Lunara Robotics' }],
    reject: ['Michigan', 'Ontario', 'U.S', 'U.S.'],
  },
  {
    name: 'a place after "in" / "near" before a cue is no company; after "at" it can be',
    text: 'Panasonic Holdings in Osaka signed a deal with Tesla. A plant near Nagoya will supply cells to Ford. Engineers at Acme Robotics signed a deal with Tesla.',
    expect: [
      { text: 'Panasonic Holdings', company_id: 'panasonic' },
      { text: 'Acme Robotics' },
    ],
    reject: ['Osaka', 'Nagoya'],
  },
  {
    name: 'a name with a run of spaces inside (justified or PDF-extracted text) is one mention',
    text: 'Sony  Honda Mobility and Toyota   Motor Corporation signed the deal.',
    expect: [
      { text: 'Sony  Honda Mobility', canonical: 'Sony Honda Mobility' },
      { text: 'Toyota   Motor Corporation', company_id: 'toyota' },
    ],
    reject: ['Sony', 'Honda', 'Motor Corporation'],
  },
  {
    name: 'a name before a geographic feature word is the place (company-discovery.yaml place_features)',
    text: 'Drought in the Amazon rainforest and low water on the Amazon River slowed deliveries, Amazon said.',
    expect: [{ text: 'Amazon', start: 86, company_id: 'amazon' }],
    reject: [
      { text: 'Amazon', start: 15 },
      { text: 'Amazon', start: 54 },
    ],
  },
  // people named like the company (company-discovery.yaml person_names)
  {
    name: 'a surname after a title is a person',
    text: 'Mr. Honda founded the company in 1948; Honda Motor now builds EVs in Ohio, and Dr Porsche designed the first hybrid.',
    expect: [{ text: 'Honda Motor', company_id: 'honda' }],
    reject: ['Honda', 'Porsche'],
  },
  {
    name: 'a surname after a given name (and a middle initial) is a person',
    text: "Henry Ford's moving assembly line still shapes Ford Motor. Executive chair William C. Ford said Ford would keep the plant.",
    expect: [
      { text: 'Ford Motor', company_id: 'ford' },
      { text: 'Ford', start: 96, company_id: 'ford' },
    ],
    reject: [{ text: 'Ford', start: 6 }, { text: 'Ford', start: 86 }],
  },
  {
    name: 'a company after a capitalised word that is no given name, or after a sentence, stays a company',
    text: 'Will Tesla cut prices again? The plant is in Kentucky. Ford said it would hire 2,500 workers. August Honda sales rose.',
    expect: [
      { text: 'Tesla', company_id: 'tesla' },
      { text: 'Ford', company_id: 'ford' },
      { text: 'Honda', company_id: 'honda' },
    ],
  },
  {
    name: 'a fiscal period before "the firm said" is no company',
    text: 'Revenue should double by FY2026, the firm said. Sales rose in Q3 2025, the company said.',
    expect: [],
    reject: ['FY2026', 'Q3 2025'],
  },
  { name: 'Corporation is in the span', text: 'Toyota Motor Corporation will invest in a new battery plant in North Carolina.', expect: [{ text: 'Toyota Motor Corporation', company_id: 'toyota' }], reject: ['North Carolina'] },
  {
    name: 'Co., Ltd. is in the span',
    text: 'Panasonic Energy Co., Ltd. supplies cylindrical cells to Tesla.',
    expect: [
      { text: 'Panasonic Energy Co., Ltd.', company_id: 'panasonic_energy' },
      { text: 'Tesla', company_id: 'tesla' },
    ],
  },
  { name: 'EV maker head noun stays out', text: 'EV maker NIO opened a battery swap station in Oslo.', expect: [{ text: 'NIO', company_id: 'nio' }], reject: ['EV maker NIO', 'Oslo'] },
  {
    name: 'discovered by its legal form',
    text: 'Acme Battery Corp. raised new funding for its pilot line.',
    expect: [{ text: 'Acme Battery Corp.', discovered: true, canonical: 'Acme Battery' }],
  },
  {
    name: 'three dictionary companies, JV company included',
    text: 'LG Energy Solution and General Motors run the Ultium Cells plants.',
    expect: [
      { text: 'LG Energy Solution', company_id: 'lges' },
      { text: 'General Motors', company_id: 'gm' },
      { text: 'Ultium Cells', company_id: 'ultium_cells' },
    ],
  },
  { name: 'Group is in the span', text: 'Lucid Group said its Gravity SUV sold well in Europe.', expect: [{ text: 'Lucid Group', company_id: 'lucid' }], reject: ['Gravity', 'Gravity SUV'] },
  {
    name: 'Motor Group and a two-letter name',
    text: 'Dongfeng Motor Group and SK On agreed to build a plant in Georgia.',
    expect: [
      { text: 'Dongfeng Motor Group', company_id: 'dongfeng' },
      { text: 'SK On', company_id: 'sk_on' },
    ],
    reject: ['Georgia'],
  },
  {
    name: 'regional subsidiary is its own company',
    text: 'Toyota Motor North America will build the plant.',
    expect: [{ text: 'Toyota Motor North America', discovered: true }],
    reject: ['Toyota', 'Toyota Motor'],
  },
  { name: 'ticker bracket is not in the span', text: 'Gotion (NASDAQ: GOTN) plans a plant in Michigan.', expect: [{ text: 'Gotion', company_id: 'gotion' }], reject: ['GOTN', 'NASDAQ', 'Michigan'] },
  { name: 'possessive', text: "Ford's Kentucky plant started production.", expect: [{ text: 'Ford', company_id: 'ford' }], reject: ["Ford's", 'Kentucky'] },
  { name: 'a government department is not a company', text: 'The Department of Energy awarded a grant to the project.', expect: [], reject: ['Department of Energy'] },
  { name: 'a brand is not a company', text: 'Cadillac unveiled a new electric SUV.', expect: [], reject: ['Cadillac'] },
  { name: 'generic nouns OEM and startup', text: 'The startup said the OEM would decide by spring.', expect: [], reject: ['OEM', 'startup'] },
  { name: '"the EV maker" is anaphora', text: 'The EV maker opened a factory in Hungary.', expect: [], reject: ['EV maker', 'Hungary'] },
  { name: 'a person is not a company', text: 'Elon Musk said the robotaxi would launch soon.', expect: [], reject: ['Elon Musk', 'Musk'] },
  {
    name: 'an alias ending in a form without its period ("Mitsubishi Corp") takes the period: "Mitsubishi Corp." is that company',
    text: 'Mitsubishi Corp. will acquire 50% of Lawson.',
    expect: [{ text: 'Mitsubishi Corp.', company_id: 'mitsubishi_corp' }],
    reject: ['Mitsubishi Corp'],
  },
  {
    name: 'an ambiguous alias that only opens a longer name found by a cue is that name\'s first word ("a supply deal with Electra Battery Materials" is not Electra the charging company)',
    text: 'PowerCo signed a supply deal with Electra Battery Materials for cobalt sulfate. Electra signed a deal with Renault to install chargers.',
    expect: [{ text: 'Electra Battery Materials' }, { text: 'Electra', company_id: 'electra' }],
    reject: ['Electra Battery'],
  },
  {
    name: 'an ambiguous alias is a company after a nationality prefix standing alone (仏アンペア) or before a head-office bracket (ローム(京都市)); the unit and the soil are not',
    text: '日産自動車は、仏アンペアに最大6億ユーロを出資する。ローム（京都市）からSiCパワー半導体の供給を受ける。この電池は10アンペアの電流を流せる。関東ローム層の土壌を調べた。',
    expect: [{ text: '日産自動車' }, { text: 'アンペア', company_id: 'ampere' }, { text: 'ローム', company_id: 'rohm' }],
    reject: ['10アンペア', 'ローム層'],
  },
  {
    name: '"Mitsui & Co" without its period; カワサキモータース, BluE Nexus, Zeta Energy, ライオン・エレクトリック',
    text: 'Mitsui & Co has agreed to provide services to Lithium Americas. ヤマハ発動機とカワサキモータースは合意した。アイシンはBluE Nexusを完全子会社化した。Stellantis is teaming up with Zeta Energy. 三菱商事はライオン・エレクトリックに出資した。',
    expect: [
      { text: 'Mitsui & Co', company_id: 'mitsui_co' },
      { text: 'Lithium Americas' },
      { text: 'ヤマハ発動機' },
      { text: 'カワサキモータース', company_id: 'kawasaki_motors' },
      { text: 'アイシン' },
      { text: 'BluE Nexus', company_id: 'blue_nexus' },
      { text: 'Stellantis' },
      { text: 'Zeta Energy', company_id: 'zeta_energy' },
      { text: '三菱商事' },
      { text: 'ライオン・エレクトリック', company_id: 'lion_electric' },
    ],
  },
  {
    name: 'a count after a group word is no name (日本勢2社, 中国勢3社); a Latin name before 社 is',
    text: 'LGエナジーソリューションは、トヨタ自動車、ホンダの日本勢2社とそれぞれ契約を結んだ。中国勢3社も追随した。米テックコー社はX2社と提携した。',
    expect: [{ text: 'LGエナジーソリューション' }, { text: 'トヨタ自動車' }, { text: 'ホンダ' }, { text: 'テックコー', discovered: true }, { text: 'X2', discovered: true }],
    reject: ['日本勢2', '中国勢3'],
  },
  {
    name: 'an ambiguous alias is a subject with an agreement word of its sentence (ロームは…供給で合意した) or opening a clause (", while Vale has agreed …"); Proterial (日立金属), Hancock Prospecting, Hanwha Solutions, Apollo Global Management; "Named X," is no part of the name',
    text: 'ロームは独ボッシュとSiCパワー半導体の長期供給で合意した。Glencore will supply cobalt to Samsung SDI, while Vale has agreed to provide nickel. プロテリアルは、日立金属の時代からデンソーに磁石を供給している。Hancock Prospecting now controls 19.9% of Liontown Resources. ハンファ・ソリューションズは出資した。アポロ・グローバル・マネジメントに売却された。Named Kyoto Cell Works, the new company will be owned by Kyocera.',
    expect: [
      { text: 'ローム', company_id: 'rohm' },
      { text: 'ボッシュ' },
      { text: 'Glencore' },
      { text: 'Samsung SDI' },
      { text: 'Vale', company_id: 'vale' },
      { text: 'プロテリアル', company_id: 'proterial' },
      { text: '日立金属', company_id: 'proterial' },
      { text: 'デンソー' },
      { text: 'Hancock Prospecting', company_id: 'hancock_prospecting' },
      { text: 'Liontown Resources' },
      { text: 'ハンファ・ソリューションズ', company_id: 'hanwha_solutions' },
      { text: 'アポロ・グローバル・マネジメント', company_id: 'apollo_global' },
      { text: 'Kyoto Cell Works', discovered: true },
      { text: 'Kyocera' },
    ],
    reject: ['Named Kyoto Cell Works'],
  },
  {
    name: 'a description ending in スタートアップ or 新興企業 is no name; Sony Semiconductor Solutions, MMG, CMA CGM, Gotion InoBat Batteries (one name, not two), Amara Raja Energy & Mobility, Tata Power',
    text: 'ホンダが買収した米電池スタートアップは、技術者を増やす。ソニーセミコンダクタソリューションズは、独BMWと供給契約を結んだ。Anglo American agreed to sell its nickel business to MMG. Renault Group, Volvo Group and CMA CGM agreed to create Flexis. Amara Raja Energy & Mobility signed a licence agreement with Gotion InoBat Batteries. Hithium agreed to supply cells to Tata Power.',
    expect: [
      { text: 'ホンダ' },
      { text: 'ソニーセミコンダクタソリューションズ', company_id: 'sony_semiconductor' },
      { text: 'BMW' },
      { text: 'Anglo American' },
      { text: 'MMG', company_id: 'mmg' },
      { text: 'Renault Group' },
      { text: 'Volvo Group' },
      { text: 'CMA CGM', company_id: 'cma_cgm' },
      { text: 'Amara Raja Energy & Mobility', company_id: 'amara_raja' },
      { text: 'Gotion InoBat Batteries', company_id: 'gotion_inobat' },
      { text: 'Hithium' },
      { text: 'Tata Power', company_id: 'tata_power' },
    ],
    reject: ['米電池スタートアップ', 'Gotion', 'InoBat'],
  },
];

export const ja: CompanyCase[] = [...jaCore, ...news.ja, ...news2.ja, ...news3.ja];
export const en: CompanyCase[] = [...enCore, ...news.en, ...news2.en, ...news3.en];
