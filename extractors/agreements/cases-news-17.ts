/**
 * A seventeenth set of agreement case rows in the shapes of business news (cases.ts joins them
 * with the others): each row against a defect that fresh text showed (seeds/agreements/README.md,
 * 1.2.28).
 */
import type { AgreementExpectation, Case } from '../cases.ts';

type AgreementCase = Case<AgreementExpectation>;

export const ja: AgreementCase[] = [
  {
    name: 'goods a maker developed or makes, told as the topic and adopted or taken in full by buyers (「Aが開発した…は、BとCの2社が採用を決めた」「Aが…工場で生産する電池は、Bが全量を引き取る」); a topic company\'s orders to a supplier as a noun (「Aは、Bへの発注を積み増す」)',
    text: '日立建機が開発した電動ショベルは、鹿島建設と大林組の2社が採用を決めた。ホンダがオハイオ州の工場で生産する電池は、いすゞ自動車が全量を引き取る。\n\n米フォードは、SKオンへの発注を積み増す。',
    expect: [
      { parties: ['Hitachi Construction Machinery', 'Kajima'], type: 'supply', roles: { supplier: ['Hitachi Construction Machinery'], customer: ['Kajima'] } },
      { parties: ['Hitachi Construction Machinery', 'Obayashi'], type: 'supply' },
      { parties: ['Honda', 'Isuzu'], type: 'supply', roles: { supplier: ['Honda'], customer: ['Isuzu'] } },
      { parties: ['Ford', 'SK On'], type: 'supply', roles: { customer: ['Ford'], supplier: ['SK On'] } },
    ],
    reject: [{ parties: ['Kajima', 'Obayashi'] }],
  },
  {
    name: 'a contract won from a customer (「納入契約をBから獲得」: the winner supplies B); a bare contract "also" with others one after another (「CとDとも相次いで契約を結んだ」): the same kind of deal, one per partner',
    text: 'パナソニックエナジーは、北米向け電池の納入契約をトヨタ自動車から獲得したのに続き、スバルとマツダとも相次いで契約を結んだ。',
    expect: [
      { parties: ['Panasonic Energy', 'Toyota'], type: 'supply', roles: { supplier: ['Panasonic Energy'], customer: ['Toyota'] } },
      { parties: ['Panasonic Energy', 'Subaru'], type: 'supply', roles: { supplier: ['Panasonic Energy'], customer: ['Subaru'] } },
      { parties: ['Panasonic Energy', 'Mazda'], type: 'supply' },
    ],
    reject: [{ parties: ['Panasonic Energy', 'Subaru', 'Mazda'] }],
  },
  {
    name: '同社 that owns its clause\'s topic (「同社の筆頭株主はトヨタ自動車で」) is the company the text goes on about, not the partner named last; a paragraph whose subject is 同社 goes on with 同社\'s company, not the story\'s lead',
    text: '豊田通商は調達先の多様化も進める。2021年6月には豪アイオニアと、炭酸リチウムを購入する引き取り契約を結んだ。同社の筆頭株主はトヨタ自動車で、約22%を出資する。\n\nホンダは電池の調達先を地域ごとに分けている。\n\nGSユアサにとってEV向けは因縁のある分野だ。同社は2007年、三菱商事、三菱自動車工業と合弁でリチウムエナジー ジャパンを設立し、三菱自の「i-MiEV」向けに電池を供給した。',
    expect: [
      { parties: ['Toyota', 'Toyota Tsusho'], type: 'investment', roles: { investor: ['Toyota'], investee: ['Toyota Tsusho'] } },
      { parties: ['GS Yuasa', 'Mitsubishi Motors'], type: 'supply', roles: { supplier: ['GS Yuasa'], customer: ['Mitsubishi Motors'] } },
    ],
    reject: [{ parties: ['Honda', 'Mitsubishi Motors'] }],
  },
  {
    name: 'a company 両社 own together is their venture (「両社が出資するX」, as 「AとBが出資するX」); a maker described by the customer it makes goods for (「米テスラ向け電池を生産するB」: B supplies Tesla; Tesla no party of the clause\'s supply)',
    text: '日産自動車と住友商事は、両社が出資するフォーアールエナジーを通じて蓄電池事業を拡大すると発表した。\n\n住友金属鉱山は米テスラ向け電池を生産するパナソニック エナジーにも正極材を供給している。',
    expect: [
      { parties: ['Nissan', 'Sumitomo Corporation'], type: 'joint_venture', date: null },
      { parties: ['Panasonic Energy', 'Tesla'], type: 'supply', date: null, roles: { supplier: ['Panasonic Energy'], customer: ['Tesla'] } },
      { parties: ['Sumitomo Metal Mining', 'Panasonic Energy'], type: 'supply', roles: { supplier: ['Sumitomo Metal Mining'], customer: ['Panasonic Energy'] } },
    ],
    reject: [{ parties: ['Nissan', '4R Energy'] }, { parties: ['Sumitomo Metal Mining', 'Tesla'] }],
  },
  {
    name: 'a holder\'s share of a company bought (「XのB保有分を取得」): an acquisition of buyer and seller, with the buyer named or the one the text goes on about; the company no party',
    text: 'トヨタ自動車は、プライムアースEVエナジーのパナソニック保有分を取得した。\n\nトヨタ自動車は電池事業を再編した。プライムアースEVエナジーのパナソニック保有分を取得して完全子会社化した。',
    expect: [{ parties: ['Toyota', 'Panasonic'], type: 'acquisition', roles: { buyer: ['Toyota'], seller: ['Panasonic'] } }],
    reject: [{ parties: ['Toyota', 'Primearth EV Energy'] }],
  },
  {
    name: 'a clause that opens with a market (「中国では…と戦略提携を結んだ」) goes on with the paragraph\'s company, past an aside about another',
    text: 'トヨタは地域ごとに電池の調達先を分けている。北米ではパナソニックと2022年に合弁会社を設立することで合意した。合弁会社のプライムアースEVエナジーは量産を始めた。中国では比亜迪（BYD）と2020年に包括的な戦略提携を結んだ。',
    expect: [
      { parties: ['Toyota', 'Panasonic'], type: 'joint_venture' },
      { parties: ['Toyota', 'BYD'], type: 'strategic_partnership' },
    ],
    reject: [{ parties: ['Primearth EV Energy', 'BYD'] }],
  },
  {
    name: 'a partner chosen in the dative (「…の提携先に独BMWを選び、基本合意書を交わした」); a buyer\'s goods ordered from a maker in the passive (「日本郵船の…向けのエンジンは、Bに発注された」)',
    text: 'トヨタ自動車は、燃料電池事業の提携先に独BMWを選び、基本合意書を交わした。\n\n日本郵船の自動車運搬船向けのアンモニア燃料エンジンは、ジャパンエンジンコーポレーションに発注された。',
    expect: [
      { parties: ['Toyota', 'BMW'] },
      { parties: ['NYK Line', 'Japan Engine Corporation'], type: 'supply', roles: { customer: ['NYK Line'], supplier: ['Japan Engine Corporation'] } },
    ],
  },
  {
    name: 'a company\'s shares bought from its holders (「AはBとCから、X株を15%ずつ買い取る」): one acquisition of buyer and sellers, X no party; a parent named before what it owns (「親会社である仏エア・リキードの技術を活用し」) is no supplier; rivals a market falls behind (「…に大きく水をあけられている」) are no parties',
    text: '今治造船は、JFEホールディングスとIHIから、ジャパンマリンユナイテッド株を15%ずつ買い取る。\n\n日本エア・リキードは、親会社である仏エア・リキードの水素液化技術を活用し、プラントの設計を担う。\n\n日本の新造船受注量は中国船舶集団（CSSC）や韓国のHD現代重工業に大きく水をあけられている。',
    expect: [{ parties: ['Imabari Shipbuilding', 'JFE Holdings', 'IHI'], type: 'acquisition', roles: { buyer: ['Imabari Shipbuilding'], seller: ['JFE Holdings', 'IHI'] } }],
    reject: [{ parties: ['Imabari Shipbuilding', 'Japan Marine United'] }, { parties: ['Air Liquide Japan', 'Air Liquide'] }, { parties: ['China State Shipbuilding Corporation', 'HD Hyundai Heavy Industries'] }],
  },
  {
    name: 'the subject\'s ventures listed with their partners (「Aは、Bとの合弁X、Cとの合弁Yを持つ」): one per partner, the ventures no founders; a partner\'s share bought in a plant told before (「…第3工場について、Bの持ち分を取得」): an acquisition of buyer and seller',
    text: 'ステランティスはこのほか、サムスンSDIとの合弁StarPlus Energy、LGエナジーソリューションとの合弁NextStar Energyを北米に持つ。\n\nLGエナジーソリューションは昨年12月、米ゼネラル・モーターズとの合弁会社アルティウム・セルズが建設していた第3工場について、ゼネラル・モーターズの持ち分を取得した。',
    expect: [
      { parties: ['Stellantis', 'Samsung SDI'], type: 'joint_venture', date: null },
      { parties: ['Stellantis', 'LG Energy Solution'], type: 'joint_venture', date: null },
      { parties: ['LG Energy Solution', 'General Motors'], type: 'acquisition', roles: { buyer: ['LG Energy Solution'], seller: ['General Motors'] } },
    ],
    reject: [{ parties: ['Stellantis', 'Samsung SDI', 'StarPlus Energy', 'LG Energy Solution'] }, { parties: ['Ultium Cells', 'General Motors'] }],
  },
  {
    name: 'from b81: a memorandum then the contract it led to (「…覚書を結んだのを受け、…供給契約を締結した」) are two records; a continuative verb and a date open a second act (「…量産を始め、4月には日産自動車と…供給契約を結んだ」); shipments to a customer that grew (「B向けセパレーターの出荷が伸び」); a deal only near (「合意間近」) is none; a customer whose supply two makers compete for is no party (「日産自動車向けの電池供給を巡ってパナソニックエナジーと競ってきたLGES」)',
    text: 'パナソニックエナジーは、23年にマツダと電池供給に関する覚書を結んだのを受け、25年3月に正式な供給契約を締結した。\n\nSKオンは1月、現代自動車と米ジョージア州に建てた合弁工場で電池の量産を始め、4月には日産自動車と米国向けEV電池の供給契約を結んだ。\n\n東レは10日発表した決算で、韓国のLGエナジーソリューション向けセパレーターの出荷が伸びたと明らかにした。韓国メディアは、SKオンがトヨタ自動車と電池供給で合意間近だと報じた。',
    expect: [
      { parties: ['Panasonic Energy', 'Mazda'], type: 'mou' },
      { parties: ['Panasonic Energy', 'Mazda'], type: 'supply' },
      { parties: ['SK On', 'Hyundai Motor'], type: 'joint_venture' },
      { parties: ['SK On', 'Nissan'], type: 'supply', roles: { supplier: ['SK On'], customer: ['Nissan'] } },
      { parties: ['Toray', 'LG Energy Solution'], type: 'supply', roles: { supplier: ['Toray'], customer: ['LG Energy Solution'] } },
    ],
    reject: [{ parties: ['SK On', 'Hyundai Motor', 'Nissan'] }, { parties: ['SK On', 'Toyota'] }],
  },
  {
    name: 'digest lines with × between the pair and no bullet (「CATL×理想汽車：LFP電池の長期供給」), or with a day after the bullet (「・4日 トヨタ自動車×出光興産：…合弁会社設立で合意」): one deal per line',
    text: '寧徳時代新能源科技（CATL）の24年の主な受注は次の通り。\nCATL×理想汽車：LFP電池の長期供給\nCATL×ステランティス：欧州小型車向けLFPセルの供給\n\n【4月の主な提携】\n・4日　トヨタ自動車×出光興産：固体電解質の合弁会社設立で合意\n・11日　ホンダ×GSユアサ：リチウムイオン電池の共同開発契約',
    expect: [
      { parties: ['CATL', 'Li Auto'], type: 'supply' },
      { parties: ['CATL', 'Stellantis'], type: 'supply' },
      { parties: ['Toyota', 'Idemitsu Kosan'], type: 'joint_venture' },
      { parties: ['Honda', 'GS Yuasa'], type: 'co_development' },
    ],
  },
];

