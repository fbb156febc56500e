/**
 * An eighteenth set of agreement case rows in the shapes of business news (cases.ts joins them
 * with the others): each row against a defect that fresh text showed (seeds/agreements/README.md,
 * 1.2.29).
 */
import type { AgreementExpectation, Case } from '../cases.ts';

type AgreementCase = Case<AgreementExpectation>;

export const ja: AgreementCase[] = [
  {
    name: 'a document signed with an aim in view is signed (「…の供給を視野に入れた趣意書（LOI）を交わした」); a plan only in view is not (「…との提携を視野に入れている」)',
    text: '住友化学株式会社は18日、フィンランドのバルメット・オートモーティブと、電池用正極材の供給を視野に入れた趣意書（LOI）を交わしたと発表した。\n\n三井金属は、フォルシアとの提携を視野に入れている。',
    expect: [{ parties: ['Sumitomo Chemical', 'バルメット・オートモーティブ'], type: 'loi' }],
    reject: [{ parties: ['Mitsui Kinzoku', 'Forvia'] }],
  },
  {
    name: 'a company described as one an investor backs, with a place and a kind of company between (「豊田通商が出資する豪州のリチウム開発会社イオニア」: a place\'s name after a kind of company is the company\'s)',
    text: '豊田通商が出資する豪州のリチウム開発会社イオニアは、米ネバダ州の鉱山で建設工事に着手した。',
    expect: [{ parties: ['Toyota Tsusho', 'イオニア'], type: 'investment', roles: { investor: ['Toyota Tsusho'], investee: ['イオニア'] } }],
  },
  {
    name: 'a Chinese company written as registered, its place read by kuromoji as a place, is a party (「中科海鈉が山西華陽集団と合弁会社を設けて」: 設ける sets a company up)',
    text: '中科海鈉は2022年に山西華陽集団と合弁会社を設けて量産に乗り出した。',
    expect: [{ parties: ['HiNa Battery', '山西華陽'], type: 'joint_venture' }],
  },
  {
    name: 'the topic defined as the company its owners set up with their money, a note and a time between (「X（読み、東京・港）は、2019年にAとBが共同出資で設立した会社だ」): the owners\' venture, the topic no founder; an investment left in limbo is none (「ZFの出資も宙に浮いた」)',
    text: '充電網を運営する株式会社e-Mobility Power（イーモビリティパワー、東京・港）は、2019年に東京電力ホールディングスと中部電力が共同出資で設立した会社だ。\n\nWolfspeedは2024年10月、ザールラント州の工場計画を棚上げし、ZFの出資も宙に浮いた。',
    expect: [{ parties: ['TEPCO', 'Chubu Electric Power'], type: 'joint_venture' }],
    reject: [{ parties: ['TEPCO', 'Chubu Electric Power', 'e-Mobility Power'] }, { parties: ['Wolfspeed', 'ZF'] }],
  },
  {
    name: 'the buyers named as where a maker\'s goods are delivered (「UACJが受注した…の納入先は、本田技研工業とマツダの2社だ」); five makers counted that put money into a new company, words between (「…の5社が出資し、…をシェアする新会社「Gachaco」が発足した」); a start-up its investors back is an investment of each, no venture (「三洋化成工業と大林組が出資する全固体電池スタートアップのAPB」)',
    text: 'UACJが新たに受注した電池ケース用アルミ押出材の納入先は、本田技研工業とマツダの2社だ。\n\nENEOSホールディングス、本田技研工業、カワサキモータース、スズキ、ヤマハ発動機の5社が出資し、電動二輪車の交換式電池をシェアする新会社「Gachaco（ガチャコ）」が発足した。\n\n三洋化成工業と大林組が出資する全固体電池スタートアップのAPBは、新工場で量産を始めた。',
    expect: [
      { parties: ['UACJ', 'Honda'], type: 'supply', roles: { supplier: ['UACJ'], customer: ['Honda'] } },
      { parties: ['UACJ', 'Mazda'], type: 'supply' },
      { parties: ['ENEOS', 'Honda', 'Kawasaki Motors', 'Suzuki', 'Yamaha Motor'], type: 'joint_venture' },
      { parties: ['Sanyo Chemical Industries', 'APB'], type: 'investment', roles: { investor: ['Sanyo Chemical Industries'], investee: ['APB'] } },
      { parties: ['Obayashi', 'APB'], type: 'investment' },
    ],
    reject: [{ parties: ['Sanyo Chemical Industries', 'Obayashi'] }],
  },
  {
    name: 'a name after a country and its bracketed short name is a party (「アイシンとタイのエナジー・アブソリュート（EA）は…合弁工場を建設することで合意」); a dated step after a dated one is a deal of its own (「24年7月には…長期供給契約を結び、25年2月には同社に…を出資した」); a purpose before a deal with a subject of its own is no deal (「独VWの…を採用するため、インドのエクサイドは…」)',
    text: 'アイシンとタイのエナジー・アブソリュート（EA）は、同国に駆動ユニットの合弁工場を建設することで合意した。\n\nパナソニックエナジーは24年7月にはヌーボー・モンド・グラファイトと正式な長期供給契約を結び、25年2月には同社に約2500万ドルを出資した。\n\n独フォルクスワーゲンのセルと同じ角形サイズを採用するため、インドのエクサイド・エナジー・ソリューションズは中国の瑞浦蘭鈞能源（REPT）からセル製造技術のライセンスを受ける契約を結んだ。\n\nトヨタとパナソニックは、電池を共同開発するため、合弁会社を設立した。',
    expect: [
      { parties: ['Aisin', 'エナジー・アブソリュート'], type: 'joint_venture' },
      { parties: ['Panasonic Energy', 'Nouveau Monde Graphite'], type: 'supply' },
      { parties: ['Panasonic Energy', 'Nouveau Monde Graphite'], type: 'investment' },
      { parties: ['エクサイド・エナジー・ソリューションズ', 'REPT Battero'], type: 'licensing' },
      { parties: ['Toyota', 'Panasonic'], type: 'joint_venture', roles: { founder: ['Toyota', 'Panasonic'] } },
    ],
    reject: [{ parties: ['エクサイド・エナジー・ソリューションズ', 'Volkswagen'] }],
  },
  {
    name: 'a mining lease bought from its owner (「ポスコホールディングスは2018年、豪ギャラクシー・リソーシズから…塩湖の鉱区を2億8000万ドルで取得した」): the buyer and the seller',
    text: '韓国のポスコホールディングスは2018年、豪ギャラクシー・リソーシズ（Galaxy Resources）からアルゼンチンの塩湖の鉱区を2億8000万ドルで取得した。',
    expect: [{ parties: ['POSCO', 'Galaxy Resources'], type: 'acquisition', roles: { buyer: ['POSCO'], seller: ['Galaxy Resources'] } }],
  },
  {
    name: 'a maker\'s goods adopted by counted buyers, in the passive (「信越化学工業が開発したシリコン系負極材が、A、B、Cの3社に採用される」); shipments to each buyer starting, the maker the story\'s (「SKオン向けは25年秋、サムスンSDI向けは26年春に出荷を始める」); the topic set up by its owners\' money, in the passive (「ノヴォ・エナジーは、ボルボ・カーズとノースボルトの折半出資により設立された」)',
    text: '信越化学工業が開発したシリコン系負極材が、トヨタ自動車、本田技研工業、日産自動車の3社に採用されることが決まった。\n\nレゾナックが韓国勢から相次ぎ受注した。SKオン向けは25年秋、サムスンSDI向けは26年春に出荷を始める。\n\nスウェーデンの電池会社ノヴォ・エナジーは、ボルボ・カーズとノースボルトの折半出資により22年に設立された。',
    expect: [
      { parties: ['Shin-Etsu Chemical', 'Toyota'], type: 'supply', roles: { supplier: ['Shin-Etsu Chemical'], customer: ['Toyota'] } },
      { parties: ['Shin-Etsu Chemical', 'Honda'], type: 'supply' },
      { parties: ['Shin-Etsu Chemical', 'Nissan'], type: 'supply' },
      { parties: ['Resonac', 'SK On'], type: 'supply', roles: { supplier: ['Resonac'], customer: ['SK On'] } },
      { parties: ['Resonac', 'Samsung SDI'], type: 'supply' },
      { parties: ['Volvo Cars', 'Northvolt'], type: 'joint_venture' },
    ],
    reject: [{ parties: ['Toyota', 'Honda', 'Nissan'] }, { parties: ['ノヴォ・エナジー', 'Volvo Cars', 'Northvolt'] }],
  },
  {
    name: 'a matter the deal is about or rivals it chases open the sentence, no parties (「米アルベマールが権益を手放した…鉱山を巡り、MinResは…」「先行するテスラとGMを追い、現代自動車は…」)',
    text: '米アルベマールが権益を手放した西豪州のリチウム鉱山を巡り、豪ミネラル・リソーシズ（MinRes）は韓国のポスコホールディングスと長期の引き取り（オフテイク）契約を結んだ。\n\n米国のEV市場で先行するテスラとゼネラル・モーターズ（GM）を追い、現代自動車は韓国のLGエナジーソリューションから米国工場向け電池を追加調達することで合意した。',
    expect: [
      { parties: ['Mineral Resources', 'POSCO'], type: 'supply' },
      { parties: ['Hyundai Motor', 'LG Energy Solution'], type: 'supply', roles: { customer: ['Hyundai Motor'], supplier: ['LG Energy Solution'] } },
    ],
    reject: [{ parties: ['Albemarle', 'POSCO'] }, { parties: ['Hyundai Motor', 'Tesla'] }],
  },
];

