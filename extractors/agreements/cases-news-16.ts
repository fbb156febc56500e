/**
 * A sixteenth set of agreement case rows in the shapes of business news (cases.ts joins them
 * with the others): each row against a defect that fresh text showed (seeds/agreements/README.md,
 * 1.2.27).
 */
import type { AgreementExpectation, Case } from '../cases.ts';

type AgreementCase = Case<AgreementExpectation>;

export const ja: AgreementCase[] = [
  {
    name: 'parallel pairs whose verb comes after a comma or それぞれ (「AはBに、CはDに、それぞれ…を発注した」「AはBから、CはDから…を仕入れる契約をそれぞれ結んだ」): a deal per pair; a purchase price is no purchase',
    text: 'ＪＲ東日本は日立製作所に、ＪＲ西日本は川崎車両に、それぞれ蓄電池電車を発注した。東京ガスはパナソニックから、大阪ガスは京セラから、家庭用蓄電池を仕入れる契約をそれぞれ結んだ。\n\n関西電力は、京セラ製品の仕入れ価格の引き上げを受け入れた。',
    expect: [
      { parties: ['East Japan Railway', 'Hitachi'], type: 'supply', roles: { customer: ['East Japan Railway'], supplier: ['Hitachi'] } },
      { parties: ['West Japan Railway', 'Kawasaki Railcar Manufacturing'], type: 'supply' },
      { parties: ['Tokyo Gas', 'Panasonic'], type: 'supply', roles: { customer: ['Tokyo Gas'], supplier: ['Panasonic'] } },
      { parties: ['Osaka Gas', 'Kyocera'], type: 'supply' },
    ],
    reject: [{ parties: ['East Japan Railway', 'Kawasaki Railcar Manufacturing'] }, { parties: ['Tokyo Gas', 'Kyocera'] }, { parties: ['Kansai Electric Power', 'Kyocera'] }],
  },
  {
    name: 'a share issue the company carried out, taken up by each subscriber (「Xが実施した増資を、AとBがそれぞれ引き受けた」「…増資には、AのほかBも出資者として加わった」「Xが発表した…第三者割当増資では、AとBが新株を引き受けた」), past a place note after the name (「（東京・港）」)',
    text: '電池スタートアップのパワーエックスが実施した増資を、伊藤忠商事と東京ガスがそれぞれ引き受けた。\n\nパワーエックスが10日までに実施した増資には、三井物産のほか丸紅も出資者として加わった。\n\nパワーエックス（東京・港）が発表した50億円の第三者割当増資では、三菱商事と住友商事が新株を引き受けた。',
    expect: [
      { parties: ['Itochu', 'PowerX'], type: 'investment', roles: { investor: ['Itochu'], investee: ['PowerX'] } },
      { parties: ['Tokyo Gas', 'PowerX'], type: 'investment' },
      { parties: ['Mitsui & Co.', 'PowerX'], type: 'investment' },
      { parties: ['Marubeni', 'PowerX'], type: 'investment' },
      { parties: ['Mitsubishi Corporation', 'PowerX'], type: 'investment' },
      { parties: ['Sumitomo Corporation', 'PowerX'], type: 'investment' },
    ],
    reject: [{ parties: ['Itochu', 'Tokyo Gas'] }],
  },
  {
    name: 'goods a maker developed, adopted by a list with its count (「…を、A、B、Cの3社が相次いで採用した」) or at a buyer\'s site in the passive (「…が、Bの変電所で採用された」); goods fitted to what B builds (「…が、BとCでそれぞれ建造中の貨物船に搭載される」), to homes A sells (「Aが売り出す新築住宅には、B製の…が搭載される」)',
    text: 'ＴＤＫが開発したコンデンサーを、デンソー、アイシン、ボッシュの3社が相次いで採用した。日本ガイシが開発したNAS電池が、東北電力の変電所で採用された。\n\n東芝の蓄電池システムが、今治造船とジャパンマリンユナイテッドでそれぞれ建造中の貨物船に搭載されることが決まった。積水ハウスが売り出す新築住宅には、ニチコン製のV2H機器が標準で搭載される。',
    expect: [
      { parties: ['TDK', 'Denso'], type: 'supply', roles: { supplier: ['TDK'], customer: ['Denso'] } },
      { parties: ['TDK', 'Aisin'], type: 'supply' },
      { parties: ['TDK', 'Bosch'], type: 'supply' },
      { parties: ['NGK Insulators', 'Tohoku Electric Power'], type: 'supply', roles: { supplier: ['NGK Insulators'], customer: ['Tohoku Electric Power'] } },
      { parties: ['Toshiba', 'Imabari Shipbuilding'], type: 'supply' },
      { parties: ['Toshiba', 'Japan Marine United'], type: 'supply' },
      { parties: ['Sekisui House', 'Nichicon'], type: 'supply', roles: { customer: ['Sekisui House'], supplier: ['Nichicon'] } },
    ],
    reject: [{ parties: ['Denso', 'Aisin'] }, { parties: ['Imabari Shipbuilding', 'Japan Marine United'] }],
  },
  {
    name: 'an owner\'s ships built by a yard (「Aの新造フェリー2隻は、Bが建造する」「Aが…就航を目指す電気推進船は、Bの手で建造される」); a part of a buyer\'s site supplied (「Aが運用を始めた…システムのうち、…はBが納入した」); an order told as a noun (「AによるBへの…の発注」)',
    text: '商船三井の新造フェリー2隻は、三菱重工業が建造する。日本郵船が2027年の就航を目指す電気推進船は、今治造船の手で建造される。\n\n九州電力が運用を始めた蓄電池システムのうち、パワーコンディショナーは明電舎が納入した。西武鉄道による日立製作所への新型車両40両の発注は、同社として過去最大となる。',
    expect: [
      { parties: ['Mitsui O.S.K. Lines', 'Mitsubishi Heavy Industries'], type: 'supply', roles: { customer: ['Mitsui O.S.K. Lines'], supplier: ['Mitsubishi Heavy Industries'] } },
      { parties: ['NYK Line', 'Imabari Shipbuilding'], type: 'supply' },
      { parties: ['Meidensha', 'Kyushu Electric Power'], type: 'supply', roles: { supplier: ['Meidensha'], customer: ['Kyushu Electric Power'] } },
      { parties: ['Seibu Railway', 'Hitachi'], type: 'supply', roles: { customer: ['Seibu Railway'], supplier: ['Hitachi'] } },
    ],
  },
  {
    name: 'a partner in a cleft (「Aが組むのはBだ」); a digest line with 「＝」 and an unlabelled date field (「製造＝A　納入先＝B／C　契約＝…」); a supplier chosen by several buyers, its role told first (「…の発注先に、AとBはそろってXを選んだ」)',
    text: '東京ガスが組むのは日立製作所だ。\n\n■急速充電器　製造＝ダイヘン　納入先＝京王電鉄／小田急電鉄　契約＝2026年6月\n\n電動バス10台の発注先に、西武鉄道と東武鉄道はそろってＢＹＤを選んだ。',
    expect: [
      { parties: ['Tokyo Gas', 'Hitachi'], type: 'partnership' },
      { parties: ['Daihen', 'Keio Corporation'], type: 'supply' },
      { parties: ['Daihen', 'Odakyu Electric Railway'], type: 'supply' },
      { parties: ['Seibu Railway', 'BYD'], type: 'supply', roles: { customer: ['Seibu Railway'], supplier: ['BYD'] } },
      { parties: ['Tobu Railway', 'BYD'], type: 'supply' },
    ],
    reject: [{ parties: ['Keio Corporation', 'Odakyu Electric Railway'] }, { parties: ['Seibu Railway', 'Tobu Railway'] }],
  },
  {
    name: 'shareholdings told in passing (「Aの持分法適用会社であるB」「Bは、Aが3割を出資する会社だ」); a partner that joined the topic\'s development (「開発にはBも加わり」); a venture\'s founders after its name (「Xは、AとBが折半出資で設けた…会社で」)',
    text: 'トヨタ自動車の持分法適用会社であるデンソーは、新工場を建てる。\n\n充電サービスのイーモビリティパワーは、東京電力ホールディングスが3割を出資する会社だ。\n\nＴＤＫは焼成炉を公開した。開発にはパナソニックも加わり、両社で仕上げた。\n\nイーモビリティパワーは、東京電力ホールディングスと中部電力が折半出資で設けた会社で、充電網を運営する。',
    expect: [
      { parties: ['Toyota', 'Denso'], type: 'investment', date: null, roles: { investor: ['Toyota'], investee: ['Denso'] } },
      { parties: ['TEPCO', 'e-Mobility Power'], type: 'investment' },
      { parties: ['TDK', 'Panasonic'], type: 'co_development' },
      { parties: ['TEPCO', 'Chubu Electric Power'], type: 'joint_venture' },
    ],
    reject: [{ parties: ['TEPCO', 'Chubu Electric Power', 'e-Mobility Power'] }],
  },
  {
    name: 'work for a client\'s plant, the provider before the work (「Aが建設を進める…工場は、Bが設計から施工までを請け負った」), the site told with について; work given out (「…の設計と据え付けをBに委託する」: the subject is the client); equipment maintained in the passive (「Aが…置いた…設備は、Bによって保守されている」)',
    text: 'トヨタ自動車が建設を進める電池工場は、大林組が設計から施工までを請け負った。ＪＥＲＡが建設する蓄電所について、据え付けを東芝が請け負う。\n\n関西電力は、蓄電所の設計と据え付けを日立製作所に委託する契約を結んだ。東京メトロが駅に置いた蓄電池設備は、明電舎によって保守されている。',
    expect: [
      { parties: ['Obayashi', 'Toyota'], type: 'technical_service', roles: { provider: ['Obayashi'], client: ['Toyota'] } },
      { parties: ['Toshiba', 'JERA'], type: 'technical_service' },
      { parties: ['Kansai Electric Power', 'Hitachi'], type: 'technical_service', roles: { client: ['Kansai Electric Power'], provider: ['Hitachi'] } },
      { parties: ['Meidensha', 'Tokyo Metro'], type: 'technical_service', roles: { provider: ['Meidensha'], client: ['Tokyo Metro'] } },
    ],
  },
  {
    name: 'a company bought, its name in quotes after its kind (「…メーカー「X」を買収」); a stake bought from its holder is a purchase of buyer and seller (「Bから…の権益49%を取得」)',
    text: 'ヤマハ発動機、米国の電動船外機メーカー「ピュアウォーター」を買収\n\nＪＥＲＡは、三井物産から洋上風力発電所の権益49%を取得した。',
    expect: [
      { parties: ['Yamaha Motor', 'ピュアウォーター'], type: 'acquisition' },
      { parties: ['JERA', 'Mitsui & Co.'], type: 'acquisition', roles: { buyer: ['JERA'], seller: ['Mitsui & Co.'] } },
    ],
  },
  {
    name: 'a partner chosen, told in a cleft (「パートナーに選んだのはBで」: the topic\'s partner); a client\'s work done by a provider in the passive (「Bの…保守業務は、Aによって担われている」)',
    text: 'コベルコ建機は電動ショベルの欧州投入を急ぐ。パートナーに選んだのは伊藤忠商事で、欧州での販売網を共同で築く。\n\nエネチェンジの急速充電器の保守業務は、今年4月からエクシオグループによって担われている。',
    expect: [
      { parties: ['Kobelco Construction Machinery', 'Itochu'], type: 'partnership' },
      { parties: ['Exeo Group', 'ENECHANGE'], type: 'technical_service', roles: { provider: ['Exeo Group'], client: ['ENECHANGE'] } },
    ],
  },
  {
    name: 'partners of a clause without a subject, each with its own deal (「AとXで、BとYで、それぞれ覚書を交わした」): each signs with the company the text goes on about, not with the other; a holding its holder is said to hold, bought back (「Bが持つXの株式49.9%を買い戻した」: buyer and seller)',
    text: '日産自動車はインドで事業を広げる。パナソニックと電池の回収で、ENEOSと充電網の整備で、それぞれ覚書を交わした。\n\nトヨタ自動車は、デンソーが持つアイシンの株式20%を買い戻した。',
    expect: [
      { parties: ['Nissan', 'Panasonic'], type: 'mou' },
      { parties: ['Nissan', 'ENEOS'], type: 'mou' },
      { parties: ['Toyota', 'Denso'], type: 'acquisition', roles: { buyer: ['Toyota'], seller: ['Denso'] } },
    ],
    reject: [{ parties: ['Panasonic', 'ENEOS'] }, { parties: ['Toyota', 'Denso', 'Aisin'] }],
  },
];

