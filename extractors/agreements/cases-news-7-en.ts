/**
 * The English rows of the seventh set of agreement case rows (cases-news-7.ts holds the
 * Japanese; cases.ts joins them with the others): each row against a defect that fresh text
 * showed (seeds/agreements/README.md, 1.2.11).
 */
import type { AgreementExpectation, Case } from '../cases.ts';

type AgreementCase = Case<AgreementExpectation>;

export const en: AgreementCase[] = [
  {
    name: 'a comment in apposition ("…, a deal analysts compared with X\'s failed attempt to buy Y") is a clause of its own, and a failed attempt is no deal',
    text: "Stellantis and CATL signed a deal to build LFP cells in Spain, a move analysts compared with BYD's failed attempt to buy Leapmotor.",
    expect: [{ parties: ['Stellantis', 'CATL'] }],
    reject: [{ parties: ['CATL', 'Leapmotor'] }, { parties: ['BYD', 'Leapmotor'] }, { parties: ['Stellantis', 'Leapmotor'] }],
  },
  {
    name: 'a rival named by "the race with" is no partner',
    text: 'Stellantis and CATL signed a deal to build LFP cells in Spain, sharpening the race with BYD.',
    expect: [{ parties: ['Stellantis', 'CATL'] }],
    reject: [{ parties: ['Stellantis', 'CATL', 'BYD'] }],
  },
  {
    name: '"bought into" a company is an investment, not a purchase of it',
    text: 'Volkswagen bought into QuantumScape in 2012 by subscribing new shares.',
    expect: [{ parties: ['Volkswagen', 'QuantumScape'], type: 'investment', roles: { investor: ['Volkswagen'], investee: ['QuantumScape'] } }],
  },
  {
    name: 'work done "under a service agreement with" the other is a technical service',
    text: 'Maintenance of the chargers will be handled by ABB under a service agreement with Ionity, the network said.',
    expect: [{ parties: ['ABB', 'Ionity'], type: 'technical_service' }],
  },
  {
    name: 'an acquisition told in the apposition of the company bought ("X, the … maker that Y agreed to buy in August")',
    text: 'Northvolt, the Swedish battery maker that Lyten agreed to buy in August, restarted production.',
    expect: [{ parties: ['Lyten', 'Northvolt'], type: 'acquisition', roles: { acquirer: ['Lyten'], target: ['Northvolt'] } }],
  },
  {
    name: "money paid for the other's business (\"will pay $N in cash for X's … business\") buys it from its owner",
    text: "Renesas will pay $339 million in cash for Panasonic's automotive chip business.",
    expect: [{ parties: ['Renesas Electronics', 'Panasonic'], type: 'acquisition' }],
  },
  {
    name: "an order for the other's goods (\"A's order for B's chargers\"): A buys from B",
    text: "Ionity's order for ABB's fast chargers was the largest in Europe.",
    expect: [{ parties: ['Ionity', 'ABB'], type: 'supply', roles: { customer: ['Ionity'], supplier: ['ABB'] } }],
  },
  {
    name: 'goods "made by A have been selected by B and C": A supplies each',
    text: 'Power modules made by Rohm have been selected by Geely and Vitesco Technologies for new inverters.',
    expect: [
      { parties: ['Rohm', 'Geely'], type: 'supply', roles: { supplier: ['Rohm'], customer: ['Geely'] } },
      { parties: ['Rohm', 'Vitesco Technologies'], type: 'supply', roles: { supplier: ['Rohm'], customer: ['Vitesco Technologies'] } },
    ],
    reject: [{ parties: ['Geely', 'Vitesco Technologies'] }],
  },
  {
    name: 'a second deal of the same pair told after "when it" ("had an offtake agreement with A when it bought a stake in the Australian miner"): two records, the reference another company than the subject',
    text: 'Ford already had a lithium offtake agreement with Liontown Resources when it bought a 5% stake in the Australian miner this year.',
    expect: [
      { parties: ['Ford', 'Liontown Resources'], type: 'supply' },
      { parties: ['Ford', 'Liontown Resources'], type: 'investment' },
    ],
  },
  {
    name: 'a term sheet "turned into" a binding contract is a second deal of the pair',
    text: 'SK On signed a non-binding term sheet with Westwater Resources in 2022 and turned it into a binding offtake contract in 2023, securing graphite from the U.S. producer.',
    expect: [
      { parties: ['SK On', 'Westwater Resources'], type: 'loi' },
      { parties: ['SK On', 'Westwater Resources'], type: 'supply' },
    ],
  },
  {
    name: 'a company "was set up … by A and B": their joint venture',
    text: 'Ultium Cells was set up in 2019 by General Motors and LG Energy Solution.',
    expect: [{ parties: ['General Motors', 'LG Energy Solution'], type: 'joint_venture' }],
  },
  {
    name: 'a reference by nationality ("the British company", "the Japanese battery maker") stands for the company of that country named before',
    text: 'Panasonic Energy agreed in 2023 to buy silicon anode material from Nexeon. Later, the British company agreed to license its process to the Japanese battery maker.',
    expect: [
      { parties: ['Panasonic Energy', 'Nexeon'], type: 'supply', roles: { customer: ['Panasonic Energy'], supplier: ['Nexeon'] } },
      { parties: ['Panasonic Energy', 'Nexeon'], type: 'licensing', roles: { licensor: ['Nexeon'], licensee: ['Panasonic Energy'] } },
    ],
  },
  {
    name: 'an investment said to be "not a priority" is no deal',
    text: 'Northvolt had been in talks with CATL. Days later a CATL founder said investing in Northvolt was "not a priority" for the Chinese company.',
    expect: [],
    reject: [{ parties: ['CATL', 'Northvolt'] }],
  },
  {
    name: 'a supplier "tapped" to supply goods: the one who taps it buys',
    text: 'Rivian has tapped Samsung SDI to supply cylindrical cells for its R2 model.',
    expect: [{ parties: ['Rivian', 'Samsung SDI'], type: 'supply', roles: { customer: ['Rivian'], supplier: ['Samsung SDI'] } }],
  },
  {
    name: 'an asset bought from its seller ("bought the … project in Argentina from B"): a deal of buyer and seller',
    text: 'Ganfeng Lithium bought the Mariana lithium project in Argentina from Lithium Americas for $150 million.',
    expect: [{ parties: ['Ganfeng Lithium', 'Lithium Americas'], type: 'acquisition', roles: { acquirer: ['Ganfeng Lithium'] } }],
  },
  {
    name: 'rivals compared ("overtook X …, shipping 40 GWh to X\'s roughly 35 GWh") make no deal',
    text: "CATL overtook LG Energy Solution as the largest battery supplier in Europe, shipping 40 GWh to LG Energy Solution's roughly 35 GWh.",
    expect: [],
    reject: [{}],
  },
  {
    name: 'a comment in apposition about what the deal builds (", a network analysts see as a challenge to X") names no party',
    text: "Ionity teamed up with ABB to build 1,000 chargers in Italy, a network analysts see as a challenge to Tesla's Superchargers.",
    expect: [{ parties: ['Ionity', 'ABB'] }],
    reject: [{ parties: ['Ionity', 'ABB', 'Tesla'] }],
  },
  {
    name: 'a rival named by "competition with rival utility X" is no party',
    text: 'Enel X will source chargers from ABB under a framework deal, stepping up competition with rival utility Iberdrola.',
    expect: [{ parties: ['Enel X', 'ABB'], type: 'supply' }],
    reject: [{ parties: ['Enel X', 'ABB', 'Iberdrola'] }, { parties: ['ABB', 'Iberdrola'] }],
  },
  {
    name: 'a company "an equally owned maker" in apposition is the venture, no founder; "the new company" is it',
    text: 'Renault and Geely have launched Horse Powertrain, an equally owned maker of engines. Saudi Aramco agreed to take a 10% stake in the new company.',
    expect: [
      { parties: ['Renault', 'Geely'], type: 'joint_venture' },
      { parties: ['Saudi Aramco', 'Horse Powertrain'], type: 'investment' },
    ],
    reject: [{ parties: ['Renault', 'Geely', 'Horse Powertrain'] }, { parties: ['Saudi Aramco', 'Geely'] }],
  },
  {
    name: 'a stake in X bought from its holder ("a 24% stake in SQM from Nutrien"): a deal of buyer and seller, X no party',
    text: 'Tianqi Lithium agreed to buy a 24% stake in SQM from Nutrien.',
    expect: [{ parties: ['Tianqi Lithium', 'Nutrien'] }],
    reject: [{ parties: ['Tianqi Lithium', 'SQM'] }],
  },
  {
    name: 'a table cell that names nobody ("| undisclosed | LG Energy Solution |") is no party',
    text: '| Date | Buyer / customer | Seller / supplier | What |\n|---|---|---|---|\n| 28 Jul 2025 | Tesla | Samsung Electronics | foundry contract |\n| 30 Jul 2025 | undisclosed | LG Energy Solution | LFP batteries |\n',
    expect: [{ parties: ['Tesla', 'Samsung Electronics'] }],
    reject: [{ parties: ['undisclosed', 'LG Energy Solution'] }],
  },
  {
    name: 'a rival named by "able to take on X" is no one a reference stands for ("the Kyoto-based chipmaker" is the company bought)',
    text: 'Denso has offered to buy Rohm, a deal that could give Japan a power-chip group able to take on Infineon Technologies. Denso already owns about 5% of the Kyoto-based chipmaker.',
    expect: [{ parties: ['Denso', 'Rohm'] }],
    reject: [{ parties: ['Denso', 'Infineon Technologies'] }],
  },
  {
    name: 'a stake "in the silicon carbide unit of X": X is the investee, each payer its investor',
    text: 'In October 2023 Denso and Mitsubishi Electric each paid $500 million for a 12.5% stake in the silicon carbide unit of Coherent, which kept the remaining 75%.',
    expect: [
      { parties: ['Denso', 'Coherent'], type: 'investment' },
      { parties: ['Mitsubishi Electric', 'Coherent'], type: 'investment' },
    ],
    reject: [{ parties: ['Denso', 'Mitsubishi Electric'] }],
  },
  {
    name: 'an arrangement "agreed with X to …" is a partnership, its subject the sentence\'s before when it is "it"',
    text: 'Rohm makes SiC chips in Miyazaki. In the same month it agreed with Toshiba Electronic Devices & Storage Corp. to split production.',
    expect: [{ parties: ['Rohm', 'Toshiba Electronic Devices & Storage'], type: 'partnership' }],
  },
  {
    name: 'a plant "to be owned jointly by" two (references by nationality and sector) is their joint venture',
    text: 'VinFast and Gotion High-Tech signed the papers for a cell factory in Ha Tinh province. The plant, to be owned jointly by the Vietnamese carmaker and the Chinese battery maker, will start with 5 GWh of capacity.',
    expect: [{ parties: ['VinFast', 'Gotion High-Tech'], type: 'joint_venture' }],
  },
  {
    name: 'goods a customer agreed to use, in passing ("A, whose … powder B agreed in 2021 to use")',
    text: 'Sila, whose Titan Silicon anode powder Mercedes-Benz agreed in 2021 to use in an electric G-Class, broke ground on a second factory.',
    expect: [{ parties: ['Sila Nanotechnologies', 'Mercedes-Benz'], type: 'supply', roles: { supplier: ['Sila Nanotechnologies'], customer: ['Mercedes-Benz'] } }],
  },
  {
    name: 'a plant three "will jointly build" is their joint venture, one deal of all three',
    text: 'Ford, SK On and EcoPro BM will jointly build a cathode plant in Quebec, the three companies said.',
    expect: [{ parties: ['Ford', 'SK On', 'EcoPro BM'], type: 'joint_venture' }],
  },
  {
    name: 'a contract "awarded … by" the customer "to supply": the one awarded supplies',
    text: 'Valeo has been awarded a contract by Stellantis to supply its third-generation lidar, the French parts maker said.',
    expect: [{ parties: ['Valeo', 'Stellantis'], type: 'supply', roles: { supplier: ['Valeo'], customer: ['Stellantis'] } }],
  },
  {
    name: 'a company that "signed on as a customer of" another buys from it',
    text: 'Mercedes-Benz has signed on as a customer of Envision AESC, which will build cells for its electric SUVs.',
    expect: [{ parties: ['Mercedes-Benz', 'Envision AESC'], type: 'supply', roles: { customer: ['Mercedes-Benz'], supplier: ['Envision AESC'] } }],
  },
  {
    name: 'goods made for a customer "under a long-term contract", told in a relative clause',
    text: 'A fire broke out at a warehouse run by LG Chem, which makes cathode materials there for General Motors under a long-term contract.',
    expect: [{ parties: ['LG Chem', 'General Motors'], type: 'supply', roles: { supplier: ['LG Chem'], customer: ['General Motors'] } }],
  },
  {
    name: 'a company "…, the X designer, was bought by" B; "the purchase of A\'s division by B"; buying "the X shares it does not already own"',
    text: 'Mobileye, the Israeli driver-assistance developer, was bought by Intel in 2017. The $550 million purchase of Lyft\'s self-driving division by Woven Planet Holdings was completed. Geely agreed to buy the Zeekr shares it does not already own.',
    expect: [
      { parties: ['Intel', 'Mobileye'], type: 'acquisition' },
      { parties: ['Woven by Toyota', 'Lyft'], type: 'acquisition' },
      { parties: ['Geely', 'Zeekr'], type: 'acquisition' },
    ],
  },
  {
    name: 'an ambiguous name listed with a company is confirmed for the rest of the text ("Iveco and Nikola …; Iveco bought out Nikola\'s stake")',
    text: 'Iveco and Nikola formed a joint venture in 2020. Three years later, Iveco bought out Nikola\'s stake in the venture for $35 million.',
    expect: [
      { parties: ['Iveco', 'Nikola'], type: 'joint_venture' },
      { parties: ['Iveco', 'Nikola'], type: 'acquisition' },
    ],
  },
  {
    name: 'a stake bought out from a fund ("bought out SoftBank Vision Fund 2\'s stake in Cruise"): buyer and seller; a venture in passing ("the … venture Renault set up with Plug Power")',
    text: 'General Motors bought out SoftBank Vision Fund 2\'s stake in Cruise for $2.1 billion. Hyvia, the hydrogen van venture Renault set up with Plug Power in 2021, was placed in liquidation.',
    expect: [
      { parties: ['General Motors', 'SoftBank Vision Fund'], type: 'acquisition' },
      { parties: ['Renault', 'Plug Power'], type: 'joint_venture' },
    ],
    reject: [{ parties: ['General Motors', 'Cruise'] }],
  },
  {
    name: 'a minority share held ("also owns about 21% of X") is an investment; the parties\' own deal named before it "was cancelled" stays a record',
    text: 'Stellantis also owns about 21% of Leapmotor. Nissan and Honda signed a memorandum of understanding on an integration in December. Their memorandum of understanding was cancelled in February.',
    expect: [
      { parties: ['Stellantis', 'Leapmotor'], type: 'investment' },
      { parties: ['Nissan', 'Honda'], type: 'mou' },
    ],
  },
  {
    name: '"the two" followed by an adverb ("the two formally launched X, a 50-50 joint venture") stands for the pair named before',
    text: 'Volkswagen agreed in June 2024 to invest up to $5 billion in Rivian. Five months later the two formally launched Rivian and VW Group Technology, a 50-50 joint venture for software.',
    expect: [
      { parties: ['Volkswagen', 'Rivian'], type: 'investment' },
      { parties: ['Volkswagen', 'Rivian'], type: 'joint_venture' },
    ],
  },
  {
    name: 'an ambiguous name after "teamed with" is a company ("BP teamed with Hertz")',
    text: 'BP teamed with Hertz on Wednesday to build a national network of fast chargers.',
    expect: [{ parties: ['BP', 'Hertz'], type: 'partnership' }],
  },
  {
    name: '"the takeover of … X by Y"; a share held as a fraction ("owns roughly a fifth of X"); an arrangement "shelved … before any contract was signed" is none',
    text: 'The takeover of collapsed UK battery start-up Britishvolt by Recharge Industries was completed in March. Porsche, which owns roughly a fifth of Croatia\'s Rimac Group, reviewed the holding. Ola Electric shelved a proposed cell-sourcing arrangement with LG Energy Solution before any contract was signed.',
    expect: [
      { parties: ['Recharge Industries', 'Britishvolt'], type: 'acquisition' },
      { parties: ['Porsche', 'Rimac Group'], type: 'investment' },
    ],
    reject: [{ parties: ['Ola Electric', 'LG Energy Solution'] }],
  },
];
