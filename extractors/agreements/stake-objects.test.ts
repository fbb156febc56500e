/**
 * The company whose shares change hands is not a party when a named holder's stake is bought
 * or transferred ("X's stake in <JV>", 「JV の X 保有株」): the parties are buyer + holder.
 * A stake taken directly in a company keeps that company as the party (negative cases).
 * Selling one's own stake to a buyer ("transfer its interest in X, the JV …, to Y") is seller + buyer.
 * Sentences written for these tests (real company names, invented deals).
 */
import { describe, expect, it } from 'vitest';
import { runAgreements, summarise } from './test-fixtures.ts';

interface Case {
  text: string;
  expected: string[];
}

const CASES: Case[] = [
  // positive: the holder's stake in a named company → buyer + holder only
  { text: "Toyota agreed in March 2024 to acquire Panasonic's stake in Prime Planet Energy & Solutions.", expected: ['acquisition Panasonic+Toyota 2024-03'] },
  { text: "In 2023 Ford bought SK On's 50% stake in BlueOval SK.", expected: ['acquisition Ford+SK On 2023'] },
  { text: 'トヨタは2024年3月、プライムプラネットエナジー&ソリューションズのパナソニック保有株を取得することで合意した。', expected: ['acquisition Panasonic+Toyota 2024-03'] },
  // selling / transferring one's own holding to a buyer: seller + buyer; the names in an
  // apposition describing the company sold are not parties
  { text: 'Panasonic will sell its stake in Sony Honda Mobility to Toyota.', expected: ['acquisition Panasonic+Toyota null'] },
  { text: 'SK On will transfer its entire interest in BlueOval SK, the joint venture it set up with Ford, to Hyundai Motor.', expected: ['acquisition Hyundai+SK On null'] },
  { text: 'パナソニックはソニー・ホンダモビリティ株をトヨタに売却する。', expected: ['acquisition Panasonic+Toyota null'] },
  // negative: no buyer named, no counterparty
  { text: 'Panasonic sold its stake in Tesla.', expected: [] },
  // negative: a stake taken in the company itself keeps it as the partner
  { text: 'Toyota bought a 20% stake in Subaru in 2019.', expected: ['investment Subaru+Toyota 2019'] },
  { text: 'Toyota raised its stake in Subaru to 20% in 2019.', expected: ['investment Subaru+Toyota 2019'] },
  { text: 'トヨタは2019年、SUBARU株を追加取得し、出資比率を20%に引き上げた。', expected: ['investment Subaru+Toyota 2019'] },
];

describe('a named holder’s stake in a company: the company is the object, not a party', () => {
  it.each(CASES.map((c) => [c.text, c] as const))('%s', async (_text, c) => {
    const { records } = await runAgreements(c.text, { documentDate: '2025-06-01' });
    expect(summarise(records)).toEqual([...c.expected].sort());
  });
});