export const en: AgreementCase[] = [
  {
    name: 'a customer named as such, in an aside or as the predicate ("Scania, the truckmaker that was Northvolt\'s first customer"); goods shown by one company, developed with another ("unveiled a cell developed with Stockholm-based Altris"): their co-development',
    text: 'Scania, the Volkswagen-owned truckmaker that was Northvolt\'s first customer, has continued to take cells from the trustee. Northvolt unveiled a sodium-ion cell developed with Stockholm-based Altris AB in November 2023.',
    expect: [
      { parties: ['Scania', 'Northvolt'], type: 'supply', roles: { customer: ['Scania'], supplier: ['Northvolt'] } },
      { parties: ['Northvolt', 'Altris'], type: 'co_development' },
    ],
    reject: [{ parties: ['Volkswagen', 'Northvolt'] }],
  },
  {
    name: 'a maker\'s goods built for a customer, told in an aside about it ("Rivian, which builds electric delivery vans for Amazon, said …"); not its own goods ("which builds its own cells for the Cybertruck")',
    text: 'Rivian, which builds electric delivery vans for Amazon, said on Thursday it would cut about 4% of its workforce. Tesla, which builds its own cells for the Cybertruck at Panasonic\'s former site, said sales fell.',
    expect: [{ parties: ['Rivian', 'Amazon'], type: 'supply', roles: { supplier: ['Rivian'], customer: ['Amazon'] } }],
    reject: [{ parties: ['Tesla', 'Panasonic'] }],
  },
  {
    name: 'a company whose site it is is no party of a deal made there ("to assemble cars at a former Nissan plant in Barcelona"), but a reference can still name it ("at a Honda Motor plant … from the automaker\'s joint venture with GS Yuasa"); "A and B incorporated X" is their venture; a group described by its leaders is none ("Chinese suppliers led by CATL and BYD")',
    text: 'Chery Automobile signed a joint venture agreement with Spain\'s Ebro EV Motors on Friday to assemble cars at a former Nissan plant in Barcelona. Hyundai Motor Group and LG Energy Solution incorporated HLI Green Power in Karawang, Indonesia, each taking a 50% stake. Chinese suppliers led by CATL and BYD Co. control about 80% of the global EV battery market.',
    expect: [
      { parties: ['Chery', 'Ebro EV Motors'], type: 'joint_venture' },
      { parties: ['Hyundai Motor Group', 'LG Energy Solution'], type: 'joint_venture' },
    ],
    reject: [{ parties: ['Chery', 'Ebro EV Motors', 'Nissan'] }, { parties: ['CATL', 'BYD'] }],
  },
  {
    name: 'a shareholding told in an aside is no package with the deal of the sentence ("Amazon.com Inc, which owns about 16% of the company, has ordered 100,000 vans from Rivian": the holding and the order, two records)',
    text: 'Rivian has collected powerful backers before. Amazon.com Inc, which owns about 16% of the company, has ordered 100,000 electric delivery vans from Rivian.',
    expect: [
      { parties: ['Amazon', 'Rivian'], type: 'investment', roles: { investor: ['Amazon'], investee: ['Rivian'] } },
      { parties: ['Amazon', 'Rivian'], type: 'supply', roles: { customer: ['Amazon'], supplier: ['Rivian'] } },
    ],
  },
  {
    name: 'the subject\'s own takeover told in an opening phrase ("Since its acquisition by Shell, German home-battery maker Sonnen has …": Shell is a company there); a list member after "as well as to" and a kind of company ("as well as to Indian bus maker Olectra Greentech")',
    text: 'Since its acquisition by Shell, German home-battery maker Sonnen has installed more than 100,000 storage systems. Microvast has won orders to supply battery systems to Daimler Truck, as well as to Indian bus maker Olectra Greentech, the company said.',
    expect: [
      { parties: ['Shell', 'sonnen'], type: 'acquisition', roles: { acquirer: ['Shell'], target: ['sonnen'] } },
      { parties: ['Microvast', 'Daimler Truck'], type: 'supply' },
      { parties: ['Microvast', 'Olectra Greentech'], type: 'supply', roles: { supplier: ['Microvast'], customer: ['Olectra Greentech'] } },
    ],
  },
  {
    name: 'goods from a company\'s site delivered to buyers ("Lithium hydroxide from Piedmont Lithium\'s Carolina project will be delivered to Tesla and LG Energy Solution"); goods a company uses, bought from a named seller ("where LG Chem stores nickel intermediate bought from Indonesia\'s Nickel Industries")',
    text: 'Lithium hydroxide from Piedmont Lithium\'s Carolina project will be delivered to Tesla and LG Energy Solution under contracts disclosed on Friday. A fire broke out at a warehouse in Ulsan where LG Chem stores nickel intermediate bought from Indonesia\'s Nickel Industries under a long-term contract.',
    expect: [
      { parties: ['Piedmont Lithium', 'Tesla'], type: 'supply', roles: { supplier: ['Piedmont Lithium'], customer: ['Tesla'] } },
      { parties: ['Piedmont Lithium', 'LG Energy Solution'], type: 'supply' },
      { parties: ['LG Chem', 'Nickel Industries'], type: 'supply', roles: { customer: ['LG Chem'], supplier: ['Nickel Industries'] } },
    ],
    reject: [{ parties: ['Tesla', 'LG Energy Solution'] }],
  },
  {
    name: 'holders named in an aside ("Indonesia Battery Corporation, in which state miner Aneka Tambang and oil company Pertamina each hold a 25% stake"; not a venture\'s split "in which A holds 51% and B 49%") or as the predicate ("are among the new shareholders of Lohum Cleantech"): one investment each, the holders no pair',
    text: 'Indonesia Battery Corporation, in which state miner Aneka Tambang and oil company Pertamina each hold a 25% stake, said it would start building a cell plant. Mitsubishi Corp and Hindalco Industries are among the new shareholders of Lohum Cleantech after the recycler sold 11% of its equity to the two groups.',
    expect: [
      { parties: ['Aneka Tambang', 'Indonesia Battery Corporation'], type: 'investment', roles: { investor: ['Aneka Tambang'], investee: ['Indonesia Battery Corporation'] } },
      { parties: ['Pertamina', 'Indonesia Battery Corporation'], type: 'investment' },
      { parties: ['Mitsubishi Corporation', 'Lohum'], type: 'investment' },
      { parties: ['Hindalco Industries', 'Lohum'], type: 'investment' },
    ],
    reject: [{ parties: ['Mitsubishi Corporation', 'Hindalco Industries'] }, { parties: ['Aneka Tambang', 'Pertamina'] }],
  },
  {
    name: 'a dispute ended by a deal is no deal ended ("ended their patent dispute with a cross-licensing agreement"); a place and its state between commas stays in the aside ("which sells graphite from its Vidalia, Louisiana, plant to Tesla, signed offtake agreements with Ford"); the sponsor of an event that opens the sentence is no party; a region after a country\'s possessive is a place ("Chile\'s Atacama salt flat")',
    text: 'LG Energy Solution and Sunwoda Electronic ended their patent dispute on Friday with a cross-licensing agreement. Syrah Resources, which already sells graphite from its Vidalia, Louisiana, plant to Tesla, signed offtake agreements with Ford Motor and SK On on Wednesday. At an investment forum in Riyadh sponsored by Saudi Aramco, Ma\'aden signed a memorandum of understanding with Ivanhoe Electric. Codelco and SQM launched NovaAndino Litio, the joint venture that will run lithium operations in Chile\'s Atacama salt flat.',
    expect: [
      { parties: ['LG Energy Solution', 'Sunwoda'], type: 'licensing' },
      { parties: ['Syrah Resources', 'Tesla'], type: 'supply', roles: { supplier: ['Syrah Resources'], customer: ['Tesla'] } },
      { parties: ['Syrah Resources', 'Ford'], type: 'supply' },
      { parties: ['Syrah Resources', 'SK On'], type: 'supply' },
      { parties: ["Ma'aden", 'Ivanhoe Electric'], type: 'mou' },
      { parties: ['Codelco', 'SQM'], type: 'joint_venture' },
    ],
    reject: [{ parties: ['Tesla', 'Ford'] }, { parties: ['Saudi Aramco', "Ma'aden", 'Ivanhoe Electric'] }, { parties: ['Codelco', 'SQM', 'Atacama'] }],
  },
  {
    name: 'design wins at makers, told in an aside about the supplier ("Qualcomm, which has racked up design wins at General Motors and Mercedes-Benz"); a licence in an aside about the licensor ("Arm, whose instruction-set architecture Qualcomm licenses"); a takeover told as a noun of its buyer ("over Qualcomm\'s $1.4 billion takeover of Nuvia": not the suing company\'s)',
    text: 'Qualcomm Inc., which has racked up design wins at General Motors and Mercedes-Benz with its Snapdragon platform, remains the company to beat. Arm, whose instruction-set architecture Qualcomm licenses for its Snapdragon chips, sued in 2022 over Qualcomm\'s $1.4 billion takeover of Nuvia the previous year.',
    expect: [
      { parties: ['Qualcomm', 'General Motors'], type: 'supply', roles: { supplier: ['Qualcomm'], customer: ['General Motors'] } },
      { parties: ['Qualcomm', 'Mercedes-Benz'], type: 'supply' },
      { parties: ['Arm', 'Qualcomm'], type: 'licensing', roles: { licensor: ['Arm'], licensee: ['Qualcomm'] } },
      { parties: ['Qualcomm', 'Nuvia'], type: 'acquisition', roles: { acquirer: ['Qualcomm'], target: ['Nuvia'] } },
    ],
    reject: [{ parties: ['Arm', 'Nuvia'] }],
  },
  {
    name: 'a commentator named with its kind is no party ("a deal that consultancy Benchmark Mineral Intelligence said would tighten supply")',
    text: 'Pilbara Minerals signed a three-year spodumene supply agreement with Chinese lithium processor Yahua Group, a deal that consultancy Benchmark Mineral Intelligence said would tighten supply for rival buyers.',
    expect: [{ parties: ['Pilbara Minerals', 'Yahua Industrial'], type: 'supply' }],
    reject: [{ parties: ['Pilbara Minerals', 'Yahua Industrial', 'Benchmark Mineral Intelligence'] }],
  },
  {
    name: 'a licence paid for ("Freyr Battery will pay 24M Technologies $20 million up front for a licence"); a backer in an apposition ("Redwood Materials, the Amazon-backed recycler"); goods bought from a maker in an opening phrase ("Powered by sodium-ion cells bought from HiNa Battery, JAC Motors\' new hatchback …"); a site taken over from its owner ("Onsemi has taken ownership of GlobalFoundries\' fab"); a venture named in passing ("that Tianqi Lithium runs through its venture with IGO"); an order awarded with a figure ("has awarded a 6.3-gigawatt-hour battery storage order to Samsung SDI")',
    text: 'Norway\'s Freyr Battery will pay 24M Technologies $20 million up front for a licence to its semi-solid cell process. Redwood Materials, the Amazon-backed recycler, opened a cathode plant on Wednesday. Powered by sodium-ion cells bought from HiNa Battery, JAC Motors\' new Yiwei hatchback will go on sale in the spring. Onsemi has taken ownership of GlobalFoundries\' 300-millimetre fab in East Fishkill, New York. Bushfires forced the evacuation of a refinery in Kwinana that Tianqi Lithium runs through its venture with IGO. NextEra Energy has awarded a 6.3-gigawatt-hour battery storage order to Samsung SDI.',
    expect: [
      { parties: ['FREYR Battery', '24M Technologies'], type: 'licensing', roles: { licensee: ['FREYR Battery'], licensor: ['24M Technologies'] } },
      { parties: ['Amazon', 'Redwood Materials'], type: 'investment', roles: { investor: ['Amazon'], investee: ['Redwood Materials'] } },
      { parties: ['HiNa Battery', 'JAC Motors'], type: 'supply', roles: { supplier: ['HiNa Battery'], customer: ['JAC Motors'] } },
      { parties: ['onsemi', 'GlobalFoundries'], type: 'acquisition' },
      { parties: ['Tianqi Lithium', 'IGO'], type: 'joint_venture' },
      { parties: ['NextEra Energy', 'Samsung SDI'], type: 'supply', roles: { customer: ['NextEra Energy'], supplier: ['Samsung SDI'] } },
    ],
  },
];
