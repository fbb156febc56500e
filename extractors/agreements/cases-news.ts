/**
 * More rows of the agreement case table (cases.ts joins them to its own): sentences in the
 * shapes of business news that the seed and development articles do not hold, each written
 * against a defect it showed (seeds/agreements/README.md, 1.2.4).
 */
import type { AgreementExpectation, Case } from '../cases.ts';

type AgreementCase = Case<AgreementExpectation>;

export const ja: AgreementCase[] = [
  {
    name: 'と組み / と組んで (teaming up) is a partnership; と組んで…開発 a co-development; 組み立て is not',
    text: 'トヨタ自動車は豊田通商と組み、北米で電池の現地生産を拡大する。デンソーはアイシンと組んで電動化部品を開発する。日産は部品とモジュールを組み立てる。',
    expect: [
      { parties: ['Toyota', 'Toyota Tsusho'], type: 'partnership' },
      { parties: ['Denso', 'Aisin'], type: 'co_development' },
    ],
    reject: [{ parties: ['Nissan'] }],
  },
  {
    name: 'a research association set up by its members (研究組合を設立) is one joint venture of all of them',
    text: 'ヤマハ発動機と川崎重工業、スズキ、ホンダの4社は17日、水素エンジンの研究組合を設立した。',
    expect: [{ parties: ['Yamaha Motor', 'Kawasaki Heavy Industries', 'Suzuki', 'Honda'], type: 'joint_venture' }],
  },
  {
    name: 'an investment in passing may carry a time or a share before its verb (Aが2021年に出資したB, Aが約89%を出資するB)',
    text: 'ホンダが2021年に出資した米SESは、試作ラインを公開した。ダイムラートラックが約89%を出資する三菱ふそうは新型トラックを発表した。',
    expect: [
      { parties: ['Honda', 'SES AI'], type: 'investment' },
      { parties: ['Daimler Truck', 'Mitsubishi Fuso Truck and Bus'], type: 'investment' },
    ],
  },
  {
    name: 'a denial that anything was decided (「決まったことはない」) is no agreement',
    text: 'トヨタ自動車は、中国BYDとの新たな提携について「現時点で決まったことはない」とした。',
    expect: [],
    reject: [{}],
  },
  {
    name: 'a license of a technology the licensor developed (AはBが開発した技術のライセンス供与を受ける); Bから…を受ける as before',
    text: '村田製作所は、米ソリッドパワーが開発した固体電解質の技術について、ライセンス供与を受ける契約を結んだ。TDKは米クアンタムスケープからライセンス供与を受ける。',
    expect: [
      { parties: ['Murata Manufacturing', 'Solid Power'], type: 'licensing', roles: { licensee: ['Murata Manufacturing'], licensor: ['Solid Power'] } },
      { parties: ['TDK', 'QuantumScape'], type: 'licensing' },
    ],
  },
  {
    name: 'lowering a stake (出資比率を引き下げる) is an investment, as raising one is',
    text: 'トヨタ自動車は、デンソーに対する出資比率を20%から15%に引き下げる。',
    expect: [{ parties: ['Toyota', 'Denso'], type: 'investment' }],
  },
  {
    name: 'declining to comment on a deal reports none (「コメントする立場にない」「コメントを控えた」)',
    text: 'トヨタ自動車の社長は、ホンダと日産自動車の経営統合について「コメントする立場にない」と述べた。',
    expect: [],
    reject: [{}],
  },
  {
    name: 'shipping more to a named customer (B向けの出荷を増やした) is a supply; shipments judged unlikely (見込みにくい) are not',
    text: '住友金属鉱山はパナソニック エナジー向けの正極材の出荷を増やした。日立はホンダ向けの出荷は見込みにくいとした。',
    expect: [{ parties: ['Sumitomo Metal Mining', 'Panasonic Energy'], type: 'supply' }],
    reject: [{ parties: ['Hitachi', 'Honda'] }],
  },
  {
    name: 'taking over (part of) a business from a seller is an acquisition (Bから…事業の一部を取得したA)',
    text: '独BASFから正極材事業の一部を取得した戸田工業は、北米での生産を拡大する。',
    expect: [{ parties: ['Toda Kogyo', 'BASF'], type: 'acquisition' }],
  },
  {
    name: 'a shareholding and a joint venture in passing (Aが筆頭株主のB; AとBが共同出資するC, C discovered)',
    text: 'ソフトバンクグループが筆頭株主の中国・滴滴出行は、EV事業から撤退した。日産自動車と三菱自動車が共同出資するNMKVは、新型軽EVの開発に着手した。',
    expect: [
      { parties: ['SoftBank Group', 'DiDi'], type: 'investment' },
      { parties: ['Nissan', 'Mitsubishi Motors'], type: 'joint_venture' },
    ],
  },
  {
    name: 'a joint venture named in passing stands when its plant is paused (Bとの合弁工場の稼働を延期); a partnership ended was signed, and stays a record (RECORDS.md §4); one passed up does not',
    text: '世界的なEV需要の減速を受け、SKオンはフォード・モーターとの合弁工場の稼働を延期した。パナソニックはトヨタとの提携を解消した。ホンダはソニーとの提携を見送った。',
    expect: [
      { parties: ['SK On', 'Ford'], type: 'joint_venture', date: null },
      { parties: ['Panasonic', 'Toyota'], type: 'partnership' },
    ],
    reject: [{ parties: ['Honda', 'Sony'] }],
  },
  {
    name: 'a passive with only targets: the maker in the relative clause supplies each (Aが生産する電池は、BやCに供給される), never a deal between B and C',
    text: '韓国のLGエナジーソリューションが米アリゾナ州で生産する円筒形電池は、主に米テスラや米リビアンに供給される。',
    expect: [
      { parties: ['LG Energy Solution', 'Tesla'], type: 'supply' },
      { parties: ['LG Energy Solution', 'Rivian'], type: 'supply' },
    ],
    reject: [{ parties: ['Tesla', 'Rivian'] }],
  },
  {
    name: 'Aが出資するBとの合弁会社 is the joint venture of A and B (B is no investee)',
    text: 'トヨタ自動車が出資するパナソニックとの電池合弁会社、プライムプラネットエナジー＆ソリューションズの社長は「増産を急ぐ」と述べた。',
    expect: [{ parties: ['Toyota', 'Panasonic'], type: 'joint_venture' }],
    reject: [{ parties: ['Toyota', 'Panasonic'], type: 'investment' }],
  },
  {
    name: 'a company speaking through its officer is the subject (Xの野崎明社長は…と述べた): no other company is brought in; with a partner named, the deal is X\'s',
    text: 'トヨタ自動車と住友金属鉱山は8日、正極材を共同で開発すると発表した。住友金属鉱山の野崎明社長は記者会見で「材料の安定供給で貢献したい」と述べた。ヤマハ発動機の社長は九州電力と共同開発した新型車を投入すると述べた。',
    expect: [
      { parties: ['Toyota', 'Sumitomo Metal Mining'], type: 'co_development' },
      { parties: ['Yamaha Motor', 'Kyushu Electric Power'], type: 'co_development' },
    ],
    reject: [{ parties: ['Toyota', 'Sumitomo Metal Mining'], type: 'supply' }],
  },
  {
    name: 'one\'s own procurement network (調達網を固める) is no supply deal; AはBと共同出資する「C」 is the joint venture of A and B (C no party)',
    text: 'トヨタは出光興産とも固体電解質の量産で協業しており、電池材料の調達網を固める。トヨタは中国の比亜迪（BYD）と共同出資する「BYDトヨタEVテクノロジー」を通じて、EVの開発も進めている。',
    expect: [
      { parties: ['Toyota', 'Idemitsu Kosan'], type: 'partnership' },
      { parties: ['Toyota', 'BYD'], type: 'joint_venture' },
    ],
    reject: [{ parties: ['Toyota', 'Idemitsu Kosan'], type: 'supply' }, { parties: ['BYD Toyota EV Technology', 'BYD'] }],
  },
];

