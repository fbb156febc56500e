/**
 * mergeEvidence: the evidence of one agreement told several times — sorted, none inside another —
 * against sorting everything again (what it did before it extended its own lists in place).
 */
import { describe, expect, it } from 'vitest';
import type { NormRange } from '../../text/types.ts';
import { mergeEvidence } from './merge.ts';

/** The reference: sort all, keep a range unless the last kept holds it (replace the last when it holds that). */
function sortedMaximal(ranges: NormRange[]): NormRange[] {
  const all = [...ranges].sort((x, y) => x.start - y.start || x.end - y.end);
  const out: NormRange[] = [];
  for (const r of all) {
    const last = out[out.length - 1];
    if (last && r.start >= last.start && r.end <= last.end) continue;
    if (last && last.start >= r.start && last.end <= r.end) out[out.length - 1] = r;
    else out.push(r);
  }
  return out.map((r) => ({ start: r.start, end: r.end }));
}

describe('mergeEvidence', () => {
  it.each([
    ['disjoint', [{ start: 10, end: 20 }], [{ start: 0, end: 5 }], [{ start: 0, end: 5 }, { start: 10, end: 20 }]],
    ['inside', [{ start: 0, end: 20 }], [{ start: 5, end: 10 }], [{ start: 0, end: 20 }]],
    ['holding', [{ start: 5, end: 10 }, { start: 12, end: 14 }], [{ start: 0, end: 20 }], [{ start: 0, end: 20 }]],
    ['same start, longer', [{ start: 5, end: 10 }], [{ start: 5, end: 12 }], [{ start: 5, end: 12 }]],
    ['same start, shorter', [{ start: 5, end: 12 }], [{ start: 5, end: 10 }], [{ start: 5, end: 12 }]],
    ['equal', [{ start: 5, end: 12 }], [{ start: 5, end: 12 }], [{ start: 5, end: 12 }]],
    ['overlapping, neither inside', [{ start: 0, end: 10 }], [{ start: 5, end: 15 }], [{ start: 0, end: 10 }, { start: 5, end: 15 }]],
  ])('%s', (_name, a, b, expected) => {
    expect(mergeEvidence(a, b)).toEqual(expected);
  });

  it('agrees with sorting everything again, merge after merge (the list it made grows in place)', () => {
    let seed = 3;
    const random = (n: number) => ((seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) % n);
    const range = (): NormRange => {
      const start = random(60);
      return { start, end: start + 1 + random(15) };
    };
    for (let round = 0; round < 200; round++) {
      const told: NormRange[] = Array.from({ length: 1 + random(3) }, range);
      let evidence = told.slice();
      for (let k = 0; k < 1 + random(12); k++) {
        const more = Array.from({ length: 1 + random(2) }, range);
        told.push(...more);
        evidence = mergeEvidence(evidence, more);
        expect(evidence).toEqual(sortedMaximal(told));
      }
    }
  });
});
