/**
 * Company case rows from fresh batches of news sentences and articles (cases.ts joins them with
 * the others): names cut at a space, pronouns defined as short forms, legal forms without their
 * period, place adjectives, ambiguous aliases confirmed in the document.
 */
import type { Case, CompanyExpectation } from '../cases.ts';

type CompanyCase = Case<CompanyExpectation>;

export const ja: CompanyCase[] = [
  {
    name: 'a headline\'s short form (三菱電 for 三菱電機) is the company; a material in brackets (炭化ケイ素（SiC）) is none',
    text: '三菱電とアイシン、EV部品で提携\n三菱電機は2010年に炭化ケイ素（SiC）のパワー半導体を製品化した。',
    expect: [{ text: '三菱電', canonical: 'Mitsubishi Electric' }, { text: '三菱電機', canonical: 'Mitsubishi Electric' }],
    reject: ['SiC', '炭化ケイ素'],
  },
  {
    name: 'a full name\'s katakana head used alone after it (「ボルボ・グループ…ボルボは」) is that company, not the sibling the dictionary reads ボルボ as; トヨタ stays Toyota beside a Toyota fund; a place (オハイオ州シンシナティ) is no short form',
    text: 'いすゞ自動車とボルボ・グループは覚書を締結した。ボルボはUDトラックスを売却する。トヨタ・モビリティ基金が発足した。トヨタは出資する。シンシナティ・サザン鉄道がオハイオ州シンシナティまで路線を延ばす。',
    expect: [{ text: 'ボルボ', canonical: 'Volvo Group' }, { text: 'トヨタ', canonical: 'Toyota' }],
    reject: ['シンシナティ'],
  },
  {
    name: 'a schedule\'s label before a bracketed company (「臨時株主総会開催日（田中化学）」) is no name of it',
    text: '2025年12月18日 臨時株主総会開催日（田中化学研究所）\n2026年1月27日 上場廃止日（田中化学研究所）',
    expect: [],
    reject: ['臨時株主総会開催日', '上場廃止日'],
  },
  {
    name: 'a kanji name before a list\'s conjunction (「三菱商事及び三菱自動車」「トヨタ並びにデンソー」) ends there; before other kanji it does not (東風日産)',
    text: '三菱商事及び三菱自動車と共同出資する。トヨタ自動車並びにデンソーが出資した。東風日産が発表した。',
    expect: [{ text: '三菱商事', canonical: 'Mitsubishi Corporation' }, { text: '三菱自動車', canonical: 'Mitsubishi Motors' }, { text: 'トヨタ自動車', canonical: 'Toyota' }, { text: 'デンソー', canonical: 'Denso' }],
    reject: ['日産'],
  },
  {
    name: 'a subsidiary whose name starts with its parent\'s (伊藤忠エネクス, not 伊藤忠 + エネクス); a name written with spaces (プライム プラネット エナジー＆ソリューションズ)',
    text: '当社は伊藤忠エネクス株式会社と資本業務提携を締結しました。プライム プラネット エナジー＆ソリューションズ（PPES）が電池を供給する。',
    expect: [{ text: '伊藤忠エネクス株式会社', canonical: 'Itochu Enex' }, { text: 'プライム プラネット エナジー＆ソリューションズ', canonical: 'Prime Planet Energy & Solutions' }],
    reject: ['伊藤忠'],
  },
  {
    name: 'a short form defined in a disclosure\'s polite wording (「（以下「テックス社」といいます。）」) is the company\'s, without the counter 社',
    text: '当社は、テックス・テクノロジー株式会社（以下「テックス社」といいます。）との間で資本業務提携契約を締結しました。テックス社は筆頭株主です。',
    expect: [{ text: 'テックス・テクノロジー株式会社', canonical: 'テックス・テクノロジー' }, { text: 'テックス', canonical: 'テックス・テクノロジー' }],
  },
  {
    name: 'a list number glued to a name (「①テックス社製の」, 「1テックス社」 after NFKC) is no part of it; a name after a numbered heading (「3．Teslaの概要」) is found',
    text: '①テックス社製の銅箔製造設備を導入する。\n3．Teslaの概要\n（1）名称　Tesla, Inc.',
    expect: [{ text: 'テックス', discovered: true }, { text: 'Tesla' }],
    reject: ['①テックス', '1テックス'],
  },
  {
    name: 'a kind of company right before a name (「リチウム会社ケリバー」) proposes it; a city with a plant (「英サンダーランドの新工場」) is no name',
    text: '住友商事は、フィンランドのリチウム会社ケリバーと出資契約を結んだ。両社は、英サンダーランドの新工場の稼働に合わせて契約した。燃料電池車のパイロットフリートを走らせる。',
    expect: [{ text: '住友商事' }, { text: 'ケリバー', discovered: true }],
    reject: ['サンダーランド', 'パイロットフリート'],
  },
  {
    name: 'after 「<country>の」 a name is proposed only as a party of its sentence\'s deal (「インドのエクサイド・エナジー・ソリューションズは…合弁会社を設立」), not a person, a club or an event (「フランスのルイ…は」「ドイツのバイエル・レバークーゼンに…移籍」)',
    text: '長瀬産業とインドのエクサイド・エナジー・ソリューションズは5日、合弁会社を設立すると発表した。1868年にフランスのルイ・デュコ・デュ・オーロンはカーボンプリントに成功した。2014年、ドイツのバイエル・レバークーゼンに5年契約で移籍した。',
    expect: [{ text: '長瀬産業' }, { text: 'エクサイド・エナジー・ソリューションズ', discovered: true }],
    reject: ['ルイ・デュコ・デュ・オーロン', 'バイエル・レバークーゼン'],
  },
  {
    name: 'a name with a deal signed with it, words between (「アネカ・タンバン（アンタム）と…枠組み契約を結んだ」), is proposed; a person\'s name after a kind of company (「エネルギー会社ヘレン」) is a company\'s',
    text: 'CATLは、インドネシア国営鉱業のアネカ・タンバン（アンタム）とニッケル事業に関する枠組み契約を結んだ。日本ガイシは、フィンランドのエネルギー会社ヘレンとNAS電池の供給契約を結んだ。',
    expect: [{ text: 'CATL' }, { text: 'アネカ・タンバン', discovered: true }, { text: '日本ガイシ' }, { text: 'ヘレン', discovered: true }],
  },
  {
    name: 'a partner set off by a comma (「同社はサンライズ・パワーと、…販売店に…覚書を締結した」) is proposed',
    text: 'ビンファストは20日、事業拡大策を発表した。同社はサンライズ・パワーと、ビンファストの販売店に急速充電設備を設ける覚書を締結した。',
    expect: [{ text: 'ビンファスト' }, { text: 'サンライズ・パワー', discovered: true }],
  },
  {
    name: 'negative: two topics joined by と before a memorandum (「サプライチェーン強化と事業化推進に関する覚書」) are no name',
    text: '双日は今年5月、サプライチェーン強化と事業化推進に関する覚書を交わした。',
    expect: [{ text: '双日' }],
    reject: ['サプライチェーン強化', 'サプライチェーン'],
  },
  {
    name: 'negative: a club a player signs with (「ボストン・レッドソックスとマイナー契約を結んだ」「SSラツィオと5年契約を締結」) is no company',
    text: '2011年11月22日にボストン・レッドソックスとマイナー契約を結んだ。2018年7月3日、SSラツィオと5年契約を締結した。',
    expect: [],
    reject: ['ボストン・レッドソックス', 'SSラツィオ'],
  },
  {
    name: 'a bracketed short form between a name and its cue (「欣旺達動力科技（以下「サンワーダ」）との間で」) leaves the name to the cue; a legal form\'s bracket stays the name\'s',
    text: '当社は、欣旺達動力科技（以下「サンワーダ」）との間で、電池セルの調達に関する基本契約を締結した。アクメ(株)と提携した。',
    expect: [{ text: '欣旺達動力科技', discovered: true }, { text: 'サンワーダ', discovered: true }, { text: 'アクメ(株)', discovered: true }],
  },
];

