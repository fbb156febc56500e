/**
 * A fourth set of agreement case rows in the shapes of business news (cases.ts joins them with
 * the others): two fresh batches of sentences, each row against a defect they showed
 * (seeds/agreements/README.md, 1.2.6).
 */
import type { AgreementExpectation, Case } from '../cases.ts';

type AgreementCase = Case<AgreementExpectation>;

export const ja: AgreementCase[] = [
  {
    name: 'a second deal after 「…ているほか、」, 「…に続き、Bとも」 or 「…交わし、同日、」 is a clause of its own: two records, not one of three',
    text: '双日は、ブラジルのCBMMに出資しているほか、東芝とは負極材の共同開発契約を結んでいる。トヨタ自動車は、中国の比亜迪（BYD）と合弁で設立した研究開発会社に続き、広州汽車集団ともEVの共同開発で合意した。現代モービスは、米クアルコムと半導体の共同開発で覚書を交わし、同日、独ZFとは電動アクスルの供給契約を締結した。',
    expect: [
      { parties: ['Sojitz', 'CBMM'], type: 'investment' },
      { parties: ['Sojitz', 'Toshiba'], type: 'co_development' },
      { parties: ['Toyota', 'BYD'], type: 'joint_venture' },
      { parties: ['Toyota', 'GAC'], type: 'co_development' },
      { parties: ['Hyundai Mobis', 'Qualcomm'], type: 'mou' },
      { parties: ['Hyundai Mobis', 'ZF'], type: 'supply' },
    ],
    reject: [{ parties: ['Sojitz', 'CBMM', 'Toshiba'] }, { parties: ['Hyundai Mobis', 'Qualcomm', 'ZF'] }],
  },
  {
    name: 'Bの傘下に入った is B\'s acquisition (傘下 before に入 is no parent descriptor); AとBを株主に持つ, 「BはCの株式約10%を保有する大株主だ」 are shareholdings; 「AとBがそれぞれ50%ずつ出資して設立する」, 「3社が3分の1ずつ出資する新会社」 are joint ventures; サプライヤーに選ばれた is a supply',
    text: '英国の電池メーカー、ブリティッシュボルトは2023年、豪州のリチャージ・インダストリーズの傘下に入った。全固体電池を開発する米ファクトリアル・エナジーは、現代自動車とステランティスを株主に持つ。中国の北京汽車集団（BAIC）は、独メルセデス・ベンツ・グループの株式約10%を保有する大株主だ。新会社「ジャパンSiCパワー」は、ロームと東芝がそれぞれ50%ずつ出資して設立する。豊田通商、住友化学、東レの3社が3分の1ずつ出資する新会社が、営業を始めた。米オンセミは、独フォルクスワーゲンからSiCパワー半導体の戦略的サプライヤーに選ばれた。',
    expect: [
      { parties: ['Britishvolt', 'Recharge Industries'], type: 'acquisition' },
      { parties: ['Hyundai Motor', 'Factorial Energy'], type: 'investment', date: null },
      { parties: ['Stellantis', 'Factorial Energy'], type: 'investment', date: null },
      { parties: ['BAIC', 'Mercedes-Benz'], type: 'investment', date: null },
      { parties: ['Rohm', 'Toshiba'], type: 'joint_venture' },
      { parties: ['Toyota Tsusho', 'Sumitomo Chemical', 'Toray'], type: 'joint_venture' },
      { parties: ['onsemi', 'Volkswagen'], type: 'supply' },
    ],
  },
  {
    name: 'a relative clause whose own deal is not made (「鴻海からの買収提案を退けた日産は」) gives no record and cancels nothing outside it; 相互供給 is a supply of both',
    text: '鴻海精密工業からの買収提案を退けた日産自動車は、三菱自動車とEVを相互供給することで合意した。',
    expect: [{ parties: ['Nissan', 'Mitsubishi Motors'], type: 'supply' }],
    reject: [{ parties: ['Foxconn', 'Nissan'] }, { parties: ['Nissan', 'Mitsubishi Motors', 'Foxconn'] }],
  },
  {
    name: 'in passing: 「AとBの燃料電池合弁会社Z」 (a modifier before 合弁), 「ブラジルの資源大手Bの株式の約5%を保有」, 「Aが2021年に買収したB」; 「…支援業務を受託」 is a technical service; context clauses 「…を抑えて、」「…を決めた同じ日、」「…を発表した直後、」; 「あらゆる可能性を排除しない」 is tentative; a generic 「米電池スタートアップ」 is no company',
    text: '独ダイムラートラックとボルボ・グループの燃料電池合弁会社セルセントリックは、量産開始を延期した。三井物産は、ブラジルの資源大手ヴァーレの株式の約5%を保有する。いすゞ自動車が2021年に買収したUDトラックスは、新型トラックを発売した。日立製作所は、独ポルシェから生産ラインの設計と立ち上げ支援業務を受託した。LGエナジーソリューションやサムスンSDIを抑えて、韓国のSKオンは日産自動車から電池の大型受注を獲得した。ステランティスが工場の一時閉鎖を決めた同じ日、仏ヴェルコールはルノーと電池セルの追加供給で合意した。トヨタ自動車は、CATLとの協業の是非について「あらゆる可能性を排除しない」と述べた。ホンダが買収した米電池スタートアップは、技術者を増やす。',
    expect: [
      { parties: ['Daimler Truck', 'Volvo Group'], type: 'joint_venture', date: null },
      { parties: ['Mitsui & Co.', 'Vale'], type: 'investment', date: null },
      { parties: ['Isuzu', 'UD Trucks'], type: 'acquisition', date: null },
      { parties: ['Hitachi', 'Porsche'], type: 'technical_service' },
      { parties: ['SK On', 'Nissan'], type: 'supply' },
      { parties: ['Verkor', 'Renault'], type: 'supply' },
    ],
    reject: [{ parties: ['LG Energy Solution', 'SK On'] }, { parties: ['Stellantis', 'Renault'] }, { parties: ['Toyota', 'CATL'] }],
  },
  {
    name: 'a fourth batch: 「Aが約5%を取得した中国のB」 in passing; 「…してから約10年、」 and 「…に代わり、」 end a clause; Bに出荷する is a supply; 「AがX%、BがY%を出資し…設立」 and 「LLPを共同で設立」 are joint ventures; a stake raised to 100% is an acquisition; 「AとBは…基本合意書を解約した」 keeps the signed MOU; an ended deal of another company does not veto the clause',
    text: '独フォルクスワーゲン（VW）が2023年に約5%を取得した中国の小鵬汽車は、受注を始めた。トヨタ自動車がテスラとの資本提携を解消してから約10年、パナソニックエナジーはマツダと電池の供給契約を結んだ。ルネサスエレクトロニクスは、協議を打ち切った独インフィニオンに代わり、米ウルフスピードとSiCウエハーの調達契約を結んだ。三井金属鉱業は、固体電解質をトヨタ自動車と本田技研工業の2社に出荷する契約を結んだ。豊田通商が60%、双日が40%を出資し、アルゼンチンに精製会社を設立した。三井化学、旭化成、三菱ケミカルグループの3社は、有限責任事業組合（LLP）を共同で設立した。パナソニックホールディングスは、米ブルーヨンダーの株式を追加取得し、出資比率を20%から100%に引き上げた。ホンダと日産自動車は、経営統合に関する基本合意書を解約した。',
    expect: [
      { parties: ['Volkswagen', 'XPeng'], type: 'investment', date: null },
      { parties: ['Toyota', 'Tesla'], type: 'investment' },
      { parties: ['Panasonic Energy', 'Mazda'], type: 'supply' },
      { parties: ['Renesas Electronics', 'Wolfspeed'], type: 'supply' },
      { parties: ['Mitsui Mining & Smelting', 'Toyota'], type: 'supply' },
      { parties: ['Mitsui Mining & Smelting', 'Honda'], type: 'supply' },
      { parties: ['Toyota Tsusho', 'Sojitz'], type: 'joint_venture' },
      { parties: ['Mitsui Chemicals', 'Asahi Kasei', 'Mitsubishi Chemical Group'], type: 'joint_venture' },
      { parties: ['Panasonic', 'ブルーヨンダー'], type: 'acquisition' },
      { parties: ['Honda', 'Nissan'], type: 'mou' },
    ],
    reject: [{ parties: ['Toyota', 'Tesla', 'Panasonic Energy', 'Mazda'] }, { parties: ['Renesas Electronics', 'Infineon Technologies'] }],
  },
  {
    name: 'hardware fitted in the other\'s product is a supply (「Aの電池はBの新型車に搭載されている」); software is not (「LLMを搭載」 stays a partnership)',
    text: 'プライムプラネットエナジー＆ソリューションズの電池は、トヨタ自動車の新型「プリウス」に搭載されている。東風日産は、ディープシークの推論LLMを新型車に搭載した。',
    expect: [{ parties: ['Prime Planet Energy & Solutions', 'Toyota'], type: 'supply' }],
    reject: [{ parties: ['Dongfeng Nissan', 'DeepSeek'], type: 'supply' }],
  },
];

