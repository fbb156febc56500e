/**
 * The Aho–Corasick matcher against a naive search, plus the leftmost-longest selection.
 */
import { describe, expect, it } from 'vitest';
import { compileMatcher } from './aho-corasick.ts';
import { selectLeftmostLongest } from './alias-matcher.ts';
import { foldString } from '../../text/chars.ts';

function naive(patterns: string[], text: string): string[] {
  const out: string[] = [];
  const t = foldString(text);
  const seen = new Map<string, number>();
  patterns.forEach((p, id) => {
    const k = foldString(p);
    if (!seen.has(k)) seen.set(k, id);
  });
  for (const [k, id] of seen) {
    if (!k) continue;
    for (let i = t.indexOf(k); i >= 0; i = t.indexOf(k, i + 1)) out.push(`${id}:${i}-${i + k.length}`);
  }
  return out.sort();
}

function scan(patterns: string[], text: string, maxRows?: number): string[] {
  const m = compileMatcher(patterns, maxRows === undefined ? {} : { maxRows });
  const out: string[] = [];
  m.scan(text, (id, s, e) => out.push(`${id}:${s}-${e}`));
  return out.sort();
}

/** Deterministic pseudo-random generator (tests must be reproducible). */
function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

describe('compileMatcher', () => {
  const CASES: [string, string[], string, string[]][] = [
    ['classic overlaps', ['he', 'she', 'his', 'hers'], 'ushers', ['0:2-4', '1:1-4', '3:2-6']],
    ['Latin case folding', ['NIO'], 'nio NIO Nio', ['0:0-3', '0:4-7', '0:8-11']],
    ['kana and kanji', ['トヨタ', '日産', '日産自動車'], '日産自動車とトヨタ', ['0:6-9', '1:0-2', '2:0-5']],
    ['duplicate patterns report the first id', ['CATL', 'catl'], 'CATL', ['0:0-4']],
    ['empty pattern is ignored', ['', 'ab'], 'abab', ['1:0-2', '1:2-4']],
    ['surrogate pairs are code units', ['𠮷野家'], 'x𠮷野家', ['0:1-5']],
    ['no match', ['xyz'], 'abc', []],
  ];
  it.each(CASES)('%s', (_n, patterns, text, expected) => {
    expect(scan(patterns, text)).toEqual([...expected].sort());
  });

  // [what, seed, pattern alphabet, text alphabet, row limits to try (undefined: the default)]
  const RANDOM: [string, number, string, string, (number | undefined)[]][] = [
    ['random dictionaries', 42, 'abcAB日産トヨ', 'abcAB日産トヨ', [undefined]],
    ['ASCII units in the text that no pattern has (one shared row class)', 7, 'ab -日産', 'abAB -.xyz19日産ト', [undefined]],
    ['only some Latin states with rows (the walk leaves the rows and comes back)', 11, 'abc d日', 'abcAB d.日産', [1, 2, 5, 20]],
  ];
  it.each(RANDOM)('agrees with a naive search: %s', (_what, seed, patternAlphabet, textAlphabet, rowLimits) => {
    const next = rng(seed);
    const pick = (alphabet: string, len: number) => Array.from({ length: len }, () => alphabet[Math.floor(next() * alphabet.length)]).join('');
    for (let round = 0; round < 30; round++) {
      const patterns = Array.from({ length: 1 + Math.floor(next() * 40) }, () => pick(patternAlphabet, 1 + Math.floor(next() * 6)));
      const text = pick(textAlphabet, 300);
      for (const maxRows of rowLimits) expect(scan(patterns, text, maxRows), `${maxRows ?? 'default'} rows`).toEqual(naive(patterns, text));
    }
  });

  it('scans a sub-range only', () => {
    const m = compileMatcher(['ab']);
    const out: number[] = [];
    m.scan('ab ab ab', (_id, s) => out.push(s), 2, 6);
    expect(out).toEqual([3]);
  });
});

describe('selectLeftmostLongest', () => {
  it.each([
    ['longest at the same start', [[0, 2], [0, 5], [3, 6]], [[0, 5]]],
    ['leftmost wins over longer later', [[0, 3], [2, 9]], [[0, 3]]],
    ['non-overlapping kept', [[0, 2], [2, 4], [5, 6]], [[0, 2], [2, 4], [5, 6]]],
  ] as const)('%s', (_n, input, expected) => {
    const got = selectLeftmostLongest(input.map(([start, end]) => ({ start, end })));
    expect(got.map((m) => [m.start, m.end])).toEqual(expected);
  });
});
