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

/** A cancellation, rejection or postponement is not a deal; a deal whose signing the clause reports stays one. */
const STATUS: Case[] = [
  { text: 'マツダとデンソーは2025年3月、共同開発契約を解約したと発表した。', expected: [] },
  { text: 'スバルはデンソーからの買収提案は受け入れられないと伝えた。', expected: [] },
  { text: 'スズキはトヨタの出資提案を拒否した。', expected: [] },
  { text: 'マツダとデンソーは2024年、最終契約の締結を延期すると発表した。', expected: [] },
  { text: 'ホンダはGSユアサとの合弁会社設立協議を打ち切った。', expected: [] },
  { text: 'マツダとデンソーは2021年4月に締結した共同開発契約を解約する。', expected: ['co_development Denso+Mazda 2021-04'] },
  { text: 'Subaru rejected a takeover offer from Denso.', expected: [] },
  { text: 'Volvo turned down an investment proposal from Geely.', expected: [] },
  { text: 'On May 2, 2025 Stellantis said it stopped assembling its partnership model with Leapmotor in Poland.', expected: [] },
  { text: 'Mazda and Denso terminated their co-development agreement in March 2025.', expected: [] },
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

const TABLES: [string, Case[]][] = [
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
