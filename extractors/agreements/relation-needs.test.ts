/**
 * The relation patterns' needs check (relations.ts: one automaton over a clause for every
 * pattern's needed literals) against what it replaced: a pattern is tried when the lower-cased
 * text includes one of its literals.
 */
import { describe, expect, it } from 'vitest';
import { ja, en } from './cases.ts';
import { relationsToTry } from './relations.ts';
import { SEEDS_DIR } from './test-fixtures.ts';
import { loadAgreementVocabulary } from './vocabulary.ts';

const vocab = loadAgreementVocabulary(SEEDS_DIR);

function reference(relations: ReturnType<typeof loadAgreementVocabulary>['relationsByLang']['en'], text: string): boolean[] {
  const lower = text.toLowerCase();
  return relations.map((r) => r.needs === null || r.needs.every((list) => list.some((l) => lower.includes(l))));
}

describe('relation needs', () => {
  for (const lang of ['en', 'ja', 'other'] as const) {
    const relations = vocab.relationsByLang[lang];
    const literals = [...new Set(relations.flatMap((r) => (r.needs ?? []).flat()))];

    it(`${lang}: some patterns need literals (the check is exercised)`, () => {
      expect(literals.length).toBeGreaterThan(0);
    });

    // every literal alone, upper-cased, inside a word, cut short, and two overlapping ones
    const texts = [
      '',
      'no needed word here at all',
      ...literals.flatMap((l) => [l, l.toUpperCase(), `x${l}y`, l.slice(0, -1), `${l.slice(0, -1)} ${l.slice(-1)}`]),
      // (two overlapping literals: each literal with about 60 others, spread over the list)
      ...literals.flatMap((a, i) => literals.filter((_, j) => (i + j) % Math.ceil(literals.length / 60) === 0).map((b) => `${a}${b.slice(1)}`)),
      ...[...ja, ...en].map((c) => c.text),
    ];

    it(`${lang}: the same patterns are tried as by a search per literal (${texts.length} texts)`, () => {
      const differ = texts.filter((t) => JSON.stringify(relationsToTry(relations, t)) !== JSON.stringify(reference(relations, t)));
      expect(differ).toEqual([]);
    });
  }

  it('a text without the literals of a pattern that needs some skips it, and one with them does not', () => {
    const relations = vocab.relationsByLang.en;
    const r = relations.findIndex((x) => x.needs?.length === 1 && x.needs[0]!.includes('supplier'));
    expect(r).toBeGreaterThanOrEqual(0);
    expect(relationsToTry(relations, 'Acme named Bolt its battery SUPPLIER.')[r]).toBe(true);
    expect(relationsToTry(relations, 'Acme named Bolt its battery maker.')[r]).toBe(false);
  });
});
