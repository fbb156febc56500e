/**
 * bmpVariant / regexFor: a `u` regex run without the flag on a text without astral characters,
 * where the two match alike.
 */
import { describe, expect, it } from 'vitest';
import { en, ja } from './cases.ts';
import { bmpVariant, regexFor, requiredLiteralList, requiredLiteralLists } from './pattern-facts.ts';
import { ASTRAL } from '../../text/chars.ts';
import { SEEDS_DIR } from './test-fixtures.ts';
import { loadAgreementVocabulary } from './vocabulary.ts';

describe('bmpVariant', () => {
  it.each([
    ['ASCII words with \\b, i and u', /\bsigned\s+(?:a|the)\s+deal\b/iu, 'i'],
    ['caseless punctuation (’, €)', /\bpartner[’']s\b|€\d+/u, ''],
    ['g kept', /\bjoint venture\b/giu, 'gi'],
  ])('%s: the same source without u', (_name, re, flags) => {
    const v = bmpVariant(re);
    expect(v?.source).toBe(re.source);
    expect(v?.flags).toBe(flags);
  });

  it.each([
    ['no u flag', /\bdeal\b/i],
    ['a Unicode property escape', /\p{Script=Han}+/u],
    ['a code point escape', /\u{20BB7}/u],
    ['a letter with case variants (é)', /café/iu],
    ['kanji', /提携/u],
  ])('%s: none', (_name, re) => {
    expect(bmpVariant(re)).toBeNull();
  });
});

describe('regexFor', () => {
  const re = /\bsigned\b/iu;
  it('takes the variant on a text without astral characters, the regex itself on one with', () => {
    for (const [text, flags] of [['Acme signed a deal', 'i'], ['Acme signed a deal with 𠮷野家', 'iu']] as const) expect(regexFor(re, ASTRAL.test(text)).flags).toBe(flags);
    expect(regexFor(re, true)).toBe(re);
  });
  it('makes the variant once per regex', () => {
    expect(regexFor(re, false)).toBe(regexFor(re, false));
  });
  it('gives a regex without a variant back as it is', () => {
    const kanji = /提携/u;
    expect(regexFor(kanji, false)).toBe(kanji);
  });

  // every marker pattern with a variant finds the same matches on the case tables' texts
  const vocab = loadAgreementVocabulary(SEEDS_DIR);
  const markers = [vocab.markers.en, vocab.markers.ja].flatMap((m) => [m.sameDeal, m.clauseBreaks, m.clauseOpenings, m.insertedClauses, m.unnamedPartner]).filter((r): r is RegExp => r !== null);
  const texts = [...en, ...ja].map((c) => c.text.normalize('NFKC'));
  it.each(markers.filter((r) => bmpVariant(r)).map((r) => [r.source.slice(0, 60), r]))('%s…: the same matches', (_source, re) => {
    const all = (r: RegExp, t: string) => [...t.matchAll(new RegExp(r.source, r.flags.includes('g') ? r.flags : `${r.flags}g`))].map((m) => `${m.index}:${m[0]}`);
    for (const t of texts) expect(all(regexFor(re as RegExp, ASTRAL.test(t)), t)).toEqual(all(re as RegExp, t));
  });
  // and every one compiled without `u` (all ASCII: alternativesRegex) finds what it finds with it
  it.each(markers.filter((r) => !r.flags.includes('u')).map((r) => [r.source.slice(0, 60), r]))('%s… (ASCII, without u): the same matches as with u', (_source, re) => {
    const all = (r: RegExp, t: string) => [...t.matchAll(new RegExp(r.source, r.flags.includes('g') ? r.flags : `${r.flags}g`))].map((m) => `${m.index}:${m[0]}`);
    const withU = new RegExp((re as RegExp).source, `${(re as RegExp).flags}u`);
    for (const t of texts) expect(all(re as RegExp, t)).toEqual(all(withU, t));
  });
});

describe('requiredLiteralList', () => {
  const PH = '[\\uE000-\\uF8FF]';
  it('takes the required list whose shortest literal is longest', () => {
    expect(requiredLiteralList(`${PH} (?:signed|inked) a deal with ${PH}`)).toEqual([' a deal with ']);
    expect(requiredLiteralList(`${PH} (?:acquired|bought) ${PH}`)).toEqual(['acquired', 'bought']);
  });
  it('passes over a function word, which most clauses hold, for a rarer list', () => {
    expect(requiredLiteralList(`${PH} (?:picks|taps) ${PH} for (?:cells|packs)`)).toEqual(['cells', 'packs']);
    expect(requiredLiteralList(`${PH} (?:makes|built) (?:[\\w-]+ ){0,3}?(?:batteries|cells) for ${PH}`)).toEqual(['makes', 'built']);
  });
  it('finds none in a pattern of alternatives', () => {
    expect(requiredLiteralList(`${PH} signed|${PH} inked`)).toBeNull();
  });
  it('reads a group of alternatives that are no plain literals: the best literal list of each', () => {
    expect(requiredLiteralList(`${PH} (?:fits|(?:is |are )?(?:powered|equipped) (?:by|with)|runs? on) ${PH}`)).toEqual(['fits', 'powered', 'equipped', 'run']);
    expect(requiredLiteralList(`${PH} (?<verb>agreed to (?:buy|acquire)|bought) ${PH}`)).toEqual(['agreed to ', 'bought']);
  });
  it('reads no literal from a group with an alternative that has none, nor from a lookaround or an optional group', () => {
    expect(requiredLiteralList(`${PH} (?:acquired|\\w+) ${PH}`)).toEqual([' ']);
    expect(requiredLiteralList(`${PH} (?=acquired|bought)\\w+ ${PH}`)).toEqual([' ']);
    expect(requiredLiteralList(`${PH} (?:(?:will )?acquire|bought)? ${PH}`)).toEqual([' ']);
  });
});

describe('requiredLiteralLists', () => {
  const PH = '[\uE000-\uF8FF]';
  it('gives every required list, the best first: each is in every match', () => {
    const source = `${PH} (?:makes|built) (?:[\\w-]+ ){0,3}?(?:batteries|cells) for ${PH}`;
    const lists = requiredLiteralLists(source)!;
    expect(lists[0]).toEqual(['makes', 'built']);
    expect(lists).toContainEqual(['batteries', 'cells']);
    expect(lists).toContainEqual([' for ']);
    const re = new RegExp(source.replaceAll(PH, '#'), 'i');
    for (const text of ['# built two batteries for #', '# MAKES cells for #']) {
      expect(re.test(text)).toBe(true);
      for (const list of lists) expect(list.some((l) => text.toLowerCase().includes(l)), `${list} in "${text}"`).toBe(true);
    }
  });
});
