/**
 * Issue #19, second pass: status words against signed deals, and table rows that only end a
 * deal. Sentences written for these tests (real company names, invented deals; none taken from
 * the seed or development articles). Each case lists EVERY record expected from its text as
 * "<type> <party+party…> <date start|null>"; non-deals expect [].
 */
import { describe, expect, it } from 'vitest';
import { runAgreements, summarise } from './test-fixtures.ts';

interface Case {
  text: string;
  expected: string[];
}

/** A cancellation, rejection or postponement is not a deal; a deal whose signing the clause reports stays one, and so does one of the parties' own that they end ("terminated their agreement": undated). */
const STATUS: Case[] = [
  // (the contract ended was signed: it stays a record, undated; RECORDS.md §4)
  { text: 'マツダとデンソーは2025年3月、共同開発契約を解約したと発表した。', expected: ['co_development Denso+Mazda null'] },
  { text: 'スバルはデンソーからの買収提案は受け入れられないと伝えた。', expected: [] },
  { text: 'スズキはトヨタの出資提案を拒否した。', expected: [] },
  { text: 'マツダとデンソーは2024年、最終契約の締結を延期すると発表した。', expected: [] },
  { text: 'ホンダはGSユアサとの合弁会社設立協議を打ち切った。', expected: [] },
  { text: 'マツダとデンソーは2021年4月に締結した共同開発契約を解約する。', expected: ['co_development Denso+Mazda 2021-04'] },
  { text: 'Subaru rejected a takeover offer from Denso.', expected: [] },
  { text: 'Volvo turned down an investment proposal from Geely.', expected: [] },
  { text: 'On May 2, 2025 Stellantis said it stopped assembling its partnership model with Leapmotor in Poland.', expected: [] },
  { text: 'Mazda and Denso terminated their co-development agreement in March 2025.', expected: ['co_development Denso+Mazda null'] },
  { text: 'The co-development agreement Mazda and Denso signed in April 2021 was terminated.', expected: ['co_development Denso+Mazda 2021-04'] },
];

/** A table row whose description only ends a deal (no signing verb) gives no record; "agreed to unwind" does. */
const TABLE_ROWS: Case[] = [
  {
    text: ['No.\t発表日\t企業\t相手\t概要', '1\t2023年4月3日\tマツダ\tデンソー\t共同開発契約を締結', '2\t2025年3月14日\tマツダ\tデンソー\t共同開発契約を解約（協議は終了）'].join('\n'),
    expected: ['co_development Denso+Mazda 2023-04-03'],
  },
  {
    text: ['No.\t発表日\t企業\t相手\t概要', '1\t2025年3月14日\tマツダ\tデンソー\t合弁の解消で合意。'].join('\n'),
    expected: ['joint_venture Denso+Mazda 2025-03-14'],
  },
  {
    text: ['Date\tCompany\tPartner\tDeal', '2023-04-03\tMazda\tDenso\tCo-development agreement signed.', '2025-03-14\tMazda\tDenso\tThe co-development agreement was terminated.'].join('\n'),
    expected: ['co_development Denso+Mazda 2023-04-03'],
  },
];

/** A package announced together (same parties, same day) is one record, typed by its content rather than its instrument. */
const PACKAGES: Case[] = [
  { text: 'マツダとデンソーは2025年3月3日、共同開発契約を締結した。同日、両社は覚書にも署名した。', expected: ['co_development Denso+Mazda 2025-03-03'] },
  { text: 'マツダとデンソーは2025年3月3日、覚書を締結した。同日、両社は共同開発契約も結んだ。', expected: ['co_development Denso+Mazda 2025-03-03'] },
  { text: 'Toyota agreed on March 3, 2025 to invest in Mazda. On March 3, 2025 the two companies also signed a memorandum of understanding.', expected: ['investment Mazda+Toyota 2025-03-03'] },
  { text: 'In July 2022 Toyota invested tens of millions of US dollars in Mazda and signed an MOU on battery supply.', expected: ['investment Mazda+Toyota 2022-07'] },
  { text: '2022年7月、トヨタはマツダに数千万ドルを出資し、電池供給の覚書を締結した。', expected: ['investment Mazda+Toyota 2022-07'] },
  { text: 'On July 21, 2022, Ford said CATL would supply battery packs for its vans, and the two companies signed a memorandum of understanding to explore supply in Europe.', expected: ['supply CATL+Ford 2022-07-21'] },
  { text: 'トヨタは2022年7月21日、マツダに電池を供給すると発表し、両社は欧州での供給を探る覚書も交わした。', expected: ['supply Mazda+Toyota 2022-07-21'] },
  // the memorandum is about the investment: still only a memorandum
  { text: 'Toyota signed an MOU to invest in Mazda in July 2022.', expected: ['mou Mazda+Toyota 2022-07'] },
  // separately dated steps stay separate records; same month in two statements is not a package
  { text: 'トヨタは2022年7月にマツダと覚書を締結した。両社は2022年7月、共同開発契約を結んだ。', expected: ['co_development Mazda+Toyota 2022-07', 'mou Mazda+Toyota 2022-07'] },
  { text: 'マツダとデンソーは2025年3月3日に覚書を締結した。両社は2025年5月8日、共同開発契約を結んだ。', expected: ['co_development Denso+Mazda 2025-05-08', 'mou Denso+Mazda 2025-03-03'] },
  { text: 'Mazda and Denso signed a memorandum of understanding on March 3, 2025. They signed a co-development agreement on May 8, 2025.', expected: ['co_development Denso+Mazda 2025-05-08', 'mou Denso+Mazda 2025-03-03'] },
];

