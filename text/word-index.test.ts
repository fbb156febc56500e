/**
 * The word index shared by the extractors is kept for the texts read most recently: each
 * extractor of a batch (pipeline/process.ts processBatch) asks for every document in turn.
 * Bounded by count and by size, so that large documents are not all held.
 */
import { describe, expect, it } from 'vitest';
import { DIGIT_RUN } from './first-words.ts';
import { keptWordStarts, sharedWordStarts, WordStarts, WordVocabulary } from './word-index.ts';

const text = (i: number, units = 20) => `doc ${i} `.padEnd(units, 'x');

describe('sharedWordStarts', () => {
  it('reuses the index of any of the last 32 texts, and builds it again after', () => {
    const first = Array.from({ length: 16 }, (_, i) => sharedWordStarts(text(i)));
    // a second extractor over the same batch: every index reused
    for (let i = 0; i < 16; i++) expect(sharedWordStarts(text(i))).toBe(first[i]);
    // an equal text made anew (another string object) finds it too
    expect(sharedWordStarts(['doc 3 ', 'x'.repeat(14)].join(''))).toBe(first[3]);
    for (let i = 100; i < 140; i++) sharedWordStarts(text(i));
    expect(keptWordStarts().texts).toBe(32);
    expect(sharedWordStarts(text(0))).not.toBe(first[0]);
  });

  it('keeps at most ~4 M units of text, but always the last one', () => {
    const big = (i: number) => text(i, 1_500_000);
    for (let i = 0; i < 5; i++) sharedWordStarts(big(i));
    expect(keptWordStarts().units).toBeLessThanOrEqual(4_000_000);
    expect(keptWordStarts().texts).toBe(2);
    const huge = text(9, 5_000_000);
    const starts = sharedWordStarts(huge);
    expect(keptWordStarts()).toEqual({ texts: 1, units: huge.length });
    expect(sharedWordStarts(huge)).toBe(starts);
  });
});

describe('WordStarts', () => {
  // the reference: every run of ASCII letters not after a letter, lower-cased, and every run of
  // digits not after a digit, as the regexes say
  const reference = (text: string, words: ReadonlySet<string>): number[] => {
    const out: number[] = [];
    for (const m of text.matchAll(/(?<![A-Za-z])[A-Za-z]+/g)) if (words.has(m[0].toLowerCase())) out.push(m.index);
    if (words.has(DIGIT_RUN)) for (const m of text.matchAll(/(?<![0-9])[0-9]+/g)) out.push(m.index);
    return out.sort((a, b) => a - b);
  };
  const words = new Set(['signed', 'deal', 'with', 'q', 'a', 'joint', 'venture', 'x'.repeat(47), DIGIT_RUN]);
  const vocabulary = new WordVocabulary([words]);
  const members = vocabulary.members(words);
  it.each([
    'Toyota SIGNED a Deal with Panasonic in 2024; the joint-venture (JV) signs deals.',
    'Q3 2025: 20GWh, A350, CO2, FY2025, v1.2 and «Deal» — deal’s DEAL.',
    'トヨタとDealを締結した2024年; é deal ü signed',
    `${'x'.repeat(47)} ${'x'.repeat(48)} ${'x'.repeat(47)}y`,
    '',
    'deal',
    '123',
  ])('%s', (text) => {
    expect([...new WordStarts(text, vocabulary).startsOf(members)]).toEqual(reference(text, words));
  });
});
