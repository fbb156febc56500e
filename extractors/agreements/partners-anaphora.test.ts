/**
 * "the partners" names the members of the last joint venture / partnership stated before, not
 * the parties of a supply deal reported since; "the two companies" / "they" keep taking the last
 * deal's parties. Sentences written for these tests (real company names, invented deals).
 */
import { describe, expect, it } from 'vitest';
import { runAgreements, summarise } from './test-fixtures.ts';

const CASES: { text: string; expected: string[] }[] = [
  {
    text: 'Ford and SK On formed a joint venture in 2021. In 2022 SK On agreed to supply cells to Hyundai. In 2023 the partners agreed to expand the venture with a second plant.',
    expected: ['joint_venture Ford+SK On 2021', 'joint_venture Ford+SK On 2023', 'supply Hyundai+SK On 2022'],
  },
  {
    text: 'Toyota and Panasonic signed a partnership agreement in 2019. In 2020 Panasonic agreed to supply cells to Tesla. In 2021 both partners agreed to co-develop solid-state cells.',
    expected: ['co_development Panasonic+Toyota 2021', 'partnership Panasonic+Toyota 2019', 'supply Panasonic+Tesla 2020'],
  },
  // negative: a plain group reference takes the last deal's parties
  {
    text: 'Ford and SK On formed a joint venture in 2021. In 2022 SK On agreed to supply cells to Hyundai. In 2023 the two companies signed a second supply contract.',
    expected: ['joint_venture Ford+SK On 2021', 'supply Hyundai+SK On 2022', 'supply Hyundai+SK On 2023'],
  },
  // negative: no relation of that kind before: the last deal's parties
  { text: 'Panasonic agreed in 2021 to supply cells to Tesla. In 2023 the partners signed a second supply contract.', expected: ['supply Panasonic+Tesla 2021', 'supply Panasonic+Tesla 2023'] },
  // Japanese: 両社 keeps taking the last deal's parties
  { text: 'フォードとSKオンは2021年に合弁会社を設立した。SKオンは2022年、ヒュンダイに電池を供給する契約を結んだ。両社は2023年に追加の供給契約を結んだ。', expected: ['joint_venture Ford+SK On 2021', 'supply Hyundai+SK On 2022', 'supply Hyundai+SK On 2023'] },
];

describe('"the partners": the members of the last joint venture or partnership', () => {
  it.each(CASES.map((c) => [c.text, c] as const))('%s', async (_text, c) => {
    const { records } = await runAgreements(c.text, { documentDate: '2025-06-01' });
    expect(summarise(records)).toEqual([...c.expected].sort());
  });
});
