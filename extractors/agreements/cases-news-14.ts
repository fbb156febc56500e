/**
 * A fourteenth set of agreement case rows in the shapes of business news (cases.ts joins them
 * with the others): each row against a defect that fresh text showed (seeds/agreements/README.md,
 * 1.2.24).
 */
import type { AgreementExpectation, Case } from '../cases.ts';

type AgreementCase = Case<AgreementExpectation>;

export const ja: AgreementCase[] = [
  {
    name: 'a count whose bracket lists its members (「国内の部品メーカー2社（デンソー、アイシン）から」): each member takes the particle after the bracket; a bracket that lists no companies stays a note (「部品メーカー3社（いずれも非上場）と」)',
    text: 'トヨタは、国内の部品メーカー2社（デンソー、アイシン）から部品を調達する。ホンダは部品メーカー3社（いずれも非上場）と提携した。',
    referenceDate: '2026-03-02',
    expect: [
      { parties: ['Toyota', 'Denso'], type: 'supply', roles: { customer: ['Toyota'], supplier: ['Denso'] } },
      { parties: ['Toyota', 'Aisin'], type: 'supply', roles: { customer: ['Toyota'], supplier: ['Aisin'] } },
    ],
    reject: [{ parties: ['Denso', 'Aisin'] }],
  },
];

export const en: AgreementCase[] = [
  {
    name: 'a supplier chosen for goods ("MAN Truck & Bus has chosen Allison Transmission for the electric axles"): the chooser buys',
    text: 'Volvo Buses will source e-motors from Meritor, while MAN Truck & Bus has chosen Allison Transmission for the electric axles of its coaches.',
    referenceDate: '2026-03-02',
    expect: [{ parties: ['MAN Truck & Bus', 'Allison Transmission'], type: 'supply', roles: { customer: ['MAN Truck & Bus'], supplier: ['Allison Transmission'] } }],
  },
  {
    name: 'owners with their shares of a company being formed, the verb said once ("Toyota will hold 51% and Saudi Arabia\'s ACWA Power 49% of a new company"), are its founders; minority stakes in a named company are not a venture ("Toyota holds 20% and Denso holds 5% of Aisin")',
    text: "Under the agreement, Toyota will hold 51% and Saudi Arabia's ACWA Power 49% of a new company that will assemble electrolysers. Toyota holds 20% and Denso holds 5% of Aisin.",
    referenceDate: '2026-03-02',
    expect: [{ parties: ['Toyota', 'ACWA Power'], type: 'joint_venture' }],
    reject: [{ parties: ['Toyota', 'Denso'] }],
  },
];