export const en: CompanyCase[] = [
  {
    name: 'the head of a hyphenated name used alone ("Sibanye" after "Sibanye-Stillwater") is that company',
    text: 'Sibanye-Stillwater has pulled out of the Rhyolite Ridge project. In September 2021, Sibanye was to put in $490 million.',
    expect: [{ text: 'Sibanye', canonical: 'Sibanye-Stillwater' }],
  },
  {
    name: 'a Latin head with an accent used alone before a Japanese particle (「Rêverを」 after 「Rêver Automotive」) is that company',
    text: 'BYDはタイのRêver Automotive社と販売代理店契約を結んだ。BYDはRêverをタイでの輸入販売代理店とする。',
    expect: [{ text: 'Rêver', canonical: 'Rêver Automotive' }],
  },
  {
    name: 'a full name\'s head word used alone ("Mitsubishi" after "Mitsubishi Motors", named in full more often than Mitsubishi Corporation) is that company; nor an ordinary word ("General")',
    text: 'Mitsubishi Motors began building a hybrid for Nissan. Mitsubishi Motors and Mitsubishi Corporation set up a venture in 2012. In return, Mitsubishi gets an EV. Mitsubishi\'s Triton sells well. General Motors said General would not comment.',
    expect: [{ text: 'Mitsubishi', canonical: 'Mitsubishi Motors' }],
    reject: ['General'],
  },
  {
    name: 'negative: a head word before a site or product ("a third Ultium plant" after "Ultium Cells") names the site, no company',
    text: 'Ultium Cells opened its first plant in 2022. GM agreed to sell its stake in a third Ultium plant in Lansing.',
    expect: [{ text: 'Ultium Cells' }],
    reject: ['Ultium'],
  },
  {
    name: 'a headline\'s subject before its infinitive at the start of a line ("Talon Metals to supply nickel to Tesla"); not mid-sentence ("will use Lansing to supply Toyota"); a consultancy before its name',
    text: 'Talon Metals to supply nickel to Tesla\nThe Korean company will use Lansing to supply Toyota. Canadian consultancy Hatch has been hired for engineering at the plant.',
    expect: [{ text: 'Talon Metals' }, { text: 'Hatch' }],
    reject: ['Lansing'],
  },
  {
    name: 'a name joined by "and" to a dictionary name before a deal verb ("Ola Electric and Zorva Comstar formed") is proposed; a kind of company before a name ("grocery chain Vantoro"); a buyer or licensee after "sell … to" / "licensed … to India\'s"',
    text: "Ola Electric and Zorva Comstar formed a 60:40 joint venture. EVgo has partnered with grocery chain Vantoro. Pilbara Minerals agreed to sell spodumene to Chenfeng Lithium. Ascend Elements has licensed its process to India's Arvero Recycling.",
    expect: [{ text: 'Zorva Comstar', discovered: true }, { text: 'Vantoro', discovered: true }, { text: 'Chenfeng Lithium', discovered: true }, { text: 'Arvero Recycling', discovered: true }],
    reject: ["India's Arvero Recycling"],
  },
  {
    name: 'negative: "and" before a deal verb joins a place or a person to nothing (no name beside a dictionary name)',
    text: 'Texas and Ohio signed incentive packages. Mary Barra and Elon Musk agreed on little.',
    expect: [],
    reject: ['Texas', 'Ohio', 'Mary Barra', 'Elon Musk'],
  },
  {
    name: 'negative: a month with its year before an apposition ("in April 2025, the Japanese company") is a date, no name',
    text: 'Four years later, in April 2025, the Japanese company sold its electrolyte business to Tinci.',
    expect: [{ text: 'Tinci' }],
    reject: ['April 2025', 'April'],
  },
  {
    name: 'a name before a perfect-tense deal verb ("Nexcell Neo Energy has signed") is proposed; an ambiguous alias listed with a company ("BP and Shell") is one',
    text: "Nexcell Neo Energy has signed a licensing agreement with Svolt Energy Technology Co. Tritium will supply chargers to BP and Shell.",
    expect: [{ text: 'Nexcell Neo Energy', discovered: true }, { text: 'BP' }, { text: 'Shell', company_id: 'shell' }],
  },
  {
    name: 'negative: a common word that is an ambiguous alias is no company unless listed with one',
    text: 'The shell and the core of the cell were tested.',
    expect: [],
    reject: ['shell'],
  },
  {
    name: 'names with a period inside ("Engine No. 1") and a unit\'s bracketed short form ("Vale Base Metals (VBM)") are whole names',
    text: 'Engine No. 1 agreed to buy a 3% stake in Vale Base Metals (VBM), the nickel unit of Vale.',
    expect: [{ text: 'Engine No. 1', company_id: 'engine_no_1' }, { text: 'Vale Base Metals', company_id: 'vale_base_metals' }, { text: 'VBM', company_id: 'vale_base_metals' }],
    reject: ['Engine No'],
  },
  {
    name: 'a press release\'s "About X" heading names X without "About"; an ambiguous alias confirmed in the document counts before "as" and a headline\'s present tense ("Ampere turns")',
    text: 'Renault\'s Ampere turns to LFP cells. Renault\'s electric-vehicle unit Ampere said on Monday it signed a supply deal with LG Energy Solution. Renault carved out Ampere as a separate company last year.\n\nAbout Toyota Motor Corporation\nToyota makes cars.',
    expect: [{ text: 'Ampere', company_id: 'ampere' }, { text: 'Toyota Motor Corporation' }],
    reject: ['About Toyota Motor Corporation'],
  },
  {
    name: 'a place before -based proposes the name after it ("Bengaluru-based Lox9 Materials"); the place is no name',
    text: 'Toyota Tsusho and Bengaluru-based Lox9 Materials agreed to co-develop battery packs for electric buses.',
    expect: [{ text: 'Toyota Tsusho' }, { text: 'Lox9 Materials', discovered: true }],
    reject: ['Bengaluru', 'Bengaluru-based Lox9 Materials'],
  },
  {
    name: 'a sentence adverb before ", the company said" is no name ("Separately,"), nor is a name before that reporting clause; a place adjective ("Hong Kong-listed", "Tokyo-based") is no name and no part of one',
    text: 'Separately, the company said it had signed a deal with Nissan. Lucid Group will use the cells for its Gravity SUV, the company said. The battery maker\'s Hong Kong-listed shares rose 6%. Tokyo-based Acme Battery Corp said it would build a plant.',
    expect: [{ text: 'Nissan' }, { text: 'Lucid Group' }, { text: 'Acme Battery Corp', discovered: true }],
    reject: ['Separately', 'Gravity SUV', 'Hong Kong-listed', 'Tokyo-based Acme Battery Corp'],
  },
  {
    name: 'a pronoun defined as the short form (以下「当社」, the "Company") is no name; "Co" without its period is a legal form ("Korea Zinc Co"), not in "Co-developed"; Tokyo Century, Kinden, Hanwha Momentum, Hitachi High-Tech',
    text: '株式会社パワーエックス（本社：東京都港区、以下「当社」）は本日、発表しました。当社は工場を持つ。東京センチュリーを引受先とする。株式会社きんでんと業務委託契約を締結済み。日立ハイテクは装置を納入する。Korea Zinc Co had agreed to invest. Ford Motor Co-developed it. Hanwha Momentum built the line.',
    expect: [
      { text: '株式会社パワーエックス' },
      { text: '東京センチュリー', company_id: 'tokyo_century' },
      { text: '株式会社きんでん', company_id: 'kinden' },
      { text: '日立ハイテク', company_id: 'hitachi_high_tech' },
      { text: 'Korea Zinc Co', company_id: 'korea_zinc' },
      { text: 'Ford Motor' },
      { text: 'Hanwha Momentum', company_id: 'hanwha_momentum' },
    ],
    reject: ['当社', 'センチュリー', 'Ford Motor Co', 'Hanwha'],
  },
  {
    name: 'names with a space or a middle dot that the dictionary lists whole: ジーエス・ユアサ コーポレーション, オムロン ソーシアルソリューションズ, Honda・GS Yuasa EV Battery R&D, SMBC日興証券',
    text: 'ジーエス・ユアサ コーポレーション（GSユアサ）は5日、発表した。オムロン ソーシアルソリューションズと提携した。SMBC日興証券のアナリストは語った。Honda・GS Yuasa EV Battery R&Dが設立された。',
    expect: [
      { text: 'ジーエス・ユアサ コーポレーション', company_id: 'gs_yuasa' },
      { text: 'GSユアサ', company_id: 'gs_yuasa' },
      { text: 'オムロン ソーシアルソリューションズ', company_id: 'omron_social_solutions' },
      { text: 'SMBC日興証券', company_id: 'smbc_nikko' },
      { text: 'Honda・GS Yuasa EV Battery R&D', company_id: 'honda_gs_yuasa_ev_battery' },
    ],
    reject: ['コーポレーション', 'オムロン', 'SMBC', '日興証券', 'Honda'],
  },
  {
    name: 'an ambiguous alias confirmed in the document counts before a company\'s usual present-tense verb or its spokesperson ("EVE holds 10%", "an EVE spokesperson"); "Christmas Eve" stays no name',
    text: 'EVE Energy Co. said it would build a plant. EVE holds 10% of Amplify. An EVE spokesperson declined to comment. EVE expects to start output in 2027. Christmas Eve sales rose.',
    expect: [{ text: 'EVE Energy Co.' }, { text: 'EVE', company_id: 'eve_energy' }],
    reject: ['Eve'],
  },
  {
    name: 'a katakana country word and a middle dot before a name are no part of it (ドイツ・ダイムラー社, フランス・ルノー); スイス航空 and ドイツ銀行 keep theirs',
    text: '部品はドイツ・ダイムラー社から輸入した。フランス・ルノーと提携した。スイス航空とドイツ銀行が出資した。国営電池会社インドネシア・バッテリー・コーポレーションと覚書を交わした。',
    expect: [{ text: 'ダイムラー' }, { text: 'ルノー' }, { text: 'スイス航空' }, { text: 'ドイツ銀行' }, { text: 'インドネシア・バッテリー・コーポレーション' }],
    reject: ['・ダイムラー', 'フランス・ルノー', '航空', '銀行'],
  },
  {
    name: 'a name before 協会, 財団 or 労組 is an organisation named after the company, not the company (日本電気協会, トヨタ財団, the Toyota Foundation)',
    text: '日本電気協会とトヨタ財団が後援し、日産労組も参加した。The Toyota Foundation funded the study. 日本電気は半導体事業を売却した。',
    expect: [{ text: '日本電気' }],
    reject: ['トヨタ', '日産', 'Toyota'],
  },
  {
    name: 'building a dam, a depositary receipt and a data service are no companies (二風谷ダム建設, 米国預託証券, データ通信); 大成建設 is',
    text: '二風谷ダム建設の関係者が集まった。同行は米国預託証券を発行した。定額制データ通信サービスを始めた。大成建設が受注した。',
    expect: [{ text: '大成建設' }],
    reject: ['二風谷ダム建設', '米国預託証券', 'データ通信'],
  },
  {
    name: 'an IR notice\'s numbered fields laid out as a table: only the name field holds a company (not the address, not 事業内容\'s lines of business)',
    text: '3．合弁相手先の概要\n（1）名称\t本田技研工業株式会社\n（2）所在地\t東京都港区南青山二丁目1番1号\n（3）事業内容\t二輪事業、四輪事業、パワープロダクツ事業等\n（4）資本金\t86,067百万円\n',
    expect: [{ text: '本田技研工業株式会社' }],
    reject: ['東京都港区南青山二丁目1番1号', 'パワープロダクツ', 'パワープロダクツ事業等'],
  },
  {
    name: 'a company to be bought is named after "agreed to buy", "would acquire" or "the … business of", and before ", which was acquired by"',
    text: 'Renesas Electronics agreed on Thursday to buy Altium for about A$9.1 billion. Infineon Technologies said it would buy the automotive Ethernet business of Marvell Technology. Transphorm, which was acquired by Renesas Electronics in June, makes GaN chips.',
    expect: [{ text: 'Renesas Electronics' }, { text: 'Altium' }, { text: 'Infineon Technologies' }, { text: 'Marvell Technology' }, { text: 'Transphorm' }],
  },
  {
    name: 'the leader of a funding round is a company ("Coatue Management led a $590 million Series F", "Sutter Hill Ventures then led a $375 million Series G")',
    text: 'Coatue Management led a $590 million Series F in January 2021. Sutter Hill Ventures then led a $375 million Series G in mid-2024.',
    expect: [{ text: 'Coatue Management' }, { text: 'Sutter Hill Ventures' }],
  },
  {
    name: 'a long dotted katakana name after 子会社 (over 30 characters: ホンダ・デベロップメント・アンド・マニュファクチャリング・オブ・アメリカ); a capitalised Latin name before 「とも…供給契約を結んだ」 (北米製造法人TEMA)',
    text: 'LGは、ホンダの米子会社ホンダ・デベロップメント・アンド・マニュファクチャリング・オブ・アメリカ（HDMA）に売却すると発表した。LG化学は2023年、トヨタの北米製造法人TEMAとも約2兆9000億ウォン規模の正極材供給契約を結んだ。',
    expect: [{ text: 'ホンダ・デベロップメント・アンド・マニュファクチャリング・オブ・アメリカ' }, { text: 'HDMA' }, { text: 'TEMA' }],
    reject: ['北米製造法人TEMA'],
  },
  {
    name: 'a name in a list most of whose names the dictionary knows is a company ("with Ganfeng Lithium, Great Wall Motor, Chenfeng Lithium and POSCO Holdings"); not a time or a place before the list ("In December, SK On and Ford", "in Ningde, Li Auto and …"), nor a list of places',
    text: 'Pilbara Minerals sells spodumene under offtake agreements with Ganfeng Lithium, Great Wall Motor, Chenfeng Lithium and POSCO Holdings. In December, SK On and Ford Motor Co. agreed to wind up the venture. At its Tech Day in Ningde, Li Auto and Horizon Robotics signed a deal. Sales rose in Germany, France, Italy and Spain.',
    expect: [{ text: 'Chenfeng Lithium' }, { text: 'POSCO Holdings' }, { text: 'Ganfeng Lithium' }],
    reject: ['In December', 'December', 'Ningde', 'Germany', 'Italy', 'Chenfeng Lithium and POSCO Holdings'],
  },
  {
    name: 'a co-buyer named with its share (", which took 34%"), a company taken over or signed up ("takeover of X", "signed up X"), a fund house after its kind ("pension manager PGGM", "existing backers Eurazeo")',
    text: 'It bought 60% of charger maker AppleMango together with GS Energy, which took 34%. The takeover of TravelCenters was agreed in 2023. Electra raised money in a round led by Dutch pension manager PGGM, and existing backers Eurazeo added more.',
    expect: [{ text: 'AppleMango' }, { text: 'GS Energy' }, { text: 'TravelCenters' }, { text: 'PGGM' }, { text: 'Eurazeo' }],
  },
  {
    name: 'the capitals that open a one-word name are its short form once it is named ("STMicroelectronics … ST will hold 49%"), also where context found "ST" alone',
    text: 'STMicroelectronics and Sanan will build a silicon carbide plant. Sanan will control the venture and ST will hold 49%, using ST\'s own process.',
    expect: [{ text: 'STMicroelectronics', company_id: 'stmicroelectronics' }, { text: 'ST', company_id: 'stmicroelectronics' }],
  },
  {
    name: 'a plural kind of company before a list names each member ("two Chinese substrate makers, SICC and TankeBlue", "agreements with A and B"); a comma after a singular kind starts a clause',
    text: 'Infineon signed agreements with two Chinese substrate makers, SICC and TankeBlue, for wafers. Bosch signed deals with Foocell and Barcell. The supplier, Quxo said, will grow.',
    expect: [{ text: 'TankeBlue' }, { text: 'Barcell' }],
    reject: ['Quxo'],
  },
  {
    name: 'a disclosure\'s role for a party (以下「対象会社」) and 「（現当社）」 are no names; the whole of a company\'s shares (「Xの全株式」) and 「…企業であるX」 name one',
    text: '当社は、株式会社日立パワーデバイス（以下「対象会社」といいます。）の株式を取得します。対象会社は1957年に設立された。ミネベア株式会社（現当社）が合意した。ノジマは北王ズの全株式を引き受ける。香港の通信系企業であるシティテレコムが開局した。',
    expect: [{ text: '株式会社日立パワーデバイス' }, { text: 'ミネベア株式会社' }, { text: '北王ズ' }, { text: 'シティテレコム' }],
    reject: ['対象会', '対象会社', '現当社', '当社'],
  },
  {
    name: 'after 「<country>の」 (more countries) a kanji name ending with a company word (「中国の海南鉱業は」), a name an order comes from (「チェコのXから、…を受注」); a country\'s race (「オーストラリアGP」) is none',
    text: '中国の海南鉱業は、英コダル・ミネラルズに約1億1800万ドルを投じる。チェコのジオメットから、工場の基本設計業務を受注した。インドネシアのハリタ・ペルカサが中国のリジェンドと組む合弁会社は増産に乗り出した。復帰戦となったオーストラリアGPで好走した。',
    expect: [{ text: '海南鉱業' }, { text: 'コダル・ミネラルズ' }, { text: 'ジオメット' }, { text: 'ハリタ・ペルカサ' }],
    reject: ['GP', 'オーストラリアGP'],
  },
  {
    name: 'a company taken under one\'s wing (「Xを傘下に収めた」) without its kind (充電事業者); goods delivered へ a name; money taken in from a named investor (「Xから計10億ドルの出資を受け入れる」)',
    text: '英国の充電事業者EBチャージングを傘下に収めた。同社はルミナスへ電気バスを納入した。タタ・パッセンジャー・エレクトリック・モビリティは、アブダビのADQから計10億ドルの出資を受け入れる。',
    expect: [{ text: 'EBチャージング' }, { text: 'ルミナス' }, { text: 'ADQ' }],
    reject: ['充電事業者EBチャージング'],
  },
  {
    name: 'a named seller paid for a stake ("by paying Lumora Lithium for a further 15%"), an owner with its share ("49% by Malaysia\'s Zentra Automotive"), a seller bought from, a holder\'s stake ("Hahn & Co\'s holding in"), "the Royal Enfield owner", "a construction contract to B", "A\'s purchase of B"',
    text: "Ganfeng raised its interest by paying Lumora Lithium for a further 15%. Lotus, 51% owned by Geely and 49% by Malaysia's Zentra Automotive, unveiled the Eletre. The mine, bought from Harlow Minerals by China's Sinomine in 2019, is being refitted. Hankook agreed to buy part of Quorra Capital's holding in Hanon Systems. Eicher Motors, the Royal Enfield owner, will invest in Stark Future. Albemarle handed a construction contract to Monadelphous. Albemarle's purchase of Tianyuan Materials closed.",
    expect: [{ text: 'Lumora Lithium' }, { text: 'Zentra Automotive' }, { text: 'Harlow Minerals' }, { text: 'Quorra Capital' }, { text: 'Eicher Motors' }, { text: 'Monadelphous' }, { text: 'Tianyuan Materials' }],
  },
  {
    name: 'a headline\'s short form before the full name (「豪ミラと基本合意」 then 「豪ミラ・リソーシズ」) and a head the document gives the company (("Piedmont" or the "Company")) are that company',
    text: '阪和興業、豪ミラと基本合意――阪和興業は1日、豪ミラ・リソーシズと炭酸リチウムの購入に関する基本合意書を結んだ。',
    expect: [{ text: 'ミラ', canonical: 'ミラ・リソーシズ' }, { text: 'ミラ・リソーシズ', canonical: 'ミラ・リソーシズ' }],
  },
  {
    name: 'a company found first in Japanese and named in English too (the same abbreviation) is known by its English name; "has acquired X, a … designer" proposes X',
    text: 'VWの中国子会社、ゼファー・モビリティ・ホールディング（ZMH）は国軒に出資した。\nZephyr Mobility Holding Co., Ltd. (ZMH) signed the deal. Vishay has acquired Quantix Power, a San Jose designer of SiC MOSFETs.',
    expect: [
      { text: 'ゼファー・モビリティ・ホールディング', canonical: 'Zephyr Mobility' },
      { text: 'Zephyr Mobility Holding Co., Ltd.', canonical: 'Zephyr Mobility' },
      { text: 'Quantix Power' },
    ],
  },
  {
    name: 'a Chinese name\'s core without province and business words (「中偉新材料」 … 「中偉は」), the acronym that opens a name ("XTC New Energy" … "XTC will"), and a dictionary company\'s bracketed abbreviation repeated (「インドラマ・ベンチャーズ（IVL）」 … 「IVLは」)',
    text: '中偉新材料は欧州に工場を建てる。中偉はモロッコにも拠点を持つ。天斉鋰業はSQM株を持つ。天斉は2018年に株を取得した。\nOrano and XTC New Energy agreed to build two plants in Dunkirk. XTC will hold a majority of the cathode plant.\nタイの化学大手インドラマ・ベンチャーズ（IVL）は工場を建てる。IVLは2025年の稼働を目指す。',
    expect: [
      { text: '中偉', canonical: 'CNGR Advanced Material' },
      { text: '天斉', canonical: 'Tianqi Lithium' },
      { text: 'XTC', canonical: 'XTC New Energy Materials' },
      { text: 'IVL', canonical: 'Indorama Ventures' },
    ],
  },
  {
    name: '「<country>の」 before a katakana name proposes it in a sentence of an order received (「インドのX は…注文を受けた」)',
    text: 'インドのオレクトラ・グリーンテックは、州交通公社から電動バスの注文を受けた。',
    expect: [{ text: 'オレクトラ・グリーンテック' }],
  },
  {
    name: '"construction group ISG" proposes ISG ("group" as a head noun, in lower case only: not "a Volvo Group executive"; no title after it: "the group Chief Executive"); "New York-based X" is X',
    text: 'Construction group ISG won a contract. The group Chief Executive said so. Recharge Industries is owned by New York-based Scale Facilitation. The unit is led by Johan Lundén, a Volvo Group executive.',
    expect: [{ text: 'ISG' }, { text: 'Scale Facilitation' }],
    reject: [{ text: 'Chief Executive' }, { text: 'Johan Lundén' }, { text: 'New York-based Scale Facilitation' }],
  },
  {
    name: 'katakana company words of resources and technology (「…・ミネラルズ」「…・メタルズ」「…・テクノロジーズ」); エナジー after common words is a description (「クリーンエナジー」)',
    text: '住友金属鉱山は、カナダのアルファ・ミネラルズに出資した。豪州のベータ・メタルズは精製所を計画している。クリーンエナジーの時代だ。',
    expect: [{ text: 'アルファ・ミネラルズ' }, { text: 'ベータ・メタルズ' }],
    reject: [{ text: 'クリーンエナジー' }],
  },
  {
    name: 'the two subjects of a deal verb ("X and Y inked an LOI", "X and Y form a JV"), not people before an executive\'s title ("board member Thomas Schmall and PowerCo CEO")',
    text: 'Highland Electric Fleets and Thomas Built Buses inked an LOI. Generate Capital and Blue Bird form a JV. The units went to board member Thomas Schmall and PowerCo CEO Frank Blome.',
    expect: [{ text: 'Highland Electric Fleets' }, { text: 'Thomas Built Buses' }, { text: 'Generate Capital' }],
    reject: [{ text: 'Thomas Schmall' }],
  },
  {
    name: 'a capitalised run ending with a company word names a company with no cue ("Harrow Trucks", "Quillon Metals"); not a run of generic or lower-case words ("Battery Systems"), a site ("Carolina Lithium project"), a model after a count ("40 FH Electric"), a title-case headline, nor one that goes on ("California Energy Commission")',
    text: 'Zentro Signs Deal to Acquire Halden Group, Adding Process Engineering and Systems Integration\nHarrow Trucks will sell the buses in Oregon, and Quillon Metals has joined as well. The firm makes battery systems; its Battery Systems unit grew. The California Energy Commission approved the Carolina Lithium project. Ostrava ordered 40 FH Electric tractors.',
    expect: [{ text: 'Harrow Trucks' }, { text: 'Quillon Metals' }],
    reject: [{ text: 'Battery Systems' }, { text: 'California Energy' }, { text: 'Carolina Lithium' }, { text: '40 FH Electric' }, { text: 'Process Engineering' }],
  },
  {
    name: 'a dictionary company with an arm\'s ending is the arm, a company of its own ("GM Ventures", "Volkswagen Financial Services"); a Latin word stripped before a name only whole ("EVCS", not "CS"); a discovered name and its head alone are one company ("Norvale Technologies" … "Norvale")',
    text: 'GM Ventures and Volkswagen Financial Services joined the round. Charging operator EVCS hired an adviser. Norvale Technologies signed an MOU with Toyota. Later, a partnership with Norvale followed.',
    expect: [{ text: 'GM Ventures', canonical: 'GM Ventures' }, { text: 'Volkswagen Financial Services' }, { text: 'EVCS' }, { text: 'Norvale Technologies', canonical: 'Norvale Technologies' }, { text: 'Norvale', canonical: 'Norvale Technologies' }],
    reject: [{ text: 'GM' }, { text: 'CS' }],
  },
];
