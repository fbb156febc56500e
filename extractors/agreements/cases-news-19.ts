/**
 * A nineteenth set of agreement case rows in the shapes of business news (cases.ts joins them
 * with the others): each row against a defect that fresh text showed (seeds/agreements/README.md,
 * 1.2.30–1.2.41).
 */
import type { AgreementExpectation, Case } from '../cases.ts';

type AgreementCase = Case<AgreementExpectation>;

export const ja: AgreementCase[] = [
  {
    name: 'an agreement to invest together is a joint venture of the two, the plant named between (「Aは、…工場について、Bと共同出資することで合意した」), not B as the investee; a 基本合意 to do so stays an MoU',
    text: '旭化成は、カナダで計画する湿式セパレーター工場について、本田技研工業と共同出資することで合意した。\n\n住友金属鉱山は、豪州の鉱山について三井物産と共同出資することで基本合意した。',
    expect: [
      { parties: ['Asahi Kasei', 'Honda'], type: 'joint_venture' },
      { parties: ['Sumitomo Metal Mining', 'Mitsui & Co.'], type: 'mou' },
    ],
    reject: [{ parties: ['Asahi Kasei', 'Honda'], type: 'investment' }],
  },
  {
    name: 'a company a deal goes through is no party when another company follows (「スズキは、マルチ・スズキを通じてトヨタにEVを供給」); alone it stays the counterpart (「豊田通商を通じて…を調達」); a country before a name is read past (「韓国LGエナジーソリューションとの米合弁工場」「独ZFの…に採用された」)',
    text: 'スズキは、インドのマルチ・スズキを通じてトヨタにEVを供給する。\n\nトヨタは、豊田通商を通じてアルゼンチンのリチウムを調達する。\n\nホンダは、韓国LGエナジーソリューションとの米合弁工場の稼働を延期した。\n\n住友電気工業が開発した平角巻線が、独ZFの次世代eアクスルに採用された。',
    expect: [
      { parties: ['Suzuki', 'Toyota'], type: 'supply', roles: { supplier: ['Suzuki'], customer: ['Toyota'] } },
      { parties: ['Toyota', 'Toyota Tsusho'], type: 'supply', roles: { customer: ['Toyota'], supplier: ['Toyota Tsusho'] } },
      { parties: ['Honda', 'LG Energy Solution'], type: 'joint_venture' },
      { parties: ['Sumitomo Electric Industries', 'ZF'], type: 'supply', roles: { supplier: ['Sumitomo Electric Industries'], customer: ['ZF'] } },
    ],
    reject: [{ parties: ['Suzuki', 'Maruti Suzuki'] }],
  },
  {
    name: 'a list joined by 、さらに is one list (「BとC、さらにDからも受注を獲得した」); an investor that led the subject\'s round (「Xは、Aが主導した資金調達ラウンドで…を集めた」), the allottees of its capital increase (「Aなどを引受先とする第三者割当増資」, not the reverse) and one that joined that round after it (「Bも同ラウンドに参加した」)',
    text: 'セパレーター大手の中国・上海恩捷新材料科技は、韓国のSKオンとLGエナジーソリューション、さらにプライムプラネットエナジー&ソリューションズからも相次いで受注を獲得した。\n\nリチウム金属負極を開発する米スタートアップのピュアリチウムは、三菱商事が主導した資金調達ラウンドで約2000万ドルを集めた。ENEOSイノベーションパートナーズも同ラウンドに参加した。\n\n電池スタートアップのテラドライブは、伊藤忠商事などを引受先とする第三者割当増資で約20億円を調達した。',
    expect: [
      { parties: ['上海恩捷新材料科技', 'SK On'], type: 'supply', roles: { supplier: ['上海恩捷新材料科技'], customer: ['SK On'] } },
      { parties: ['上海恩捷新材料科技', 'LG Energy Solution'], type: 'supply' },
      { parties: ['上海恩捷新材料科技', 'Prime Planet Energy & Solutions'], type: 'supply' },
      { parties: ['Mitsubishi Corporation', 'ピュアリチウム'], type: 'investment', roles: { investor: ['Mitsubishi Corporation'], investee: ['ピュアリチウム'] } },
      { parties: ['ENEOS Innovation Partners', 'ピュアリチウム'], type: 'investment', roles: { investor: ['ENEOS Innovation Partners'], investee: ['ピュアリチウム'] } },
      { parties: ['Itochu', 'テラドライブ'], type: 'investment', roles: { investor: ['Itochu'], investee: ['テラドライブ'] } },
    ],
    reject: [{ parties: ['SK On', 'Prime Planet Energy & Solutions'] }],
  },
  {
    name: 'a list told region by region (「三菱自は欧州ではルノー、北米では日産自動車からもOEM供給を受けており」); the owner of a share of the topic it comes under (「三菱ふそうは約89％を出資する独ダイムラートラックの傘下にあり」; not 「トヨタは20%を出資するデンソーと」, the topic\'s own share); founders that put in money, then a new company named by its kind (「AとBが出資し、新会社「X」を設立した」「…5社が出資し、…新会社「X（Y）」が発足した」)',
    text: '三菱自は欧州ではルノー、北米では日産自動車からもOEM供給を受けている。\n\n三菱ふそうは約89％を出資する独ダイムラートラックの傘下にある。トヨタは20%を出資するデンソーと提携した。\n\nトヨタとデンソーが出資し、新会社「ミライデンチ」を設立した。ENEOSホールディングス、本田技研工業、カワサキモータース、スズキ、ヤマハ発動機の5社が出資し、電動二輪車の交換式電池をシェアする新会社「Gachaco（ガチャコ）」が発足した。',
    expect: [
      { parties: ['Mitsubishi Motors', 'Renault'], type: 'supply', roles: { customer: ['Mitsubishi Motors'], supplier: ['Renault'] } },
      { parties: ['Mitsubishi Motors', 'Nissan'], type: 'supply', roles: { customer: ['Mitsubishi Motors'], supplier: ['Nissan'] } },
      { parties: ['Daimler Truck', 'Mitsubishi Fuso Truck and Bus'], type: 'investment', roles: { investor: ['Daimler Truck'], investee: ['Mitsubishi Fuso Truck and Bus'] } },
      { parties: ['Toyota', 'Denso'], type: 'investment', roles: { investor: ['Toyota'], investee: ['Denso'] } },
      { parties: ['Toyota', 'Denso'], type: 'joint_venture' },
      { parties: ['ENEOS', 'Honda', 'Kawasaki Motors', 'Suzuki', 'Yamaha Motor'], type: 'joint_venture' },
    ],
    reject: [{ parties: ['Nissan', 'Renault'] }],
  },
  {
    name: 'a list member whose name begins like a country prefix stays in the list (「、伊藤忠商事」「、中部電力」「、台湾積体電路製造」: 伊, 中 and 台 are prefixes only before another name); a list counted after a kind (「…、伊藤忠商事の大手商社4社は」) keeps its last member',
    text: '三菱商事、三井物産、住友商事、伊藤忠商事の大手商社4社は15日、戦略的提携を結んだ。\n\nパナソニックは、トヨタと中部電力に電池を供給する。',
    expect: [
      { parties: ['Mitsubishi Corporation', 'Mitsui & Co.', 'Sumitomo Corporation', 'Itochu'], type: 'strategic_partnership' },
      { parties: ['Panasonic', 'Toyota'], type: 'supply' },
      { parties: ['Panasonic', 'Chubu Electric Power'], type: 'supply', roles: { supplier: ['Panasonic'], customer: ['Chubu Electric Power'] } },
    ],
    reject: [{ parties: ['Mitsubishi Corporation', 'Mitsui & Co.', 'Sumitomo Corporation'] }],
  },
  {
    name: 'customers named, then each of them (「…をB、C、Dに供給することで各社と合意した」: 各社 is no unnamed partner); a list counted after any kind (「A、B、Cの商用車3社は…をDから調達する」: one supply each); goods a maker developed adopted as a part (「Aが開発した…が、Bの…として採用された」); a meeting with no deal announced is none (「…協業に関する発表はなかった」)',
    text: 'セントラル硝子は、電解液向けの添加剤を中国の瑞浦蘭鈞能源、孚能科技、珠海冠宇電池に供給することで各社と合意した。\n\n三菱ふそうトラック・バス、日野自動車、いすゞ自動車の商用車3社は、液化水素を岩谷産業から調達する。\n\nジェイテクトが開発したリチウムイオンキャパシタが、ホンダの燃料電池車の補助電源として採用された。\n\nトヨタ自動車と現代自動車の首脳は、国際会議にそろって登壇したが、協業に関する発表はなかった。',
    expect: [
      { parties: ['Central Glass', 'REPT Battero'], type: 'supply', roles: { supplier: ['Central Glass'], customer: ['REPT Battero'] } },
      { parties: ['Central Glass', 'Farasis Energy'], type: 'supply' },
      { parties: ['Central Glass', 'CosMX Battery'], type: 'supply' },
      { parties: ['Iwatani', 'Mitsubishi Fuso Truck and Bus'], type: 'supply', roles: { supplier: ['Iwatani'], customer: ['Mitsubishi Fuso Truck and Bus'] } },
      { parties: ['Iwatani', 'Hino Motors'], type: 'supply' },
      { parties: ['Iwatani', 'Isuzu'], type: 'supply' },
      { parties: ['JTEKT', 'Honda'], type: 'supply', roles: { supplier: ['JTEKT'], customer: ['Honda'] } },
    ],
    reject: [{ parties: ['Toyota', 'Hyundai Motor'] }, { parties: ['Mitsubishi Fuso Truck and Bus', 'Hino Motors', 'Isuzu', 'Iwatani'] }],
  },
  {
    name: 'a name in hiragana after two particles is a party (「2023年5月にはいすゞがFCシステムの開発・供給パートナーにホンダを選ぶ合意書を交わした」); the time of a sale told before reports none (「売却時に日産は…株式の25%を手元に残し、現在もAESCから…電池を調達している」: the purchase only); a venture named as one the subject invests in (「FC合弁シンビオに出資し」); cooperation only explored is none (「現代自動車とも水素分野での協力を探る」)',
    text: '両社は2020年1月に共同研究契約を結び、2023年5月にはいすゞがFCシステムの開発・供給パートナーにホンダを選ぶ合意書を交わした。\n\n売却時に日産はAESCの株式の25%を手元に残し、現在もAESCから「リーフ」などのEV向け電池を調達している。\n\nステランティスは2023年に、仏ミシュランと仏フォルヴィアが2019年に設立したFC合弁シンビオに出資した。\n\nホンダは韓国の現代自動車とも水素分野での協力を探る。',
    expect: [
      { parties: ['Isuzu', 'Honda'], type: 'supply' },
      { parties: ['Nissan', 'Envision AESC'], type: 'supply', roles: { customer: ['Nissan'], supplier: ['Envision AESC'] } },
      { parties: ['Michelin', 'Forvia'], type: 'joint_venture' },
      { parties: ['Stellantis', 'Symbio'], type: 'investment', roles: { investor: ['Stellantis'], investee: ['Symbio'] } },
    ],
    reject: [{ parties: ['Nissan', 'Envision AESC'], type: 'acquisition' }, { parties: ['Honda', 'Hyundai Motor'] }],
  },
  {
    name: 'production taken on for a customer (「AはBから…の生産を受託した」); goods a maker makes adopted by each (「Aが手掛ける…を、BとCが…採用した」); a licence taken for what the licensee develops (「Aから技術供与を受けてBが開発した」); a report others made is no deal (「…契約を結んだとの一部報道について」); companies one is compared with are no parties, the whole list (「トヨタ自動車やホンダと同様に」)',
    text: '電池ベンチャーのエナックスは、ヤマハ発動機から電動アシスト自転車用バッテリーパックの生産を受託した。\n\nニチコンが手掛けるEV用充放電器「V2H」を、トヨタ自動車とマツダが相次いで販売店オプションに採用した。\n\n米アンプリウス・テクノロジーズから技術供与を受けて積水化学工業が開発したシリコン負極は、量産が始まる見通しだ。\n\nエコプロビーエムは、米テスラと正極材の長期供給契約を結んだとの一部報道について「決まった事実はない」とするコメントを出した。\n\nマツダは電動化に約2兆円を投じる。トヨタ自動車やホンダと同様に、電池は複数の調達先から購入する考えだ。',
    expect: [
      { parties: ['Enax', 'Yamaha Motor'], type: 'supply', roles: { supplier: ['Enax'], customer: ['Yamaha Motor'] } },
      { parties: ['Nichicon', 'Toyota'], type: 'supply', roles: { supplier: ['Nichicon'], customer: ['Toyota'] } },
      { parties: ['Nichicon', 'Mazda'], type: 'supply' },
      { parties: ['Amprius', 'Sekisui Chemical'], type: 'licensing', roles: { licensor: ['Amprius'], licensee: ['Sekisui Chemical'] } },
    ],
    reject: [{ parties: ['EcoPro BM', 'Tesla'] }, { parties: ['Mazda', 'Toyota'] }, { parties: ['Mazda', 'Honda'] }],
  },
  {
    name: 'a maker described by what it makes (「eキャンターを手がける三菱ふそうと、…蜂巣能源科技は」: 手がける is no subject particle that ends a clause); the venture named after 「AとBの折半出資会社である」 is no founder; a licence taken under a contract (「同社はCATLから、…技術の供与を受けるライセンス契約を締結した」); goods shipped by a maker for a customer (「パナソニックエナジーによるマツダ向け…の出荷開始」)',
    text: '電動小型トラック「eキャンター」を手がける三菱ふそうトラック・バスと、中国の電池大手である蜂巣能源科技（SVOLT）は、合弁会社を日本国内に設立することで合意した。\n\nいすゞ自動車と日野自動車の折半出資会社であるジェイ・バスは、生産能力を引き上げる。\n\n韓国の現代モービスは2日、再編策を公表した。同社は中国の寧徳時代新能源科技（CATL）から、セル・ツー・パック技術の供与を受けるライセンス契約を締結した。\n\nパナソニックホールディングスの純利益が増えた。子会社のパナソニックエナジーによるマツダ向け円筒形電池の出荷開始も寄与した。',
    expect: [
      { parties: ['Mitsubishi Fuso Truck and Bus', 'SVOLT Energy'], type: 'joint_venture' },
      { parties: ['Isuzu', 'Hino Motors'], type: 'joint_venture' },
      { parties: ['Hyundai Mobis', 'CATL'], type: 'licensing', roles: { licensee: ['Hyundai Mobis'], licensor: ['CATL'] } },
      { parties: ['Panasonic Energy', 'Mazda'], type: 'supply', roles: { supplier: ['Panasonic Energy'], customer: ['Mazda'] } },
    ],
    reject: [{ parties: ['Isuzu', 'Hino Motors', 'J-Bus'] }],
  },
];

