/**
 * A twenty-first set of agreement case rows in the shapes of business news (cases.ts joins them
 * with the others): each row against a defect that fresh text showed (seeds/agreements/README.md,
 * 1.2.44).
 */
import type { AgreementExpectation, Case } from '../cases.ts';

type AgreementCase = Case<AgreementExpectation>;

export const ja: AgreementCase[] = [
  {
    name: '同社 after a group subject is another company than the group (「両社は…同社から…供給を受ける契約」), and a group that buys from one supplier makes one record per customer; the maker of a vehicle goods are for is the customer (「Bが26年に投入する新型EV向けの…を、Aが受注した」), not dated by the launch',
    text: 'パナソニックとトヨタ自動車は2023年、米コヒレントに出資した。両社は今年、同社から基板の供給を受ける契約も結んだ。\n\n日産自動車が26年に投入する新型EV向けのモーターを、ニデックが受注した。',
    expect: [
      { parties: ['Coherent', 'Panasonic'], type: 'supply', roles: { supplier: ['Coherent'], customer: ['Panasonic'] } },
      { parties: ['Coherent', 'Toyota'], type: 'supply', roles: { supplier: ['Coherent'], customer: ['Toyota'] } },
      { parties: ['Nidec', 'Nissan'], type: 'supply', date: null, roles: { supplier: ['Nidec'], customer: ['Nissan'] } },
    ],
    reject: [{ parties: ['Panasonic', 'Toyota'], type: 'supply' }, { parties: ['Coherent', 'Panasonic', 'Toyota'] }],
  },
  {
    name: 'the group a company works in is no party (「SKグループで電池事業を担うSKオンと、…は」); the investors of a capital increase told after it (「今回の増資は豊田通商が主導し、…も引き受けた」); two recipients joined by 「と、」 (「Bと、Cに納入する」); the business of B taken as the topic is bought by A (「Bの水素事業は、Aが買い取る」)',
    text: '韓国のSKグループで電池事業を担うSKオンと、米フォード・モーターは合弁会社を設立した。\n\n全固体電池を開発するAPBは、第三者割当増資で約50億円を調達した。今回の増資は豊田通商が主導し、JFEスチールと大林組も引き受けた。\n\nCATLはこの電池を、吉利汽車傘下のボルボ・カーズと、小鵬汽車に納入する。\n\n経営破綻した米ニコラの水素事業は、独ボッシュが買い取ることになった。',
    expect: [
      { parties: ['SK On', 'Ford'], type: 'joint_venture' },
      { parties: ['Toyota Tsusho', 'APB'], type: 'investment', roles: { investor: ['Toyota Tsusho'], investee: ['APB'] } },
      { parties: ['JFE Holdings', 'APB'], type: 'investment' },
      { parties: ['Obayashi', 'APB'], type: 'investment' },
      { parties: ['CATL', 'Volvo Cars'], type: 'supply', roles: { supplier: ['CATL'], customer: ['Volvo Cars'] } },
      { parties: ['CATL', 'XPeng'], type: 'supply' },
      { parties: ['Bosch', 'Nikola'], type: 'acquisition', roles: { acquirer: ['Bosch'] } },
    ],
    reject: [{ parties: ['SK Group', 'Ford'] }, { parties: ['Volvo Cars', 'XPeng'] }],
  },
  {
    name: 'a paragraph that opens on what something is for a company (「トクヤマにとっても…長年のテーマだ。」) goes on about that company: its venture and its partner after it (「…岩谷産業との合弁会社、X が…」「…東ソーと組み」)',
    text: 'ホンダは燃料電池の量産計画を見直した。\n\nトクヤマにとっても副生水素の活用は長年のテーマだ。13年からは岩谷産業との合弁会社、山口リキッドハイドロジェンが徳山製造所内で副生水素を液化している。15～19年度には東ソーと組み、水素を送る実証も手がけた。',
    expect: [
      { parties: ['Tokuyama', 'Iwatani'], type: 'joint_venture' },
      { parties: ['Tokuyama', 'Tosoh'], type: 'partnership' },
    ],
    reject: [{ parties: ['Honda', 'Iwatani'] }, { parties: ['Honda', 'Tosoh'] }],
  },
];