export const en: AgreementCase[] = [
  {
    name: '"and a separate memorandum of understanding with B" and ", a week after it signed … with B" start a clause of their own',
    text: 'BHP signed a nickel supply agreement with Tesla in 2021 and a separate memorandum of understanding with Toyota Tsusho in 2023. Infineon Technologies will supply modules to Xiaomi, the German chipmaker said on Thursday, a week after it signed a memorandum of understanding with Chery.',
    expect: [
      { parties: ['BHP', 'Tesla'], type: 'supply' },
      { parties: ['BHP', 'Toyota Tsusho'], type: 'mou' },
      { parties: ['Infineon Technologies', 'Xiaomi'], type: 'supply' },
      { parties: ['Infineon Technologies', 'Chery'], type: 'mou' },
    ],
    reject: [{ parties: ['BHP', 'Tesla', 'Toyota Tsusho'] }, { parties: ['Infineon Technologies', 'Xiaomi', 'Chery'] }],
  },
  {
    name: '"jointly invest in Z" is the investors\' joint venture, Z no founder; "pay $650 million for new shares in B" is an investment; "Z, the maker set up by A and B" is their joint venture; "Customers for A\'s wafers include B, C and D" are supplies',
    text: 'TSMC, Bosch, Infineon and NXP will jointly invest in European Semiconductor Manufacturing Company, a Dresden chip plant. General Motors will pay $650 million for new shares in Lithium Americas. LG Magna e-Powertrain, the e-motor maker set up by LG Electronics and Magna International in 2021, opened a plant. Customers for Wolfspeed\'s silicon carbide wafers include Infineon Technologies, Renesas Electronics and STMicroelectronics.',
    expect: [
      { parties: ['TSMC', 'Bosch', 'Infineon Technologies', 'NXP Semiconductors'], type: 'joint_venture' },
      { parties: ['General Motors', 'Lithium Americas'], type: 'investment' },
      { parties: ['LG Electronics', 'Magna International'], type: 'joint_venture' },
      { parties: ['Wolfspeed', 'Renesas Electronics'], type: 'supply' },
      { parties: ['Wolfspeed', 'STMicroelectronics'], type: 'supply' },
    ],
    reject: [{ parties: ['TSMC', 'European Semiconductor Manufacturing Company'] }],
  },
  {
    name: '"jointly owned by A and B" is their joint venture, not two investments; "X, the developer bought by B" and "A and B will own 50% each of" in passing and as a venture; "won a contract to make chips for B"; "equity injection from B"; "the two truckmakers"; openings "A week after …," and "In a market dominated by X,"',
    text: 'Traton and Hino Motors held a ceremony on Wednesday. The two truckmakers will set up a joint venture. Spotlight Automotive, jointly owned by BMW and Great Wall Motor, cut prices. Faradion, the British sodium-ion developer bought by Reliance Industries in 2022, started production. Kansai Electric Power and Itochu will own 50% each of a new grid-battery operator. Samsung Electronics has won a $16.5 billion contract to make AI chips for Tesla. Adani Green Energy received a $1.4 billion equity injection from TotalEnergies. A week after Nio cut prices, CALB agreed to supply cells to Xpeng. In a market dominated by CATL, Hithium agreed to supply storage cells to Tata Power.',
    expect: [
      { parties: ['BMW', 'Great Wall Motor'], type: 'joint_venture' },
      { parties: ['Reliance Industries', 'Faradion'], type: 'acquisition' },
      { parties: ['Kansai Electric Power', 'Itochu'], type: 'joint_venture' },
      { parties: ['Samsung Electronics', 'Tesla'], type: 'supply' },
      { parties: ['Adani Green Energy', 'TotalEnergies'], type: 'investment' },
      { parties: ['Traton', 'Hino Motors'], type: 'joint_venture' },
      { parties: ['CALB', 'XPeng'], type: 'supply' },
      { parties: ['Hithium', 'Tata Power'], type: 'supply' },
    ],
    reject: [{ parties: ['BMW', 'Spotlight Automotive'] }, { parties: ['NIO', 'XPeng'] }, { parties: ['CATL', 'Tata Power'] }],
  },
  {
    name: '"A counts B and C among the buyers of its …"; "buy BYD\'s blade batteries" (the supplier as a possessive); "the mine that A owns with B"; "agreed to share a plant"; "cell purchase agreements with both A and B" after "Rather than …,"; 保有比率を引き下げた',
    text: 'Livent counts BMW and LG Chem among the buyers of its lithium hydroxide. Suzuki Motor has agreed to buy BYD\'s blade batteries for its India-made EV. Quellaveco, the copper mine that Anglo American owns with Mitsubishi Corp, set a record. Fujikura and Furukawa Electric agreed to share a cable plant in Vietnam. Rather than rely on one supplier, Mahindra & Mahindra has signed cell purchase agreements with both BYD and REPT Battero. ENEOSホールディングスは、子会社のJX金属の株式を売り出し、保有比率を約42%に引き下げた。',
    expect: [
      { parties: ['Livent', 'BMW'], type: 'supply' },
      { parties: ['Livent', 'LG Chem'], type: 'supply' },
      { parties: ['Suzuki', 'BYD'], type: 'supply' },
      { parties: ['Anglo American', 'Mitsubishi Corporation'], type: 'joint_venture', date: null },
      { parties: ['Fujikura', 'Furukawa Electric'], type: 'partnership' },
      { parties: ['Mahindra & Mahindra', 'BYD'], type: 'supply' },
      { parties: ['Mahindra & Mahindra', 'REPT Battero'], type: 'supply' },
      { parties: ['ENEOS', 'JX Advanced Metals'], type: 'investment' },
    ],
    reject: [{ parties: ['Mahindra & Mahindra', 'BYD', 'REPT Battero'] }],
  },
  {
    name: '"picks B as partner" (a headline\'s present tense); "Toyota-backed Joby Aviation"',
    text: 'Idemitsu Kosan picks Toyota Tsusho as partner for lithium sulphide output. Toyota-backed Joby Aviation said it would begin flights in Dubai.',
    expect: [
      { parties: ['Idemitsu Kosan', 'Toyota Tsusho'], type: 'partnership' },
      { parties: ['Toyota', 'Joby Aviation'], type: 'investment' },
    ],
  },
  {
    name: '"which is backed by A, B and C," (a list inside an inserted clause); "A and B each own 50% of C"; "B, A\'s battery company," (the owner in an apposition is no party); rumours',
    text: 'Automotive Cells Company, which is backed by Stellantis, Mercedes-Benz and TotalEnergies, said it would pause two projects. Mercedes-Benz and Geely each own 50% of smart Automobile Co, which makes cars in Xi\'an. Umicore and PowerCo, Volkswagen\'s battery company, formed IONWAY, a joint venture for cathode materials. Rumours that Xiaomi would buy a stake in CALB sent shares up 6%.',
    expect: [
      { parties: ['Stellantis', 'Automotive Cells Company'], type: 'investment', date: null },
      { parties: ['Mercedes-Benz', 'Automotive Cells Company'], type: 'investment', date: null },
      { parties: ['TotalEnergies', 'Automotive Cells Company'], type: 'investment', date: null },
      { parties: ['Mercedes-Benz', 'Geely'], type: 'joint_venture' },
      { parties: ['Umicore', 'PowerCo'], type: 'joint_venture' },
    ],
    reject: [{ parties: ['Umicore', 'PowerCo', 'Volkswagen'] }, { parties: ['Xiaomi', 'CALB'] }],
  },
  {
    name: '「XはAとBが共同出資で設立した」 (the topic is the JV, no founder); 「A、B、Cの3社の合弁会社」 whose plant plan is frozen; 「AとBが…に設立した…合弁工場」; 「Aと共同で運営する工場」; 「A系部品大手のB」「AのEV新会社B」 (the owner is no party; the company is no JV being formed)',
    text: 'オートモーティブエナジーサプライは2007年に日産自動車とNECが共同出資で設立した。ステランティス、メルセデス・ベンツ、仏トタルエナジーズの3社の合弁会社ACCは、工場建設計画を凍結した。華友コバルトとポスコフューチャーエムが韓国に設立した前駆体の合弁工場が稼働した。SKオンは現代自動車と共同で運営する電池工場の稼働を延期した。トヨタ自動車系部品大手のアイシンは、比亜迪と電動駆動ユニットの共同開発契約を結んだ。日産自動車は、仏ルノーのEV新会社アンペアに最大6億ユーロを出資することで合意した。',
    expect: [
      { parties: ['Nissan', 'NEC'], type: 'joint_venture' },
      { parties: ['Stellantis', 'Mercedes-Benz', 'TotalEnergies'], type: 'joint_venture', date: null },
      { parties: ['Huayou Cobalt', 'POSCO Future M'], type: 'joint_venture', date: null },
      { parties: ['SK On', 'Hyundai Motor'], type: 'joint_venture', date: null },
      { parties: ['Aisin', 'BYD'], type: 'co_development' },
      { parties: ['Nissan', 'Ampere'], type: 'investment' },
    ],
    reject: [{ parties: ['Envision AESC', 'Nissan', 'NEC'] }, { parties: ['Toyota', 'Aisin', 'BYD'] }, { parties: ['Nissan', 'Renault'] }],
  },
  {
    name: 'a Japanese paragraph opening without a subject goes on about the company the story leads with (「Xは4日、…」), not the last subject of the paragraph before',
    text: '住友金属鉱山は4日、正極材の増産を発表した。\n\nパナソニック エナジーは米国の新工場で量産を始めた。\n\n全固体電池では、トヨタと先月27日、正極材の共同開発で合意した。',
    expect: [{ parties: ['Sumitomo Metal Mining', 'Toyota'], type: 'co_development' }],
    reject: [{ parties: ['Panasonic Energy', 'Toyota'] }],
  },
  {
    name: '"formed a consortium"; a raw-material deal is a supply deal; 引き取り（オフテイク）契約; 営業先と位置づけ、受注獲得を目指す is no deal; Accelera, PACCAR, Millennial Lithium, Guangxi Tianyuan New Energy Materials',
    text: 'Sumitomo Corp, Idemitsu Kosan and Toyota Motor have formed a consortium to build a lithium sulfide supply chain. Ford strikes lithium deals with Albemarle, SQM. 豊田通商は、ピルバラ・ミネラルズとリチウム精鉱の長期引き取り（オフテイク）契約を締結した。エコプロは、BMWやフォルクスワーゲンを主な営業先と位置づけ、受注獲得を目指す。Accelera, Daimler Truck and PACCAR have formed a joint venture with EVE Energy. CATLは、カナダのミレニアル・リチウムを買収した。Albemarle agreed to acquire Guangxi Tianyuan New Energy Materials for $200 million.',
    expect: [
      { parties: ['Sumitomo Corporation', 'Idemitsu Kosan', 'Toyota'], type: 'partnership' },
      { parties: ['Ford', 'Albemarle'], type: 'supply' },
      { parties: ['Ford', 'SQM'], type: 'supply' },
      { parties: ['Toyota Tsusho', 'Pilbara Minerals'], type: 'supply' },
      { parties: ['Accelera', 'Daimler Truck', 'PACCAR', 'EVE Energy'], type: 'joint_venture' },
      { parties: ['CATL', 'Millennial Lithium'], type: 'acquisition' },
      { parties: ['Albemarle', 'Guangxi Tianyuan New Energy Materials'], type: 'acquisition' },
    ],
    reject: [{ parties: ['EcoPro', 'BMW'] }, { parties: ['EcoPro', 'Volkswagen'] }, { parties: ['Albemarle', 'SQM'] }],
  },
  {
    name: 'a company bought from its owner is a deal of buyer and seller (「AはBからCを買収」, "A agreed to buy C from B", ", which A sold to B"); selling a building or plant is an acquisition; 「AとBの2社から調達する」 with the buyer left unsaid',
    text: 'いすゞ自動車は1日、スウェーデンのボルボ・グループからUDトラックスを買収する手続きを完了したと発表した。Isuzu Motors agreed to buy UD Trucks from Volvo Group. AESC, which Nissan sold to China\'s Envision Group in 2018, opened a plant. LGES sold the building and some equipment to Honda last month. 仏ルノーは、EV戦略の見直しを発表した。LFP電池はLGエナジーソリューションとCATLの2社から調達する。',
    expect: [
      { parties: ['Isuzu', 'Volvo Group'], type: 'acquisition' },
      { parties: ['Nissan', 'Envision Group'], type: 'acquisition' },
      { parties: ['LG Energy Solution', 'Honda'], type: 'acquisition' },
      { parties: ['Renault', 'LG Energy Solution'], type: 'supply' },
      { parties: ['Renault', 'CATL'], type: 'supply' },
    ],
    reject: [{ parties: ['Isuzu', 'UD Trucks'] }, { parties: ['LG Energy Solution', 'CATL'] }],
  },
  {
    name: '"A and B formed X"; "B, its partner in the X battery venture"; 「Bの筆頭株主であるA」; "X, the $11.4 billion battery joint venture" (the JV apposition past an amount); ", where A and B agreed …" past "Co., Limited"; "A and B still operate their plant"; "has B as its launch customer", "counts B among its shareholders"',
    text: 'Ford and SK On formed BlueOval SK in 2021. Ford cut its EV spending plan on Tuesday, a week after SK On, its partner in the BlueOval SK battery venture, reported a wider loss. 国軒高科の筆頭株主である独フォルクスワーゲンは、新型セルを搭載する。SK On and Ford agreed to wind up BlueOval SK, the $11.4 billion battery joint venture they formed in 2022. Work began at Figueruelas, where Stellantis N.V. and Contemporary Amperex Technology Co., Limited (CATL) agreed to build an LFP plant as a 50:50 joint venture. LG Energy Solution and Honda Motor Co. still operate their Ohio cell plant. France\'s Verkor has Renault as its launch customer. Morrow Batteries counts Stellantis among its shareholders.',
    expect: [
      { parties: ['Ford', 'SK On'], type: 'joint_venture' },
      { parties: ['Volkswagen', 'Gotion High-Tech'], type: 'investment', date: null },
      { parties: ['Stellantis', 'CATL'], type: 'joint_venture' },
      { parties: ['LG Energy Solution', 'Honda'], type: 'joint_venture', date: null },
      { parties: ['Verkor', 'Renault'], type: 'supply', date: null },
      { parties: ['Morrow Batteries', 'Stellantis'], type: 'investment', date: null },
    ],
    reject: [{ parties: ['SK On', 'BlueOval SK'] }, { parties: ['SK On', 'Ford', 'BlueOval SK'] }],
  },
  {
    name: '「…設立した電池会社で、日産は…売却することで合意」 (a clause break after a descriptor noun\'s で、 before a new topic); 「…への供給をにらむ」 is only eyed; ", building on an investment …" is a clause of its own',
    text: 'オートモーティブエナジーサプライは2007年に日産とNECが共同出資で設立した電池会社で、日産は2018年8月、遠景科技集団に電池事業を売却することで合意した。住友金属鉱山は4日、増産を発表した。主要顧客であるパナソニック エナジーの需要に加え、トヨタ自動車が開発を進める次世代電池への供給をにらむ。The French startup Tiamat signed a letter of intent with Stellantis in early July, building on an investment Stellantis made in 2023.',
    expect: [
      { parties: ['Nissan', 'NEC'], type: 'joint_venture' },
      { parties: ['Nissan', 'Envision Group'], type: 'acquisition' },
      { parties: ['Tiamat', 'Stellantis'], type: 'loi' },
    ],
    reject: [{ parties: ['Envision AESC', 'Envision Group'] }, { parties: ['Panasonic Energy', 'Toyota'] }],
  },
  {
    name: '「同社はAが75%、Bが15%、Cが10%を出資する合弁会社で」: three owners, the topic is the JV; a paragraph that has named no company yet goes on about the lead company',
    text: '住友金属鉱山は4日、正極材の増産を発表した。\n\nトヨタは全固体電池の車両を生産する計画だ。\n\n原料の確保も急ぐ。タガニートHPALニッケルに約2億5000万ドルを追加投資する。同社は住友金属鉱山が75%、三井物産が15%、ニッケル・アジアが10%を出資する合弁会社で、三井物産とニッケル・アジアも増資引き受けを検討している。',
    expect: [
      { parties: ['Sumitomo Metal Mining', 'Taganito HPAL Nickel'], type: 'investment' },
      { parties: ['Sumitomo Metal Mining', 'Mitsui & Co.', 'Nickel Asia'], type: 'joint_venture', date: null },
    ],
    reject: [{ parties: ['Toyota', 'Taganito HPAL Nickel'] }, { parties: ['Taganito HPAL Nickel', 'Sumitomo Metal Mining', 'Mitsui & Co.', 'Nickel Asia'] }],
  },
  {
    name: 'stakes, projects and subsidiaries bought from their holder (buyer and seller); backers in an apposition are no parties of the deal; "beating Tesla and GM" (a list of competitors); "are partners in a nickel project"; 「…の合弁は解消したが」 keeps the signed JV',
    text: '中国のエンビジョングループは2019年、日産自動車から電池子会社オートモーティブエナジーサプライ（AESC）を買収した。丸紅は、浙江華友鈷業からインドネシアのニッケル製錬会社の株式30%を取得することで合意した。IGO completed its purchase of a 49% stake in Tianqi Lithium Energy Australia from Tianqi Lithium. Huayou Cobalt agreed to buy the Arcadia lithium project from Prospect Resources. Basquevolt, the Spanish startup backed by Iberdrola and Enagas, signed a letter of intent with Irizar. Ford signed a lithium hydroxide agreement with Nemaska Lithium, beating Tesla and GM, analysts said. Tsingshan Holding Group, Huayou Cobalt and Nickel Industries are partners in a nickel matte project. SKオンは米国事業を見直している。フォードとの合弁は解消したが、日産自動車とは電池の供給契約を結んだ。',
    expect: [
      { parties: ['Envision Group', 'Nissan'], type: 'acquisition' },
      { parties: ['Marubeni', 'Huayou Cobalt'], type: 'acquisition' },
      { parties: ['IGO', 'Tianqi Lithium'], type: 'acquisition' },
      { parties: ['Huayou Cobalt', 'Prospect Resources'], type: 'acquisition' },
      { parties: ['Basquevolt', 'Irizar'], type: 'loi' },
      { parties: ['Ford', 'Nemaska Lithium'], type: 'supply' },
      { parties: ['Tsingshan', 'Huayou Cobalt', 'Nickel Industries'], type: 'joint_venture', date: null },
      { parties: ['SK On', 'Ford'], type: 'joint_venture' },
      { parties: ['SK On', 'Nissan'], type: 'supply' },
    ],
    reject: [{ parties: ['Envision Group', 'Envision AESC'] }, { parties: ['Basquevolt', 'Iberdrola', 'Enagas', 'Irizar'] }, { parties: ['Ford', 'Nemaska Lithium', 'General Motors'] }],
  },
  {
    name: '「AがBに出資する可能性」「…供給する方向で調整」 (a noun of modality after the verb: only expected, no relative clause); 「Aに加え、Bにも供給する」 with the supplier left unsaid',
    text: '一部の証券アナリストは、ソフトバンクグループがプロロジウムに出資する可能性があると指摘する。関係者によると、欣旺達電子がホンダ向けに電池を供給する方向で調整しているという。パナソニックエナジーは5日、新工場で量産を始めたと発表した。テスラに加え、米ルーシッド・グループにも供給する。',
    expect: [
      { parties: ['Panasonic Energy', 'Tesla'], type: 'supply' },
      { parties: ['Panasonic Energy', 'Lucid'], type: 'supply' },
    ],
    reject: [{ parties: ['SoftBank Group', 'ProLogium'] }, { parties: ['Sunwoda', 'Honda'] }, { parties: ['Tesla', 'Lucid'] }],
  },
  {
    name: 'list lines "A / B: …" and 「・A－B：…」 are two-party rows typed by their description; a line without a deal word states no deal; "L-H Battery" is one name',
    text: 'Deals this week:\n- Verkor / Hirano Tecseed: the French cell maker ordered electrode coating lines from the Japanese equipment maker.\n- Stellantis / CATL: a 50:50 joint venture for an LFP plant.\n- Toyota / Honda: both reported higher sales.\n- L-H Battery / Honda: a supply deal for cells.\n\n■主な提携\n・ホンダ－GSユアサ：合弁会社で電池を開発\n・トヨタ－出光興産：全固体電池の量産で協業\n',
    expect: [
      { parties: ['Verkor', 'Hirano Tecseed'], type: 'supply' },
      { parties: ['Stellantis', 'CATL'], type: 'joint_venture' },
      { parties: ['L-H Battery', 'Honda'], type: 'supply' },
      { parties: ['Honda', 'GS Yuasa'], type: 'joint_venture' },
      { parties: ['Toyota', 'Idemitsu Kosan'], type: 'partnership' },
    ],
    reject: [{ parties: ['Toyota', 'Honda'] }],
  },
  {
    name: '"…, and that B had agreed to invest" and ", and C is expected to …" start clauses of their own; 「供給確保計画」 (a programme\'s name) is no supply',
    text: 'L&F said it had signed a memorandum of understanding with SQM on Wednesday, and that Korea Zinc Co had agreed to invest 100 billion won in L&F\'s bonds. Stellantis will decide by June whether to add a second CATL-supplied line, and Lyten is expected to announce its first automotive customer. 経済産業省は今月、JX金属と三菱マテリアルの設備投資計画を「蓄電池に係る供給確保計画」に認定した。',
    expect: [
      { parties: ['L&F', 'SQM'], type: 'mou' },
      { parties: ['Korea Zinc', 'L&F'], type: 'investment' },
    ],
    reject: [{ parties: ['L&F', 'SQM', 'Korea Zinc'] }, { parties: ['Stellantis', 'Lyten'] }, { parties: ['CATL', 'Lyten'] }, { parties: ['JX Advanced Metals', 'Mitsubishi Materials'] }],
  },
  {
    name: '"a cathode maker that supplies … to Tesla" describes a standing supply: no date of its own (not the production start named later in the sentence)',
    text: 'L&F Co., a Daegu-based cathode maker that supplies high-nickel material to Tesla, said last week it would begin mass-producing LFP cathode in the fourth quarter of this year.',
    expect: [{ parties: ['L&F', 'Tesla'], type: 'supply', date: null }],
  },
  {
    name: '"the French startup Tiamat" describes the name after it (no anaphor of an earlier company); "an investment Honda made in B" (who invested in whom)',
    text: 'Renault said it would buy more cells. The French startup Tiamat signed a letter of intent with Stellantis in early July. Toyota signed a deal with Acme Battery Corp, building on an investment Honda made in Acme Battery Corp in 2021.',
    expect: [
      { parties: ['Tiamat', 'Stellantis'], type: 'loi' },
      { parties: ['Honda', 'Acme Battery'], type: 'investment' },
    ],
    reject: [{ parties: ['Renault', 'Tiamat', 'Stellantis'] }, { parties: ['Toyota', 'Acme Battery', 'Honda'] }],
  },
  {
    name: 'a Japanese headline of two deals split by a space after the first verb-noun (「…契約を締結　…増資も実施」); maintenance outsourcing (業務委託契約, "O&M contract") is a technical service',
    text: 'パワーエックス、REPT BATTEROとLFPセルの長期供給契約を締結　東京センチュリーを引受先とする50億円の第三者割当増資も実施\n\n保守・運用については、4月1日付で株式会社きんでんとパワーエックスが業務委託契約を締結した。Fluence signed an O&M contract with SK On.',
    expect: [
      { parties: ['PowerX', 'REPT Battero'], type: 'supply' },
      { parties: ['Kinden', 'PowerX'], type: 'technical_service' },
      { parties: ['Fluence Energy', 'SK On'], type: 'technical_service' },
    ],
    reject: [{ parties: ['PowerX', 'REPT Battero', 'Tokyo Century'] }],
  },
  {
    name: 'a press release\'s bracket after the subject is a note, no "label:" to cut (「ジェイテクト（本社：愛知県刈谷市）は」, "(NASDAQ: NVX)"); 「Aと中国のB」 is a list (the country prefix taken whole)',
    text: '株式会社ジェイテクト（本社：愛知県刈谷市、取締役社長：佐藤和弘）は、ドイツの自動車部品大手マーレ社と、統合熱マネジメントシステムの共同開発契約を締結しました。\n\nNOVONIX Limited (ASX: NVX, Nasdaq: NVX) today announced a binding offtake agreement with Panasonic Energy Co., Ltd.\n\nトヨタ自動車と中国の比亜迪の協業が広がってきた。',
    expect: [
      { parties: ['JTEKT', 'Mahle'], type: 'co_development' },
      { parties: ['Novonix', 'Panasonic Energy'], type: 'supply' },
      { parties: ['Toyota', 'BYD'], type: 'partnership' },
    ],
  },
  {
    name: 'deals told through their results: 「B向けに…出荷を始めた」「Bに対し…納入を開始」, "began shipping … to B" (80 characters apart), "runs on cells made by B", "will use cells from B", "take the entire output of B\'s mine", "landed an order worth more than … from B"; 「…供給を始めたほか、」 ends a clause',
    text: '田中化学研究所は、韓国のLGエナジーソリューション向けに正極材の直接出荷を始めた。ニデックは今月、中国の広汽埃安新能源汽車（GACアイオン）に対し、トラクションモーターの納入を開始した。Syrah Resources began shipping natural graphite anode material from its Vidalia, Louisiana, facility to Tesla this month. The new Kia EV3 runs on battery cells made by LG Energy Solution. Rivian said its R2 will use 4695 cylindrical cells from LG Energy Solution. General Motors will take the entire output of the first phase of Lithium Americas\' Thacker Pass mine. Valeo has landed an order worth more than 1 billion euros from Stellantis for inverters. アイシンは中国の比亜迪（BYD）向けに部品の供給を始めたほか、米ルーシッド・グループとも共同開発契約を結んだ。',
    expect: [
      { parties: ['Tanaka Chemical', 'LG Energy Solution'], type: 'supply' },
      { parties: ['Nidec', 'GAC Aion'], type: 'supply' },
      { parties: ['Syrah Resources', 'Tesla'], type: 'supply' },
      { parties: ['Kia', 'LG Energy Solution'], type: 'supply' },
      { parties: ['Rivian', 'LG Energy Solution'], type: 'supply' },
      { parties: ['General Motors', 'Lithium Americas'], type: 'supply' },
      { parties: ['Valeo', 'Stellantis'], type: 'supply' },
      { parties: ['Aisin', 'BYD'], type: 'supply' },
      { parties: ['Aisin', 'Lucid'], type: 'co_development' },
    ],
  },
  {
    name: 'a company named as an object earlier in the paragraph leaves the lead company the subject (「海外では、タイのCの株式を、Bから追加取得し」); the object first in a purchase from its holder; 「合弁相手のB」 and "its joint venture partner B"; 成長投資 is no investment',
    text: 'GSユアサは4日、決算を発表した。\n\nホンダは新型車を発売した。\n\n海外では、タイの鉛蓄電池メーカー、サイアム・ジーエス・バッテリーの株式を、サイアム・セメント・グループ（SCG）から追加取得し、出資比率を40%から60%に引き上げて連結子会社にすることでSCGと合意した。\n\n成長投資の柱は車載電池事業だ。東レは合弁相手の韓国LG化学と工場を運営する。Ford said its joint venture partner SK On would cut jobs.',
    expect: [
      { parties: ['GS Yuasa', 'Siam Cement Group'], type: 'acquisition' },
      { parties: ['Toray', 'LG Chem'], type: 'joint_venture', date: null },
      { parties: ['Ford', 'SK On'], type: 'joint_venture', date: null },
    ],
    reject: [{ parties: ['Honda', 'Siam Cement Group'] }],
  },
  {
    name: 'roles of a two-sided supply wording: the party further up the value chain supplies (companies.yaml sector); an offtake is the buyer\'s',
    text: 'トヨタはパナソニックと電池の供給契約を結んだ。豊田通商は、ピルバラ・ミネラルズとリチウム精鉱の長期引き取り契約を締結した。Tesla signed a supply agreement with Panasonic.',
    expect: [
      { parties: ['Toyota', 'Panasonic'], type: 'supply', roles: { supplier: ['Panasonic'], customer: ['Toyota'] } },
      { parties: ['Toyota Tsusho', 'Pilbara Minerals'], type: 'supply', roles: { supplier: ['Pilbara Minerals'], customer: ['Toyota Tsusho'] } },
      { parties: ['Tesla', 'Panasonic'], type: 'supply', roles: { supplier: ['Panasonic'], customer: ['Tesla'] } },
    ],
  },
  {
    name: '「増資を引き受けたのは大林組と帝人で」 (the subscribers of the subject\'s new shares); "teamed up in 2019 to form X"; a headline\'s "supply pact"; "to BMW and to Rivian"',
    text: 'APB株式会社は第三者割当増資を実施した。増資を引き受けたのは大林組と帝人で、計30億円を出資する。GM and LG Energy Solution teamed up in 2019 to form Ultium Cells. LG Energy Solution, Mercedes-Benz sign 50 GWh supply pact. Samsung SDI supplies cells to BMW and to Rivian.',
    expect: [
      { parties: ['APB', 'Obayashi'], type: 'investment' },
      { parties: ['APB', 'Teijin'], type: 'investment' },
      { parties: ['General Motors', 'LG Energy Solution'], type: 'joint_venture' },
      { parties: ['LG Energy Solution', 'Mercedes-Benz'], type: 'supply' },
      { parties: ['Samsung SDI', 'BMW'], type: 'supply' },
      { parties: ['Samsung SDI', 'Rivian'], type: 'supply' },
    ],
  },
  {
    name: '"… though no binding agreement has been signed" ends the deal; Teck Resources, PT Vale Indonesia, Scania',
    text: 'Hyundai and Kia said they would explore co-developing cells with SK On, though no binding agreement has been signed. Glencore agreed to buy Teck Resources\' coal unit. PT Vale Indonesia signed a supply agreement with Ford. Scania signed a supply deal with Northvolt.',
    expect: [
      { parties: ['PT Vale Indonesia', 'Ford'], type: 'supply' },
      { parties: ['Scania', 'Northvolt'], type: 'supply' },
    ],
    reject: [{ parties: ['Hyundai Motor', 'Kia', 'SK On'] }],
  },
];
