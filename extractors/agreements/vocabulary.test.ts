/**
 * Seed vocabularies: they load, and a user's mistake is reported with file and line.
 * Also the small pure helpers: table header roles, evidence trimming, record merging.
 */
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ResourceError } from '../../text/seed-files.ts';
import type { AgreementType, DateValue } from '../types.ts';
import { trimEvidence } from './document.ts';
import { createAgreementExtractor } from './index.ts';
import { buildWordMatcher, compileRegex, compileRelationPattern, lookupWord, withWordPairGroups } from './vocabulary-compile.ts';
import { forEachMatch } from '../../text/regex.ts';
import { mergeAgreements } from './merge.ts';
import type { Party, RawAgreement } from './model.ts';
import { tableRoles } from './table-roles.ts';
import { SEEDS_DIR } from './test-fixtures.ts';
import { AGREEMENT_RESOURCES, loadAgreementVocabulary } from './vocabulary.ts';

const vocab = loadAgreementVocabulary(SEEDS_DIR);

function seedsCopy(file: string, edit: (s: string) => string): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'agreements-seeds-'));
  cpSync(path.join(SEEDS_DIR, 'agreements'), path.join(dir, 'agreements'), { recursive: true });
  const target = path.join(dir, 'agreements', file);
  writeFileSync(target, edit(readFileSync(target, 'utf8')));
  return dir;
}

function loadError(dir: string): ResourceError {
  try {
    loadAgreementVocabulary(dir);
  } catch (e) {
    if (e instanceof ResourceError) return e;
    throw e;
  }
  throw new Error('expected a ResourceError');
}

describe('word pairs (negated_signing)', () => {
  const matches = (re: RegExp | null, text: string) => {
    const out: string[] = [];
    if (re) forEachMatch(re, text, (m) => out.push(m[0]));
    return out;
  };
  it('Japanese: a stem directly followed by an ending, besides the listed words', () => {
    const m = withWordPairGroups(buildWordMatcher([{ word: '解消', value: true }], false), [{ first: ['締結', '合意'], then: ['していない', 'せず'] }], false);
    expect(matches(m.regex, '契約を締結していない。合意せず、提携を解消した。締結した。')).toEqual(['締結していない', '合意せず', '解消']);
    expect(m.narrow).toBe(buildWordMatcher([{ word: '解消', value: true }], false).narrow);
  });
  it('English: whole words with white space between, in any case', () => {
    const m = withWordPairGroups(buildWordMatcher([{ word: 'scrapped', value: true }], true), [{ first: ['not', 'yet to', 'didn’t'], then: ['sign', 'signed'] }], true);
    expect(matches(m.regex, 'It did NOT sign; it has yet to  sign; didn’t sign; cannot sign; not signing; Scrapped.')).toEqual(['NOT sign', 'yet to  sign', 'didn’t sign', 'Scrapped']);
    expect(matches(m.narrow, 'did not signed')).toEqual(['not signed']);
  });
});

describe('word pair groups (negated_signing and speculative)', () => {
  it('match every group under one guard, besides the listed words', () => {
    const m = withWordPairGroups(buildWordMatcher([{ word: 'scrapped', value: true }], true), [{ first: ['not'], then: ['sign'] }, { first: ['could', 'expected to'], then: ['supply'] }, { first: [], then: ['x'] }], true);
    const out: string[] = [];
    forEachMatch(m.regex!, 'It did not sign. It could supply; it is expected to  supply. Scrapped. not supply. could sign.', (x) => out.push(x[0]));
    expect(out).toEqual(['not sign', 'could supply', 'expected to  supply', 'Scrapped']);
  });
});

