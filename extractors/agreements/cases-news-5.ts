/**
 * A fifth set of agreement case rows in the shapes of business news (cases.ts joins them with
 * the others): each row against a defect that fresh text showed (seeds/agreements/README.md,
 * 1.2.8).
 */
import type { AgreementExpectation, Case } from '../cases.ts';

type AgreementCase = Case<AgreementExpectation>;

export const ja: AgreementCase[] = [
  {
    name: 'the one supplied, named by 向けの / への before a supply contract, is its other party; one record per customer',
    text: '住友金属鉱山は、トヨタ向けの正極材の長期供給契約を締結した。パナソニックエナジーは28日、米テスラ向けの円筒形電池の供給契約を2031年まで延長することで合意した。デンソーはホンダへの電動コンプレッサーの供給契約を結んだ。ニデックは、日産と三菱自動車向けの駆動モーターの供給契約を結んだ。',
    expect: [
      { parties: ['Sumitomo Metal Mining', 'Toyota'], type: 'supply' },
      { parties: ['Panasonic Energy', 'Tesla'], type: 'supply' },
      { parties: ['Denso', 'Honda'], type: 'supply' },
      { parties: ['Nidec', 'Nissan'], type: 'supply' },
      { parties: ['Nidec', 'Mitsubishi Motors'], type: 'supply' },
    ],
    reject: [{ parties: ['Nidec', 'Nissan', 'Mitsubishi Motors'] }],
  },
  {
    name: 'negative: with the party it is made with named (Bと), the end customer named by 向け is no party of the supply contract',
    text: '住友金属鉱山はパナソニックと、テスラ向けの電池に使う正極材の供給契約を結んだ。',
    expect: [{ parties: ['Sumitomo Metal Mining', 'Panasonic'], type: 'supply' }],
    reject: [{ parties: ['Sumitomo Metal Mining', 'Panasonic', 'Tesla'] }, { parties: ['Sumitomo Metal Mining', 'Tesla'] }],
  },
  {
    name: 'the maker of the product the goods are for (「Bが生産する…向けに」) is the customer of the clause subject\'s shipments',
    text: '住友電気工業は今月、ホンダが米オハイオ州で生産する新型EV向けに、高電圧ワイヤーハーネスの出荷を始めた。マクセルは、デンソーが量産する車載カメラ向けに耐熱コイン形リチウム電池を納めている。',
    expect: [
      { parties: ['Sumitomo Electric Industries', 'Honda'], type: 'supply' },
      { parties: ['Maxell', 'Denso'], type: 'supply' },
    ],
  },
  {
    name: 'a list line led by a company\'s name and a colon (「・ホンダ：…」) has that company as its subject; talks are no deal',
    text: '・ホンダ：LGエナジーソリューションと合弁（米オハイオ州）\n・トヨタ：LGエナジーソリューションから電池調達（米ミシガン州）\n・日産：SKオンと調達交渉中\n',
    expect: [
      { parties: ['Honda', 'LG Energy Solution'], type: 'joint_venture' },
      { parties: ['Toyota', 'LG Energy Solution'], type: 'supply' },
    ],
    reject: [{ parties: ['Nissan', 'SK On'] }],
  },
];

export const en: AgreementCase[] = [
  {
    name: '"they" and "the three" stand for all the companies named before, not the first two',
    text: 'Honda, Nissan and Mitsubishi Motors are moving closer together. The three said on Thursday they had signed a memorandum of understanding on software. Toyota, Subaru and Mazda met in Tokyo. They signed a memorandum of understanding on engines.',
    expect: [
      { parties: ['Honda', 'Nissan', 'Mitsubishi Motors'], type: 'mou' },
      { parties: ['Toyota', 'Subaru', 'Mazda'], type: 'mou' },
    ],
    reject: [{ parties: ['Honda', 'Nissan'] }, { parties: ['Toyota', 'Subaru'] }],
  },
  {
    name: 'negative: "the three plants" is no reference to companies',
    text: 'Toyota bought the three plants from Nissan. The three plants will make cells.',
    expect: [{ parties: ['Toyota', 'Nissan'] }],
    reject: [{ parties: ['Toyota', 'Nissan', 'Honda'] }],
  },
  {
    name: '"the A–B venture" in apposition is a joint venture of the two in passing; they are no parties of the deal of the name it describes',
    text: 'Honda buys the cells for its Prologue crossover from Ultium Cells, the GM–LG Energy Solution venture in Warren, Ohio.',
    expect: [
      { parties: ['General Motors', 'LG Energy Solution'], type: 'joint_venture', date: null },
      { parties: ['Honda', 'Ultium Cells'], type: 'supply' },
    ],
    reject: [{ parties: ['Honda', 'General Motors', 'LG Energy Solution'] }],
  },
  {
    name: 'a sourcing contract is a supply; a contract prolonged is a contract made',
    text: 'BMW Group has prolonged its cobalt sourcing contract with Managem, the Moroccan miner, until 2030.',
    expect: [{ parties: ['BMW', 'Managem'], type: 'supply' }],
  },
];
