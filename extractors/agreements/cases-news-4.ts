/**
 * A fourth set of agreement case rows in the shapes of business news (cases.ts joins them with
 * the others): two fresh batches of sentences, each row against a defect they showed
 * (seeds/agreements/README.md, 1.2.6).
 */
import type { AgreementExpectation, Case } from '../cases.ts';

type AgreementCase = Case<AgreementExpectation>;

export const ja: AgreementCase[] = [
  {
    name: 'a second deal after 「…ているほか、」, 「…に続き、Bとも」 or 「…交わし、同日、」 is a clause of its own: two records, not one of three',
    text: '双日は、ブラジルのCBMMに出資しているほか、東芝とは負極材の共同開発契約を結んでいる。トヨタ自動車は、中国の比亜迪（BYD）と合弁で設立した研究開発会社に続き、広州汽車集団ともEVの共同開発で合意した。現代モービスは、米クアルコムと半導体の共同開発で覚書を交わし、同日、独ZFとは電動アクスルの供給契約を締結した。',
    expect: [
      { parties: ['Sojitz', 'CBMM'], type: 'investment' },
      { parties: ['Sojitz', 'Toshiba'], type: 'co_development' },
      { parties: ['Toyota', 'BYD'], type: 'joint_venture' },
      { parties: ['Toyota', 'GAC'], type: 'co_development' },
      { parties: ['Hyundai Mobis', 'Qualcomm'], type: 'mou' },
      { parties: ['Hyundai Mobis', 'ZF'], type: 'supply' },
    ],
    reject: [{ parties: ['Sojitz', 'CBMM', 'Toshiba'] }, { parties: ['Hyundai Mobis', 'Qualcomm', 'ZF'] }],
  },
];

export const en: AgreementCase[] = [
  {
    name: '"and a separate memorandum of understanding with B" and ", a week after it signed … with B" start a clause of their own',
    text: 'BHP signed a nickel supply agreement with Tesla in 2021 and a separate memorandum of understanding with Toyota Tsusho in 2023. Infineon Technologies will supply modules to Xiaomi, the German chipmaker said on Thursday, a week after it signed a memorandum of understanding with Chery.',
    expect: [
      { parties: ['BHP', 'Tesla'], type: 'supply' },
      { parties: ['BHP', 'Toyota Tsusho'], type: 'mou' },
      { parties: ['Infineon Technologies', 'Xiaomi'], type: 'supply' },
      { parties: ['Infineon Technologies', 'Chery'], type: 'mou' },
    ],
    reject: [{ parties: ['BHP', 'Tesla', 'Toyota Tsusho'] }, { parties: ['Infineon Technologies', 'Xiaomi', 'Chery'] }],
  },
];
