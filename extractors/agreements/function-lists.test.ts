/**
 * 調達 named in a ・-list of business functions (開発・調達・生産) is a function of the
 * companies, not a purchase between them; 調達 as a verb (…から電池を調達・搭載する) still is.
 * Sentences written for these tests (real company names, invented plans).
 */
import { describe, expect, it } from 'vitest';
import { runAgreements, summarise } from './test-fixtures.ts';

const NO_SUPPLY: string[] = [
  '計画は、日産とホンダを対等な立場で統合して乗用車の開発・調達・生産で協業し、トヨタとデンソーが新会社に同じ比率で出資するという内容だった。',
  'トヨタとデンソーは2024年、車載半導体の調達・生産で協業することで合意した。',
];

const SUPPLY: { text: string; expected: string[] }[] = [
  { text: 'マツダは2024年、パナソニックから電池を調達・搭載すると発表した。', expected: ['supply Mazda+Panasonic 2024'] },
  { text: 'ホンダはGSユアサから電池を調達する。', expected: ['supply GS Yuasa+Honda null'] },
];

describe('調達 in a list of business functions is no supply deal', () => {
  it.each(NO_SUPPLY)('%s', async (text) => {
    const { records } = await runAgreements(text, { documentDate: '2025-06-01' });
    expect(summarise(records).filter((s) => s.startsWith('supply '))).toEqual([]);
  });
  it.each(SUPPLY.map((c) => [c.text, c] as const))('%s', async (_text, c) => {
    const { records } = await runAgreements(c.text, { documentDate: '2025-06-01' });
    expect(summarise(records)).toEqual([...c.expected].sort());
  });
});
