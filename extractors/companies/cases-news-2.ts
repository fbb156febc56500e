/**
 * A second set of company case rows from fresh news (cases.ts joins them with the others):
 * names found by the deal or the words around them in texts whose companies no dictionary knows
 * (companies 1.3.18: the blind sets art37–art39, b56–b58).
 */
import type { Case, CompanyExpectation } from '../cases.ts';

type CompanyCase = Case<CompanyExpectation>;

export const ja: CompanyCase[] = [
  {
    name: 'a kanji name with its reading or Latin name in brackets before a particle is a company (「英搏爾（エンパワー）は」「派瑞氫能（PERIC）と」), not a term with its abbreviation (「最高経営責任者（CEO）は」); a katakana name leading a news sentence (「ティラドは24日、…と発表した」)',
    text: '駆動システム大手、英搏爾（エンパワー）は受注を獲得した。神鋼は中国の派瑞氫能（PERIC）と覚書を結んだ。最高経営責任者（CEO）は述べた。新規株式公開（IPO）を目指す。ティラドは24日、日野自動車にラジエーターを供給すると発表した。',
    expect: [{ text: '英搏爾' }, { text: '派瑞氫能' }, { text: 'ティラド' }],
    reject: ['最高経営責任者', 'CEO', '新規株式公開', 'IPO'],
  },
  {
    name: 'after a kind of company and its comma, a kanji name of three words or more ending with a company word is a name even when each word is a common noun (「モーター大手、臥龍電気駆動集団」); a field of engineering is none (「パワーエレクトロニクスに強い」)',
    text: '独ボッシュは中国のモーター大手、江南電気駆動集団と組んだ。パワーエレクトロニクスに強い英アクメ・ドライブを買収した。',
    expect: [{ text: '江南電気駆動集団' }, { text: 'アクメ・ドライブ' }],
    reject: ['パワーエレクトロニクス'],
  },
  {
    name: 'each item of a counted list is a company (「A、B、Cの3社」), one in hiragana alone or ending with a word of a service; a dictionary name opening a head before a company word (日鉄|物産, 広汽新能源|汽車); not places counted',
    text: '九州電力、さくらでんき、長崎バスサービスの3社は提携した。日鉄物産は広汽新能源汽車と契約した。東京、大阪の2社が参加した。',
    expect: [{ text: 'さくらでんき' }, { text: '長崎バスサービス' }, { text: '日鉄物産' }, { text: '広汽新能源汽車' }],
    reject: ['東京', '大阪', '広汽新能源'],
  },
  {
    name: 'a parent\'s kanji name with a katakana company word alone (日鉄エンジニアリング) is one company; a partner joined by と to a name ending with a company word before a deal (「フタバ産業とエイチワンが手を組み」)',
    text: '独HH2Eは、試運転支援を日鉄エンジニアリングに委託した。フタバ産業とエイチワンが手を組み、バッテリーケースを共同で開発する。日産リーフの販売は続く。',
    expect: [{ text: '日鉄エンジニアリング' }, { text: 'エイチワン' }],
    reject: ['日産リーフ', '日鉄'],
  },
  {
    name: 'a surname after a person\'s title is no company even when the company is named elsewhere (「取締役社長　豊田　章男」); a name before 町 is a town (「トヨタ町1番地」)',
    text: 'トヨタ自動車と資本提携した。\n（2）所在地\t愛知県豊田市トヨタ町1番地\n（3）代表者の役職・氏名\t取締役社長　豊田　章男\n',
    expect: [{ text: 'トヨタ自動車' }],
    reject: ['豊田', 'トヨタ'],
  },
  {
    name: 'a kind of company, a comma and its name (「水素スタートアップ、X」「電池最大手、Y」); 「Xへの出資」 names X',
    text: 'ENEOSは、豪州の水素スタートアップ、ハイドロジェン・ユーティリティへの出資を決めた。住友商事はベータ・エナジーへの出資も決めた。欧州への出資も増やす。',
    expect: [{ text: 'ハイドロジェン・ユーティリティ' }, { text: 'ベータ・エナジー' }],
    reject: ['欧州'],
  },
  {
    name: 'the other name of a pair joined by と with a known company, the pair stating a deal (「日本郵便とフォロフライは…業務提携した」), either side; not without a deal',
    text: '日本郵便とフォロフライは、配達用の軽EVバンの導入で業務提携した。テラモーターズとヤマト運輸が合意した。トヨタとレクサスは新型車を出した。',
    expect: [{ text: 'フォロフライ' }, { text: 'テラモーターズ' }],
    reject: ['レクサス'],
  },
  {
    name: 'after 「<country>の」 a short kanji name with a katakana one (「韓国の東進セミケム」); a prefix stripped only when it is a word of its own (現代製鉄 is not 現|代製鉄)',
    text: '関東電化工業は、韓国の東進セミケムと共同開発契約を結んだ。太陽誘電は韓国の現代ケフィコに部品を納入する契約を結んだ。中国の新興メーカーとも提携した。',
    expect: [{ text: '東進セミケム' }, { text: '現代ケフィコ' }],
    reject: ['新興メーカー', 'メーカー'],
  },
  {
    name: 'a news lead whose name ends with a company word (「マイクロ波化学は18日、…契約を結んだ」) is a company even when kuromoji reads its head as common nouns; a company two owners set up together (「…が11年に共同で設立した日豪レアアース（JARE）」) is one; not 「同社は」, nor a company word alone (「電池工業は」)',
    text: 'マイクロ波化学は18日、独ヘレウスに対し、焼成プロセスをライセンス供与する契約を結んだ。双日と住友商事が11年に共同で設立した日豪レアアース（JARE）が、豪ライナスへの出資で合意した。同社は21日、生産を始めると発表した。電池工業は21日、生産を始めると発表した。',
    expect: [{ text: 'マイクロ波化学' }, { text: '日豪レアアース' }],
    reject: ['同社', '電池工業'],
  },
  {
    name: 'a kanji name after 「<country>の」 that is a party of its sentence\'s deal: with a company word (「中国の厦門厦鎢新能源材料に実施権を許諾」「中国の蘇州東山精密製造は…買い取る」「台湾の康普材料に供与」), a katakana name taken over (「韓国のウォンテック・パワーを完全子会社にする」); not a common noun (「中国の当局と」)',
    text: '東邦チタニウムは7日、中国の厦門厦鎢新能源材料に実施権を許諾したと明らかにした。中国の蘇州東山精密製造は10日、米アプティブから工場2カ所を買い取ることで合意した。村田製作所の技術は、台湾の康普材料に供与されることが決まった。ミネベアミツミは22日、韓国のウォンテック・パワーを完全子会社にすると発表した。トヨタは中国の当局と協議し、契約を結んだ。',
    expect: [{ text: '厦門厦鎢新能源材料' }, { text: '蘇州東山精密製造' }, { text: '康普材料' }, { text: 'ウォンテック・パワー' }],
    reject: ['当局'],
  },
  {
    name: 'a katakana news lead dated by a season (「ダイセルは2024年秋、…覚書を交わした」) or reporting what it made public (公表した); not a word kuromoji knows as a common noun',
    text: 'ダイセルは2024年秋、韓国のSKイノベーションと電池用の安全部品を共同開発する覚書を交わした。ゼノテックは21日、新しい中期経営計画を公表した。',
    expect: [{ text: 'ダイセル' }, { text: 'ゼノテック' }],
  },
];