export const en: AgreementCase[] = [
  {
    name: 'a group that reports the deal names no one new ("A and B will source X from C, the two companies said"); a country\'s possessive before a member of a venture\'s owners ("a 50:50 joint venture of America\'s A and South Korea\'s B"), the clause\'s subject no founder',
    text: 'LG Energy Solution and SK On will source lithium from Albemarle, the two companies said.\n\nHonda opened a line on Monday with technology from Ultium Cells, a 50:50 joint venture of America\'s General Motors and South Korea\'s LG Energy Solution.',
    expect: [
      { parties: ['LG Energy Solution', 'Albemarle'], type: 'supply', roles: { customer: ['LG Energy Solution'], supplier: ['Albemarle'] } },
      { parties: ['SK On', 'Albemarle'], type: 'supply' },
      { parties: ['General Motors', 'LG Energy Solution'], type: 'joint_venture' },
    ],
    reject: [{ parties: ['LG Energy Solution', 'SK On'] }, { parties: ['Honda', 'General Motors', 'LG Energy Solution'] }],
  },
  {
    name: 'a company formed with a partner is the venture, no founder ("Toyota, which formed Primearth EV Energy with Panasonic", "Toyota set up X with B"); built by two "as a joint venture"; owners that "will each own a third of a new company"',
    text: 'Toyota, which formed Primearth EV Energy with Panasonic in 1996, bought out its partner.\n\nSiemens Mobility said that 12 trains would be built by Stadler and CAF as a joint venture. Hitachi, Toshiba and Mitsubishi Electric will each own a third of a new company that will develop power chips.',
    expect: [
      { parties: ['Toyota', 'Panasonic'], type: 'joint_venture', roles: { founder: ['Toyota', 'Panasonic'] } },
      { parties: ['Stadler Rail', 'CAF'], type: 'joint_venture' },
      { parties: ['Hitachi', 'Toshiba', 'Mitsubishi Electric'], type: 'joint_venture' },
    ],
    reject: [{ parties: ['Toyota', 'Primearth EV Energy', 'Panasonic'] }, { parties: ['Siemens Mobility', 'Stadler Rail'] }],
  },
  {
    name: 'suppliers chosen past a relative clause on the customer and a date ("A, whose … plant is due to …, picked B and C in March 2024 to supply"); a first customer "with B as its first customer" is no investee; a group a company is "part of" is no party; customers of a maker told after a copula ("Among the customers of A\'s new cells are B and C")',
    text: 'Stellantis, whose Mirafiori plant is due to start building the 500e, picked CATL and Samsung SDI in March 2024 to supply the cells.\n\nPanasonic said it would invest $4 billion in a plant in Kansas, with Tesla as its first customer there.\n\nFord signed a deal with Kia and Nissan Motor, part of the Renault group, on Monday. Among the customers of Panasonic\'s new 4680 cells are Tesla and Lucid Group.',
    expect: [
      { parties: ['Stellantis', 'CATL'], type: 'supply', roles: { customer: ['Stellantis'], supplier: ['CATL'] } },
      { parties: ['Stellantis', 'Samsung SDI'], type: 'supply' },
      { parties: ['Panasonic', 'Tesla'], type: 'supply', roles: { supplier: ['Panasonic'], customer: ['Tesla'] } },
      { parties: ['Lucid', 'Panasonic'], type: 'supply', roles: { customer: ['Lucid'], supplier: ['Panasonic'] } },
    ],
    reject: [{ parties: ['Panasonic', 'Tesla'], type: 'investment' }, { parties: ['Ford', 'Kia', 'Nissan', 'Renault'] }, { parties: ['Ford', 'Renault'] }],
  },
  {
    name: 'a stake taken in an owner\'s project "from the U.S. company": the owner sells it (an acquisition of buyer and owner)',
    text: 'Mitsui & Co. said it would take a 30% interest in Albemarle\'s Wodgina lithium project from the U.S. company for $500 million.',
    expect: [{ parties: ['Mitsui & Co.', 'Albemarle'], type: 'acquisition' }],
  },
  {
    name: 'work with a partner on a technology, past a date ("has worked since 2021 with Idemitsu Kosan on sulfide solid electrolytes"); a company two hold in stated shares, in passing ("X, in which A holds 50% and B holds 50%"): a venture of the owners, X no founder',
    text: 'Toyota has worked since 2021 with Idemitsu Kosan on sulfide solid electrolytes.\n\nThe plant is run by Ultium Cells, in which General Motors holds 50% and LG Energy Solution holds 50%.',
    expect: [
      { parties: ['Toyota', 'Idemitsu Kosan'], type: 'co_development' },
      { parties: ['General Motors', 'LG Energy Solution'], type: 'joint_venture', date: null },
    ],
    reject: [{ parties: ['Ultium Cells', 'General Motors'] }, { parties: ['Ultium Cells', 'LG Energy Solution'] }],
  },
  {
    name: 'a company\'s person names it still ("the chief executive of A said the company\'s joint venture with B"); an adviser "Advised by X" is no party; a company formed "in 2020 as a 51:49 battery venture" is the venture; a buyer that "awarded B a contract … for" equipment; framework contracts with makers "for transformers"',
    text: 'The chief executive of Toyota Tsusho said the company\'s joint venture with Panasonic would start production in 2026.\n\nAdvised by Morgan Stanley, Mitsubishi Corporation agreed to raise its stake in Lawson to 50%. Toyota and Panasonic formed Prime Planet Energy & Solutions in 2020 as a 51:49 battery venture.\n\nRWE awarded Siemens Energy a contract worth 1 billion euros for offshore converter stations. E.ON, which has framework contracts with ABB and Hitachi Energy for transformers, said its spending would rise.',
    expect: [
      { parties: ['Toyota Tsusho', 'Panasonic'], type: 'joint_venture' },
      { parties: ['Mitsubishi Corporation', 'Lawson'], type: 'investment' },
      { parties: ['Toyota', 'Panasonic'], type: 'joint_venture' },
      { parties: ['RWE', 'Siemens Energy'], type: 'supply', roles: { customer: ['RWE'], supplier: ['Siemens Energy'] } },
      { parties: ['E.ON', 'ABB'], type: 'supply' },
      { parties: ['E.ON', 'Hitachi Energy'], type: 'supply' },
    ],
    reject: [{ parties: ['Morgan Stanley', 'Lawson'] }, { parties: ['Toyota', 'Panasonic', 'Prime Planet Energy & Solutions'] }],
  },
  {
    name: 'holders that sell a stake in a company to a buyer ("A and the Japanese company agreed to sell a combined 14% of X to B": one acquisition, the reference not the name listed with it); a company two hold in stated shares written gapped ("A holds 51% of X and B 49%"); a project "developed by A together with a unit of China\'s B"; a customer counted after "and" by a referenced subject; a venture run or set up "with" a partner in a relative clause or after "and"',
    text: 'Sumitomo Metal Mining kept its stake. In February 2024, Vale Canada Ltd and the Japanese company agreed to sell a combined 14% of PT Vale Indonesia to MIND ID.\n\nSamsung SDI holds 51% of StarPlus Energy and Stellantis 49%. The project, which is being developed by state miner Aneka Tambang together with a unit of China\'s CATL, covers mining and cells.\n\nSamsung SDI said its sales rose. The Korean battery maker also supplies prismatic cells to BMW from its plant in Hungary, and counts Rivian among its U.S. customers.\n\nLG Energy Solution, which also runs Ultium Cells with General Motors, is preparing to start its Ohio venture with Honda. Gotion High-Tech built a plant in Kenitra, and set up Gotion InoBat Batteries with Slovakia\'s InoBat in June 2024.',
    expect: [
      { parties: ['Vale Canada', 'Sumitomo Metal Mining', 'MIND ID'], type: 'acquisition', roles: { seller: ['Vale Canada', 'Sumitomo Metal Mining'], buyer: ['MIND ID'] } },
      { parties: ['Samsung SDI', 'Stellantis'], type: 'joint_venture', date: null },
      { parties: ['Aneka Tambang', 'CATL'], type: 'joint_venture' },
      { parties: ['Samsung SDI', 'BMW'], type: 'supply' },
      { parties: ['Samsung SDI', 'Rivian'], type: 'supply', roles: { supplier: ['Samsung SDI'], customer: ['Rivian'] } },
      { parties: ['LG Energy Solution', 'General Motors'], type: 'joint_venture' },
      { parties: ['LG Energy Solution', 'Honda'], type: 'joint_venture' },
      { parties: ['Gotion High-Tech', 'InoBat'], type: 'joint_venture' },
    ],
    reject: [{ parties: ['Samsung SDI', 'StarPlus Energy'] }, { parties: ['Vale Canada', 'MIND ID'] }, { parties: ['LG Energy Solution', 'Ultium Cells', 'General Motors'] }],
  },
  {
    name: 'a contract dated by its year that was ended ("terminated a 2022 contract to supply cells to B") was signed all the same (RECORDS.md §4; not talks ended); a deal named by its pair ("The Nissan–Panasonic battery deal"); goods made by a maker for a buyer "under a contract signed on Friday": one deal with its date, the contract no second record',
    text: 'Northvolt said on Friday it had terminated a 2022 contract to supply cells to Scania, blaming weak demand. Freyr said it had terminated talks to supply cells to Koch.\n\nThe Nissan–Panasonic battery deal, worth about $1 billion, is the largest this year. Modules for Rivian\'s R2 will be made by LG Energy Solution at a plant in Arizona, under a contract signed on Friday.',
    expect: [
      { parties: ['Northvolt', 'Scania'], type: 'supply', roles: { supplier: ['Northvolt'], customer: ['Scania'] } },
      { parties: ['Nissan', 'Panasonic'] },
      { parties: ['Rivian', 'LG Energy Solution'], type: 'supply', roles: { customer: ['Rivian'], supplier: ['LG Energy Solution'] } },
    ],
    reject: [{ parties: ['Rivian', 'LG Energy Solution'], type: 'partnership' }, { parties: ['FREYR Battery', 'Koch'] }],
  },
  {
    name: 'from b80: a maker whose goods power a customer\'s products; buyers that signed on as customers for a seller\'s output; owners that will each own half of a named new company; new shares bought in a company; a site "that it bought from" its seller; names in a ", whose …," aside are no parties of the clause; a deal with a maker "for cells" follows the value chain for its roles',
    text: 'Sila Nanotechnologies, whose silicon-anode materials power Mercedes-Benz\'s G-Class, raised funds. Duke Energy and Dominion Energy have signed on as customers for capacity from Fluence\'s new battery projects.\n\nToyota and Denso will each own half of Mirise Technologies, a new company that will develop chips. SK On will buy 100 billion won of new shares in EcoPro BM through a private placement. Freyr will hire 100 workers at the plant in Georgia that it bought from Trina Solar in 2024.\n\nRivian, whose strategy has drawn scrutiny since Tesla switched to LFP cells, signed a deal with LG Energy Solution for cylindrical cells.',
    expect: [
      { parties: ['Sila Nanotechnologies', 'Mercedes-Benz'], type: 'supply', roles: { supplier: ['Sila Nanotechnologies'], customer: ['Mercedes-Benz'] } },
      { parties: ['Duke Energy', 'Fluence Energy'], type: 'supply', roles: { customer: ['Duke Energy'], supplier: ['Fluence Energy'] } },
      { parties: ['Dominion Energy', 'Fluence Energy'], type: 'supply' },
      { parties: ['Toyota', 'Denso'], type: 'joint_venture' },
      { parties: ['SK On', 'EcoPro BM'], type: 'investment', roles: { investor: ['SK On'], investee: ['EcoPro BM'] } },
      { parties: ['FREYR Battery', 'Trina Solar'], type: 'acquisition', roles: { buyer: ['FREYR Battery'], seller: ['Trina Solar'] } },
      { parties: ['Rivian', 'LG Energy Solution'], type: 'supply', roles: { customer: ['Rivian'], supplier: ['LG Energy Solution'] } },
    ],
    reject: [{ parties: ['Tesla', 'LG Energy Solution'] }, { parties: ['Toyota', 'Mirise Technologies'] }],
  },
  {
    name: 'from art57: buyers that extend their offtake from a miner\'s project, one record per buyer (a miner is upstream of anyone); the company two formed "under an agreement" is no party; a name in a ", part of the … pledge X made" apposition is none; a plant owned in part "with the rest held by B" is a venture of the two; "the mining group" is the miner named before',
    text: 'Lynas said on Tuesday that Toyota Tsusho and Sojitz had agreed to extend their offtake of rare earths from its Mount Weld project.\n\nIn North America, Stellantis and Samsung SDI formed StarPlus Energy under an agreement signed on May 24, 2022. POSCO Holdings signed a memorandum of understanding in April 2025 to take a stake in Hyundai Steel\'s planned mill in Louisiana, part of the $21 billion U.S. investment pledge Hyundai Motor Group made.\n\nToyota Tsusho owns 25% of a lithium hydroxide plant at Naraha, with the rest held by Rio Tinto. The mining group also bought Arcadium Lithium in March.',
    expect: [
      { parties: ['Lynas Rare Earths', 'Toyota Tsusho'], type: 'supply' },
      { parties: ['Lynas Rare Earths', 'Sojitz'], type: 'supply' },
      { parties: ['Stellantis', 'Samsung SDI'], type: 'joint_venture' },
      { parties: ['POSCO', 'Hyundai Steel'], type: 'mou' },
      { parties: ['Toyota Tsusho', 'Rio Tinto'], type: 'joint_venture', date: null },
      { parties: ['Rio Tinto', 'Arcadium Lithium'], type: 'acquisition' },
    ],
    reject: [{ parties: ['Lynas Rare Earths', 'Toyota Tsusho', 'Sojitz'] }, { parties: ['Stellantis', 'Samsung SDI', 'StarPlus Energy'] }, { parties: ['POSCO', 'Hyundai Steel', 'Hyundai Motor'] }, { parties: ['Toyota Tsusho', 'Arcadium Lithium'] }],
  },
  {
    name: 'from b81: a tender lost is no deal; buyers that pool their purchases, makers that run a joint line (partnerships); goods "which A will make for B"; "A\'s $1 billion investment in B"; a buyer "whose battery packs use cells that B has supplied"; "the X unit of B was acquired by A"; a stake bought ", buying the shares from B"; names in an opening participle\'s phrase ("Speaking a day after Tesla cut prices, …") are no parties; the maker a pair develops products for is none; "…, said on Thursday it would also provide cells to A and B": the sentence\'s subject supplies each',
    text: 'Freyr said it had lost a tender to supply cells for Volvo Cars\' next EVs. BMW, Audi and Stellantis agreed to pool their purchases of battery-grade nickel from Indonesia. Sumitomo Metal Mining and JX Metals said they would run a joint battery-recycling line at Niihama from 2027.\n\nThe cells, which Panasonic will make for Mazda at its plant in Kansas, will power the next CX-50. Honda\'s $1 billion investment in L&F, the South Korean cathode maker, will help, analysts said. Rivian, whose battery packs use cells that Samsung SDI has supplied since 2021, cut its forecast. The battery unit of Astemo was acquired by Denso for about 30 billion yen.\n\nIdemitsu Kosan took a 10% stake in Lithium Americas, buying the shares from General Motors. Speaking a day after Tesla cut prices, Hyundai Motor\'s chief executive said the group had signed a contract to buy cells from CATL. Denso and Aisin will jointly develop inverters for Toyota Motor\'s next-generation EVs. Panasonic Energy, which already supplies Tesla from Nevada, said on Thursday it would also provide cells to Mazda and Subaru.',
    expect: [
      { parties: ['BMW', 'Audi', 'Stellantis'], type: 'partnership' },
      { parties: ['Sumitomo Metal Mining', 'JX Metals'], type: 'partnership' },
      { parties: ['Panasonic', 'Mazda'], type: 'supply', roles: { supplier: ['Panasonic'], customer: ['Mazda'] } },
      { parties: ['Honda', 'L&F'], type: 'investment' },
      { parties: ['Rivian', 'Samsung SDI'], type: 'supply', roles: { customer: ['Rivian'], supplier: ['Samsung SDI'] } },
      { parties: ['Denso', 'Hitachi Astemo'], type: 'acquisition', roles: { buyer: ['Denso'], seller: ['Hitachi Astemo'] } },
      { parties: ['Idemitsu Kosan', 'General Motors'] },
      { parties: ['Hyundai Motor', 'CATL'], type: 'supply' },
      { parties: ['Denso', 'Aisin'], type: 'co_development' },
      { parties: ['Panasonic Energy', 'Mazda'], type: 'supply', roles: { supplier: ['Panasonic Energy'], customer: ['Mazda'] } },
      { parties: ['Panasonic Energy', 'Subaru'], type: 'supply' },
    ],
    reject: [{ parties: ['FREYR Battery', 'Volvo Cars'] }, { parties: ['Tesla', 'CATL'] }, { parties: ['Denso', 'Aisin', 'Toyota'] }, { parties: ['Mazda', 'Subaru'] }, { parties: ['Idemitsu Kosan', 'Lithium Americas'] }],
  },
  {
    name: 'from art58: a venture co-owned is no founder ("The two groups already co-own fuel-cell maker cellcentric"); a vehicle a founder acts through is none ("Cummins, through its Accelera unit,"); a venture "later named X" is no founder',
    text: 'Daimler Truck and Volvo Group signed a deal. The two groups already co-own fuel-cell maker cellcentric, set up in 2021.\n\nIn September 2023, Daimler Truck, PACCAR and engine maker Cummins, through its Accelera unit, agreed to form a battery-cell joint venture in the United States, later named Amplify Cell Technologies.',
    expect: [
      { parties: ['Daimler Truck', 'Volvo Group'] },
      { parties: ['Daimler Truck', 'PACCAR', 'Cummins'], type: 'joint_venture' },
    ],
    reject: [{ parties: ['Daimler Truck', 'Volvo Group', 'cellcentric'] }, { parties: ['Daimler Truck', 'PACCAR', 'Cummins', 'Accelera'] }],
  },
  {
    name: 'what is licensed past the reach of the verb ("agreed to license its electric powertrain and battery-management technology to B"); a customer told in an apposition ("after B, one of its main cathode customers, cut …": the sentence\'s company supplies B)',
    text: 'Lucid Group (NASDAQ: LCID) agreed to license its electric powertrain and battery-management technology to Aston Martin, the British carmaker said on Monday.\n\nShares of EcoPro BM fell 6% after Samsung SDI, one of its main cathode customers, cut its capital spending plans for the year.',
    expect: [
      { parties: ['Lucid', 'Aston Martin'], type: 'licensing', roles: { licensor: ['Lucid'], licensee: ['Aston Martin'] } },
      { parties: ['EcoPro BM', 'Samsung SDI'], type: 'supply', roles: { supplier: ['EcoPro BM'], customer: ['Samsung SDI'] } },
    ],
  },
];