export const en: AgreementCase[] = [
  {
    name: 'counted goods of a maker bought, ordered or delivered ("ordered 50 battery-electric Volvo trucks", "has taken delivery of 30 electric Kenworth T680Es", "…, which bought hundreds of Tesla Model 3s", "the purchase of 1,000 Rivian EDV vans"); shares bought are no goods',
    text: 'DHL ordered 50 battery-electric Volvo trucks for its hubs. FedEx has taken delivery of 30 electric Kenworth T680Es. Hertz, which bought hundreds of Tesla Model 3s for its fleet, is cutting its EV count. Amazon\'s purchase of 1,000 Rivian EDV vans was the biggest order.\n\nToyota bought 10 million Panasonic shares last year.',
    expect: [
      { parties: ['DHL', 'Volvo Cars'], type: 'supply', roles: { customer: ['DHL'], supplier: ['Volvo Cars'] } },
      { parties: ['FedEx', 'Kenworth'], type: 'supply' },
      { parties: ['Hertz', 'Tesla'], type: 'supply', roles: { customer: ['Hertz'], supplier: ['Tesla'] } },
      { parties: ['Amazon', 'Rivian'], type: 'supply' },
    ],
    reject: [{ parties: ['Toyota', 'Panasonic'] }],
  },
  {
    name: 'vehicles to come from makers ("Half of A\'s 40 battery trains will come from B and half from C", "Buses for A and B will come from C"); goods built by a maker for a buyer ("built by B for A", "locomotives for A are being built by B")',
    text: 'Half of Deutsche Bahn\'s 40 battery trains will come from Alstom and half from Siemens. Buses for Arriva and Transdev will come from Irizar under two contracts.\n\nCoradia trains built by Alstom for SNCF entered service on Monday. Battery locomotives for DB Cargo are being built by Siemens in Munich.',
    expect: [
      { parties: ['Deutsche Bahn', 'Alstom'], type: 'supply', roles: { customer: ['Deutsche Bahn'], supplier: ['Alstom'] } },
      { parties: ['Deutsche Bahn', 'Siemens'], type: 'supply' },
      { parties: ['Arriva', 'Irizar'], type: 'supply' },
      { parties: ['Transdev', 'Irizar'], type: 'supply' },
      { parties: ['SNCF', 'Alstom'], type: 'supply', date: null },
      { parties: ['DB Cargo', 'Siemens'], type: 'supply' },
    ],
    reject: [{ parties: ['Alstom', 'Siemens'] }, { parties: ['Arriva', 'Transdev'] }],
  },
  {
    name: 'customers after a colon ("has its first two fleet customers: A and B"); funding that came from investors; orders shared one to each supplier; a counted order placed with a maker ("has gone to B for 40 electric buses"); the speaker\'s goods ordered ("B said A had ordered 12 of its trains")',
    text: 'Rivian\'s electric van has its first two fleet customers: Amazon and DHL. Lilium\'s new funding came from two of its partners, Tencent and Honeywell.\n\nDuke Energy handed out two storage orders, one to Wartsila for a 50 MW site and one to Tesla for a smaller system. This time Transdev has gone to Irizar for 40 electric buses. Alstom said SNCF had ordered 12 of its trains.',
    expect: [
      { parties: ['Rivian', 'Amazon'], type: 'supply', roles: { supplier: ['Rivian'], customer: ['Amazon'] } },
      { parties: ['Rivian', 'DHL'], type: 'supply' },
      { parties: ['Tencent', 'Lilium'], type: 'investment', roles: { investor: ['Tencent'], investee: ['Lilium'] } },
      { parties: ['Honeywell', 'Lilium'], type: 'investment' },
      { parties: ['Duke Energy', 'Wärtsilä'], type: 'supply' },
      { parties: ['Duke Energy', 'Tesla'], type: 'supply' },
      { parties: ['Transdev', 'Irizar'], type: 'supply', roles: { customer: ['Transdev'], supplier: ['Irizar'] } },
      { parties: ['SNCF', 'Alstom'], type: 'supply', roles: { customer: ['SNCF'], supplier: ['Alstom'] } },
    ],
    reject: [{ parties: ['Amazon', 'DHL'] }, { parties: ['Tencent', 'Honeywell'] }, { parties: ['Wärtsilä', 'Tesla'] }],
  },
  {
    name: 'deals told in relative clauses and appositions ("whose plant gets its cathode material from B", "B, the bus builder that A chose for …", "whose largest shareholder is A", "B, the firm chosen by A to design …", "whose battery packs are assembled by B", "B, in which A has invested")',
    text: 'Northvolt, whose Skelleftea plant gets its cathode material from Umicore, raised more debt. Irizar, the Spanish bus builder that Transdev chose for a 100-bus order, says deliveries will slip. Northvolt, whose largest shareholder is Volkswagen, opened a plant.\n\nWorley, the engineering firm chosen by Albemarle to design its planned plant, said work would finish in March. Rivian, whose battery packs are assembled by Samsung SDI, cut its forecast. Sila Nanotechnologies, in which Mercedes-Benz has invested, opened a plant.',
    expect: [
      { parties: ['Northvolt', 'Umicore'], type: 'supply', roles: { customer: ['Northvolt'], supplier: ['Umicore'] } },
      { parties: ['Transdev', 'Irizar'], type: 'supply' },
      { parties: ['Volkswagen', 'Northvolt'], type: 'investment', roles: { investor: ['Volkswagen'], investee: ['Northvolt'] } },
      { parties: ['Albemarle', 'Worley'], type: 'technical_service', roles: { client: ['Albemarle'], provider: ['Worley'] } },
      { parties: ['Rivian', 'Samsung SDI'], type: 'supply', roles: { customer: ['Rivian'], supplier: ['Samsung SDI'] } },
      { parties: ['Mercedes-Benz', 'Sila Nanotechnologies'], type: 'investment' },
    ],
  },
  {
    name: 'a provider appointed to run an asset ("has appointed B to operate its battery"; a person appointed to a board is none); goods leased from B; a yard picked on a weekday to build; vehicles handed over to a buyer',
    text: 'RWE has appointed Wartsila to operate its 100 MW battery under a five-year contract. Tesla appointed Robyn Denholm to its board.\n\nUber has agreed to lease 2,000 electric cars for its drivers from Hertz. Stena Line picked Damen on Tuesday to build two battery ferries. Volvo handed over the first of 40 electric trucks to DHL on Monday.',
    expect: [
      { parties: ['RWE', 'Wärtsilä'], type: 'technical_service', roles: { client: ['RWE'], provider: ['Wärtsilä'] } },
      { parties: ['Uber', 'Hertz'], type: 'supply', roles: { customer: ['Uber'], supplier: ['Hertz'] } },
      { parties: ['Stena Line', 'Damen Shipyards'], type: 'supply' },
      { parties: ['Volvo Cars', 'DHL'], type: 'supply', roles: { supplier: ['Volvo Cars'], customer: ['DHL'] } },
    ],
  },
  {
    name: 'a group anaphor in an absolute phrase after the deal ("…, with the two companies developing motorcycles together") names no party: "it" keeps the sentence\'s subject',
    text: 'Hero MotoCorp has grown beyond its home market. In April 2021 it formed a partnership with Gogoro, and in September 2022 it agreed to invest up to $60 million in Zero Motorcycles, with the two companies developing electric motorcycles together.',
    expect: [
      { parties: ['Hero MotoCorp', 'Gogoro'], type: 'partnership' },
      { parties: ['Hero MotoCorp', 'Zero Motorcycles'], type: 'investment', roles: { investor: ['Hero MotoCorp'], investee: ['Zero Motorcycles'] } },
    ],
    reject: [{ parties: ['Gogoro', 'Zero Motorcycles'] }],
  },
  {
    name: 'goods a maker is building for a buyer, in a relative clause ("The 48 electric coaches that B is building for A"); a company bought, told in passing ("X, which A acquired, is …"; not "which A bought a stake in"); investors a round brought in ("in a round that brought in A and B as shareholders")',
    text: 'The 40 electric buses that Irizar is building for Arriva will enter service next year. Cascadia Motion, which BorgWarner acquired, is supplying a drive system. Northvolt, which Volvo bought a stake in, is hiring.\n\nNorthvolt raised EUR 12 million in a round that brought in Safran and Arkema as shareholders.',
    expect: [
      { parties: ['Arriva', 'Irizar'], type: 'supply', roles: { customer: ['Arriva'], supplier: ['Irizar'] } },
      { parties: ['BorgWarner', 'Cascadia Motion'], type: 'acquisition', date: null, roles: { acquirer: ['BorgWarner'], target: ['Cascadia Motion'] } },
      { parties: ['Safran', 'Northvolt'], type: 'investment', roles: { investor: ['Safran'], investee: ['Northvolt'] } },
      { parties: ['Arkema', 'Northvolt'], type: 'investment' },
    ],
    reject: [{ parties: ['Volvo Cars', 'Northvolt'], type: 'acquisition' }, { parties: ['Safran', 'Arkema'] }],
  },
  {
    name: '"the three manufacturers" for three companies named in the sentence before; an offtake of a producer\'s output ("agreed to take all the ferronickel from B\'s project"); a contract won for goods at a buyer\'s site, the rival beaten no party',
    text: 'Ekoenergetyka, Heliox and Kempower put their rivalry aside in Brussels. The three manufacturers signed a memorandum to test their chargers.\n\nGlencore agreed in 2019 to take all the ferronickel from Horizonte Minerals\' Araguaia project. Kempower edged out ABB E-mobility to win the contract for megawatt chargers at Milence\'s first hubs in Spain.',
    expect: [
      { parties: ['Ekoenergetyka-Polska', 'Heliox', 'Kempower'], type: 'mou' },
      { parties: ['Glencore', 'Horizonte Minerals'], type: 'supply', roles: { customer: ['Glencore'], supplier: ['Horizonte Minerals'] } },
      { parties: ['Kempower', 'Milence'], type: 'supply', roles: { supplier: ['Kempower'], customer: ['Milence'] } },
    ],
    reject: [{ parties: ['ABB E-mobility', 'Milence'] }],
  },
  {
    name: 'ventures: owned in stated shares respectively; a 50-50 company being created; one told in passing ("the venture that A set up with B"); new shares subscribed ("has subscribed to a capital increase at B"); a share of a portfolio sold',
    text: 'Toyota and Panasonic will own 51% and 49% respectively of a new company making batteries. Toyota and Denso are creating a 50-50 company to build chips. A fire halted the plant of the battery venture that Stellantis set up with Samsung SDI.\n\nTotalEnergies has subscribed to a capital increase at Sonnen. Orsted has agreed to sell 50% of its offshore wind portfolio to Allianz.',
    expect: [
      { parties: ['Toyota', 'Panasonic'], type: 'joint_venture' },
      { parties: ['Toyota', 'Denso'], type: 'joint_venture' },
      { parties: ['Stellantis', 'Samsung SDI'], type: 'joint_venture', date: null },
      { parties: ['TotalEnergies', 'sonnen'], type: 'investment', roles: { investor: ['TotalEnergies'], investee: ['sonnen'] } },
      { parties: ['Ørsted', 'Allianz'], type: 'acquisition' },
    ],
  },
];