export const en: CompanyCase[] = [
  {
    name: 'a company\'s deal as a noun in the possessive ("cleared Voltera\'s purchase of …") and the people of a company ("Executives of Thermax and …") name it; not an institution',
    text: "EU regulators cleared Voltera's purchase of MacLean Engineering. Executives of Thermavolt and Sunfire met in Pune. Executives of the European Commission met.",
    expect: [{ text: 'Voltera' }, { text: 'Thermavolt' }],
    reject: ['European Commission', 'EU'],
  },
  {
    name: 'a name before a stake taken, a design licensed, a co-development, a contract won, or (two names joined by "and") a venture set up is a company; not "The Board", not a place',
    text: 'Bharat Gasworks has taken a 20% stake in Acmecharge. Voltano has licensed its stack design to Thermax. Subrozo will co-develop compressors with Sanden. Minetek won a contract to supply loaders to LKAB. Coal Power India and Neyveli Grid agreed to set up a 50:50 joint venture. The Board has taken a 5% stake in it. California has won a contract for roads.',
    expect: [{ text: 'Bharat Gasworks' }, { text: 'Voltano' }, { text: 'Subrozo' }, { text: 'Minetek' }, { text: 'Coal Power India' }, { text: 'Neyveli Grid' }],
    reject: ['Board', 'California'],
  },
  {
    name: 'a list of three with one known member is companies when it goes on to make a deal ("A, B and Known formed a joint venture"); not a list that does nothing',
    text: 'Acmeport, Hafenco and Mitsui O.S.K. Lines formed a joint venture on Monday. Rotterdam, Antwerp and Toyota are far apart.',
    expect: [{ text: 'Acmeport' }, { text: 'Hafenco' }],
    reject: ['Rotterdam', 'Antwerp'],
  },
  {
    name: 'a subsidiary named in both scripts with a business word between parent and region is one company (「ホンダ・モーター・ヨーロッパ」 = "Honda Motor Europe"); another business word keeps them apart',
    text: 'ホンダは、欧州子会社のホンダ・モーター・ヨーロッパ（HME）を通じて電池を調達する。Honda Motor Europe will buy cells from the plant, and Honda Power Europe will not.',
    expect: [
      { text: 'ホンダ・モーター・ヨーロッパ', canonical: 'Honda Motor Europe' },
      { text: 'Honda Motor Europe', canonical: 'Honda Motor Europe' },
      { text: 'Honda Power Europe', canonical: 'Honda Power Europe' },
    ],
  },
  {
    name: 'names ending with Lithium, Graphite or Laboratories are companies ("Atlas Lithium will sell …", "Nanoramic Laboratories said")',
    text: 'Atlas Lithium will sell spodumene concentrate to Chengxin Lithium Group. Nanoramic Laboratories said on Thursday that its process was licensed.',
    expect: [{ text: 'Atlas Lithium' }, { text: 'Nanoramic Laboratories' }],
  },
  {
    name: 'a year before a name is the date\'s, not the name\'s ("On January 29, 2025 Volvo Car Corporation", "The 2024 Acme Corp. deal")',
    text: 'On January 29, 2025 Volvo Car Corporation signed a share purchase agreement. The 2024 Acme Corp. deal closed.',
    expect: [{ text: 'Volvo Car Corporation' }, { text: 'Acme Corp.' }],
    reject: ['2025 Volvo Car Corporation', '2024 Acme Corp.'],
  },
  {
    name: 'a country\'s possessive introduces a company ("Norway\'s Zaptec", "Germany\'s Quest One"); not a ministry, an authority, a person or a place',
    text: "Norway's Zaptec has entered a partnership with Stellantis. Electrolysers built by Germany's Quest One are to be delivered. Japan's Ministry of Economy approved it, Britain's Competition and Markets Authority cleared it, and Japan's Shigeru Ishiba praised it. China's Hubei is a hub.",
    expect: [{ text: 'Zaptec' }, { text: 'Quest One' }],
    reject: ['Ministry', 'Ministry of Economy', 'Competition', 'Shigeru Ishiba', 'Hubei'],
  },
  {
    name: 'a name beside a known company that "announced a partnership" with it is a company',
    text: 'Honda and FirstElement Fuel announced a partnership on Monday to add hydrogen stations in California.',
    expect: [{ text: 'Honda' }, { text: 'FirstElement Fuel' }],
  },
  {
    name: 'a name ending in Technology or Materials with a word of its own ("buy battery modules from Kulr Technology"); an owner in the possessive of a plural name before its project ("from Winsome Resources\' Adina project")',
    text: 'LiveWire Group also said it had signed a contract to buy battery modules from Kulr Technology. LX International will take spodumene concentrate from Winsome Resources\' Adina project in Quebec.',
    expect: [{ text: 'Kulr Technology' }, { text: 'Winsome Resources' }],
    reject: ['Adina'],
  },
  {
    name: 'an ambiguous alias after its owner\'s possessive and a preposition of a deal ("to supply e-axles to Renault\'s Ampere") is the company',
    text: "Hyundai Mobis won a contract on Tuesday to supply e-axles to Renault's Ampere. The current was 20 Ampere.",
    expect: [{ text: 'Ampere' }],
  },
  {
    name: 'a name that "will ship … to" or "is to deliver … to" a buyer, or "agreed on Thursday to acquire" a company; not a generic word ("Analysts will ship forecasts to Reuters")',
    text: 'EcoGraf will ship spherical graphite to POSCO Future M under binding offtake agreements. Ferroglobe agreed on Thursday to acquire NEO Battery Materials. Waaree Energies is to deliver battery energy storage systems to NTPC. Analysts will ship forecasts to Reuters.',
    expect: [{ text: 'EcoGraf' }, { text: 'Ferroglobe' }, { text: 'Waaree Energies' }],
    reject: ['Analysts'],
  },
  {
    name: 'a katakana name before a head-office bracket is a company even when kuromoji knows it as a common noun (ルビコン（長野県伊那市）); a site before one is not (センター, プラント, ホテル)',
    text: 'ルビコン（長野県伊那市）は21日、現代モービスにコンデンサーを供給する契約を獲得した。同社はセンター（茨城県つくば市）で試験を始め、新設したプラント（三重県四日市市）で生産する。ホテル（京都市）で会見した。',
    expect: [{ text: 'ルビコン' }, { text: '現代モービス' }],
    reject: ['センター', 'プラント', 'ホテル'],
  },
  {
    name: 'after 「<country>の」, a kanji name kuromoji reads only as one-character pieces is a party\'s name (中国の柳工); a word it knows is not (中国の官民, 中国の地元, 中国の同業)',
    text: '日立建機と中国の柳工は23日、電動ダンプトラック向けの充電システムを共同で開発すると明らかにした。同社は中国の官民と供給契約を結び、中国の地元と協定を結び、中国の同業とも提携した。',
    expect: [{ text: '日立建機' }, { text: '柳工' }],
    reject: ['官民', '地元', '同業'],
  },
  {
    name: 'two names joined by "and" that signed a memorandum, an agreement or a letter of intent, or held a signing ceremony, are both companies; a suffix word left alone is not ("The European Commission and …")',
    text: 'Cylib and Aurubis signed a memorandum of understanding on Monday. Neoen and Hydrostor signed a letter of intent in 2023. Kanadevia and Andritz held a signing ceremony. The European Commission and Northvolt signed an agreement.',
    expect: [{ text: 'Cylib' }, { text: 'Aurubis' }, { text: 'Neoen' }, { text: 'Hydrostor' }, { text: 'Andritz' }, { text: 'Northvolt' }],
    reject: ['Commission', 'European Commission'],
  },
  {
    name: 'the other names of a list after a deal cue ("to supply … to Zenobe and Field Energy", "to Telenor, Telia and Ericsson") are companies; a comma without a closing "and" lists nothing ("to Telenor, Chief Executive John Smith said")',
    text: 'Fluence will supply battery systems to Zenobe and Field Energy for grid projects. Polarium will supply backup systems to Telenor, Telia and Ericsson under framework deals. Eaton will supply backup systems to Orsted, Chief Executive John Smith said.',
    expect: [{ text: 'Zenobe' }, { text: 'Field Energy' }, { text: 'Telenor' }, { text: 'Telia' }, { text: 'Ericsson' }, { text: 'Orsted' }],
    reject: ['Chief Executive John Smith', 'John Smith'],
  },
  {
    name: 'the owner, in the possessive, of the vessels or vehicles a deal equips or of the unit or technology it sells or licenses is a company ("for Norled\'s four new electric ferries", "Draexlmaier\'s battery-systems unit", "Sakuu\'s dry-electrode printing"); not a clause after a possessive ("Trump\'s tariffs hit the unit") nor a place',
    text: "Corvus Energy signed a contract to supply the battery systems for Norled's four new electric ferries. The sale of Draexlmaier's battery-systems unit to Motherson closed on Monday. Panasonic agreed to license Sakuu's dry-electrode printing process. Trump's tariffs hit the unit. Norway's ferries run on batteries.",
    expect: [{ text: 'Corvus Energy' }, { text: 'Norled' }, { text: 'Draexlmaier' }, { text: 'Motherson' }, { text: 'Panasonic' }, { text: 'Sakuu' }],
    reject: ['Trump', 'Norway'],
  },
  {
    name: 'the seller of goods bought, ordered or licensed, words between ("agreed to buy traction motors from Ziehl-Abegg", "licensed from Ampcera"), and the other names of a list after a cue ("from Solaris Bus & Coach, Wrightbus and New Flyer"); not a person after a title, a place or a day',
    text: 'Otokar agreed to buy traction motors from Ziehl-Abegg. Toyota uses a sulfide electrolyte licensed from Ampcera. The buses were ordered from Solaris Bus & Coach, Wrightbus and New Flyer. Shell bought the stake from Chief Executive John Smith. The company ordered parts from Japan from Monday onwards.',
    expect: [{ text: 'Ziehl-Abegg' }, { text: 'Ampcera' }, { text: 'New Flyer' }],
    reject: ['Chief Executive John Smith', 'John Smith', 'Japan', 'Monday'],
  },
  {
    name: 'a headline lists no names after a cue: every word of it is capitalised ("… Agreement with BMW Group, Granting Research and Development License")',
    text: 'Solid Power Expands Joint Development Agreement with BMW Group, Granting Research and Development License\n\nSolid Power said it expanded its agreement with the BMW Group.',
    expect: [{ text: 'Solid Power' }],
    reject: ['Granting Research', 'Development License'],
  },
  {
    name: 'Sciences, Insurance, Shipping and Network end an English name with a word of its own ("OneD Battery Sciences", "Mitsui Sumitomo Insurance", "Osprey Charging Network"); not generic words alone ("National Insurance", "Charging Network")',
    text: 'OneD Battery Sciences said on Tuesday that Toyota Tsusho had invested in it. Hero MotoCorp and Mitsui Sumitomo Insurance are the lead backers in the round. Osprey Charging Network picked Heliox to supply its chargers. The National Insurance scheme and the Charging Network grew.',
    expect: [{ text: 'OneD Battery Sciences' }, { text: 'Mitsui Sumitomo Insurance' }, { text: 'Osprey Charging Network' }],
    reject: ['National Insurance', 'Charging Network'],
  },
  {
    name: 'a kanji name joined by と to a known company, the pair the subject of a deal, is a company (中国の寧波韻昇と信越化学工業は…合弁会社を設立); not a place, a ministry, a university or common nouns',
    text: '中国の寧波韻昇と信越化学工業は20日、合弁会社を設立すると発表した。トヨタ自動車と東京都は26日、連携協定を結んだ。トヨタ自動車と経済産業省は覚書を結んだ。トヨタ自動車と名古屋大学は共同研究契約を結んだ。トヨタ自動車と地元自治体は協定を結んだ。',
    expect: [{ text: '寧波韻昇' }, { text: '信越化学工業' }],
    reject: ['東京都', '経済産業省', '名古屋大学', '地元自治体'],
  },
  {
    name: 'a news lead reporting an investment, a purchase or a set-up is a company (アスエネは2024年4月、…に出資した); a kanji name with a katakana company word at its end opens one (神鋼環境ソリューションは2023年2月、…覚書を交わした); common nouns are not (メーカー, チーム, 環境ソリューション)',
    text: 'アスエネは2024年4月、英国のコネクテッド・カーブに出資した。神鋼環境ソリューションは2023年2月、中国の派瑞氫能と覚書を交わした。メーカーは21日、新会社を設立した。チームは21日、新会社を設立した。同社は環境ソリューションの提供を始めた。',
    expect: [{ text: 'アスエネ' }, { text: 'コネクテッド・カーブ' }, { text: '神鋼環境ソリューション' }, { text: '派瑞氫能' }],
    reject: ['メーカー', 'チーム', '環境ソリューション'],
  },
  {
    name: 'each item of a list counted as parties (「…の3者」) is judged as a cue\'s name, not a place or a university; a kanji name before グループ that kuromoji does not read as common nouns is a group (伊予鉄グループ); not 研究グループ, 日本グループ',
    text: '伊予鉄グループ、四国電力、愛媛銀行の3者は27日、連携協定を結んだ。トヨタ、名古屋大学、愛知県の3者は協定を結んだ。研究グループは21日、論文を発表した。日本グループが優勝した。',
    expect: [{ text: '伊予鉄グループ' }, { text: '四国電力' }, { text: '愛媛銀行' }, { text: 'トヨタ' }],
    reject: ['名古屋大学', '愛知県', '研究グループ', '日本グループ'],
  },
  {
    name: 'a katakana name before a head-office bracket is a company even when kuromoji reads it as a person\'s, and after a descriptor head opening its run (「新興企業アスター（横手市）」「ユニバンス（静岡県湖西市）」)',
    text: '北都銀行は25日、地元の新興企業アスター（横手市）の株式を引き受けた。ユニバンス（静岡県湖西市）が英GKNオートモーティブと組んで開発した変速機。',
    expect: [{ text: '北都銀行' }, { text: 'アスター' }, { text: 'ユニバンス' }, { text: 'GKNオートモーティブ' }],
    reject: ['企業アスター', '新興企業アスター'],
  },
  {
    name: 'a seller "is selling its … business", a buyer that "has ordered … from" or "will buy … from" a seller, a company that "has clinched a deal to buy", the target of "a recommended cash offer for", holders of a company "owned equally by"; not a generic subject ("People bought cars from Tesla")',
    text: 'Rittal is selling its battery-enclosure business to Eaton. Nobina has ordered 60 electric buses from Yutong. Mercuria will buy black mass from Ecobat. Aurubis has clinched a deal to buy Circuit Foil. Spirax has agreed a recommended cash offer for Volex. The plant is owned equally by Stora Enso and Vianode. People bought cars from Tesla.',
    expect: [{ text: 'Rittal' }, { text: 'Nobina' }, { text: 'Mercuria' }, { text: 'Ecobat' }, { text: 'Aurubis' }, { text: 'Circuit Foil' }, { text: 'Volex' }, { text: 'Stora Enso' }],
    reject: ['People'],
  },
  {
    name: 'a supplier "has been chosen by" a list of buyers, a contract "awarded to" a company, the owner of a joint venture or a production line in the possessive; not people who appoint ("appointed by President Biden")',
    text: 'Stäubli Electrical Connectors has been chosen by Zerova Technologies, Heliox and Ekoenergetyka to supply plugs. Construction of the plant has been awarded to Tata Projects by Ola Cell Technologies. Output at Iberia Cell, Cegasa\'s joint venture with Svolt, will double. The cells will roll off Okaya Power\'s new production line. He was appointed by President Biden.',
    expect: [{ text: 'Stäubli Electrical Connectors' }, { text: 'Zerova Technologies' }, { text: 'Ekoenergetyka' }, { text: 'Tata Projects' }, { text: 'Cegasa' }, { text: 'Okaya Power' }],
    reject: ['President Biden', 'Biden'],
  },
  {
    name: 'a name before its acronym in brackets and a deal verb ("Bharat Heavy Electricals (BHEL) signed"), and a Spanish or Portuguese name ending in Energía or Energia ("Acciona Energía") are companies',
    text: 'Bharat Heavy Electricals (BHEL) signed a memorandum of understanding with NTPC on Monday. ElectroRuta, a 60:40 venture of Moeve and Acciona Energía, opened its 100th charging hub.',
    expect: [{ text: 'Bharat Heavy Electricals' }, { text: 'BHEL' }, { text: 'NTPC' }, { text: 'Acciona Energía' }],
  },
  {
    name: 'a head-office bracket may hold the name\'s reading first (「新会社「Gachaco（ガチャコ、東京・港）」」)',
    text: 'ENEOSホールディングスとホンダは30日、新会社「Gachaco（ガチャコ、東京・港）」を4月1日に設立すると発表した。',
    expect: [{ text: 'ENEOSホールディングス' }, { text: 'ホンダ' }, { text: 'Gachaco' }],
  },
  {
    name: 'a counted list whose members carry head-office brackets (「A（帯広市）、B、Cの3社は」), a name in brackets before と and its partner (「A（群馬県桐生市）とTBKが共同で開発」), a partner after 「<country>の」, and a city-gas utility after a kanji head (岡山ガス; not LPガス, ラスベガス)',
    text: '日高バス（苫小牧市）、釧路信用金庫、コスモ石油販売の3社は14日、連携協定を結んだ。北沢製作所（長野県岡谷市）とＮＳＫが共同で開発する。中村製作所と韓国のエルテクス電子は共同開発に乗り出す。岡山ガスは製品を仕入れる。LPガスはラスベガスで売れた。',
    expect: [{ text: '日高バス' }, { text: '釧路信用金庫' }, { text: 'コスモ石油販売' }, { text: '北沢製作所' }, { text: 'ＮＳＫ' }, { text: '中村製作所' }, { text: 'エルテクス電子' }, { text: '岡山ガス' }],
    reject: ['LPガス', 'ラスベガス'],
  },
  {
    name: 'the subjects of a sentence that the next one takes up as 同社, 両社 or 3社 are companies (a kanji name too); not a person named by title (「田中社長は…。同社は」), nor a common word (「トラックは…。同社は」)',
    text: 'ダイヘンは、EV事業の方針をまとめた。同社は独ボッシュに部品を供給する。北越化成と米ダウは17日、会見を開いた。両社は樹脂を共同で開発する。福山運輸、鶴見運送、トヨタ車体は20日、試乗会を開いた。3社は共同配送で合意した。田中社長は「責任を持つ」と述べた。同社は計画を掲げる。トラックは12日に届いた。同社は反発した。',
    expect: [{ text: 'ダイヘン' }, { text: 'ボッシュ' }, { text: '北越化成' }, { text: 'ダウ' }, { text: '福山運輸' }, { text: '鶴見運送' }, { text: 'トヨタ車体' }],
    reject: ['田中', '田中社長', 'トラック'],
  },
  {
    name: 'the subjects and partners of parallel clauses closed by それぞれ (「AはBと、CはDと、それぞれ」「AはBから、CはDから…それぞれ」); not clauses with に, which name what each became',
    text: '静岡ガスは鈴与と、広島ガスはマツダと、それぞれ協定を締結した。北陸ガスは長府製作所から、岡山ガスはノーリツから製品を仕入れる契約をそれぞれ結んだ。コクドはプリンスラビッツに、チチハルは長春市に、それぞれ名称を変えた。',
    expect: [{ text: '静岡ガス' }, { text: '鈴与' }, { text: '広島ガス' }, { text: 'マツダ' }, { text: '北陸ガス' }, { text: '長府製作所' }, { text: '岡山ガス' }, { text: 'ノーリツ' }],
    reject: ['プリンスラビッツ', 'チチハル'],
  },
  {
    name: 'a name that opens a sentence and that the next sentence takes up as "The <description> <head noun>" is a company; not a word describing the name after it ("Battery maker Microvast said … The Texas-based company"), nor a measure of business news ("Sales rose … The company said")',
    text: 'Ponsse showed a hybrid forest machine on Tuesday. The Finnish maker said the drivetrain was new. Battery maker Microvast said its line was running. The Texas-based company added that it would grow. Sales rose 5% in the quarter. The company said demand was strong.',
    expect: [{ text: 'Ponsse' }, { text: 'Microvast' }],
    reject: ['Battery', 'Sales'],
  },
  {
    name: 'English deal grammar: an apposition opened by a place\'s possessive ("Moura, Brazil\'s largest maker of car batteries"), "has agreed to sell 49% of its … portfolio", "picked/hired X to build", "now belongs to", a relative clause on goods traded ("the systems that Norwegian Electric Systems delivers to"), "has obtained a licence for", "have each ordered … from"; not "that" opening a clause ("how awful it is that Costello sold them off")',
    text: 'Moura, Brazil\'s largest maker of car batteries, has obtained a licence for the cell technology. Verbund has agreed to sell 49% of its battery-storage portfolio to a fund. Finferries picked Holland Shipyards on Tuesday to build two ferries. Ampcontrol now belongs to Atlas Copco after a deal. The battery systems that Norwegian Electric Systems delivers to the operator are new. Transwolff and Sambaíba have each ordered electric buses from Marcopolo. It is awful that Costello sold them off.',
    expect: [{ text: 'Moura' }, { text: 'Verbund' }, { text: 'Finferries' }, { text: 'Holland Shipyards' }, { text: 'Atlas Copco' }, { text: 'Norwegian Electric Systems' }, { text: 'Transwolff' }, { text: 'Sambaíba' }, { text: 'Marcopolo' }],
    reject: ['Costello'],
  },
  {
    name: 'a kanji name with its katakana reading after 「<country>の」 is a company even when kuromoji reads the kanji as a person\'s (「韓国の永豊（ヨンプン）と」); 鋼鉄 ends a Chinese steel maker\'s name (太原鋼鉄); a Roman series number after a legal form is the name\'s ("Tortoise Acquisition Corp II"); not a word qualifying an officer\'s title ("Interim Chief Executive")',
    text: '韓国の永豊（ヨンプン）と契約を結んだ。中国宝武鋼鉄集団傘下の太原鋼鉄と組む。Volta merged with Tortoise Acquisition Corp II, a blank-check company. Interim Chief Executive Vince Cubbage said so.',
    expect: [{ text: '永豊' }, { text: '太原鋼鉄' }, { text: 'Tortoise Acquisition Corp II' }],
    reject: ['Interim'],
  },
  {
    name: 'English backers and owners: "X-backed Y" names both, ", whose investors include", ", part of <country>\'s <parent>", officers after a bare apostrophe ("Motors\' chief executive"), a plant or battery in the possessive ("Meralco\'s first grid-scale battery, …", "NextSource Materials\' planned anode facility"); not a market ("Seoul\'s battery stocks")',
    text: 'Keppel-backed Oyika said on Wednesday it would grow. Noveon Magnetics, whose investors include Nidec, opened a line. Koura, part of Mexico\'s Orbia, agreed on Wednesday to license its process to Navin Fluorine International. Damon Motors\' chief executive stepped down. Arcadis will advise on Meralco\'s first grid-scale battery, a 60 MW system. Ford is the first customer of NextSource Materials\' planned battery anode facility in Saudi Arabia. Investors returned to Seoul\'s battery stocks.',
    expect: [{ text: 'Keppel' }, { text: 'Oyika' }, { text: 'Noveon Magnetics' }, { text: 'Koura' }, { text: 'Orbia' }, { text: 'Navin Fluorine International' }, { text: 'Damon Motors' }, { text: 'Meralco' }, { text: 'NextSource Materials' }],
    reject: ['Seoul'],
  },
  {
    name: 'English passives and coordinations: "has been set up by A, B and C", "have been ordered by A, B and C", "Bought by X in January, …", "chose X over Y to supply", "A and B will both buy … from C", plural heads before a list ("Truckload carriers A and B"), "licensed its … chemistry to"; not a participle opening a sentence ("Having bought …")',
    text: 'A venture has been set up by Jungheinrich, Hoppecke and Accurec. Diodes have been ordered by Delta Electronics, Kinpo Power and AcBel Polytech. Bought by Stoneridge in January, the Dutch maker Voltix grew. Aboitiz Power chose Wärtsilä over Fluence Energy to supply a battery. Vulcan Elements and Noveon Magnetics will both buy oxide from Energy Fuels. Truckload carriers Schneider National and NFI Industries signed leases. Mecaware licensed its recycling chemistry to Sungeel HiTech. Having bought copper from Southern Copper, Jiangxi Copper grew.',
    expect: [{ text: 'Jungheinrich' }, { text: 'Hoppecke' }, { text: 'Accurec' }, { text: 'Kinpo Power' }, { text: 'AcBel Polytech' }, { text: 'Stoneridge' }, { text: 'Wärtsilä' }, { text: 'Vulcan Elements' }, { text: 'Noveon Magnetics' }, { text: 'Energy Fuels' }, { text: 'Schneider National' }, { text: 'NFI Industries' }, { text: 'Mecaware' }, { text: 'Southern Copper' }],
    reject: ['Having'],
  },
  {
    name: 'Japanese deal grammar: the allottee of a share issue (「Xを引受先とする第三者割当増資」), a business bought from its owner (「スイスのXから…事業を約40億円で取得する」), a news lead with が (「韓国のXが12日発表した」), a power retailer (「新電力のX」), a start-up after 新興、, the pair owning a joint venture (「AとBの合弁会社」); not a product made together (「AとBの合弁生産」)',
    text: 'エマルション社は25日、ＳＢＩインベストメントを引受先とする第三者割当増資で10億円を調達した。ＳＭＫは15日、スイスのシュルケンから車載充電器用のコネクター事業を約40億円で取得すると発表した。韓国のエスエフエーが12日発表した決算は好調だった。新電力のイーレックスは電力を供給する。米国の電動トラクター新興、モナーク・トラクターは受注を始めた。大日本印刷と韓国のLXハウシスの合弁会社が稼働した。住友化学は、中国の容百科技と正極材の合弁生産を検討している。',
    expect: [{ text: 'ＳＢＩインベストメント' }, { text: 'シュルケン' }, { text: 'エスエフエー' }, { text: 'イーレックス' }, { text: 'モナーク・トラクター' }, { text: 'LXハウシス' }],
    reject: ['正極材'],
  },
  {
    name: 'a leasing company after a head with a kanji and no katakana (「ＪＡ三井リース」「三菱リース」; not カーリース, ファイナンスリース), and a company described as one another invests in (「サレス・デ・フフイは、豊田通商が3割弱を出資する会社だ」)',
    text: '京都大学発の新興企業に、三井住友信託銀行、ＪＡ三井リース、中部電力が株主として加わった。カーリースやファイナンスリースを使う。アルゼンチンの塩湖でリチウムを生産するサレス・デ・フフイは、豊田通商が3割弱を出資する会社だ。',
    expect: [{ text: '三井住友信託銀行' }, { text: 'ＪＡ三井リース' }, { text: '中部電力' }, { text: 'サレス・デ・フフイ' }, { text: '豊田通商' }],
    reject: ['カーリース', 'ファイナンスリース'],
  },
  {
    name: 'a sentence defining a name as a company (「ジェットエアウェイズは、インドの航空会社。」「Xは…を拠点とするカナダ最大の中長距離バス会社。」); not an activity (「マーケティングは、会社の活動である。」)',
    text: 'スカイウェイズは、インドの航空会社。グレイライン・カナダはカルガリーを拠点とするカナダ最大の中長距離バス会社。マーケティングは、会社の活動である。',
    expect: [{ text: 'スカイウェイズ' }, { text: 'グレイライン・カナダ' }],
    reject: ['マーケティング'],
  },
  {
    name: 'a title-case headline: the subjects before its deal verb ("Kuehne+Nagel and Girteka Form Joint Venture …") and the name after a capitalised head noun ("… to Buy Charging-Fuse Maker Fusetec …"); not a law signed, generic words or an office ("Biden Signs Inflation Reduction Act Into Law", "Battery Storage Wins Approval", "New York Governor Signs …")',
    text: 'Kuehne+Nagel and Girteka Form Joint Venture for Electric Trucking in Europe\n\nMersen to Buy Charging-Fuse Maker Fusetec in $120 Million Deal\n\nBiden Signs Inflation Reduction Act Into Law\n\nBattery Storage Wins Approval From Regulators\n\nNew York Governor Signs Clean Energy Deal',
    expect: [{ text: 'Kuehne+Nagel' }, { text: 'Girteka' }, { text: 'Fusetec' }],
    reject: ['Biden', 'Battery Storage', 'New York Governor'],
  },
  {
    name: 'a counted list whose members carry 「<country>の」 (「積水フーラー、韓国のSKC、中国の欣旺達電子の3社は」); nationality adjectives are no names ("to buy Slovenian in-wheel motor specialist Elaphe")',
    text: '積水フーラー、韓国のSKC、中国の欣旺達電子の3社は7日、契約を締結した。中部電力、豊田通商、インドネシアのメドコ・エナジの3社が、合弁会社を立ち上げた。Nabtesco agreed to buy Slovenian in-wheel motor specialist Elaphe Propulsion Technologies.',
    expect: [{ text: '積水フーラー' }, { text: 'SKC' }, { text: '欣旺達電子' }, { text: 'メドコ・エナジ' }, { text: 'Nabtesco' }, { text: 'Elaphe Propulsion Technologies' }],
    reject: ['Slovenian'],
  },
  {
    name: 'a kanji head that shortens a company the document names (「豊通ケミカル」 after 豊田通商, whatever kuromoji reads 豊 as); a katakana Limited (「CMOCリミテッド」); a quoted name after 新会社 (「新会社「北京氫能動力系統」（BHPS）」) and its bracketed short form; not the same head with no such company named',
    text: '豊田通商が全額出資する豊通ケミカルが新工場を建てた。洛陽モリブデンは子会社のCMOCリミテッドと契約した。北京億華通科技は、新会社「北京氫能動力系統」（BHPS）を設立する。BHPSは来年稼働する。',
    expect: [{ text: '豊田通商' }, { text: '豊通ケミカル' }, { text: 'CMOCリミテッド' }, { text: '北京氫能動力系統' }, { text: 'BHPS' }],
  },
  {
    name: 'with no company it shortens named, the same kind of head stays out (「豊通ケミカルが」 alone); a quoted common phrase after 子会社 is no name (「子会社「電池材料」」)',
    text: '豊通ケミカルが新工場を建てた。住友化学の子会社「電池材料」は新工場を建てた。',
    expect: [{ text: '住友化学' }],
    reject: ['豊通ケミカル', '電池材料'],
  },
  {
    name: 'a company a clause sets up, told as a venture after it ("set up Georgia Battery Partners (GBP), a joint venture that …"); not a place before it ("In Georgia, a joint venture of …")',
    text: 'Hyundai and SK On will set up Georgia Battery Partners (GBP), a joint venture that will make cells. In Georgia, a joint venture of Ford and SK On hired workers.',
    expect: [{ text: 'Hyundai' }, { text: 'SK On' }, { text: 'Georgia Battery Partners' }, { text: 'GBP' }, { text: 'Ford' }, { text: 'SK On' }],
    reject: ['Georgia'],
  },
  {
    name: 'the head of a name the story gives in full, used after a country in the title line before it, even when it is a common word (「カナダのエコーに10%出資」 … 「エコー・パワー・システムズ」)',
    text: '三菱商事、カナダのエコーに10%出資　燃料電池で\n\n三菱商事は10日、カナダのエコー・パワー・システムズの株式10%を取得すると発表した。',
    expect: [{ text: '三菱商事' }, { text: 'エコー' }, { text: '三菱商事' }, { text: 'エコー・パワー・システムズ' }],
  },
  {
    name: 'a title-line head with no country before it stays out (「エコーに10%出資」), and so does the head in a text of one line',
    text: '三菱商事、エコーに10%出資　燃料電池で\n\n三菱商事は10日、カナダのエコー・パワー・システムズの株式10%を取得すると発表した。',
    expect: [{ text: '三菱商事' }, { text: '三菱商事' }, { text: 'エコー・パワー・システムズ' }],
    reject: ['エコー'],
  },
  {
    name: 'after 「<country>の」, a kanji head of two or three characters read as one-character pieces before a company word (「台湾の宏達科技」); not common words (「中国の電池材料工業」「西ドイツの磁気浮上式鉄道」); a news lead dated by a year (「ＫＭマテリアルは23年、…を供与した」)',
    text: '台湾の宏達科技は増産する。中国の電池材料工業は伸びた。西ドイツの磁気浮上式鉄道が走った。ＫＭマテリアルは23年、インドのタタ・モーターズに製造技術を供与した。',
    expect: [{ text: '宏達科技' }, { text: 'ＫＭマテリアル' }, { text: 'タタ・モーターズ' }],
    reject: ['電池材料工業', '材料工業', '磁気浮上式鉄道'],
  },
  {
    name: 'a company the reporter\'s source is ("built by Voltfang, the German company said"), a licensee past a long object and before the plant it is for ("license its sulfide solid electrolyte powder production process to Lyvolt for a plant"), Equity ending a name; a place before a described name is no company ("to Lisbon tram operator Carris")',
    text: 'The stations will be built by Voltfang, the German company said on Monday. Ampcera will license its sulfide solid electrolyte powder production process to Lyvolt for a plant. Noble Drilling is now run by Hahn Private Equity, which plans more deals. Siemens will supply 30 chargers to Lisbon tram operator Carris.',
    expect: [{ text: 'Voltfang' }, { text: 'Lyvolt' }, { text: 'Hahn Private Equity' }, { text: 'Siemens' }, { text: 'Carris' }],
    reject: ['Lisbon'],
  },
  {
    name: 'a kind of business before 大手 is no name, nor a country\'s letter alone before a company word (「米産業ガス大手のエアプロダクツ」); a head office\'s city after the short name in a bracket (「ZETA-2（ゼータツー、福岡市）」); バッテリーズ extends a known name; a place before 工場 after a country\'s letter (「仏ドゥエー工場」); a dictionary name in capitals before a katakana company word (「JXTGイノベーションパートナーズ」)',
    text: 'アルストムは水素の供給で米産業ガス大手のエアプロダクツと組んでいる。三洋化成工業は株式を、新興企業ZETA-2（ゼータツー、福岡市）に売却した。ゼータツーは半導体を手がける。同業のアマラ・ラジャ・バッテリーズも電池を作る。まず仏ドゥエー工場で生産する。引受先はJXTGイノベーションパートナーズだ。',
    expect: [{ text: 'エアプロダクツ' }, { text: '三洋化成工業' }, { text: 'ZETA-2' }, { text: 'ゼータツー' }, { text: 'ゼータツー' }, { text: 'アマラ・ラジャ・バッテリーズ' }, { text: 'JXTGイノベーションパートナーズ' }],
    reject: ['米産業', '米産業ガス', 'ドゥエー', 'JXTG'],
  },
  {
    name: 'a bracket that says 本社 makes the name before it a company whatever its script (「下野モーター工業（本社・栃木県小山市）」「南拓（本社・沖縄県那覇市）」), not a site (「研究センター（本社・…）」); a run cut after goods (「電池|用パウチフィルム」) and a kind of company in kanji (「米固体電池ベンチャー、」) are no names',
    text: '下野モーター工業（本社・栃木県小山市）は、新製品を出す。南拓（本社・沖縄県那覇市）は、点検業務を受託した。研究センター（本社・茨城県つくば市）は開いた。トッパンと中国の紫江企業、電池用パウチフィルムの合弁設立へ。島津製作所が出資する米固体電池ベンチャー、ソリッドイオン・テクノロジーズは発表した。',
    expect: [{ text: '下野モーター工業' }, { text: '南拓' }, { text: '島津製作所' }, { text: 'ソリッドイオン・テクノロジーズ' }],
    reject: ['研究センター', '用パウチフィルム', '米固体電池ベンチャー'],
  },
  {
    name: 'names after a plural kind ("from the shipyards Ulstein and Havyard"), before "has ordered" or "licensed", the owner of a licensed technology ("Aqua Metals\' technology"), and a buyer that "completed its takeover of" with no auxiliary',
    text: "Norway's Corvus Energy has won orders from the shipyards Ulstein and Havyard for hybrid ferries. Ecobat licensed Aqua Metals' technology in 2023. Develon completed its takeover of Nordkraft Maskin on Friday. Electric Hydrogen has ordered power electronics from Prodrive Technologies.",
    expect: [{ text: 'Corvus Energy' }, { text: 'Ulstein' }, { text: 'Havyard' }, { text: 'Ecobat' }, { text: 'Aqua Metals' }, { text: 'Develon' }, { text: 'Nordkraft Maskin' }, { text: 'Electric Hydrogen' }, { text: 'Prodrive Technologies' }],
  },
];