describe('relation slots (English lists)', () => {
  // one placeholder character per named party, as relations.ts writes the clause
  const P = '\uE000';
  const slot = (text: string) => {
    const { regex } = compileRelationPattern('test.yaml', 1, 'en', '{A} signed');
    regex.lastIndex = 0;
    return regex.exec(text)?.[1]?.length ?? 0;
  };
  it('a comma list ends in "and" or "&"; "A and B", "A/B", "A & B" are lists too', () => {
    expect(slot(`${P}, ${P} and ${P} signed`)).toBe(10);
    expect(slot(`${P}, ${P}, and ${P} signed`)).toBe(11);
    expect(slot(`${P} and ${P} signed`)).toBe(7);
    expect(slot(`${P}/${P} signed`)).toBe(3);
  });
  it('"A, B signed" is not the list A, B: a name and its apposition', () => {
    expect(slot(`${P}, ${P} signed`)).toBe(1);
  });
});

describe('relation slots (Japanese owners with their shares)', () => {
  const P = '\uE000';
  const owners = (text: string) => {
    const { regex } = compileRelationPattern('test.yaml', 1, 'ja', '出資比率は{A:shares}');
    regex.lastIndex = 0;
    return [...(regex.exec(text)?.[1] ?? '')].filter((c) => c === P).length;
  };
  it('every owner with its percentage, past 「で、中国側は」; one owner is no list', () => {
    expect(owners(`出資比率は${P}が41%、${P}が5%、${P}が4%で、中国側は${P}が40%、${P}が10%を持つ`)).toBe(5);
    expect(owners(`出資比率は${P}が50%、${P}が50%。`)).toBe(2);
    expect(owners(`出資比率は${P}が100%。`)).toBe(0);
  });
  it('is a Japanese slot only', () => {
    expect(() => compileRelationPattern('test.yaml', 3, 'en', '{A:shares} signed')).toThrow(/test\.yaml:3: .*Japanese slot/);
  });
});

describe('vocabulary', () => {
  it('the extractor declares its seed files and a version', () => {
    const ex = createAgreementExtractor({ seedsDir: SEEDS_DIR });
    expect(ex.id).toBe('agreements');
    expect(ex.version).toMatch(/^\d+\.\d+\.\d+$/);
    expect(ex.resources).toEqual(AGREEMENT_RESOURCES);
  });

  it('every type has a priority and the documented precedence holds', () => {
    const p = (t: AgreementType) => vocab.types.get(t)!.priority;
    expect(p('loi')).toBeGreaterThan(p('strategic_partnership'));
    expect(p('mou')).toBeGreaterThan(p('strategic_partnership'));
    expect(p('joint_venture')).toBeGreaterThan(p('investment'));
    expect(p('technical_service')).toBeGreaterThan(p('partnership'));
    expect(p('strategic_partnership')).toBeGreaterThan(p('co_development'));
    expect(Math.min(...[...vocab.types.values()].map((t) => t.priority))).toBe(p('partnership'));
  });

  it.each([
    ['an unknown type', 'cues.ja.yaml', (s: string) => s.replace('type: loi', 'type: letter'), /cues\.ja\.yaml:\d+: cues\.0\.type/],
    ['an except string without the cue', 'cues.ja.yaml', (s: string) => s.replace('except: [資金調達', 'except: [資本金'), /cues\.ja\.yaml:\d+: except "資本金"/],
    ['a broken regex', 'cues.en.yaml', (s: string) => s.replace("'\\bsourc(?:e", "'\\bsourc((?:e"), /cues\.en\.yaml:\d+: invalid regular expression/],
    ['a relation without a slot', 'relations.yaml', (s: string) => s.replace("'{A}(?:の[\\uE000", "'X(?:の[\\uE000"), /relations\.yaml:\d+: pattern has no party slot/],
    ['an organisation alias claimed twice', 'organisations.yaml', (s: string) => s.replace('aliases: [環境省]', 'aliases: [環境省, 経産省]'), /organisations\.yaml:\d+: alias "経産省"/],
  ])('reports %s with file and line', (_name, file, edit, message) => {
    const err = loadError(seedsCopy(file, edit));
    expect(err.message).toMatch(message);
    expect(err.line).toBeGreaterThan(0);
  });

  // (lines are located only when there is an error: the loaders pass a function, not a line)
  it.each([
    ['a broken cue pattern', 'cues.en.yaml', "'\\bsourc(?:e", "'\\bsourc((?:e"],
    ['a relation pattern without a slot', 'relations.yaml', "'{A}(?:の[\\uE000", "'X(?:の[\\uE000"],
    ['a broken clause break', 'markers.yaml', "'ており、'", "'ており(、'"],
    ['a broken organisation pattern', 'organisations.yaml', '{2,24}?(?:研究所', '{2,24}?((?:研究所'],
  ])('reports %s at the line of the entry', (_name, file, from, to) => {
    const original = readFileSync(path.join(SEEDS_DIR, 'agreements', file), 'utf8');
    expect(original).toContain(from);
    const err = loadError(seedsCopy(file, (s) => s.replace(from, to)));
    expect(err.line).toBe(original.slice(0, original.indexOf(from)).split('\n').length);
  });
});

