/**
 * A third set of company case rows (cases.ts joins them with the others): what a dictionary of
 * 3,001 companies needs of the rules around it, and legal forms of more countries (companies 1.3.26).
 */
import type { Case, CompanyExpectation } from '../cases.ts';

type CompanyCase = Case<CompanyExpectation>;

export const ja: CompanyCase[] = [
  {
    name: 'a Latin word kept before one katakana word that ends a name after a 本社 bracket abroad (「EVハブ（本社・ロッテルダム）」); a place inside a head is part of the name (「特種九州製紙」), not after a kind of company (「電力会社東京電灯」); a dictionary name ending with a company word before its own site (「日東紡績福島工場」); arms named by a parent and マネジメント or バス; a katakana name before the bracket of a dictionary name is repeated where it came first; a country is no company ("Israel\'s StoreDot")',
    text: 'オランダの充電インフラ会社、EVハブ（本社・ロッテルダム）を買収した。特種九州製紙が開発した。日本で最初の電力会社東京電灯の設立。日東紡績福島工場で作る。三菱地所プロパティマネジメントが担う。名鉄バスが導入した。3月14日の表では、フォード・モーター、カネ・サバンジュが並ぶ。その後、カネ・サバンジュ（Sabancı Holding）は撤回した。\nLast month BP invested $20 million in Israel\'s StoreDot.',
    expect: [{ text: 'EVハブ' }, { text: '特種九州製紙' }, { text: '東京電灯' }, { text: '日東紡績' }, { text: '三菱地所プロパティマネジメント' }, { text: '名鉄バス' }, { text: 'カネ・サバンジュ' }, { text: 'カネ・サバンジュ' }, { text: 'Sabancı Holding' }, { text: 'StoreDot' }],
    reject: ['ハブ', '電力会社東京電灯', 'Israel'],
  },  {
    name: 'a kind of company in katakana before a comma (「蓄電池アグリゲーター、」「システムインテグレーター、」); the second of a pair after 「と<country>の」 before a headline comma; work taken on from a company abroad (「…から請け負う」)',
    text: '豪州の蓄電池アグリゲーター、リバーテック・パワーは東京ガスの傘下に入った。提携へ　住友化学とタイのチャオプラヤ・ケミカル、電解液を生産。設計業務を、日揮が英国のノースシー・ハイドロジェンから請け負う。',
    expect: [{ text: 'リバーテック・パワー' }, { text: '東京ガス' }, { text: '住友化学' }, { text: 'チャオプラヤ・ケミカル' }, { text: '日揮' }, { text: 'ノースシー・ハイドロジェン' }],
  },
  {
    name: 'kinds of vehicle are no names (「軽電気自動車（EV）」「小型コミュニティーバス」), nor a stock market after a country (「米ナスダック市場」); Deutsche Post named with DHL is DHL',
    text: '宅配用の軽電気自動車（EV）を公開した。定員29人の小型コミュニティーバス35台を納める。英新興のボルタビークルズ（本社・ロンドン）は25日、米ナスダック市場で取引を始めた。ストリートパックは独物流大手ドイツポストDHLグループの子会社だ。',
    expect: [{ text: 'ボルタビークルズ' }, { text: 'ストリートパック' }, { text: 'ドイツポストDHLグループ' }],
    reject: ['軽電気自動車', '小型コミュニティーバス', 'ナスダック'],
  },
  {
    name: 'quoted names a count of companies closes are companies, each described before its quote (「生産を担う「A」と、販売を担う「B」の2社」); quoted common words are not',
    text: '液体水素の生産を担う「ミナト水素」と、販売や充填インフラを担う「コウベ水素」の2社を新たに設ける。「電池」と「水素」の2社を設ける。',
    expect: [{ text: 'ミナト水素' }, { text: 'コウベ水素' }],
    reject: ['電池', '水素'],
  },
  {
    name: 'a name starting in hiragana after a nominalised verb and its particle (「選んだのはいすゞ自動車」「受注したのがそごう」); not inside a hiragana word',
    text: '車両の調達先に選んだのはいすゞ自動車で、同社は大型EVバスを納める。設備を受注したのがいすゞだ。きのういすゞみの丘を歩いた。',
    expect: [{ text: 'いすゞ自動車' }, { text: 'いすゞ' }],
    reject: ['いすゞみ'],
  },
  {
    name: 'a kanji parent run together with the Latin letters that abbreviate its group company is that company (「東京電力EP」「中部電力PG」); letters of a product are not (「日産EV」)',
    text: '東京電力EPと中部電力PGは、蓄電池の共同実証で提携した。日産EVの販売は好調だ。',
    expect: [{ text: '東京電力EP' }, { text: '中部電力PG' }, { text: '日産' }],
    reject: ['日産EV'],
  },
  {
    name: 'a service or a SPAC before the name (「電池リサイクルのX」「充電サービスのX」「米SPACのX」); SPAC itself is no name',
    text: '電池リサイクルのリバースエナジーと、充電サービスのプラグリンクが提携した。米SPACのグリーンロック・アクイジションと合併する。',
    expect: [{ text: 'リバースエナジー' }, { text: 'プラグリンク' }, { text: 'グリーンロック・アクイジション' }],
    reject: ['SPAC'],
  },
  {
    name: 'a venture fund named by ベンチャーズ is a company (「ユーラス・ベンチャーズ」), its Japanese name known too (「ブレークスルー・エナジー・ベンチャーズ」); a project after a country is none (「豪マリーマリー事業」)',
    text: '米スタートアップのライテンは、ユーラス・ベンチャーズなどから出資を受けた。ブレークスルー・エナジー・ベンチャーズも参加した。住友商事は豪マリーマリー事業のニッケルを調達する。',
    expect: [{ text: 'ライテン' }, { text: 'ユーラス・ベンチャーズ' }, { text: 'ブレークスルー・エナジー・ベンチャーズ', canonical: 'Breakthrough Energy Ventures' }, { text: '住友商事' }],
    reject: ['マリーマリー'],
  },
  {
    name: 'a battery metal that opens a miner\'s name is no short form of it (「リチウム・アメリカズ」 … 「炭酸リチウム」)',
    text: 'GMとリチウム・アメリカズは合弁を設立した。サッカーパス第1期は年4万トンの炭酸リチウムを生産する。リチウム・アメリカズは増資した。',
    expect: [{ text: 'GM' }, { text: 'リチウム・アメリカズ' }, { text: 'リチウム・アメリカズ' }],
    reject: ['リチウム', '炭酸リチウム'],
  },
  {
    name: 'a facility a company runs is none (「三菱商事が運用する分散型データセンターに供給」); the press\'s short name of Sumitomo Metal Mining (「住友鉱山」) and Honda\'s US arm are known',
    text: 'ホンダが開発した定置電源で発電し、三菱商事が運用する分散型データセンターに供給する。住友鉱山は24年9月、出資した。23年3月には米国法人アメリカン・ホンダモーターの敷地で実証した。',
    expect: [{ text: 'ホンダ' }, { text: '三菱商事' }, { text: '住友鉱山', canonical: 'Sumitomo Metal Mining' }, { text: 'アメリカン・ホンダモーター' }],
    reject: ['分散型データセンター', 'データセンター'],
  },
];

