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
  {
    name: 'parallel pairs whose first partner carries a description with its comma (「大阪ガスはフィンランドの水素貯蔵ベンチャー、ヒドロゲン・アルフィに、東邦ガスは仏ジェンヴィアに、それぞれ出資した」); work taken on with its term between (「保守業務を3年間の契約で受託した」); a company a counted group owns (「A、B、Cの3社が出資する…リース会社」) is their venture',
    text: '大阪ガスはフィンランドの水素貯蔵ベンチャー、ヒドロゲン・アルフィに、東邦ガスは仏ジェンヴィアに、それぞれ出資した。日本車輌製造は台湾高速鉄道から、車両基地に置く非常用蓄電設備の保守業務を3年間の契約で受託した。京セラ、九州電力、鹿児島銀行の3社が出資する蓄電池のリース会社が来月1日に発足する。',
    referenceDate: '2026-03-02',
    expect: [
      { parties: ['Osaka Gas', 'ヒドロゲン・アルフィ'], type: 'investment' },
      { parties: ['Toho Gas', 'ジェンヴィア'], type: 'investment' },
      { parties: ['Nippon Sharyo', 'Taiwan High Speed Rail'], type: 'technical_service', roles: { provider: ['Nippon Sharyo'], client: ['Taiwan High Speed Rail'] } },
      { parties: ['Kyocera', 'Kyushu Electric Power', 'Kagoshima Bank'], type: 'joint_venture' },
    ],
    reject: [{ parties: ['Osaka Gas', 'ジェンヴィア'] }, { parties: ['Toho Gas', 'ヒドロゲン・アルフィ'] }],
  },
  {
    name: 'a bank taken on as an adviser (「Xを財務アドバイザーに起用」) is no party of the deal it advises on',
    text: '日本ガイシは、みずほ証券を財務アドバイザーに起用したうえで、独ハイドロセル・バッテリーの全株式を取得した。',
    referenceDate: '2026-03-02',
    expect: [{ parties: ['NGK Insulators', 'ハイドロセル・バッテリー'], type: 'acquisition' }],
    reject: [{ parties: ['NGK Insulators', 'Mizuho Securities'] }],
  },
  {
    name: 'whether two will team up still undecided (「…と組むかどうかは未定だ」) is no deal',
    text: '水素運搬船の建造で、三菱重工業が韓国のサムスン重工業と組むかどうかは未定だ。',
    referenceDate: '2026-03-02',
    expect: [],
    reject: [{ parties: ['Mitsubishi Heavy Industries', 'Samsung Heavy Industries'] }],
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
  {
    name: 'retained by a client to oversee work; a stake only weighed or a plan only studied and dropped is no deal ("is said to be weighing a stake in", "dropped the idea of a plant that it had been studying with"), but goods "weighing 300 kg" are no doubt',
    text: 'Engineering firm Sargent & Lundy has been retained by Tucson Electric Power to oversee construction of a battery plant. CATL is said to be weighing a stake in Lithium Ionic. Panasonic Energy has dropped the idea of a European cell plant that it had been studying with Equinor and Hydro. CATL will supply packs weighing 300 kg to Volvo.',
    referenceDate: '2026-03-02',
    expect: [
      { parties: ['Tucson Electric Power', 'Sargent & Lundy'], type: 'technical_service', roles: { client: ['Tucson Electric Power'], provider: ['Sargent & Lundy'] } },
      { parties: ['CATL', 'Volvo Cars'], type: 'supply' },
    ],
    reject: [{ parties: ['CATL', 'Lithium Ionic'] }, { parties: ['Panasonic Energy', 'Equinor'] }, { parties: ['Panasonic Energy', 'Norsk Hydro'] }],
  },
  {
    name: 'no deal while "no contract has been signed" or "nothing had been signed", nor a reported sale the company calls "speculation"; a deal whose "contract value" is not disclosed stays',
    text: 'Grupo Norte is negotiating with Chinese truck maker JAC Motors over 300 electric vans; no contract has been signed. Terrafame said talks with Volvo Cars over a nickel supply contract were continuing and that nothing had been signed. Wärtsilä called a newspaper report of an agreed sale of its storage unit to Powin "speculation". Northvolt signed a supply deal with Scania; no contract value was disclosed.',
    referenceDate: '2026-03-02',
    expect: [{ parties: ['Northvolt', 'Scania'], type: 'supply' }],
    reject: [{ parties: ['Grupo Norte', 'JAC Motors'] }, { parties: ['Terrafame', 'Volvo Cars'] }, { parties: ['Wärtsilä', 'Powin'] }],
  },
];