describe('table header roles', () => {
  it.each([
    [['No.', '協業発表日', '外資系企業', '協業相手', '協業概要'], { id: 0, date: 1, party: [2, 3], description: 4, partyType: null }],
    [['Date', 'Company', 'Partner', 'Deal'], { id: -1, date: 0, party: [1, 2], description: 3, partyType: null }],
    [['No.', '発表日', '出資先', '内容'], { id: 0, date: 1, party: [2], description: 3, partyType: 'investment' }],
    [['Date', 'Buyer', 'Supplier', 'Deal'], { id: -1, date: 0, party: [1, 2], description: 3, partyType: 'supply' }],
  ])('%j', (header, roles) => {
    expect(tableRoles(header, vocab)).toEqual(roles);
  });

  it.each([[['ご意見', '対応']], [['取り組み課題', '達成度(目標→達成度)', '残課題']], [['No.', '年', '販売台数']]])('%j is not an agreement table', (header) => {
    expect(tableRoles(header, vocab)).toBeNull();
  });
});

describe('evidence trimming', () => {
  it.each([
    ['- 技術提携: トヨタはホンダと提携した。', 'トヨタはホンダと提携した。'],
    ['- ✓ トヨタはホンダと提携した。', 'トヨタはホンダと提携した。'],
    ['Through a partnership with Toyota, Denso provides services.', 'Through a partnership with Toyota, Denso provides services.'],
    ['出典:https://example.com/a/b', '出典:https://example.com/a/b'.replace(/^出典:/, '')],
  ])('%s', (input, expected) => {
    const r = trimEvidence(input, 0, input.length);
    expect(input.slice(r.start, r.end)).toBe(expected);
  });
});

