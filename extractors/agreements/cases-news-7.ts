/**
 * A seventh set of agreement case rows in the shapes of business news, Japanese and English
 * (cases.ts joins them with the others): each row against a defect that fresh text showed
 * (seeds/agreements/README.md, 1.2.11).
 */
import type { AgreementExpectation, Case } from '../cases.ts';

type AgreementCase = Case<AgreementExpectation>;

export const ja: AgreementCase[] = [
  {
    name: 'a maker whose goods are the subject of a passive (「AのXが、BとCに採用された」) supplies each of them, not one deal of all three',
    text: '住友化学の正極材が、パナソニック エナジーとLGエナジーソリューションに採用された。',
    expect: [
      { parties: ['Sumitomo Chemical', 'Panasonic Energy'], type: 'supply', roles: { supplier: ['Sumitomo Chemical'], customer: ['Panasonic Energy'] } },
      { parties: ['Sumitomo Chemical', 'LG Energy Solution'], type: 'supply', roles: { supplier: ['Sumitomo Chemical'], customer: ['LG Energy Solution'] } },
    ],
    reject: [{ parties: ['Panasonic Energy', 'LG Energy Solution'] }],
  },
  {
    name: 'the subject (が, no comma) of the first sentence is whom a paragraph without a subject goes on about, not the topic of a side remark in the paragraph before (「出光は千葉県で…」)',
    text: '日産自動車が電池の調達先を広げている。\n\n2024年5月には出光興産と、固体電解質の供給で合意した。出光は千葉県で工場を建設する。\n\nさらに同年10月、住友金属鉱山と正極材の共同開発契約を結んだ。',
    expect: [
      { parties: ['Nissan', 'Idemitsu Kosan'], type: 'supply' },
      { parties: ['Nissan', 'Sumitomo Metal Mining'], type: 'co_development' },
    ],
    reject: [{ parties: ['Idemitsu Kosan', 'Sumitomo Metal Mining'] }],
  },
];

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
];
