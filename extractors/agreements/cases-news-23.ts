/**
 * A twenty-third set of agreement case rows in the shapes of business news (cases.ts joins them
 * with the others): each row against a defect that fresh text showed (seeds/agreements/README.md,
 * 1.2.47–1.2.49).
 */
import type { AgreementExpectation, Case } from '../cases.ts';

type AgreementCase = Case<AgreementExpectation>;

export const ja: AgreementCase[] = [
  {
    name: '「…両政府は…協力覚書を交わしている」 is the governments\' memorandum, not the deal of the companies before it; a deal with nobody named after a deal of another type takes its parties without their roles (no founders of a licence)',
    text: 'ホンダは韓国POSCOフューチャーエムとの協業で基本合意した。日本とカナダの両政府は2023年9月、電池サプライチェーンでの協力覚書を交わしている。\n\nトヨタ自動車はパナソニックと合弁契約を結んだ。2022年8月にはライセンス契約も締結した。',
    expect: [
      { parties: ['Honda', 'POSCO Future M'], type: 'mou', date: null },
      { parties: ['Toyota', 'Panasonic'], type: 'joint_venture', roles: { founder: ['Toyota', 'Panasonic'] } },
      { parties: ['Toyota', 'Panasonic'], type: 'licensing', date: { start: '2022-08' } },
    ],
    reject: [{ parties: ['Toyota', 'Panasonic'], type: 'licensing', roles: { founder: ['Toyota', 'Panasonic'] } }],
  },
  {
    name: '「AやB、Cの3社は」 names the three members of the group that acts; ▽ opens an item of a run-in list of the day\'s news; an order lost (「受注を逃していた」) is no supply',
    text: '日揮ホールディングスやコスモエネルギーホールディングス、レボインターナショナルの３社は８日、国産ＳＡＦの製造・販売で業務提携すると発表した。\n\n【１０月２日の主な発表】▽関西電力＝韓国・ハンファソリューションズと系統用蓄電池事業で業務提携▽日本郵船＝ＬＮＧ燃料の自動車運搬船２隻を発注\n\n住友理工は中国の理想汽車向けに防振ゴム部品を供給する契約を結んだ。理想汽車の競合、小鵬汽車の案件では受注を逃していた。',
    expect: [
      { parties: ['JGC Holdings', 'Cosmo Energy', 'レボインターナショナル'], type: 'partnership' },
      { parties: ['Kansai Electric Power', 'Hanwha Solutions'], type: 'partnership' },
      { parties: ['Sumitomo Riko', 'Li Auto'], type: 'supply' },
    ],
    reject: [{ parties: ['Kansai Electric Power', 'Hanwha Solutions', 'NYK Line'] }, { parties: ['Li Auto', 'XPeng'] }],
  },
  {
    name: 'a round\'s leader told as a cleft predicate (「ラウンドを主導したのはXで、」) and one who joined named before another (「Yのほか、…も参加した」) invest in the company whose round the sentence before told (「資金調達を完了した」); 「投資子会社」 is a kind of company, no deal',
    text: 'シリコン負極材を開発する英ネクシオンは１７日、２億ドルの資金調達を完了したと発表した。ラウンドを主導したのは韓国の韓華ソリューションズで、住友化学のほか、パナソニックの投資子会社も参加した。',
    expect: [
      { parties: ['ネクシオン', '韓華ソリューションズ'], type: 'investment', roles: { investee: ['ネクシオン'], investor: ['韓華ソリューションズ'] } },
      { parties: ['ネクシオン', 'Sumitomo Chemical'], type: 'investment' },
    ],
    reject: [{ parties: ['韓華ソリューションズ', 'Sumitomo Chemical'] }, { parties: ['韓華ソリューションズ', 'Panasonic'] }],
  },
  {
    name: '「CやDでも採用が決まっている」 after 「Aの部品が、Bの…に採用された」: more customers of A, the owner of the goods the text goes on about',
    text: '村田製作所の車載用積層セラミックコンデンサーが、独コンチネンタルの次世代ＡＤＡＳ向けＥＣＵに採用された。仏ヴァレオや韓国の現代モービスでも採用が決まっている。',
    expect: [
      { parties: ['Murata Manufacturing', 'Continental'], type: 'supply' },
      { parties: ['Murata Manufacturing', 'Valeo'], type: 'supply', roles: { supplier: ['Murata Manufacturing'], customer: ['Valeo'] } },
      { parties: ['Murata Manufacturing', 'Hyundai Mobis'], type: 'supply' },
    ],
  },
  {
    name: '「電池を供給するAの製品」 with no customer named before the verb: A supplies the company the text is about (「日野自動車は…届け出た。電池を供給するエンビジョンAESC製のセル」); a customer named before the verb is the grammar\'s',
    text: '日野自動車は２２日、小型ＥＶトラック約１８００台のリコールを国土交通省に届け出た。電池を供給するエンビジョンＡＥＳＣ製のセルの一部に、製造不良があったという。\n\nトヨタは新型車を発表した。トヨタに電池を供給するパナソニックも参加した。',
    expect: [
      { parties: ['Hino Motors', 'Envision AESC'], type: 'supply', roles: { customer: ['Hino Motors'], supplier: ['Envision AESC'] } },
      { parties: ['Toyota', 'Panasonic'], type: 'supply', roles: { customer: ['Toyota'], supplier: ['Panasonic'] } },
    ],
  },
  {
    name: '「Xの北米の生産・技術統括会社、Y」: X describes Y, its owner, and is no party of Y\'s deal',
    text: 'ＬＧ化学は２３年１０月６日、トヨタ自動車の北米の生産・技術統括会社、トヨタ・モーター・エンジニアリング・アンド・マニュファクチャリング・ノースアメリカ（ＴＥＭＡ）と、３０年まで正極材を納める長期契約を結んだ。',
    expect: [{ parties: ['LG Chem', 'トヨタ・モーター・エンジニアリング・アンド・マニュファクチャリング・ノースアメリカ'], type: 'supply', roles: { supplier: ['LG Chem'], customer: ['トヨタ・モーター・エンジニアリング・アンド・マニュファクチャリング・ノースアメリカ'] } }],
    reject: [{ parties: ['LG Chem', 'Toyota'] }],
  },
];

