import { describe, expect, it } from 'vitest';
import { escapeRegex, forEachMatch, literalWord, wordAlternation } from './regex.ts';

describe('regex helpers', () => {
  it('escapes every syntax character', () => {
    const s = 'a.b*c+d?e^f$g{h}i(j)k|l[m]n\\o/p';
    expect(new RegExp(`^${escapeRegex(s)}$`).test(s)).toBe(true);
    expect(new RegExp(`^${escapeRegex(s)}$`, 'u').test(s)).toBe(true);
  });

  it('builds an alternation of literal words, longest first, spaces matching any whitespace', () => {
    expect(wordAlternation(['co', 'joint venture', 'co', 'c.o'])).toBe('joint\\s+venture|c\\.o|co');
    expect(literalWord('a  b')).toBe('a\\s+b');
    expect(wordAlternation(['x'], (w) => `<${w}>`)).toBe('<x>');
  });

  it('visits every non-empty match once and always ends', () => {
    const seen: string[] = [];
    forEachMatch(/a*/g, 'baab', (m) => seen.push(`${m.index}:${m[0]}`));
    expect(seen).toEqual(['1:aa']);
    const re = /\d+/g;
    const all: number[] = [];
    forEachMatch(re, '1 22 333', (m) => {
      all.push(Number(m[0]));
      re.lastIndex = 0; // whatever the visitor does, the scan goes on
    });
    expect(all).toEqual([1, 22, 333]);
  });
});
