import { describe, expect, it } from 'vitest';
import { networkSvg, partnerEdges } from './network-svg.ts';

const agreement = (...parties: [string | null, string][]) => ({ parties: parties.map(([company_id, name]) => ({ company_id, name })) });

describe('partnerEdges', () => {
  it.each([
    ['two parties: one edge', [agreement(['a', 'A'], ['b', 'B'])], [{ a: 'a', b: 'b', count: 1 }]],
    ['the same pair twice, either order: count 2', [agreement(['a', 'A'], ['b', 'B']), agreement(['b', 'B'], ['a', 'A'])], [{ a: 'a', b: 'b', count: 2 }]],
    ['three parties: three edges', [agreement(['a', 'A'], ['b', 'B'], ['c', 'C'])], [{ a: 'a', b: 'b', count: 1 }, { a: 'a', b: 'c', count: 1 }, { a: 'b', b: 'c', count: 1 }]],
    ['a plain-name party joins by name', [agreement(['a', 'A'], [null, '某社'])], [{ a: 'a', b: 'name:某社', count: 1 }]],
    ['one party: no edge', [agreement(['a', 'A'])], []],
    ['a company twice in one agreement: no self edge', [agreement(['a', 'A'], ['a', 'A'])], []],
  ])('%s', (_name, agreements, expected) => expect(partnerEdges(agreements)).toEqual(expected));
});

describe('networkSvg', () => {
  const edges = partnerEdges([agreement(['a', 'A'], ['b', 'B']), agreement(['b', 'B'], ['c', 'C']), agreement(['d', 'D'], [null, '<x onload="y">'])]);
  const names = new Map([['a', 'Alpha'], ['b', 'Beta'], ['c', 'Gamma'], ['d', 'Delta']]);

  it('draws every party and pair, labels escaped, and is the same on every build', () => {
    const { svg, shown, total } = networkSvg(edges, names);
    expect([shown, total]).toEqual([5, 5]);
    expect(svg.html.match(/<circle /g)).toHaveLength(5);
    expect(svg.html.match(/<line /g)).toHaveLength(3);
    expect(svg.html).toContain('&lt;x onload=&quot;y&quot;&gt;');
    expect(svg.html).not.toContain('<x ');
    expect(networkSvg(edges, names).svg.html).toBe(svg.html);
    expect(svg.html).not.toMatch(/NaN|Infinity/);
  });

  it('keeps the best-connected parties when there are too many', () => {
    const { shown, total, svg } = networkSvg(edges, names, 3);
    expect([shown, total]).toEqual([3, 5]);
    expect(svg.html).toContain('Beta');
  });

  it('keeps the most frequent pairs when there are too many', () => {
    const many = partnerEdges([agreement(['a', 'A'], ['b', 'B']), agreement(['a', 'A'], ['b', 'B']), agreement(['b', 'B'], ['c', 'C'])]);
    const { shownPairs, pairs, svg } = networkSvg(many, names, 60, 1);
    expect([shownPairs, pairs]).toEqual([1, 2]);
    expect(svg.html).toContain('Alpha – Beta: 2 agreements');
    expect(svg.html).not.toContain('Beta – Gamma');
  });
});
