/**
 * The English rows of the sixth set of agreement case rows (cases-news-6.ts holds the Japanese
 * ones; cases.ts joins them with the others): each row against a defect that fresh text showed
 * (seeds/agreements/README.md, 1.2.9).
 */
import type { AgreementExpectation, Case } from '../cases.ts';

type AgreementCase = Case<AgreementExpectation>;

export const en: AgreementCase[] = [
  {
    name: 'a relative clause on a plant (", which makes cells for A and B") is its owner\'s, the company the sentence goes on about',
    text: 'Flooding forced Panasonic Energy to halt output on Monday at its De Soto, Kansas plant, which makes cells for Tesla and Lucid Group.',
    expect: [
      { parties: ['Panasonic Energy', 'Tesla'], type: 'supply' },
      { parties: ['Panasonic Energy', 'Lucid'], type: 'supply' },
    ],
  },
  {
    name: 'co-investors of a round "with A and B also taking part" each invest in the clause\'s subject, and the round\'s leader ("led by") is an investor, not the investee; an owner\'s event ("CATL\'s Tech Day") is no party',
    text: "Form Energy closed a $405 million funding round led by GE Vernova, with Toyota and Honda also taking part. On the sidelines of CATL's Tech Day in Ningde, Li Auto and Horizon Robotics signed a cooperation agreement.",
    expect: [
      { parties: ['Form Energy', 'Toyota'], type: 'investment', roles: { investor: ['Toyota'], investee: ['Form Energy'] } },
      { parties: ['Form Energy', 'Honda'], type: 'investment' },
      { parties: ['Form Energy', 'GE Vernova'], type: 'investment', roles: { investor: ['GE Vernova'], investee: ['Form Energy'] } },
      { parties: ['Li Auto', 'Horizon Robotics'], type: 'partnership' },
    ],
    reject: [{ parties: ['CATL', 'Li Auto', 'Horizon Robotics'] }],
  },
  {
    name: 'something "developed jointly by A and B", told in passing, is their co-development; one developer is none',
    text: 'Solid-state cells developed jointly by Samsung SDI and BMW will be tested in i7 sedans from 2026. The cells were developed by Samsung SDI.',
    expect: [{ parties: ['Samsung SDI', 'BMW'], type: 'co_development', date: null }],
  },
  {
    name: 'record lines "Customer: X | Term: …" under a title-like intro naming one company and its contracts: a supply each (the label names the kind)',
    text: 'SK IE Technology separator contracts (company disclosure, Dec. 10)\nCustomer: SK On | Term: 2025-2029 | Product: wet-process separator\nCustomer: Volkswagen | Term: 2026-2028 | Product: ceramic-coated separator\n',
    expect: [
      { parties: ['SK IE Technology', 'SK On'], type: 'supply' },
      { parties: ['SK IE Technology', 'Volkswagen'], type: 'supply' },
    ],
  },
  {
    name: 'a group named after an English supply cue (", as both carmakers expand") leaves one supply record per customer; a company "owned by" several is their JV told in passing, one owner an investment',
    text: 'CALB will supply LFP cells to Leapmotor and Xpeng from its plant in Portugal, as both carmakers expand assembly in Europe. Ionity, the fast-charging network owned by BMW, Mercedes-Benz and Ford, will add 1,000 charge points. Cruise, the robotaxi unit owned by GM, will cut jobs.',
    expect: [
      { parties: ['CALB', 'Leapmotor'], type: 'supply' },
      { parties: ['CALB', 'XPeng'], type: 'supply' },
      { parties: ['BMW', 'Mercedes-Benz', 'Ford'], type: 'joint_venture', date: null },
      { parties: ['General Motors', 'Cruise'], type: 'investment' },
    ],
    reject: [{ parties: ['CALB', 'Leapmotor', 'XPeng'] }, { parties: ['BMW', 'Ionity'] }],
  },
  {
    name: '"agreements to provide X to A and B": a supply record per customer; "The definitive … supply contract followed on Wednesday" is the same parties\' next deal',
    text: 'Coherent signed multi-year agreements to provide silicon carbide substrates to Mitsubishi Electric and Denso. Albemarle and Ford Motor signed a memorandum of understanding in July. The definitive lithium hydroxide supply contract followed on Wednesday.',
    expect: [
      { parties: ['Coherent', 'Mitsubishi Electric'], type: 'supply' },
      { parties: ['Coherent', 'Denso'], type: 'supply' },
      { parties: ['Albemarle', 'Ford'], type: 'mou' },
      { parties: ['Albemarle', 'Ford'], type: 'supply' },
    ],
    reject: [{ parties: ['Coherent', 'Mitsubishi Electric', 'Denso'] }],
  },
  {
    name: 'a company that speaks through its people is an antecedent ("SK On\'s chief executive met … The Korean battery maker will supply"); "the refiner" is a descriptive reference; "the material from the refiner" is two phrases, no reference',
    text: "SK On's chief executive met Nissan executives in Yokohama last week. The Korean battery maker will supply Nissan with cells from 2028. Toyota Motor and Sumitomo Metal Mining signed a cathode co-development agreement in 2021. Three years later, the Japanese automaker also agreed to buy the material from the refiner.",
    expect: [
      { parties: ['SK On', 'Nissan'], type: 'supply' },
      { parties: ['Toyota', 'Sumitomo Metal Mining'], type: 'co_development', date: { start: '2021' } },
      { parties: ['Toyota', 'Sumitomo Metal Mining'], type: 'supply', date: { start: '2024' } },
    ],
    reject: [{ parties: ['Toyota', 'Sumitomo Metal Mining'], type: 'acquisition' }],
  },
  {
    name: 'a list of whole company names under "… with:" gives one deal per item',
    text: 'Syrah Resources said it had signed binding offtake agreements for active anode material from its Vidalia facility with:\n- Tesla\n- Ford Motor Company\n- POSCO Future M\n',
    expect: [
      { parties: ['Syrah Resources', 'Tesla'], type: 'supply' },
      { parties: ['Syrah Resources', 'Ford'], type: 'supply' },
      { parties: ['Syrah Resources', 'POSCO Future M'], type: 'supply' },
    ],
  },
  {
    name: 'a venture "owned by A, B and C\'s D" is the JV of A, B and D (the owner\'s possessive only describes D)',
    text: "Automotive Cells Company (ACC), the battery venture owned by Stellantis, Mercedes-Benz and TotalEnergies' Saft, has dropped its planned gigafactories.",
    expect: [{ parties: ['Stellantis', 'Mercedes-Benz', 'Saft'], type: 'joint_venture', date: null }],
    reject: [{ parties: ['Stellantis', 'Mercedes-Benz', 'TotalEnergies'] }, { parties: ['Stellantis', 'Automotive Cells Company'] }],
  },
  {
    name: 'an agreement "to buy" a named site or company is an acquisition; a share purchase agreement for "B\'s 50% of X" is one with B (X the object); buying goods from a plant stays a supply',
    text: "Lyten signed a binding agreement to buy Northvolt Ett in Skellefteå. On January 29, 2025 Volvo Cars signed a share purchase agreement for Northvolt's 50% of NOVO Energy. Volvo Cars has signed a deal to buy cells from Verkor's plant in Dunkirk.",
    expect: [
      { parties: ['Lyten', 'Northvolt'], type: 'acquisition' },
      { parties: ['Volvo Cars', 'Northvolt'], type: 'acquisition', date: { start: '2025-01-29' } },
      { parties: ['Volvo Cars', 'Verkor'], type: 'supply' },
    ],
  },
  {
    name: 'a deal in an "After a …," opening is one of the main clause\'s parties, with its own date; "Volkswagen\'s battery company PowerCo" only describes PowerCo',
    text: "After a non-binding memorandum of understanding in November 2023 on LFP cells, Stellantis and CATL agreed on December 10, 2024 to invest in a 50-50 joint venture. Volkswagen's battery company PowerCo agreed a licence with QuantumScape in July 2024.",
    expect: [
      { parties: ['Stellantis', 'CATL'], type: 'mou', date: { start: '2023-11' } },
      { parties: ['Stellantis', 'CATL'], type: 'joint_venture', date: { start: '2024-12-10' } },
      { parties: ['PowerCo', 'QuantumScape'], type: 'licensing' },
    ],
    reject: [{ parties: ['Volkswagen', 'QuantumScape'] }],
  },
  {
    name: 'cells added "from X\'s plant" are a supply by X; "took more than 20% of" is an investment; "is the anchor customer of the plant X opened" a supply told in passing',
    text: "Renault's EV unit Ampere went the same way on July 1, 2024, adding LFP cells from CATL's plant in Hungary. Renault, which took more than 20% of French start-up Verkor in 2021, is the anchor customer of the 16 GWh plant Verkor opened near Dunkirk.",
    expect: [
      { parties: ['Ampere', 'CATL'], type: 'supply', date: { start: '2024-07-01' } },
      { parties: ['Renault', 'Verkor'], type: 'investment', date: { start: '2021' } },
      { parties: ['Renault', 'Verkor'], type: 'supply', date: null },
    ],
  },
  {
    name: 'a timeline entry is dated by the date that opens its line, not by a later date in it ("output from H2 2025")',
    text: '## Timeline\n\n- **2022-12-08** — Hyundai Motor Group and SK On sign an MOU for a battery plant in Georgia.\n- **2023-04** — The two groups approve the Bartow County venture: $5 billion, 50% each, output from H2 2025.\n',
    expect: [
      { parties: ['Hyundai Motor Group', 'SK On'], type: 'mou', date: { start: '2022-12-08' } },
      { parties: ['Hyundai Motor Group', 'SK On'], type: 'joint_venture', date: { start: '2023-04' } },
    ],
  },
  {
    name: 'a venture formed ", and, a year later," is dated by the deal before moved on a year; "formed a 50/50 company" is a joint venture; "the Volkswagen battery unit" only describes the partner',
    text: 'Umicore signed a strategic cooperation agreement with PowerCo in 2022 and, a year later, formed an equally owned cathode venture with the Volkswagen battery unit. SQM and Sumitomo Corporation formed a 50/50 company to build a refinery.',
    expect: [
      { parties: ['Umicore', 'PowerCo'], type: 'strategic_partnership', date: { start: '2022' } },
      { parties: ['Umicore', 'PowerCo'], type: 'joint_venture', date: { start: '2023' } },
      { parties: ['SQM', 'Sumitomo Corporation'], type: 'joint_venture' },
    ],
    reject: [{ parties: ['Umicore', 'PowerCo', 'Volkswagen'] }],
  },
  {
    name: 'negative: a venture named in an apposition ("launched Horse Powertrain Limited, a 50:50 company") is no party of itself; "BYD\'s FinDreams Battery unit" is the unit, a party',
    text: "Renault Group and Geely Holding launched Horse Powertrain Limited on Thursday, a 50:50 company. Suzuki said it had agreed to buy packs from BYD's FinDreams Battery unit.",
    expect: [
      { parties: ['Renault', 'Geely Holding'], type: 'joint_venture' },
      { parties: ['Suzuki', 'FinDreams Battery'], type: 'supply' },
    ],
    reject: [{ parties: ['Renault', 'Geely Holding', 'Horse Powertrain'] }],
  },
  {
    name: 'a company "jointly owned by A, B and C", told in passing, is their joint venture (not three investments)',
    text: 'A fire broke out at a warehouse of Automotive Cells Company, the battery maker jointly owned by Stellantis, Mercedes-Benz and TotalEnergies.',
    expect: [{ parties: ['Stellantis', 'Mercedes-Benz', 'TotalEnergies'], type: 'joint_venture', date: null }],
    reject: [{ parties: ['Stellantis', 'Automotive Cells Company'] }],
  },
  {
    name: 'a takeover table (| Buyer | Seller/Target | … | Stake / structure | Status |): rows are acquisitions, and a row whose status is "Withdrawn" states none',
    text: '| # | Date | Buyer | Seller/Target | Value | Stake / structure | Status |\n|---|---|---|---|---|---|---|\n| 1 | 2024-10-09 | Rio Tinto | Arcadium Lithium | $6.7 billion | 100%, $5.85 a share in cash | Completed 2025-03-06 |\n| 2 | 2023-10-16 | Albemarle | Liontown Resources | A$6.6 billion | Non-binding proposal at A$3.00 a share | Withdrawn |\n',
    expect: [{ parties: ['Rio Tinto', 'Arcadium Lithium'], type: 'acquisition', date: { start: '2024-10-09' } }],
    reject: [{ parties: ['Albemarle', 'Liontown Resources'] }],
  },
  {
    name: 'a customer told in passing: "with Tesla as the anchor customer", "Glencore, its largest secured creditor and a long-standing offtake partner"',
    text: 'Panasonic Energy opened its plant in De Soto, Kansas, with Tesla as the anchor customer. Li-Cycle halted its hub. When it sought protection, Glencore, its largest secured creditor and a long-standing offtake partner, agreed to a credit bid.',
    expect: [
      { parties: ['Panasonic Energy', 'Tesla'], type: 'supply', date: null },
      { parties: ['Li-Cycle', 'Glencore'], type: 'supply', date: null },
    ],
  },
  {
    name: 'Indian and Australian companies of the dictionary (JSW Energy, Wesfarmers); a project after a stake ("the Mount Holland lithium project") is no company',
    text: 'JSW Energy and Gotion High-Tech incorporated JSW Gotion Cells Pvt Ltd, a 74:26 joint venture. Idemitsu Kosan bought a 20% interest in the Mount Holland lithium project from Wesfarmers.',
    expect: [
      { parties: ['JSW Energy', 'Gotion High-Tech'], type: 'joint_venture' },
      { parties: ['Idemitsu Kosan', 'Wesfarmers'] },
    ],
    reject: [{ parties: ['Idemitsu Kosan', 'Mount Holland'] }],
  },
  {
    name: 'a list under "Customer wins announced by X:" with each item led by its customer: one supply deal per item',
    text: 'Customer wins announced by CATL at its Super Tech Day in Shanghai:\n- Volkswagen: Shenxing LFP cells for ID. models built in China\n- Hyundai Motor: sodium-ion packs for small cars\n',
    expect: [
      { parties: ['CATL', 'Volkswagen'], type: 'supply' },
      { parties: ['CATL', 'Hyundai Motor'], type: 'supply' },
    ],
  },
  {
    name: 'negative: a takeover proposal withdrawn is no deal; "the JV" is the venture told of, no new one',
    text: 'Albemarle withdrew its takeover proposal for Liontown Resources. GM and LG Energy Solution formed a joint venture in 2019. The Energy Department took 5% warrants in the JV.',
    expect: [{ parties: ['General Motors', 'LG Energy Solution'], type: 'joint_venture' }],
    reject: [{ parties: ['Albemarle', 'Liontown Resources'] }, { parties: ['U.S. Department of Energy', 'General Motors'] }],
  },
  {
    name: 'something built or opened for both ("agreed to build a shared network", "open their networks to each other\'s customers") is a partnership',
    text: "Gogoro and Hero MotoCorp agreed to build a shared battery-swapping network in Delhi. Ionity and Fastned agreed to open their fast-charging networks to each other's subscription customers from July.",
    expect: [
      { parties: ['Gogoro', 'Hero MotoCorp'], type: 'partnership' },
      { parties: ['Ionity', 'Fastned'], type: 'partnership' },
    ],
  },
  {
    name: 'negative: one company agreeing to build something is no deal; a name qualifying "dealerships" is no party',
    text: 'Toyota agreed to build a plant in Kentucky. EVgo has partnered with Kia America to install fast chargers at more than 200 Kia dealerships.',
    expect: [{ parties: ['EVgo', 'Kia America'], type: 'partnership' }],
    reject: [{ parties: ['EVgo', 'Kia America', 'Kia'] }, { parties: ['Toyota'] }],
  },
  {
    name: 'buying "the … operations of" a named company is an acquisition from it',
    text: 'Umicore agreed to buy the cathode-precursor operations of Finnish nickel miner Terrafame for an undisclosed sum.',
    expect: [{ parties: ['Umicore', 'Terrafame'], type: 'acquisition' }],
  },
  {
    name: 'negative: reports dismissed as "groundless" are no deal',
    text: 'Samsung SDI on Thursday dismissed reports that it had agreed to form a battery joint venture with Stellantis in Spain as "groundless".',
    expect: [],
    reject: [{}],
  },
  {
    name: 'a ratio with a colon ("a 60:40 joint venture") is no "label:" before the sentence',
    text: 'Umicore and PowerCo formed a 60:40 joint venture in 2023.',
    expect: [{ parties: ['Umicore', 'PowerCo'], type: 'joint_venture', date: { start: '2023' } }],
  },
  {
    name: '"the venture\'s plant" is the venture already told of, not a deal of the clause: the licence is',
    text: "Umicore and PowerCo formed a joint venture in 2023. In March, Umicore agreed to license its cathode technology to PowerCo for the venture's plant in Nysa, Poland.",
    expect: [
      { parties: ['Umicore', 'PowerCo'], type: 'joint_venture', date: { start: '2023' } },
      { parties: ['Umicore', 'PowerCo'], type: 'licensing', date: { start: 'XXXX-03' } },
    ],
  },
  {
    name: 'a terminated agreement "it signed with" its partner was signed: a record (RECORDS.md §4)',
    text: 'Iveco Group has terminated a cell supply agreement it signed with Microvast Holdings in 2023, the truck maker said on Thursday.',
    expect: [{ parties: ['Iveco', 'Microvast'], type: 'supply' }],
  },
  {
    name: 'negative: a terminated agreement with no word of its signing, and a planned one scrapped, are no records',
    text: 'Iveco Group has terminated a cell supply agreement with Microvast Holdings. Iveco Group scrapped a planned supply agreement with Microvast Holdings.',
    expect: [],
    reject: [{}],
  },
  {
    name: 'a second deal joined by ", and in <year>" with its verb and no subject is the same parties\' (an owner\'s share in a relative clause at its end)',
    text: 'Pilbara Minerals and POSCO Holdings agreed in 2018 on a spodumene offtake deal, and in 2021 formed a joint venture to build a lithium hydroxide plant in Gwangyang, South Korea, in which POSCO holds 82%.',
    expect: [
      { parties: ['Pilbara Minerals', 'POSCO'], type: 'supply', date: { start: '2018' } },
      { parties: ['Pilbara Minerals', 'POSCO'], type: 'joint_venture', date: { start: '2021' } },
    ],
  },
  {
    name: 'a customer "added as a customer" is a supply deal of its own, not a party of the deal before it in the clause',
    text: 'Sila Nanotechnologies signed a supply deal with Mercedes-Benz in 2021 for its anode material and added Panasonic Energy as a customer in 2024.',
    expect: [
      { parties: ['Sila Nanotechnologies', 'Mercedes-Benz'], type: 'supply', date: { start: '2021' } },
      { parties: ['Sila Nanotechnologies', 'Panasonic Energy'], type: 'supply', date: { start: '2024' } },
    ],
    reject: [{ parties: ['Sila Nanotechnologies', 'Mercedes-Benz', 'Panasonic Energy'] }],
  },
  {
    name: 'an ambiguous name listed with a company ("to BP and Shell") is a company: one supply record each',
    text: 'Tritium will supply fast chargers to BP and Shell for their UK forecourts.',
    expect: [
      { parties: ['Tritium', 'BP'], type: 'supply' },
      { parties: ['Tritium', 'Shell'], type: 'supply' },
    ],
  },
  {
    name: 'a deal table with one company and a list of partners: one investment or development deal per partner; a lettered round ("Series B led by") is an investment; a description opening with a deal names its kind',
    text: '| Date | Company | Partner | Deal |\n|---|---|---|---|\n| 2021-05-03 | Solid Power | BMW Group, Ford Motor Co. | Series B led by the two carmakers; both also expanded their joint development agreements |\n| 2021-10 | Factorial Energy | Hyundai Motor, Kia | Joint development agreement including a strategic investment |\n| 2023-02-21 | LG Energy Solution | Ford Motor, Koç Holding | Non-binding memorandum of understanding on a cell joint venture in Turkey |\n',
    expect: [
      { parties: ['Solid Power', 'BMW'], type: 'investment', date: { start: '2021-05-03' } },
      { parties: ['Solid Power', 'Ford'], type: 'investment', date: { start: '2021-05-03' } },
      { parties: ['Factorial Energy', 'Hyundai Motor'], type: 'co_development', date: { start: '2021-10' } },
      { parties: ['Factorial Energy', 'Kia'], type: 'co_development', date: { start: '2021-10' } },
      { parties: ['LG Energy Solution', 'Ford', 'Koç Holding'], type: 'mou' },
    ],
    reject: [{ parties: ['Solid Power', 'BMW', 'Ford'] }, { parties: ['Factorial Energy', 'Hyundai Motor', 'Kia'] }],
  },
  {
    name: 'a clause that opens with its verb after a relative clause on the subject ("X, which plans to …, has signed offtake agreements with A, B and C") is the subject\'s: one deal per partner',
    text: "Vulcan Energy Resources, which plans to produce lithium hydroxide from geothermal brine in Germany's Upper Rhine Valley, has signed offtake agreements with Stellantis, Volkswagen and Renault.",
    expect: [
      { parties: ['Vulcan Energy Resources', 'Stellantis'], type: 'supply' },
      { parties: ['Vulcan Energy Resources', 'Volkswagen'], type: 'supply' },
      { parties: ['Vulcan Energy Resources', 'Renault'], type: 'supply' },
    ],
    reject: [{ parties: ['Stellantis', 'Volkswagen', 'Renault'] }],
  },
  {
    name: 'sales counted against a rival are no deal ("sold about 2.26 million EVs, overtaking Tesla"); a deal in apposition is the one just told, not a deal with the rivals it ranks against',
    text: "BYD sold about 2.26 million battery-electric vehicles in 2025, overtaking Tesla, which delivered about 1.64 million. Rio Tinto agreed on Wednesday to buy Arcadium Lithium for $6.7 billion in cash, a deal that would make the miner the world's third-largest lithium producer behind Albemarle and SQM. L&F agreed in February 2023 to sell Tesla about 3.8 trillion won worth of cathode material.",
    expect: [
      { parties: ['Rio Tinto', 'Arcadium Lithium'], type: 'acquisition' },
      { parties: ['L&F', 'Tesla'], type: 'supply', date: { start: '2023-02' } },
    ],
    reject: [{ parties: ['BYD', 'Tesla'] }, { parties: ['Rio Tinto', 'Arcadium Lithium', 'Albemarle', 'SQM'] }],
  },
  {
    name: 'a table of investors introduced as a company\'s shareholders ("Shareholders of X:", 「Xの主要株主」): one investment in X per row; a Stake or 出資比率 column describes',
    text: 'Shareholders of Zentrix Power, a battery startup in Osaka:\n\n| Investor | Stake |\n|---|---|\n| Toyota Motor | 20% |\n| Denso | 10% |\n\nトヨタ自動車の主要株主\n\n| 出資企業 | 出資比率 |\n|---|---|\n| 豊田自動織機 | 9% |\n',
    expect: [
      { parties: ['Toyota', 'Zentrix Power'], type: 'investment' },
      { parties: ['Denso', 'Zentrix Power'], type: 'investment' },
      { parties: ['Toyota Industries', 'Toyota'], type: 'investment' },
    ],
  },
  {
    name: 'a running total of investment ("brings Toyota\'s total investment in Joby to $894 million") is no new deal',
    text: "Toyota Motor Corp. will invest another $500 million in Joby Aviation, the two said on Wednesday. The new funding brings Toyota's total investment in Joby to $894 million.",
    expect: [{ parties: ['Toyota', 'Joby Aviation'], type: 'investment' }],
    reject: [{ parties: ['Toyota', 'Joby'] }],
  },
  {
    name: 'the source told after a deal (", Audi\'s parent Volkswagen said") is no party, unless it is one of a list that speaks ("A, B and C said they would pool …"); leaders of a round ("co-led the Colorado company\'s Series B round") each invest; "take X private" is a takeover',
    text: "Audi and SAIC Motor signed a strategic memorandum on Wednesday to jointly develop electric models for China, Audi's parent Volkswagen said. Solid Power makes cells in Colorado. BMW and Ford Motor co-led the Colorado company's $130 million Series B round in 2021. Toyota Fudosan's plan to take Toyota Industries private was agreed in June.",
    expect: [
      { parties: ['Audi', 'SAIC Motor'], type: 'mou' },
      { parties: ['BMW', 'Solid Power'], type: 'investment', date: { start: '2021' } },
      { parties: ['Ford', 'Solid Power'], type: 'investment', date: { start: '2021' } },
      { parties: ['Toyota Fudosan', 'Toyota Industries'], type: 'acquisition' },
    ],
    reject: [{ parties: ['Audi', 'SAIC Motor', 'Volkswagen'] }, { parties: ['BMW', 'Ford'] }],
  },
  {
    name: 'investors in a round of the company the text is about, which the clause leaves unnamed ("Porsche and ATL also put money into the round"); the leader of a round is a company ("Coatue Management led a $590 million Series F")',
    text: 'Group14 Technologies said on Thursday it had closed a $463 million Series D round. Porsche and Amperex Technology Ltd. (ATL) also put money into the round. Coatue Management led a $590 million Series F of Sila.',
    expect: [
      { parties: ['Porsche', 'Group14 Technologies'], type: 'investment' },
      { parties: ['ATL', 'Group14 Technologies'], type: 'investment' },
    ],
    reject: [{ parties: ['Porsche', 'ATL'] }],
  },
  {
    name: 'a labelled deal line over a party line ("Deal: Acquisition of Li-Cycle Holdings Corp." then "Buyer: Glencore") is one deal of the two',
    text: 'Deal: Acquisition of Li-Cycle Holdings Corp.\nBuyer: Glencore\nProcess: court-supervised sale\nStatus: purchase agreement signed; subject to court approval\n',
    expect: [{ parties: ['Glencore', 'Li-Cycle'], type: 'acquisition' }],
  },
  {
    name: 'a second recipient of the goods after "and to" ("to Panasonic for its Kansas plant and to Toyota for its North Carolina factory"): one supply each',
    text: 'Redwood Materials has agreed to supply cathode active material and anode copper foil to Panasonic for its Kansas battery plant and to Toyota for its North Carolina battery factory.',
    expect: [
      { parties: ['Redwood Materials', 'Panasonic'], type: 'supply' },
      { parties: ['Redwood Materials', 'Toyota'], type: 'supply' },
    ],
  },
  {
    name: 'customers named in apposition to a possessive ("SK On\'s biggest customers, Ford Motor, Volkswagen and Hyundai Motor, are …"): one standing supply each',
    text: "SK On's biggest customers, Ford Motor, Volkswagen and Hyundai Motor, are all trimming their U.S. EV output plans.",
    expect: [
      { parties: ['SK On', 'Ford'], type: 'supply' },
      { parties: ['SK On', 'Volkswagen'], type: 'supply' },
      { parties: ['SK On', 'Hyundai Motor'], type: 'supply' },
    ],
    reject: [{ parties: ['Ford', 'Volkswagen', 'Hyundai Motor'] }],
  },
  {
    name: 'two owners of one company told in passing ("Ford owns 49% of the plant operator, while SK On holds the rest") are its joint venture\'s founders',
    text: 'Ford owns 49% of the plant operator, while SK On holds the rest.',
    expect: [{ parties: ['Ford', 'SK On'], type: 'joint_venture' }],
  },
  {
    name: 'an investor that "has backed" a company since a year holds a stake in it; a deal another "supersedes" is no new deal',
    text: 'Volkswagen has backed QuantumScape since 2012. The licence supersedes the QuantumScape–VW production JV.',
    expect: [{ parties: ['Volkswagen', 'QuantumScape'], type: 'investment' }],
    reject: [{ parties: ['QuantumScape', 'Volkswagen'], type: 'joint_venture' }],
  },
  {
    name: 'a partner of a known company named in "X and Y said they had signed" or "X and Y will build … through a joint venture"; a network set up "as a rival to" others is no deal with them',
    text: 'Stellantis and Orano said on Tuesday they had signed a memorandum of understanding to create a joint venture. Mercedes-Benz and MN8 Energy will build a charging network across North America through a 50:50 joint venture, setting up a rival to the networks run by Tesla and ChargePoint.',
    expect: [
      { parties: ['Stellantis', 'Orano'], type: 'mou' },
      { parties: ['Mercedes-Benz', 'MN8 Energy'], type: 'joint_venture' },
    ],
    reject: [{ parties: ['Mercedes-Benz', 'MN8 Energy', 'Tesla', 'ChargePoint'] }, { parties: ['Mercedes-Benz', 'Tesla', 'ChargePoint'] }],
  },
  {
    name: 'labelled party lines with no intro naming a company ("Acquirer: A" then "Target: B") are one deal of the two',
    text: 'DEAL SNAPSHOT\nAcquirer: Reliance New Energy Solar Ltd\nTarget: Faradion Ltd (Sheffield, UK; sodium-ion batteries)\nEnterprise value: GBP 100 million\n',
    expect: [{ parties: ['Reliance New Energy Solar', 'Faradion'], type: 'acquisition' }],
  },
  {
    name: 'a company bought told in a relative clause (", which Mazda agreed to buy"; ", which was bought out of receivership by India\'s Exicom"); a prefecture is no party',
    text: "Mazda signed a construction agreement with Yamaguchi Prefecture on Thursday. The plant will stand on the former works of Asahi Kasei, which Mazda agreed to buy. Tritium, which was bought out of receivership by India's Exicom last year, is hiring engineers again.",
    expect: [
      { parties: ['Mazda', 'Asahi Kasei'], type: 'acquisition' },
      { parties: ['Exicom', 'Tritium'], type: 'acquisition' },
    ],
    reject: [{ parties: ['Mazda', 'Yamaguchi Prefecture'] }],
  },
  {
    name: 'a share of a named company sold to a buyer ("sold about 10% of Electrify America to Siemens") is the seller\'s and the buyer\'s; the company whose shares they are is no party',
    text: 'Volkswagen set up Electrify America in 2016. It sold about 10% of Electrify America to Siemens on June 28, 2022.',
    expect: [{ parties: ['Volkswagen', 'Siemens'], type: 'acquisition', date: { start: '2022-06-28' } }],
    reject: [{ parties: ['Volkswagen', 'Electrify America'], type: 'acquisition' }],
  },
];