/** Raising money (73億元を調達, 新株を…に割り当て) is an investment, not a purchase of goods. */
const FUNDRAISING: Case[] = [
  { text: 'パワーエックスは新株をデンソーに割り当て、約300億円を調達した。', expected: ['investment Denso+PowerX null'] },
  { text: 'パワーエックスは社債で約300億円を調達した。', expected: [] },
  { text: 'トヨタはデンソーから部品を調達する。', expected: ['supply Denso+Toyota null'] },
];

/** Joining the other's development is a co-development; a sole distributor of the other's goods is a supply relation. */
const CONTENT_TYPES: Case[] = [
  { text: 'ホンダはGMの次世代電池の開発に加わり、GMからモジュールを調達することでも合意した。', expected: ['co_development General Motors+Honda null'] },
  { text: 'ホンダは次世代電池の開発に加わった。', expected: [] },
  { text: 'Honda joined the development of GM next-generation cells.', expected: ['co_development General Motors+Honda null'] },
  { text: '住友商事はCATLの日本市場向け総代理店を務める。', expected: ['supply CATL+Sumitomo Corporation null'] },
  { text: 'Sumitomo Corporation is the exclusive distributor of CATL cells in Japan.', expected: ['supply CATL+Sumitomo Corporation null'] },
  { text: 'Sumitomo Corporation said distributor margins fell.', expected: [] },
];

/** 同社 after a second topic refers back to the first topic, not to the subject of its own predicate. */
const SAME_COMPANY: Case[] = [
  { text: 'CATLは世界最大の電池メーカーで、住友商事は同社の日本市場向け総代理店を務める。', expected: ['supply CATL+Sumitomo Corporation null'] },
  { text: 'ユミコアは正極材大手だ。トヨタは同社から正極材を調達する。', expected: ['supply Toyota+Umicore null'] },
  { text: 'トヨタは同社から正極材を調達する。', expected: [] },
];

/** Making goods for a named customer (B向けに…生産する) is a supply; a clause ends at 「…を子会社とし、」. */
const FOR_A_CUSTOMER_AND_CLAUSE_ENDS: Case[] = [
  { text: 'パナソニックはテスラ向けに電池を生産する。', expected: ['supply Panasonic+Tesla null'] },
  { text: '一方、パナソニックがテスラ向けに手がける円筒形電池の事業は新会社に移さなかった。', expected: ['supply Panasonic+Tesla null'] },
  { text: 'パナソニックは工場向けに投資した。', expected: [] },
  { text: 'パナソニックは北米市場向けに電池を生産する。', expected: [] },
  { text: '新会社がトヨタを完全子会社とし、ホンダとデンソーが25%ずつ出資する。', expected: [] },
];

/** Buying a partner's stake in a JV is an acquisition (not the JV); the group investing together to build its own plant is a JV. */
const BUY_OUT_AND_JOINT_SPENDING: Case[] = [
  { text: '合弁会社BlueOval SKのフォード保有株をSKオンが取得すると発表した。', expected: ['acquisition Ford+SK On null'] },
  { text: 'SKオンは合弁会社BlueOval SKのフォードの出資分をすべて取得する。', expected: ['acquisition Ford+SK On null'] },
  { text: 'SK On will buy Ford\'s 50% stake in their battery joint venture.', expected: ['acquisition Ford+SK On null'] },
  { text: 'ホンダとGSユアサは電池事業で提携した。両社で計2000億円を投じ、米国に電池工場を建設する。', expected: ['joint_venture GS Yuasa+Honda null'] },
  { text: 'トヨタは2000億円を投じ、米国に電池工場を建設する。', expected: [] },
];

/** 同じ日 / the same day: the date stated just before in the same sentence. */
const SAME_DAY_IN_SENTENCE: Case[] = [
  { text: 'ホンダとGSユアサが覚書を締結したのは2022年1月13日で、同じ日にトヨタを加えた3社で交わした覚書も合わせて解約する。', expected: ['mou GS Yuasa+Honda+Toyota 2022-01-13'] },
  { text: 'Honda and GS Yuasa signed a memorandum on January 13, 2022, and on the same day Toyota signed a supply contract with Denso.', expected: ['mou GS Yuasa+Honda 2022-01-13', 'supply Denso+Toyota 2022-01-13'] },
];

const TABLES: [string, Case[]][] = [
  ['the same day within one sentence', SAME_DAY_IN_SENTENCE],
  ['buying out a JV partner; the group investing together', BUY_OUT_AND_JOINT_SPENDING],
  ['a customer named with 向け; 「…とし、」 ends a clause', FOR_A_CUSTOMER_AND_CLAUSE_ENDS],
  ['content types: joining a development, a sole distributor', CONTENT_TYPES],
  ['同社 refers back past a second topic', SAME_COMPANY],
  ['a package announced together is one record', PACKAGES],
  ['raising money is not a supply', FUNDRAISING],
  ['status words against signed deals', STATUS],
  ['table rows that only end a deal', TABLE_ROWS],
];

for (const [title, cases] of TABLES) {
  describe(title, () => {
    it.each(cases.map((c) => [c.text, c] as const))('%s', async (_text, c) => {
      const { records } = await runAgreements(c.text, { documentDate: '2025-06-01' });
      expect(summarise(records)).toEqual([...c.expected].sort());
    });
  });
}