export const en: CompanyCase[] = [
  {
    name: 'legal forms of more countries extend a name: Plc, Limitada after a comma, Private Limited',
    text: 'BP Plc has agreed to buy Chargemaster. The mine belongs to Twigg Exploration and Mining, Limitada, the company said. Exide Industries signed with Amara Raja Batteries Private Limited.',
    expect: [{ text: 'BP Plc' }, { text: 'Chargemaster' }, { text: 'Twigg Exploration and Mining, Limitada' }, { text: 'Exide Industries' }, { text: 'Amara Raja Batteries Private Limited' }],
  },
  {
    name: 'a partner joined by "and" to a known company before a development said together ("said they would co-develop", "began developing")',
    text: 'Bosch and Kestrel Mobility said they would co-develop a motor for three-wheelers. Andes Cobre Minera and Komatsu began developing an electric haul truck together.',
    expect: [{ text: 'Bosch' }, { text: 'Kestrel Mobility' }, { text: 'Andes Cobre Minera' }, { text: 'Komatsu' }],
  },
  {
    name: 'a currency code with the number of its amount is no name ("Backed by EUR 200 million")',
    text: 'Backed by EUR 200 million of equity, a truck-leasing company launched by Iveco starts operating next month.',
    expect: [{ text: 'Iveco' }],
    reject: ['EUR 200', 'EUR'],
  },
  {
    name: 'an ambiguous dictionary name after a field label that names companies ("Supplier: Tritium |"), or listed with a known company before a headline\'s plural verb ("Syensqo, Blue Current sign …"); the common word alone stays none',
    text: 'Supplier: Tritium | Customers: Ampol, Viva Energy | Product: 150 kW DC fast chargers\n\nSyensqo, Blue Current sign joint development deal on solid-state electrolytes\n\nTritium is a radioactive isotope of hydrogen.',
    expect: [{ text: 'Tritium' }, { text: 'Ampol' }, { text: 'Viva Energy' }, { text: 'Syensqo' }, { text: 'Blue Current' }],
  },
  {
    name: 'a name written in lower case by its company ("bp"), with company context; the same letters after a number are a unit ("25 bp"); an ambiguous name as the agent or counterparty of a deal ("built by Stadler", "a contract with Stadler")',
    text: 'The deal with bp closed on March 3, 2025. bp said it was pleased. Yields rose 25 bp on the news. The trains are being built by Stadler in Valencia.',
    expect: [{ text: 'bp' }, { text: 'bp' }, { text: 'Stadler' }],
    reject: ['25 bp'],
  },
  {
    name: 'an ambiguous name after "customers of" / "buyers of" is a company ("Among the customers of Stadler\'s new train are …"); a region after a country\'s possessive is a place ("in Brazil\'s Bahia state"); plant towns are places ("cells from Debrecen"); a plural of a vehicle kind is no name ("born-electric SUVs, the French supplier said"); a prefixed kanji term and its reading is a word (「再利用（リユース）を手がける」)',
    text: 'Among the customers of Stadler\'s new battery train are Deutsche Bahn and Austria\'s ÖBB. BYD opened a plant in Brazil\'s Bahia state. Einride trucks run on Sweden\'s E4 motorway. Mercedes-Benz will source cells from Debrecen. Valeo will co-develop axles for Mahindra & Mahindra\'s born-electric SUVs, the French supplier said.\n\n日産自動車と住友商事は、EV用電池の再利用（リユース）を手がける合弁会社を設立した。',
    expect: [{ text: 'Stadler' }, { text: 'Deutsche Bahn' }, { text: 'ÖBB' }, { text: 'BYD' }, { text: 'Mercedes-Benz' }, { text: 'Valeo' }, { text: 'Mahindra & Mahindra' }, { text: '日産自動車' }, { text: '住友商事' }],
    reject: ['Bahia', 'Debrecen', 'SUVs', '再利用', 'リユース', 'E4'],
  },
  {
    name: 'a katakana name with its company word in kanji after a country (「ベトナムのチュオンハイ自動車（タコ）に」); a Japanese city and a works word is a company\'s site (「大阪製作所の生産能力」「長崎造船所で」), not a company',
    text: '中国の比亜迪は、タイのアルン・プラスとベトナムのチュオンハイ自動車（タコ）に、それぞれ電池を供給する。住友電気工業は、大阪製作所の生産能力を引き上げる。運搬船の建造が、長崎造船所で始まった。',
    expect: [{ text: '比亜迪' }, { text: 'アルン・プラス' }, { text: 'チュオンハイ自動車' }, { text: 'タコ' }, { text: '住友電気工業' }],
    reject: ['大阪製作所', '長崎造船所'],
  },
  {
    name: 'a country and a place in brackets after a name is where it is, not another name (「HLIグリーンパワー（インドネシア・カラワン）」); a power exchange and a truck model are no companies (「日本卸電力取引所（JEPX）」「エルフ」); ふそう is Mitsubishi Fuso',
    text: 'フォーアールエナジーは、HLIグリーンパワー（インドネシア・カラワン）に出資した。東京ガスは日本卸電力取引所（JEPX）で電力を売る。いすゞ自動車の「エルフ」とふそうの「eCanter」が競う。',
    expect: [{ text: 'フォーアールエナジー' }, { text: 'HLIグリーンパワー' }, { text: '東京ガス' }, { text: 'いすゞ自動車' }, { text: 'ふそう' }],
    reject: ['インドネシア・カラワン', '日本卸電力取引所', 'JEPX', 'エルフ'],
  },
  {
    name: 'an ambiguous name in a digest line\'s pair is a company ("- EVE–BMW: 46-series cells"); a stock code in brackets is no other name ("EVE Energy (300014.SZ)")',
    text: 'New orders booked by EVE Energy (300014.SZ) in the first quarter:\n- EVE–BMW: 46-series cylindrical cells for the Neue Klasse\n- EVE–Daimler Truck: LFP modules for electric trucks',
    expect: [{ text: 'EVE Energy' }, { text: 'EVE' }, { text: 'BMW' }, { text: 'EVE' }, { text: 'Daimler Truck' }],
    reject: ['300014.SZ'],
  },
  {
    name: 'a buyer named by による (「モリテックによって買収された」), a partner in a business integration (「ベルニクスとの経営統合」), a company made a subsidiary (「カエデ化成を連結子会社化」) and the subject of a purchase (「ヒバリテックが…を買収した」) are cues; a purchase of a thing is none (「中古設備を買収」「新工場を子会社化」 name nothing); an ambiguous alias in kanji glued to a katakana word is the end of a longer name (「ヤマブキ工機」 is not 工機)',
    text: 'ツバキ電材はモリテックによって買収された。アオイ産業は、ベルニクスとの経営統合を発表した。ミナト商事は2024年、カエデ化成を連結子会社化した。2015年にヒバリテックが同業の小型モーター事業を買収した。同社が中古設備を買収し、新工場を子会社化した。アオイ産業は、ヤマブキ工機との経営統合も協議している。',
    expect: [{ text: 'モリテック' }, { text: 'ベルニクス' }, { text: 'カエデ化成' }, { text: 'ヒバリテック' }, { text: 'アオイ産業' }],
    reject: ['中古設備', '新工場', '小型モーター事業', '工機'],
  },
  {
    name: 'an English legal-form prefix is part of the name, known or discovered ("PT Aneka Tambang", "PT Kolaka Nickel Indonesia", "PT. Merdeka Battery Materials"); Pacific Time is none ("10 a.m. PT Monday", "9:30 PT Tuesday")',
    text: 'Vale Indonesia and Huayou Cobalt established PT Kolaka Nickel Indonesia on Thursday. State miner PT Aneka Tambang will hold a stake. The call starts at 10 a.m. PT Monday, and trading resumes at 9:30 PT Tuesday.',
    expect: [{ text: 'Vale Indonesia' }, { text: 'Huayou Cobalt' }, { text: 'PT Kolaka Nickel Indonesia' }, { text: 'PT Aneka Tambang' }],
    reject: ['PT Monday', 'Monday', 'PT Tuesday'],
  },
  {
    name: 'the press\'s G for グループ after a Japanese name is a legal form (「三菱ケミカルＧは」), not after Latin or a digit (LG, 5G); the Nordic form AS ("InoBat AS"); a title-case headline names no unit before a region nor after a country\'s possessive ("Northvolt Rescue Tests Europe\'s Battery Ambitions")',
    text: 'Lyten\'s Northvolt Rescue Tests Europe\'s Battery Ambitions as Rivals Circle\n\nIn Slovakia, InoBat AS signed a memorandum with Gotion High-Tech Co. on Tuesday.\n\n三菱ケミカルＧは、5G向けの材料でLGエナジーと組む。',
    expect: [{ text: 'Lyten' }, { text: 'Northvolt' }, { text: 'InoBat AS' }, { text: 'Gotion High-Tech Co.' }, { text: '三菱ケミカルＧ' }, { text: 'LGエナジー' }],
    reject: ['Northvolt Rescue Tests Europe', 'Battery Ambitions', '5G'],
  },
  {
    name: 'an adverb opening a sentence is no name taken up by the next ("Further north, Black Rock Mining … The company\'s …"); a method and its abbreviation are no Chinese company (「直接抽出法（DLE）を使う」)',
    text: 'Further north, Black Rock Mining Ltd. is seeking $180 million. The company\'s offtake partner is POSCO International Corp.\n\nエラメットは、直接抽出法（DLE）を使う工場を稼働させた。',
    expect: [{ text: 'Black Rock Mining Ltd.' }, { text: 'POSCO International Corp.' }, { text: 'エラメット' }],
    reject: ['Further', '直接抽出法', 'DLE'],
  },
  {
    name: 'a common kanji word taken up by 同社 is no name (「投資額は約120億円…。同社は」); a treaty is no company (「米墨加協定（USMCA）」); a drive part kuromoji does not know is no name (「インバーターとモーターを一体化した…契約」); "non-" opens no name (「非自動車メーカー系」); Pvt. and Brasil end names ("Attero Recycling Pvt.", "GWM Brasil")',
    text: 'ヤザキは、メキシコに新工場を建設すると発表した。投資額は約120億円、敷地面積は約6万平方メートル。同社は米墨加協定（USMCA）の原産地規則を満たす。日立Astemoは、インバーターとモーターを一体化した駆動ユニットを供給する契約を結んだ。非自動車メーカー系の部品会社は苦戦する。\n\nIndia\'s Attero Recycling Pvt. and GWM Brasil, the Brazilian unit of Great Wall Motor, signed a deal.',
    expect: [{ text: '日立Astemo' }, { text: 'Attero Recycling Pvt.' }, { text: 'GWM Brasil' }, { text: 'Great Wall Motor' }],
    reject: ['投資額', '米墨加協定', 'USMCA', 'インバーター', '非自動車メーカー系'],
  },
  {
    name: 'a kind of company by its line, then の, then the name (「国営鉱山会社のアネカ・タンバン」); not 会社の alone (「日本ガイシ株式会社のNAS電池」); goods of a place before a katakana company word are no name (「アルゼンチン産リチウム」「中国製バッテリー」); an ambiguous name opening a sentence before an irregular past tense ("Wallbox cut its forecast … its supply deal")',
    text: 'ベトナムのビンファストとインドネシア国営鉱山会社のアネカ・タンバンは、戦略的提携を結んだ。北海道電力株式会社は、日本ガイシ株式会社のNAS電池を使う。豊田通商は、仏エラメットとアルゼンチン産リチウムの調達に関する覚書を交わした。\n\nWallbox cut its annual revenue forecast on Thursday, even as its charger supply deal with Iberdrola began to contribute sales.',
    expect: [{ text: 'アネカ・タンバン' }, { text: '日本ガイシ株式会社' }, { text: 'エラメット' }, { text: 'Wallbox' }, { text: 'Iberdrola' }],
    reject: ['NAS電池', 'アルゼンチン産リチウム'],
  },
  {
    name: 'a kind of vehicle before a company word is no name (「ZEVバスでの協業」); Rio after Rio Tinto is Rio Tinto ("Rio is also Codelco\'s partner"), not a river ("the Rio Grande"); a company that runs battery swapping (Gachaco) is known',
    text: '両社はZEVバスでの戦略的協業を検討する基本合意書を締結していた。購入者はGachaco（ガチャコ）と月額契約を結ぶ。\n\nRio Tinto bought Arcadium Lithium. Rio is also Codelco\'s partner in a copper project near the Rio Grande.',
    expect: [{ text: 'Gachaco' }, { text: 'ガチャコ' }, { text: 'Rio Tinto' }, { text: 'Arcadium Lithium' }, { text: 'Rio' }, { text: 'Codelco' }],
    reject: ['ZEVバス', 'Rio Grande'],
  },
  {
    name: 'a product in the plural ends no name ("for its VF-series SUVs, the Vietnamese automaker said"); a company a relative clause says is building something ("an electrolyser that Allied Green Ammonia is building")',
    text: 'VinFast has tapped ProLogium Technology to co-develop battery packs for its VF-series SUVs, the Vietnamese automaker said. Plug Power will service an electrolyser that Allied Green Ammonia is building in the Northern Territory.',
    expect: [{ text: 'VinFast' }, { text: 'ProLogium Technology' }, { text: 'Plug Power' }, { text: 'Allied Green Ammonia' }],
    reject: ['VF-series SUVs'],
  },
  {
    name: 'a name in hiragana after two particles or a two-kana particle (「5月にはいすゞが」「米国からいすゞに」), not inside a word (「使いにくいすゞしい」); a bank named by its operating company (MUFG Bank, Mizuho Bank) and a fund by its short name once named (Elliott); compound names of a venture with a nakaguro (「ルノー・日産オートモーティブ・インディア」)',
    text: '2023年5月にはいすゞがホンダを選んだ。米国からいすゞに部品を送る。\n\nElliott Investment Management said Elliott would tender. MUFG Bank and Mizuho Bank agreed to lend.\n\nルノー・日産オートモーティブ・インディアとスズキ・モーター・グジャラートが提携した。',
    expect: [{ text: 'いすゞ' }, { text: 'ホンダ' }, { text: 'いすゞ' }, { text: 'Elliott Investment Management' }, { text: 'Elliott' }, { text: 'MUFG Bank' }, { text: 'Mizuho Bank' }, { text: 'ルノー・日産オートモーティブ・インディア' }, { text: 'スズキ・モーター・グジャラート' }],
    reject: ['MUFG', 'Mizuho', 'ルノー', '日産オートモーティブ・インディア'],
  },
  {
    name: "a unit described as a business its parent carved out ('Ampere, the electric-vehicle business Renault Group carved out in 2023') is named with its parent",
    text: 'Ampere, the electric-vehicle business Renault Group carved out in 2023, will source LFP cells from CATL.',
    expect: [{ text: 'Ampere' }, { text: 'Renault Group' }, { text: 'CATL' }],
  },
  {
    name: "the last word of a body's name after 'of' is no company ('The U.S. Department of Energy closed a $475 million loan')",
    text: 'The U.S. Department of Energy closed a $475 million loan in November 2024, but Li-Cycle never met the conditions.',
    expect: [{ text: 'Li-Cycle' }],
    reject: ['Energy', 'Department of Energy'],
  },
  {
    name: "two words or more after a known name, the last a company word, name a subsidiary of its own ('Agratas Energy Storage Solutions', 'Amara Raja Advanced Cell Technologies'), in a sentence or a table row; one word after it stays the known company's ('GM Ventures' is an arm, 'Toyota Battery' is known)",
    text: 'Tata Group said Agratas Energy Storage Solutions will build the plant.\n\n| Date | Company | Partner |\n|---|---|---|\n| Jun. 24, 2024 | Amara Raja Advanced Cell Technologies | Gotion |\n\nThe cells come from Amara Raja, the company said.',
    expect: [{ text: 'Tata Group' }, { text: 'Agratas Energy Storage Solutions' }, { text: 'Amara Raja Advanced Cell Technologies' }, { text: 'Gotion' }, { text: 'Amara Raja' }],
    reject: ['Agratas'],
  },
  {
    name: 'a Chinese name in kanji and a katakana business word is called by its kanji for short once named (「浙江華友コバルト」 … 「華友」, 「贛鋒リチウム」 … 「贛鋒」)',
    text: '豊田通商が中国の浙江華友コバルトから株式を取得した。出資比率は豊田通商25%、華友24%となる。中国の贛鋒リチウムとも契約した。贛鋒は供給を始める。',
    expect: [{ text: '豊田通商' }, { text: '浙江華友コバルト' }, { text: '豊田通商' }, { text: '華友' }, { text: '贛鋒リチウム' }, { text: '贛鋒' }],
  },
  {
    name: "a company's named unit after its possessive ('Lopal's Changzhou Liyuan unit won an order'); not a generic one ('Tesla's Energy unit', 'the company's Battery Materials unit')",
    text: "In February Lopal's Changzhou Liyuan unit won an order. Tesla's Energy unit grew. The company's Battery Materials unit grew.",
    expect: [{ text: 'Lopal' }, { text: 'Changzhou Liyuan' }, { text: 'Tesla' }],
    reject: ['Energy', 'Battery Materials'],
  },
  {
    name: "'Tech' ends a company's name ('Tanger Tech is the company developing Tangier Tech City'), not a generic run ('Battery Tech', 'Clean Tech'); a goods word opening a sentence is no name taken up by the next ('Material made in … can count. The …')",
    text: 'Notes:\n\n6. Tanger Tech is the company developing Tangier Tech City. The plant uses Battery Tech from China. Clean Tech stocks fell.\n\nCNGR Advanced Material builds plants. Material made in a US free-trade partner can count toward the rules. The kingdom has phosphate.',
    expect: [{ text: 'Tanger Tech' }, { text: 'CNGR Advanced Material' }],
    reject: ['Battery Tech', 'Clean Tech', 'Material'],
  },
];
