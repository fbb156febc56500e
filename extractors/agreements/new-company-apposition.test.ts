/**
 * "…of a new company, X": X in apposition to "a new company" is the company being formed, not
 * a founder (like "the joint venture X"; Japanese 新会社「X」 is already read so); "the new
 * company X signed …" (no comma) is X acting.
 * Sentences written for these tests (real company names, invented deals).
 */
import { describe, expect, it } from 'vitest';
import { runAgreements, summarise } from './test-fixtures.ts';

const CASES: { text: string; expected: string[] }[] = [
  {
    text: 'On March 4, 2022 Sony and Honda agreed to form a joint venture: Sony would hold half of a new company, Sony Honda Mobility, that will sell EVs.',
    expected: ['joint_venture Honda+Sony 2022-03-04'],
  },
  {
    text: 'In 2021 Ford and SK On agreed to set up a battery venture, with Ford holding half of a new joint company, BlueOval SK.',
    expected: ['joint_venture Ford+SK On 2021'],
  },
  // negative: the new company acting in its own deal
  { text: 'In 2023 the new company Sony Honda Mobility signed a supply contract with Qualcomm and Honda.', expected: ['supply Honda+Sony Honda Mobility 2023'] },
];

describe('a new company in apposition is the company formed, not a founder', () => {
  it.each(CASES.map((c) => [c.text, c] as const))('%s', async (_text, c) => {
    const { records } = await runAgreements(c.text, { documentDate: '2025-06-01' });
    expect(summarise(records)).toEqual([...c.expected].sort());
  });
});