describe('merging', () => {
  const A: Party = { entityId: 'a', name: 'A', company: true };
  const B: Party = { entityId: 'b', name: 'B', company: true };
  const day = (s: string): DateValue => ({ start: s, end: s, granularity: s.length === 10 ? 'day' : s.length === 7 ? 'month' : 'year' });
  const rec = (type: AgreementType, date: DateValue | null, at: number, parties = [A, B]): RawAgreement => ({
    type,
    parties,
    date,
    evidence: [{ start: at, end: at + 5 }],
    rule: 'test',
    background: false,
  });

  it('the same deal told twice is one record with both evidence spans and the specific type', () => {
    const out = mergeAgreements([rec('partnership', null, 0), rec('strategic_partnership', day('2024-05-01'), 100, [B, A])], vocab);
    expect(out).toHaveLength(1);
    expect(out[0]!.type).toBe('strategic_partnership');
    expect(out[0]!.date).toEqual(day('2024-05-01'));
    expect(out[0]!.evidence).toEqual([{ start: 0, end: 5 }, { start: 100, end: 105 }]);
  });

  it('a coarser date is compatible with a finer one', () => {
    expect(mergeAgreements([rec('mou', day('2024-05'), 0), rec('mou', day('2024-05-10'), 50)], vocab)).toHaveLength(1);
  });

  it('another type or another date is another agreement', () => {
    expect(mergeAgreements([rec('mou', day('2024-03'), 0), rec('joint_venture', day('2024-08'), 50)], vocab)).toHaveLength(2);
    expect(mergeAgreements([rec('partnership', day('2024-07'), 0), rec('partnership', day('2025-09-20'), 50)], vocab)).toHaveLength(2);
    expect(mergeAgreements([rec('mou', null, 0), rec('joint_venture', null, 50)], vocab)).toHaveLength(2);
  });

  it('a press release dated on its release day and the signing a few days before are one deal, dated by the signing', () => {
    const out = mergeAgreements([rec('partnership', day('2025-07-23'), 0), rec('partnership', day('2025-07-17'), 100)], vocab, '2025-07-23');
    expect(out).toHaveLength(1);
    expect(out[0]!.date).toEqual(day('2025-07-17'));
    // not without the release day, not a signing weeks before it, not a later date
    expect(mergeAgreements([rec('partnership', day('2025-07-23'), 0), rec('partnership', day('2025-07-17'), 100)], vocab)).toHaveLength(2);
    expect(mergeAgreements([rec('partnership', day('2025-07-23'), 0), rec('partnership', day('2025-06-17'), 100)], vocab, '2025-07-23')).toHaveLength(2);
    expect(mergeAgreements([rec('partnership', day('2025-07-23'), 0), rec('partnership', day('2025-07-25'), 100)], vocab, '2025-07-23')).toHaveLength(2);
  });
});

describe('compileRegex', () => {
  it.each([
    ['\\bdevelop\\w*\\s+together\\b', 'giu', 'gi'],
    ['[\\p{Script=Han}]+と提携', 'gu', 'gu'],
    ['と提携', 'gu', 'gu'],
    ['\\u{1F600}', 'gu', 'gu'],
  ])('/%s/ with %s compiles with %s', (source, flags, expected) => {
    expect(compileRegex('x.yaml', 1, source, flags).flags).toBe(expected);
  });

  it('still validates a pattern with the flags it is written for', () => {
    expect(() => compileRegex('x.yaml', 3, '\\-\\q', 'giu')).toThrow(/x\.yaml:3: invalid regular expression/);
  });

  it('matches the same without the u flag on normalised text (ſ and K fold to ASCII first)', () => {
    const re = compileRegex('x.yaml', 1, '\\bsupply\\s+deal\\b', 'giu');
    const text = 'A SUPPLY deal, a ſupply deal and a supply  Deal.'.normalize('NFKC');
    expect([...text.matchAll(re)].map((m) => m.index)).toEqual([...text.matchAll(new RegExp(re.source, 'giu'))].map((m) => m.index));
  });
});

describe('word lookup (the definition of a matched word)', () => {
  const m = buildWordMatcher([{ word: 'joint  venture', value: 'jv' }, { word: 'MoU', value: 'mou' }, { word: '業務提携', value: 'alliance' }], true);
  it.each([
    ['joint venture', 'jv'],
    ['Joint\nVenture', 'jv'], // any run of whitespace, any case: as the regex matches
    ['joint  venture', 'jv'],
    ['mou', 'mou'],
    ['MOU', 'mou'],
    ['業務提携', 'alliance'],
    ['venture', undefined],
  ])('%j → %s', (text, value) => expect(lookupWord(m, text)).toBe(value));

  it('finds what the regex matches', () => {
    const text = 'a Joint   Venture and an MoU';
    const found: string[] = [];
    forEachMatch(m.regex!, text, (x) => found.push(String(lookupWord(m, x[0]))));
    expect(found).toEqual(['jv', 'mou']);
  });
});

describe('relations by clause language', () => {
  it('each language its own patterns, "other" all of them', () => {
    expect(vocab.relationsByLang.other).toEqual(vocab.relations);
    expect(vocab.relationsByLang.en).toEqual(vocab.relations.filter((r) => r.lang === 'en'));
    expect(vocab.relationsByLang.ja).toEqual(vocab.relations.filter((r) => r.lang === 'ja'));
  });
});
