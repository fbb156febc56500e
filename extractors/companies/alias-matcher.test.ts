/**
 * A few aliases are searched for without an automaton (AliasMatcher.scanFew): the candidates,
 * their order included, are those the automaton gives for the same aliases.
 */
import { describe, expect, it } from 'vitest';
import { defaultSeedsDir } from '../../text/seed-files.ts';
import { AliasMatcher, type AliasEntry } from './alias-matcher.ts';
import { createCompanyExtractor } from './index.ts';

describe('AliasMatcher with a few aliases', () => {
  const { boundaries } = createCompanyExtractor({ seedsDir: defaultSeedsDir() }).companyResources;
  const few: AliasEntry[] = [
    { text: 'BTBM', entity: 0, ambiguous: false },
    { text: 'BASF戸田', entity: 1, ambiguous: false },
    { text: 'アイテック', entity: 2, ambiguous: false },
    { text: 'アイ', entity: 3, ambiguous: true },
    { text: 'aa', entity: 4, ambiguous: false },
    { text: 'Äpfel', entity: 5, ambiguous: false },
  ];
  // padded past the size that gets an automaton with aliases that never occur
  const padding: AliasEntry[] = Array.from({ length: 70 }, (_, i) => ({ text: `\ue000${i}\ue001`, entity: 100 + i, ambiguous: false }));
  const direct = new AliasMatcher(few, boundaries);
  const automaton = new AliasMatcher([...few, ...padding], boundaries);

  const texts = [
    '',
    'BTBMとBASF戸田バッテリーマテリアルズ(BTBM)は、btbm BTBM.',
    'アイテックとアイ・テックとアイテックス、アイ。アイアイテック',
    'aaa aa AA Aa aAa (aa) ÄPFEL äpfel Äpfel',
    'BASF戸田BASF戸田BTBMBTBM アイテックアイテック',
  ];
  it.each(texts)('%s', (text) => {
    expect(direct.candidates(text)).toEqual(automaton.candidates(text));
    for (const [from, to] of [
      [3, text.length],
      [0, Math.max(0, text.length - 4)],
      [5, Math.min(12, text.length)],
    ] as const) {
      if (from <= to) expect(direct.candidates(text, from, to)).toEqual(automaton.candidates(text, from, to));
    }
  });

  it('counts its aliases', () => {
    expect(direct.patternCount).toBe(few.length);
  });
});