export const en: AgreementCase[] = [
  {
    name: "a name before an aside and the one after its 'and' are subjects together ('A, which already buys cells from …, and B, the battery arm of …, have signed an MOU'); the investors of money raised told after it ('LeapFrog Investments led the round, while existing backers B and C also put in money', 'Joining A in the round were B and C')",
    text: 'Hyundai Motor Group, which already buys cells from all three South Korean battery makers, and Panasonic Energy, the battery arm of the Japanese electronics group, have signed a memorandum of understanding on cylindrical cells.\n\nIndian battery-swapping network Battery Smart raised $65 million on Tuesday. LeapFrog Investments led the round, while existing backers Blume Ventures and Tiger Global also put in money.\n\nSodium-ion battery startup Peak Energy raised $55 million in a Series A round led by Xora Innovation. Joining Xora in the round were Eclipse Ventures and TDK Ventures.',
    expect: [
      { parties: ['Hyundai Motor Group', 'Panasonic Energy'], type: 'mou' },
      { parties: ['LeapFrog Investments', 'Battery Smart'], type: 'investment', roles: { investor: ['LeapFrog Investments'], investee: ['Battery Smart'] } },
      { parties: ['Blume Ventures', 'Battery Smart'], type: 'investment' },
      { parties: ['Tiger Global Management', 'Battery Smart'], type: 'investment' },
      { parties: ['Xora Innovation', 'Peak Energy'], type: 'investment' },
      { parties: ['Eclipse Ventures', 'Peak Energy'], type: 'investment', roles: { investor: ['Eclipse Ventures'], investee: ['Peak Energy'] } },
      { parties: ['TDK Ventures', 'Peak Energy'], type: 'investment' },
    ],
  },
  {
    name: "the maker of parts in a recalled vehicle supplied the carmaker ('recalling about 2,000 vans over a fire risk in battery packs made by B'); goods that 'would go to' B's plant and 'as well as to' C's; a venture's name in brackets is no founder ('a cathode venture (IONWAY)'); the parent of a unit's owner is no party ('Scania, the truck unit of Volkswagen's Traton'); a bank arranging the financing is none either; nor a reporter's description ('the Toyota group supplier said')",
    text: "Stellantis is recalling about 2,000 vans over a fire risk in battery packs made by Envision AESC.\n\nLG Chem said its cathode would go to Toyota's plant in North Carolina, as well as to GM's factory in Tennessee.\n\nUmicore and PowerCo have set up a cathode venture (IONWAY) in Poland.\n\nScania, the truck unit of Volkswagen's Traton, agreed to buy Northvolt's battery business in Poland.\n\nIberdrola and bp pulse agreed to form a joint venture in Spain, with Banco Santander arranging the financing.\n\nAisin's profit rose, helped by sales at BluE Nexus, its joint venture with Denso, the Toyota group supplier said.",
    expect: [
      { parties: ['Envision AESC', 'Stellantis'], type: 'supply', roles: { supplier: ['Envision AESC'], customer: ['Stellantis'] } },
      { parties: ['LG Chem', 'Toyota'], type: 'supply', roles: { supplier: ['LG Chem'], customer: ['Toyota'] } },
      { parties: ['LG Chem', 'General Motors'], type: 'supply' },
      { parties: ['Umicore', 'PowerCo'], type: 'joint_venture' },
      { parties: ['Scania', 'Northvolt'], type: 'acquisition' },
      { parties: ['Iberdrola', 'BP Pulse'], type: 'joint_venture' },
      { parties: ['Aisin', 'Denso'], type: 'joint_venture' },
    ],
    reject: [{ parties: ['Umicore', 'PowerCo', 'IONWAY'] }, { parties: ['Traton', 'Northvolt'] }, { parties: ['Iberdrola', 'Banco Santander'] }, { parties: ['Aisin', 'Denso'], type: 'supply' }, { parties: ['Toyota', 'Denso'] }],
  },
  {
    name: "a tracker's rows with one company above them: the company may be named in a row ('… for Umicore's needs', 'from Umicore's plant'); a header that describes the deal and names its dates is no date column ('What was agreed or announced'); an agreement for goods is a supply; a purchase completed, told by its noun, is an acquisition; a start of supply ('from 2020') dates no row",
    text: "Tracker: Umicore's battery-materials deals\n\nBelgium's Umicore spent five years building supply chains for cathode materials. The table lists the main agreements.\n\n| Date | Counterparty | What was agreed or announced | Volume / value |\n|---|---|---|---|\n| May 2019 | Glencore | Long-term agreement for cobalt hydroxide from Glencore's mines | a large part of Umicore's needs |\n| Oct. 2019 | Samsung SDI | Supply of NMC cathode materials from 2020, mostly from Umicore's plant in Korea | about 80,000 tonnes |\n| Nov. 30, 2019 | Freeport Cobalt | Umicore completes the purchase of the Kokkola cobalt refinery | - |",
    expect: [
      { parties: ['Glencore', 'Umicore'], type: 'supply', date: { start: '2019-05', end: '2019-05', granularity: 'month' } },
      { parties: ['Samsung SDI', 'Umicore'], type: 'supply', date: { start: '2019-10', end: '2019-10', granularity: 'month' } },
      { parties: ['Freeport Cobalt', 'Umicore'], type: 'acquisition' },
    ],
    reject: [{ parties: ['Samsung SDI', 'Umicore'], type: 'partnership' }],
  },
  {
    name: "ventures told in passing: an asset owned 'alongside' others ('which owns a 49% stake in the Greenbushes mine alongside China's Tianqi Lithium and IGO'), a company run 'with' a partner ('runs StarPlus Energy with Stellantis'), batteries built 'with B through' a named company, and the next partner with its verb left out ('…, and with C through X')",
    text: "Albemarle, which owns a 49% stake in the Greenbushes mine alongside China's Tianqi Lithium and IGO, said it would walk away.\n\nSamsung SDI already runs StarPlus Energy with Stellantis in Kokomo, Indiana.\n\nStellantis already runs several cell ventures. It builds batteries with Samsung SDI through StarPlus Energy in Kokomo, Indiana, and with LG Energy Solution through NextStar Energy in Windsor, Ontario.",
    expect: [
      { parties: ['Albemarle', 'Tianqi Lithium', 'IGO'], type: 'joint_venture' },
      { parties: ['Samsung SDI', 'Stellantis'], type: 'joint_venture' },
      { parties: ['Stellantis', 'LG Energy Solution'], type: 'joint_venture' },
    ],
    reject: [{ parties: ['Albemarle', 'Tianqi Lithium'], type: 'investment' }, { parties: ['Samsung SDI', 'StarPlus Energy', 'Stellantis'] }],
  },
];
