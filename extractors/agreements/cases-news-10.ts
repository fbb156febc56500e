/**
 * A tenth set of agreement case rows in the shapes of business news (cases.ts joins them with
 * the others): each row against a defect that fresh text showed (seeds/agreements/README.md,
 * 1.2.14: the blind sets art22, art23 and b45).
 */
import type { AgreementExpectation, Case } from '../cases.ts';

type AgreementCase = Case<AgreementExpectation>;

export const en: AgreementCase[] = [
    {
      name: 'a seller paid for what it sells ("will pay B €6.2 billion for C"); an owner in the subject\'s description ("the KKR-owned parts maker") is no party',
      text: 'Calsonic Kansei, the KKR-owned parts maker, will pay Fiat Chrysler €6.2 billion for Magneti Marelli.',
      expect: [{ parties: ['Calsonic Kansei', 'Fiat Chrysler'], type: 'acquisition' }],
      reject: [{ parties: ['KKR', 'Fiat Chrysler'] }],
    },
    {
      name: 'an asset "bought from A by B" is a deal of seller and buyer; "A became B\'s third-largest shareholder" an investment',
      text: "The Tanco mine in Manitoba, bought from Cabot by China's Sinomine Resource Group in 2019, is being refitted. Geely became Aston Martin's third-largest shareholder after raising its holding to 17%.",
      expect: [
        { parties: ['Cabot', 'Sinomine Resource'], type: 'acquisition', date: { start: '2019', end: '2019', granularity: 'year' } },
        { parties: ['Geely', 'Aston Martin'], type: 'investment' },
      ],
    },
    {
      name: 'a company "formed" by several is their venture ("A, B and C have formed ChargeScape"); the venture named as "a 50:50 company" is none of its founders',
      text: "BMW Group, Ford Motor and Honda have formed ChargeScape, in equal thirds, to link EV owners' charging to utilities. Stellantis and Nidec have created Emotors, a 50:50 company that will produce motors.",
      expect: [
        { parties: ['BMW', 'Ford', 'Honda'], type: 'joint_venture' },
        { parties: ['Stellantis', 'Nidec'], type: 'joint_venture' },
      ],
      reject: [{ parties: ['Stellantis', 'Nidec', 'Emotors'] }],
    },
    {
      name: '"will co-create", "teaming up on", "A\'s purchase of B", "a construction contract to B"',
      text: "Stellantis and Amazon will co-create the software behind the carmaker's cockpit. Gogoro and Gojek are teaming up on a battery-swapping pilot in Jakarta. Albemarle's purchase of Guangxi Tianyuan New Energy Materials, a converter near the port, will add capacity. For its third train Albemarle has handed an A$200 million construction contract to Monadelphous.",
      expect: [
        { parties: ['Stellantis', 'Amazon'], type: 'co_development' },
        { parties: ['Gogoro', 'GoTo'], type: 'partnership' },
        { parties: ['Albemarle', 'Guangxi Tianyuan New Energy Materials'], type: 'acquisition' },
        { parties: ['Albemarle', 'Monadelphous'], type: 'technical_service' },
      ],
    },
    {
      name: 'owners listed with "the" before one of them are all the venture\'s ("owned by A, B, the Volkswagen Group and C"); a shareholder joining the company is its investor, not theirs',
      text: 'Ionity, the fast-charging network owned by BMW Group, Mercedes-Benz, Ford, the Volkswagen Group and Hyundai Motor Group, will raise 700 million euros, with BlackRock joining as a new shareholder through one of its funds.',
      expect: [
        { parties: ['BMW', 'Mercedes-Benz', 'Ford', 'Volkswagen', 'Hyundai Motor'], type: 'joint_venture' },
        { parties: ['BlackRock', 'Ionity'], type: 'investment' },
      ],
      reject: [{ parties: ['Ford', 'BlackRock'] }, { parties: ['BMW', 'Ionity'] }],
    },
    {
      name: 'a dateline\'s date is the story\'s: "said on Wednesday" dates the deal',
      text: "GENEVA, June 8, 2023 — STMicroelectronics has agreed with China's Sanan Optoelectronics to set up a joint venture in Chongqing, the two companies said on Wednesday.",
      referenceDate: '2023-06-08',
      expect: [{ parties: ['STMicroelectronics', 'Sanan Optoelectronics'], type: 'joint_venture', date: { start: '2023-06-07', end: '2023-06-07', granularity: 'day' } }],
    },
    {
      name: '"… has signed a subscription agreement and a binding offtake agreement with B" shares the verb\'s date (not the shipments\' third quarter, after the story)',
      text: 'BELMONT, N.C., February 16, 2023 – Piedmont Lithium Inc. ("Piedmont") today announced that it has signed a subscription agreement and a binding offtake agreement with LG Chem, with shipments planned to begin in the third quarter of 2023.',
      referenceDate: '2023-02-16',
      expect: [{ parties: ['Piedmont Lithium', 'LG Chem'], date: { start: '2023-02-16', end: '2023-02-16', granularity: 'day' } }],
    },
];

export const ja: AgreementCase[] = [
    {
      name: '「Xに約1億ドルを投じる」 invests in X; not in one\'s own subsidiary or in a plant',
      text: '中国の海南鉱業は、英コダル・ミネラルズに約1億1800万ドルを投じる。住友金属鉱山は子会社の日向製錬所に約280億円を投じる。トヨタは米ケンタッキー工場に約30億ドルを投じて新ラインを設けた。',
      expect: [{ parties: ['海南鉱業', 'コダル・ミネラルズ'], type: 'investment' }],
      reject: [{ type: 'investment', parties: ['Sumitomo Metal Mining', '日向製錬所'] }],
    },
    {
      name: '「…セマコネクトも約2億ドルで買収した」 after the clause\'s topic: a second target; an exit describing what is sold (「撤退を決めた事業のうち…売却」) ends no deal',
      text: '米ブリンク・チャージングは2022年4月、英国の充電事業者EBチャージングを傘下に収めた。同社は続く6月、メリーランド州の充電器メーカー、セマコネクトも約2億ドルで買収した。ジョンソン・マッセイは26日、撤退を決めた事業のうち、工場をトヨタに5000万ポンドで売却すると発表した。',
      referenceDate: '2024-05-27',
      expect: [
        { parties: ['ブリンク・チャージング', 'EBチャージング'], type: 'acquisition' },
        { parties: ['ブリンク・チャージング', 'セマコネクト'], type: 'acquisition' },
        { parties: ['Johnson Matthey', 'Toyota'], type: 'acquisition' },
      ],
    },
    {
      name: 'an interest bought from a seller at a price (「Bから…権益を5億ドルで買い取った」), a share of it passed on (「その25%をCに…で譲る」)',
      text: '中国の洛陽欒川モリブデン業集団（CMOC）は2020年12月、米フリーポート・マクモランからキサンフ鉱山の権益を5億5000万ドルで買い取った。同社は翌21年4月、その25%を寧徳時代新能源科技（CATL）に1億3750万ドルで譲ることを決めた。',
      expect: [
        { parties: ['CMOC', 'Freeport-McMoRan'], type: 'acquisition' },
        { parties: ['CMOC', 'CATL'], type: 'acquisition' },
      ],
    },
  ];
