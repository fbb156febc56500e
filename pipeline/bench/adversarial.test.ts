/** The adversarial row's summary: the largest growth from n to 4n, and the slowest large text. */
import { describe, expect, it } from 'vitest';
import { ADVERSARIAL_UNITS, adversarialSummary } from './adversarial.ts';

describe('adversarial inputs', () => {
  it('names the unit that grows most and the slowest one, which may differ', () => {
    const { worstGrowth, slowest } = adversarialSummary([
      { unit: 'a ', ms: 10, msLarge: 40 },
      { unit: '\n', ms: 5, msLarge: 80 },
      { unit: '株式会社', ms: 50, msLarge: 200 },
    ]);
    expect(worstGrowth.unit).toBe('\n');
    expect(slowest.unit).toBe('株式会社');
  });

  it('has no unit twice and none empty', () => {
    expect(new Set(ADVERSARIAL_UNITS).size).toBe(ADVERSARIAL_UNITS.length);
    expect(ADVERSARIAL_UNITS.every((u) => u.length > 0)).toBe(true);
  });
});