export const en: AgreementCase[] = [
  {
    name: "a company a holding goes through ('holds 50.03% of the venture through X', 'invested in B through its unit X', '49.97% through its unit NGI') is its parent's channel, no party: the parent is",
    text: 'CNGR and Al Mada formed a joint venture. CNGR holds 50.03% of the venture through CNGR Morocco New Energy and Al Mada 49.97% through its unit NGI. Toyota invested in Pony.ai through its unit Woven by Toyota.',
    expect: [
      { parties: ['CNGR Advanced Material', 'Al Mada'], type: 'joint_venture' },
      { parties: ['Toyota', 'Pony.ai'], type: 'investment' },
    ],
    reject: [
      { parties: ['CNGR Advanced Material', 'CNGR Morocco New Energy', 'Al Mada', 'NGI'], type: 'joint_venture' },
      { parties: ['Toyota', 'Woven by Toyota'], type: 'investment' },
    ],
  },
  {
    name: "two companies called partners in a plant in an apposition ('LG Chem and Huayou, partners in a cathode plant in South Korea, signed a memorandum') have a venture in passing, besides the clause's deal",
    text: 'LG Chem and Huayou, partners in a cathode plant in South Korea, signed a memorandum in September 2023. Toyota, a partner in the project, declined to comment.',
    expect: [
      { parties: ['LG Chem', 'Huayou Cobalt'], type: 'joint_venture' },
      { parties: ['LG Chem', 'Huayou Cobalt'], type: 'mou' },
    ],
  },
  {
    name: "talks that 'collapsed before anything was signed' made no deal; an owner describing the name after it is no party ('Geely's premium EV maker Zeekr', 'Daimler Truck subsidiary Thomas Built Buses')",
    text: "Fisker's negotiations with Nissan over an investment collapsed before anything was signed. Sanden has won an order from Geely's premium EV maker Zeekr to supply heat pumps. Microvast signed supply agreements with Iveco and Daimler Truck subsidiary Thomas Built Buses.",
    expect: [
      { parties: ['Sanden', 'Zeekr'], type: 'supply' },
      { parties: ['Microvast', 'Iveco'], type: 'supply' },
      { parties: ['Microvast', 'Thomas Built Buses'], type: 'supply' },
    ],
    reject: [{ parties: ['Fisker', 'Nissan'] }, { parties: ['Sanden', 'Geely'] }, { parties: ['Microvast', 'Daimler Truck'] }],
  },
  {
    name: "a venture named with its shares after it ('have created Kairos Energy Storage, owned 60:40', 'launched BluE Nexus Corp, in which Aisin holds 90% and Denso 10%'), itself no founder; 'pay $765 million for a 30% interest in' is an investment",
    text: 'Sumitomo Corporation and Lightsource bp have created Kairos Energy Storage, owned 60:40, to develop grid batteries. Aisin Seiki and Denso on Tuesday launched BluE Nexus Corp, in which Aisin holds 90% and Denso 10%. Posco Holdings has agreed to pay $765 million for a 30% interest in the lithium business of Mineral Resources.',
    expect: [
      { parties: ['Sumitomo Corporation', 'Lightsource bp'], type: 'joint_venture' },
      { parties: ['Aisin', 'Denso'], type: 'joint_venture' },
      { parties: ['POSCO', 'Mineral Resources'], type: 'investment' },
    ],
    reject: [{ parties: ['Aisin', 'Denso', 'BluE Nexus'], type: 'joint_venture' }],
  },
  {
    name: "deals in a relative clause on 'whose' ('B, whose assets were bought out of administration by A', 'B, whose VF 3 runs on cells bought from A'); a venture's owners by their shares ('51% owned by A and 49% by B'); a project's output 'already committed to' its buyers; 'the truckmaker' stands for the truck maker named before",
    text: "Britishvolt, whose assets were bought out of administration by Australia's Recharge Industries, never produced a cell. VinFast, whose VF 3 runs on LFP cells bought from Gotion High-Tech, will open a plant. The new company — 51% owned by Indian Oil Corporation and 49% by Panasonic Energy — will make cells. Lithium from Vulcan Energy Resources' geothermal project is already committed to Stellantis and Renault.\n\nA Volvo Group spokesperson spoke on Wednesday, after the truckmaker signed a memorandum of understanding with Stena Recycling.",
    expect: [
      { parties: ['Recharge Industries', 'Britishvolt'], type: 'acquisition' },
      { parties: ['Gotion High-Tech', 'VinFast'], type: 'supply', roles: { supplier: ['Gotion High-Tech'], customer: ['VinFast'] } },
      { parties: ['Indian Oil Corporation', 'Panasonic Energy'], type: 'joint_venture' },
      { parties: ['Vulcan Energy Resources', 'Stellantis'], type: 'supply' },
      { parties: ['Vulcan Energy Resources', 'Renault'], type: 'supply' },
      { parties: ['Volvo Group', 'Stena Recycling'], type: 'mou' },
    ],
  },
  {
    name: "'won an order to supply B with …' makes the winner B's supplier ('with' there is the goods', not a supplier's); a named unit after its owner's possessive is the party",
    text: "In February last year Lopal's Changzhou Liyuan unit won an order to supply LGES with 160,000 tonnes of LFP cathode through 2028. Ford placed an order with CATL for cells.",
    expect: [
      { parties: ['Changzhou Liyuan', 'LG Energy Solution'], type: 'supply', roles: { supplier: ['Changzhou Liyuan'], customer: ['LG Energy Solution'] } },
      { parties: ['Ford', 'CATL'], type: 'supply', roles: { customer: ['Ford'], supplier: ['CATL'] } },
    ],
    reject: [{ parties: ['Lopal Tech', 'LG Energy Solution'] }],
  },
  {
    name: "a subject with a relative clause before 'and' and the other subject, the pair then 'agreed with' a third ('A, which already makes …, and B, a U.S. miner, agreed with C to form a joint venture')",
    text: "LG Chem, which already makes cathode materials in Tennessee, and Piedmont Lithium, a U.S. miner, agreed with Japan's Toyota Tsusho to form a joint venture that will refine lithium in North Carolina.",
    expect: [{ parties: ['LG Chem', 'Piedmont Lithium', 'Toyota Tsusho'], type: 'joint_venture' }],
    reject: [{ parties: ['Piedmont Lithium', 'Toyota Tsusho'] }],
  },
  {
    name: "Indonesia's investment ministry (BKPM, the Investment Coordinating Board) is no company but a named party of a memorandum with one (organisations.yaml)",
    text: "LGES first signed a non-binding memorandum of understanding with Indonesia's Investment Coordinating Board (BKPM) in December 2020.",
    expect: [{ parties: ['LG Energy Solution', 'BKPM'], type: 'mou' }],
    reject: [{ parties: ['LG Energy Solution', 'Investment Coordinating Board'] }],
  },
];
