/**
 * Partners named in a list: "named A and B as (technology) partners" is a partnership with each
 * (not a supply deal, not only the last name); "…, with A and B as the first automakers to back
 * it / as partners" pairs the company named before with each. Suppliers stay supply deals, and
 * rivals named with "as" are no deal. English only: the Japanese wording of this pattern
 * (「AとBをパートナーに迎え」) is not covered yet.
 * Sentences written for these tests (real company names, invented deals).
 */
import { describe, expect, it } from 'vitest';
import { runAgreements, summarise } from './test-fixtures.ts';

const CASES: { text: string; expected: string[] }[] = [
  { text: 'Toyota named Panasonic and Denso as technology partners in January 2024.', expected: ['partnership Denso+Toyota 2024-01', 'partnership Panasonic+Toyota 2024-01'] },
  {
    text: 'In February 2022 Redwood Materials opened a collection programme in California for retired batteries, with Ford and Volvo as the first automakers to back it directly.',
    expected: ['partnership Ford+Redwood Materials 2022-02', 'partnership Redwood Materials+Volvo 2022-02'],
  },
  { text: 'In 2023 Northvolt launched a recycling programme, with Volvo and BMW as partners.', expected: ['partnership BMW+Northvolt 2023', 'partnership Northvolt+Volvo 2023'] },
  // negative: suppliers stay supply deals; rivals are no deal
  { text: 'Toyota named Panasonic and Denso as battery suppliers in January 2024.', expected: ['supply Denso+Toyota 2024-01', 'supply Panasonic+Toyota 2024-01'] },
  { text: 'Tesla competes with BYD and Ford as rivals in China.', expected: [] },
];

describe('partners named in a list', () => {
  it.each(CASES.map((c) => [c.text, c] as const))('%s', async (_text, c) => {
    const { records } = await runAgreements(c.text, { documentDate: '2025-06-01' });
    expect(summarise(records)).toEqual([...c.expected].sort());
  });
});