export const en: AgreementCase[] = [
  {
    name: 'an agreement to form a named company is its founders\' joint venture; the new company is no party',
    text: 'Ford signed an agreement with SK On in 2021 to form BlueOval SK. GM and LG Energy Solution agreed to form Ultium Cells in 2019.',
    expect: [
      { parties: ['Ford', 'SK On'], type: 'joint_venture' },
      { parties: ['General Motors', 'LG Energy Solution'], type: 'joint_venture' },
    ],
    reject: [{ parties: ['Ford', 'SK On', 'BlueOval SK'] }, { parties: ['General Motors', 'LG Energy Solution', 'Ultium Cells'] }],
  },
  {
    name: 'the JV company named after "joint venture in PLACE," is not a founder',
    text: "Honda and LG Energy Solution's joint venture in Ohio, L-H Battery, will start mass production next year.",
    expect: [{ parties: ['Honda', 'LG Energy Solution'], type: 'joint_venture' }],
    reject: [{ parties: ['Honda', 'LG Energy Solution', 'L-H Battery'] }],
  },
  {
    name: 'a possessive apposition names the relation ("Panasonic, Tesla\'s longtime battery supplier")',
    text: "Panasonic, Tesla's longtime battery supplier, posted a drop in quarterly profit. Ford, SK On's biggest customer, cut output.",
    expect: [
      { parties: ['Panasonic', 'Tesla'], type: 'supply', roles: { supplier: ['Panasonic'], customer: ['Tesla'] } },
      { parties: ['Ford', 'SK On'], type: 'supply', roles: { supplier: ['SK On'], customer: ['Ford'] } },
    ],
  },
  {
    name: '", which counts A and B among its customers,": the name before the pronoun supplies each',
    text: 'Redwood Materials, which counts Toyota and Ford among its customers, raised $350 million in a funding round.',
    expect: [
      { parties: ['Redwood Materials', 'Toyota'], type: 'supply' },
      { parties: ['Redwood Materials', 'Ford'], type: 'supply' },
    ],
    reject: [{ parties: ['Toyota', 'Ford'] }],
  },
  {
    name: 'selling a business to a buyer is an acquisition, not a supply ("sold its electrolyte business to", "the sale of … to")',
    text: 'Mitsubishi Chemical sold its electrolyte business to Gotion High-Tech. A court approved the sale of the cathode business of Umicore to Ecopro BM.',
    expect: [
      { parties: ['Mitsubishi Chemical', 'Gotion High-Tech'], type: 'acquisition' },
      { parties: ['Umicore', 'EcoPro BM'], type: 'acquisition' },
    ],
    reject: [{ parties: ['Mitsubishi Chemical', 'Gotion High-Tech'], type: 'supply' }],
  },
  {
    name: 'buying a named company whole is an acquisition; its goods a supply, its shares an investment',
    text: 'Nippon Steel bought U.S. Steel in 2025. Tesla will buy CATL cells for its Shanghai plant. Stellantis bought Leapmotor shares last year.',
    expect: [
      { parties: ['Nippon Steel', 'U.S. Steel'], type: 'acquisition' },
      { parties: ['Tesla', 'CATL'], type: 'supply', roles: { supplier: ['CATL'], customer: ['Tesla'] } },
      { parties: ['Stellantis', 'Leapmotor'], type: 'investment' },
    ],
  },
  {
    name: 'a funding round led by A, with participation from B: each invests in the company whose round it is',
    text: "Sila Nanotechnologies' Series F round was led by Coatue, with participation from Mercedes-Benz.",
    expect: [
      { parties: ['Coatue Management', 'Sila Nanotechnologies'], type: 'investment' },
      { parties: ['Mercedes-Benz', 'Sila Nanotechnologies'], type: 'investment' },
    ],
  },
  {
    name: 'money or goods from A and B to an unnamed subject is no deal between A and B; "raised $1.1 billion from" is read past the decimal point',
    text: 'The startup raised $100 million from Temasek and Toyota. The company bought cells from Panasonic and CATL. Northvolt raised $1.1 billion from Volkswagen.',
    expect: [{ parties: ['Northvolt', 'Volkswagen'], type: 'investment' }],
    reject: [{ parties: ['Temasek', 'Toyota'] }, { parties: ['Panasonic', 'CATL'] }],
  },
  {
    name: 'a lost bid is no deal',
    text: "LG Energy Solution lost a bid to supply batteries to Tesla's new plant to CATL.",
    expect: [],
    reject: [{}],
  },
  {
    name: 'a partner after "memorandum of understanding with" is discovered',
    text: 'Hyundai Motor and Kia inked a memorandum of understanding with Exide Energy to localise battery production in India.',
    expect: [{ parties: ['Hyundai Motor', 'Kia', 'Exide Energy'], type: 'mou' }],
  },
  {
    name: 'ownership and investors named in an apposition ("controlled by China\'s Envision Group", "an investor in", "whose investors include")',
    text: "AESC, the battery maker controlled by China's Envision Group, paused construction. Mercedes-Benz, an investor in Factorial Energy, unveiled a prototype. Northvolt, whose investors include Volkswagen, filed for bankruptcy protection.",
    expect: [
      { parties: ['Envision Group', 'Envision AESC'], type: 'investment', roles: { investor: ['Envision Group'], investee: ['Envision AESC'] } },
      { parties: ['Mercedes-Benz', 'Factorial Energy'], type: 'investment' },
      { parties: ['Volkswagen', 'Northvolt'], type: 'investment' },
    ],
  },
  {
    name: 'an order or a contract won from a customer is a supply, the winner the supplier ("won a contract from", 「Bから受注」); an order placed is a purchase',
    text: 'EOS Energy Enterprises won a contract from Duke Energy. CATL secured orders worth 10 GWh from Stellantis. Ford ordered 1,000 trucks from Rivian. 古河電池は、トヨタ自動車から補機バッテリーの受注を獲得した。',
    expect: [
      { parties: ['Eos Energy', 'Duke Energy'], type: 'supply', roles: { supplier: ['Eos Energy'], customer: ['Duke Energy'] } },
      { parties: ['CATL', 'Stellantis'], type: 'supply', roles: { supplier: ['CATL'], customer: ['Stellantis'] } },
      { parties: ['Ford', 'Rivian'], type: 'supply', roles: { supplier: ['Rivian'], customer: ['Ford'] } },
      { parties: ['Furukawa Battery', 'Toyota'], type: 'supply', roles: { supplier: ['Furukawa Battery'], customer: ['Toyota'] } },
    ],
  },
  {
    name: 'buying a share of a named company: up to half is an investment, a majority an acquisition ("acquire 50% of Lawson", "buy 80% of")',
    text: 'Mitsubishi Corp. will acquire 50% of Lawson. Toyota Tsusho agreed to buy 80% of Eurus Energy. Stellantis will buy a 20% stake in Leapmotor.',
    expect: [
      { parties: ['Mitsubishi Corporation', 'Lawson'], type: 'investment', roles: { investor: ['Mitsubishi Corporation'], investee: ['Lawson'] } },
      { parties: ['Toyota Tsusho', 'Eurus Energy'], type: 'acquisition', roles: { acquirer: ['Toyota Tsusho'], target: ['Eurus Energy'] } },
      // (the buyer of a stake is its investor: "buy" reversed the roles as it does for goods)
      { parties: ['Stellantis', 'Leapmotor'], type: 'investment', roles: { investor: ['Stellantis'], investee: ['Leapmotor'] } },
    ],
  },
  {
    name: '"the automaker" stands for the nearest automaker named before, not for the battery maker named last (anaphora.yaml head_sectors)',
    text: "Mazda, which currently sources batteries from China's CATL, said in November it would invest 1.5 trillion yen in electrification. The automaker has also agreed with Toyota Motor Corp to jointly develop next-generation engines.",
    expect: [
      // (a present-tense relative clause describes: the sentence's date is the investment's)
      { parties: ['CATL', 'Mazda'], type: 'supply', date: null },
      { parties: ['Mazda', 'Toyota'], type: 'co_development' },
    ],
    reject: [{ parties: ['CATL', 'Toyota'] }],
  },
  {
    name: 'two companies investing together in a plant of their own is a joint venture; one alone is none',
    text: 'Stellantis and CATL agreed to invest up to 4.1 billion euros in an LFP battery plant in Spain. Toyota will invest $13.9 billion in a battery plant in North Carolina.',
    expect: [{ parties: ['Stellantis', 'CATL'], type: 'joint_venture' }],
    reject: [{ parties: ['Toyota'] }],
  },
  {
    name: '"whose X venture with B": X is the joint venture, not a founder; a partner after "with Canada\'s" is discovered; "jointly research" is a co-development',
    text: "Ford, whose BlueOval SK venture with SK On builds batteries in Kentucky, cut its EV spending. Toyota took a stake in Canada's Lion Electric. In August Honda and Nissan agreed to jointly research software platforms.",
    expect: [
      { parties: ['Ford', 'SK On'], type: 'joint_venture' },
      { parties: ['Toyota', 'Lion Electric'], type: 'investment' },
      { parties: ['Honda', 'Nissan'], type: 'co_development' },
    ],
    reject: [{ parties: ['Ford', 'BlueOval SK', 'SK On'] }],
  },
];