export const en: AgreementCase[] = [
  {
    name: "a company named to describe the party after it ('to Toyota\\'s longtime partner, Denso', 'to Tesla\\'s rival BYD') or in an apposition after it ('Mazda, a long-time partner of Toyota', 'Mazda, Toyota\\'s partner,') is no party; 'GM\\'s joint venture partner, LG Energy Solution' tells their venture in passing and is no cue of the clause's deal",
    text: "BASF has sold its stake in the plant to Toyota's longtime partner, Denso. Glencore agreed to supply cobalt to Tesla's rival BYD. Panasonic agreed to supply cells to Mazda, a long-time partner of Toyota. Umicore will supply cathodes to Verkor, Renault's partner, from 2027. LG Chem will supply cathodes to GM's joint venture partner, LG Energy Solution.",
    expect: [
      { parties: ['BASF', 'Denso'], type: 'acquisition' },
      { parties: ['Glencore', 'BYD'], type: 'supply', roles: { supplier: ['Glencore'], customer: ['BYD'] } },
      { parties: ['Panasonic', 'Mazda'], type: 'supply' },
      { parties: ['Umicore', 'Verkor'], type: 'supply' },
      { parties: ['LG Chem', 'LG Energy Solution'], type: 'supply', roles: { supplier: ['LG Chem'], customer: ['LG Energy Solution'] } },
      { parties: ['General Motors', 'LG Energy Solution'], type: 'joint_venture' },
    ],
    reject: [{ parties: ['BASF', 'Toyota'] }, { parties: ['Glencore', 'Tesla'] }, { parties: ['Panasonic', 'Toyota'] }, { parties: ['Umicore', 'Renault'] }, { parties: ['LG Chem', 'LG Energy Solution'], type: 'joint_venture' }],
  },
  {
    name: "investors that joined 'the round' a sentence before joined the round of the company it was for ('… led a $300 million Series B for Our Next Energy. BMW i Ventures … also joined the round.'), not the lead's",
    text: 'Fifth Wall led a $300 million Series B for Our Next Energy. BMW i Ventures and Franklin Templeton also joined the round.',
    expect: [
      { parties: ['Fifth Wall', 'Our Next Energy'], type: 'investment', roles: { investor: ['Fifth Wall'], investee: ['Our Next Energy'] } },
      { parties: ['BMW i Ventures', 'Our Next Energy'], type: 'investment', roles: { investor: ['BMW i Ventures'], investee: ['Our Next Energy'] } },
      { parties: ['Franklin Templeton', 'Our Next Energy'], type: 'investment' },
    ],
    reject: [{ parties: ['Fifth Wall', 'BMW i Ventures'] }],
  },
  {
    name: "a venture told as one company's being another's partner in a project ('Rio is also Codelco\\'s partner in the Nuevo Cobre copper exploration project'); a supplier named as someone's ('Lilium\\'s cell supplier CustomCells'); goods supplied for a customer under a deal ('under which Toyota supplies powertrain components for Joby\\'s aircraft'); a company that names a site is no party ('its stake in the third Ultium Cells plant')",
    text: "Rio Tinto bought Arcadium Lithium. Rio is also Codelco's partner in the Nuevo Cobre copper exploration project. Lilium's cell supplier CustomCells had also expressed interest. In 2023 Joby Aviation signed a long-term agreement under which Toyota supplies powertrain and actuation components for Joby's aircraft. GM agreed to sell its stake in the third Ultium Cells plant to LG Energy Solution.",
    expect: [
      { parties: ['Rio Tinto', 'Arcadium Lithium'], type: 'acquisition' },
      { parties: ['Rio Tinto', 'Codelco'], type: 'joint_venture' },
      { parties: ['Lilium', 'CustomCells'], type: 'supply', roles: { customer: ['Lilium'], supplier: ['CustomCells'] } },
      { parties: ['Toyota', 'Joby Aviation'], type: 'supply', roles: { supplier: ['Toyota'], customer: ['Joby Aviation'] } },
      { parties: ['General Motors', 'LG Energy Solution'], type: 'acquisition' },
    ],
    reject: [{ parties: ['General Motors', 'LG Energy Solution', 'Ultium Cells'] }],
  },
  {
    name: "two companies that agreed on something to do, with no deal word, are partners ('General Motors and EVgo agreed in 2020 to build 2,700 fast-charging stalls'); one company's own plan is none ('Tesla agreed to build a plant in Texas')",
    text: 'General Motors and EVgo agreed in 2020 to build 2,700 fast-charging stalls. Tesla agreed to build a plant in Texas.',
    expect: [{ parties: ['General Motors', 'EVgo'], type: 'partnership' }],
    reject: [{ parties: ['Tesla'] }],
  },
  {
    name: "the venture two companies launched, named in an apposition, is no founder ('Stellantis and Enel X launched Free2Move eSolutions, a 50-50 venture'); a former owner in an apposition is no party ('Vehicle Energy Japan, once part of Hitachi, has won an order from Isuzu Motors'); services for what the client builds ('will provide maintenance services for a 100-megawatt electrolyser that Allied Green Ammonia is building'); systems provided to a customer named by its kind ('Lucid will provide electric motors and battery systems to the British carmaker')",
    text: 'Stellantis and Enel X launched Free2Move eSolutions, a 50-50 venture that will sell wallboxes. Vehicle Energy Japan, once part of Hitachi, has won an order from Isuzu Motors to supply battery packs. Plug Power will provide engineering, commissioning and maintenance services for a 100-megawatt electrolyser that Allied Green Ammonia is building in the Northern Territory. Aston Martin and Lucid Group briefed analysts on Monday. Under a long-term agreement, Lucid will provide electric motors and battery systems to the British carmaker.',
    expect: [
      { parties: ['Stellantis', 'Enel X'], type: 'joint_venture' },
      { parties: ['Vehicle Energy Japan', 'Isuzu'], type: 'supply', roles: { supplier: ['Vehicle Energy Japan'], customer: ['Isuzu'] } },
      { parties: ['Plug Power', 'Allied Green Ammonia'], type: 'technical_service', roles: { provider: ['Plug Power'], client: ['Allied Green Ammonia'] } },
      { parties: ['Lucid', 'Aston Martin'], type: 'supply', roles: { supplier: ['Lucid'], customer: ['Aston Martin'] } },
    ],
    reject: [{ parties: ['Stellantis', 'Enel X', 'Free2Move eSolutions'] }, { parties: ['Hitachi', 'Isuzu'] }],
  },
  {
    name: "a site goods are made at is no party ('Ioniq 5 crossovers built at the Hyundai Motor Group Metaplant America to Waymo'); the venture a company works through is no founder ('makes battery cells with LG Energy Solution through the Ultium Cells joint venture'); a unit liquidated is no deal ('Engie said it would liquidate its charger unit EVBox')",
    text: 'In October 2024 Hyundai Motor also agreed to supply Ioniq 5 crossovers built at the Hyundai Motor Group Metaplant America to Waymo. GM, which makes battery cells with LG Energy Solution through the Ultium Cells joint venture, is building a separate cell plant in Indiana. Engie said it would liquidate its charger unit EVBox.',
    expect: [
      { parties: ['Hyundai Motor', 'Waymo'], type: 'supply', roles: { supplier: ['Hyundai Motor'], customer: ['Waymo'] } },
      { parties: ['General Motors', 'LG Energy Solution'], type: 'joint_venture' },
    ],
    reject: [{ parties: ['Hyundai Motor Group Metaplant America', 'Waymo'] }, { parties: ['General Motors', 'LG Energy Solution', 'Ultium Cells'] }, { parties: ['Engie', 'EVBox'] }],
  },
  {
    name: "a deal signed before, in an opening phrase with its partner ('After signing a memorandum of understanding with Samsung SDI in March, General Motors on Wednesday finalized a joint venture with the South Korean company'): the earlier step of the main deal's parties; not when its partner is another ('… with Samsung SDI, General Motors formed a venture with LG Energy Solution')",
    text: 'After signing a memorandum of understanding with Samsung SDI in March 2024, General Motors on June 12, 2024 finalized a joint venture with the South Korean company to build a cell plant in Indiana. After signing a memorandum with Panasonic in 2023, Mazda formed a venture with Toyota in 2024.',
    expect: [
      { parties: ['General Motors', 'Samsung SDI'], type: 'mou' },
      { parties: ['General Motors', 'Samsung SDI'], type: 'joint_venture' },
      { parties: ['Mazda', 'Toyota'], type: 'joint_venture' },
    ],
    reject: [{ parties: ['Mazda', 'Toyota'], type: 'mou' }],
  },
  {
    name: "a list under an intro that names the deals ('New orders booked by EVE Energy in the first quarter:'), its items led by the pair written out ('- EVE–BMW: …'): the intro's company and the other; shipments from a maker's plant that began for customers ('Shipments of LFP cells from Gotion\\'s plant … began on Monday for both Ford Motor and General Motors')",
    text: 'New orders booked by EVE Energy in the first quarter:\n- EVE–BMW: 46-series cylindrical cells for the Neue Klasse\n- EVE–Daimler Truck: LFP modules for electric trucks\n\nShipments of LFP cells from Gotion\'s plant in Big Rapids, Michigan, began on Monday for both Ford Motor and General Motors.',
    expect: [
      { parties: ['EVE Energy', 'BMW'], type: 'supply' },
      { parties: ['EVE Energy', 'Daimler Truck'], type: 'supply' },
      { parties: ['Gotion High-Tech', 'Ford'], type: 'supply', roles: { supplier: ['Gotion High-Tech'], customer: ['Ford'] } },
      { parties: ['Gotion High-Tech', 'General Motors'], type: 'supply' },
    ],
  },
  {
    name: "ventures told by what founded them ('Siro, the battery company that Turkey\\'s Togg founded with China\\'s Farasis Energy'; 'through X, a company it has created with CATL'; 'Amplify Cell Technologies, which Daimler Truck, PACCAR and EVE Energy agreed to form'); followers in a round ('led its $60 million funding round, with participation from Polestar and Ola Electric'); shares issued to an investor; deliveries under a contract; customers for what a maker makes; a company being sold; a stake snapped up from its holder",
    text: "Siro, the battery company that Turkey's Togg founded with China's Farasis Energy, will make modules. Brazilian busmaker Marcopolo will assemble packs through Marcopolo CATL Energia, a company it has created with CATL. A cell plant will be built by Amplify Cell Technologies, which Daimler Truck, PACCAR and EVE Energy agreed to form on Wednesday, with EVE holding 10%. StoreDot said Mitsubishi Corp. led its $60 million funding round, with participation from Polestar and Ola Electric. Ascend Elements will issue new shares worth $30 million to Toyota Tsusho. Korea Zinc expects nickel deliveries to LG Chem under their long-term contract to resume next week. Customers for the 2170 cells that Panasonic Energy will make in Kansas now include Lucid Group and Subaru. Lithium Werks is being sold to Reliance New Energy for $61 million. JSW Group snapped up a 35% stake in MG Motor India from SAIC Motor.",
    expect: [
      { parties: ['Togg', 'Farasis Energy'], type: 'joint_venture' },
      { parties: ['Marcopolo', 'CATL'], type: 'joint_venture' },
      { parties: ['Daimler Truck', 'PACCAR', 'EVE Energy'], type: 'joint_venture' },
      { parties: ['Mitsubishi Corporation', 'StoreDot'], type: 'investment' },
      { parties: ['Polestar', 'StoreDot'], type: 'investment', roles: { investor: ['Polestar'], investee: ['StoreDot'] } },
      { parties: ['Ola Electric', 'StoreDot'], type: 'investment' },
      { parties: ['Toyota Tsusho', 'Ascend Elements'], type: 'investment', roles: { investor: ['Toyota Tsusho'], investee: ['Ascend Elements'] } },
      { parties: ['Korea Zinc', 'LG Chem'], type: 'supply', roles: { supplier: ['Korea Zinc'], customer: ['LG Chem'] } },
      { parties: ['Panasonic Energy', 'Lucid'], type: 'supply' },
      { parties: ['Panasonic Energy', 'Subaru'], type: 'supply' },
      { parties: ['Lithium Werks', 'Reliance New Energy'], type: 'acquisition', roles: { target: ['Lithium Werks'], acquirer: ['Reliance New Energy'] } },
      { parties: ['JSW Group', 'SAIC Motor'], type: 'acquisition', roles: { buyer: ['JSW Group'], seller: ['SAIC Motor'] } },
    ],
    reject: [{ parties: ['Panasonic Energy', 'Lucid', 'Subaru'] }, { parties: ['JSW Group', 'JSW MG Motor India'] }],
  },
  {
    name: "a report by others that a deal was agreed is no deal ('A local media report that Sumitomo Metal Mining had agreed to buy nickel ore from Harita Nickel was \"groundless\"'); makers a ranking says overtook one are no parties ('overtaken by CALB, Gotion and EVE Energy'); makers that agreed to standardise something are partners",
    text: 'A local media report that Sumitomo Metal Mining had agreed to buy nickel ore from Harita Nickel was "groundless", the Japanese company said. Panasonic slipped to eighth place in the ranking of EV battery suppliers, overtaken by CALB, Gotion and EVE Energy. Hyundai Mobis, LG Energy Solution, SK On and Samsung SDI agreed on Wednesday to standardise safety-test protocols for battery packs.',
    expect: [{ parties: ['Hyundai Mobis', 'LG Energy Solution', 'SK On', 'Samsung SDI'], type: 'partnership' }],
    reject: [{ parties: ['Sumitomo Metal Mining', 'Harita Nickel'] }, { parties: ['Panasonic', 'CALB'] }, { parties: ['Panasonic', 'EVE Energy'] }],
  },
  {
    name: "goods a customer relies on a supplier for, an aside between ('Tesla\\'s storage business, which sells Megapack units, has relied heavily on China\\'s CATL for LFP cells'); a supplier named as someone's battery partner ('Panasonic Energy remains Tesla\\'s main battery partner'); what was left of a company bought ('Hyroad Energy Inc. has bought what was left of Nikola Corp.'); a partner bought out of a venture; a parent before its unit's venture ('…, and its truck unit Iveco and Nikola set up a joint venture'); a site after adjectives is no party ('its stake in a third, nearly finished Ultium Cells plant'); talks that produced no agreement",
    text: "Tesla's storage business, which sells Megapack and Powerwall units, has relied heavily on China's CATL for LFP cells. Japan's Panasonic Energy remains Tesla's main battery partner. Hyroad Energy Inc. has bought what was left of Nikola Corp., paying $3.85 million. CNH Industrial invested $250 million in 2019, and its truck unit Iveco and Nikola set up a joint venture in Ulm, Germany; Iveco bought Nikola out of the venture in 2023. GM agreed to sell its stake in a third, nearly finished Ultium Cells plant to LG Energy Solution. The programme covers talks that did not produce a signed agreement between Toyota and Nissan.",
    expect: [
      { parties: ['Tesla', 'CATL'], type: 'supply', roles: { customer: ['Tesla'], supplier: ['CATL'] } },
      { parties: ['Panasonic Energy', 'Tesla'], type: 'supply', roles: { supplier: ['Panasonic Energy'], customer: ['Tesla'] } },
      { parties: ['Hyroad Energy', 'Nikola'], type: 'acquisition' },
      { parties: ['Iveco', 'Nikola'], type: 'joint_venture' },
      { parties: ['Iveco', 'Nikola'], type: 'acquisition', roles: { buyer: ['Iveco'], seller: ['Nikola'] } },
      { parties: ['General Motors', 'LG Energy Solution'], type: 'acquisition' },
    ],
    reject: [{ parties: ['CNH Industrial', 'Iveco', 'Nikola'] }, { parties: ['General Motors', 'LG Energy Solution', 'Ultium Cells'] }, { parties: ['Toyota', 'Nissan'] }],
  },
  {
    name: "companies that became members of an industry body made no deal of each other ('SK On and EcoPro BM became members of the Global Battery Alliance')",
    text: 'SK On and EcoPro BM became members of the Global Battery Alliance on Thursday, joining more than 150 companies.',
    expect: [],
    reject: [{ parties: ['SK On', 'EcoPro BM'] }],
  },
];
