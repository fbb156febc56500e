import { describe, expect, it } from 'vitest';
import { DIGIT_RUN, firstWords } from './first-words.ts';
import { WordStarts, WordVocabulary } from './word-index.ts';
import { forEachWordLedMatch, isWordLed, registerWordLed, wordLedStarts } from './word-scan.ts';
import { forEachMatch } from './regex.ts';

/** Patterns whose first words can be read, and the words (sorted). */
const READABLE: [string, RegExp, string[]][] = [
  ['guarded alternation with a letter guard after', /(?<![A-Za-z])(?:may|June)(?![A-Za-z])/gi, ['june', 'may']],
  ['\\b on both sides', /\b(?:sell|sells)\b/g, ['sell', 'sells']],
  ['a word ended by whitespace', /(?<![A-Za-z])labour\s+day/gi, ['labour']],
  ['an optional first word: both it and the next', /(?<![A-Za-z])(?:(?<wd>mon|tue)\.?,?\s+)?(?<mon>jan|feb)(?![A-Za-z])/gi, ['feb', 'jan', 'mon', 'tue']],
  ['a small letter class', /\b[Tt]he\s+firm/g, ['the']],
  ['a word ended by an apostrophe or a dot', /(?<![A-Za-z])(?:int['’]l|st\.)\s+day/gi, ['int', 'st']],
  ['a hyphenated word: the part before the hyphen', /(?<![A-Za-z])mid-autumn(?![A-Za-z])/gi, ['mid']],
  ['a number guarded against digits and letters', /(?<![\w.,$])(?<d>[0-3]?\d)(?:st|nd|rd|th)(?![A-Za-z0-9])/dg, [DIGIT_RUN]],
  ['letters or digits first', /(?<![A-Za-z0-9])(?:[Qq][1-4]|H[12]|(?<y>\d{4})Q)/g, [DIGIT_RUN, 'h', 'q']],
  ['a word followed by a digit', /(?<![A-Za-z0-9])FY\d{2}/g, ['fy']],
  ['^ as the guard', /^(?:Tokyo|Osaka),/gm, ['osaka', 'tokyo']],
  ['a word at a line end ($)', /\b(?:than|unlike)$/gm, ['than', 'unlike']],
  ['escapes: \\u0041 is the letter A', /\b\u0041BC\s/g, ['abc']],
  ['a word ended by a property class (u flag)', /\b(?:sell|Venture Capital)(?![\p{L}\p{N}&'’-])/gu, ['sell', 'venture']],
  ['a property class guarding the start, one of one case after the word', /(?<![\p{L}\p{Nd}])(?:sell|than)\s+(?=\p{Ll})/gu, ['sell', 'than']],
];

/** Patterns that must not be read: a match could start elsewhere than at a listed word. */
const UNREADABLE: [string, RegExp][] = [
  ['no guard: "dismay" contains "may"', /(?:may|june)(?![A-Za-z])/gi],
  ['a guard that lets letters through', /(?<!\d)may\b/g],
  ['the pattern may end inside the word ("partners")', /\bpartner/g],
  ['a letter class continues the first word', /\bpartner\w*/g],
  ['a number guarded only against letters ("12" inside "123")', /(?<![A-Za-z])\d+/g],
  ['a match may start with a non-letter', /(?<![A-Za-z])[(]?may\b/g],
  ['a match may be empty', /(?<![A-Za-z])(?:may\b)?/g],
  ['a back-reference', /(?<![A-Za-z])(?<q>[ab])x\k<q>\b/g],
  ['a large letter class first', /(?<![A-Za-z])[a-z]+day\b/g],
  ['a property escape', /(?<![A-Za-z])\p{L}+/gu],
  ['\\p without the u flag is the letter p', new RegExp('(?<![A-Za-z])may(?!\\p{L})', 'g')],
  ['a one-case property does not guard a start ("xMay")', /(?<!\p{Lu})may\b/giu],
  ['a one-case property does not end the word ("mayday")', /\bmay(?!\p{Lu})/giu],
  ['a property not read', /\bmay(?!\p{Script=Latin})/gu],
  ['a zero-width loop', /(?<![A-Za-z])(?:x?)*y\b/g],
];

describe('firstWords', () => {
  it.each(READABLE)('%s', (_name, re, words) => {
    expect([...(firstWords(re) ?? ['(null)'])].sort()).toEqual(words);
  });

  it.each(UNREADABLE)('null: %s', (_name, re) => {
    expect(firstWords(re)).toBeNull();
  });

  it.each(READABLE)('every match starts at a listed word of the text: %s', (_name, re) => {
    const text =
      'may June sell sells Labour day mon., jan MON feb the firm The firm int\'l day st. day mid-autumn 21st 3rd Q3 q4 H1 2025Q FY25 FY2025 ABC \nTokyo, Osaka, than unlike\n𠮷 may dismay 123rd';
    const words = firstWords(re)!;
    const vocabulary = new WordVocabulary([words]);
    const starts = new Set(new WordStarts(text, vocabulary).startsOf(vocabulary.members(words)));
    const found = [...text.matchAll(new RegExp(re.source, re.flags))];
    expect(found.length).toBeGreaterThan(0);
    for (const m of found) expect(starts.has(m.index), `"${m[0]}" at ${m.index}`).toBe(true);
  });
});

describe('WordStarts', () => {
  it('lists the starts of wanted words (any case) and of digit runs, in UTF-16 units', () => {
    const text = '𠮷野家 The theory, THE 12,345 and then the2 x9';
    const vocabulary = new WordVocabulary([new Set(['the']), new Set([DIGIT_RUN])]);
    const index = new WordStarts(text, vocabulary);
    // "𠮷" is two UTF-16 units, so "The" starts at 5; "theory" and "then" are other words; "the2" holds the word "the"
    expect(index.startsOf(vocabulary.members(new Set(['the'])))).toEqual([5, 17, 37]);
    // digit runs: "12", "345" (after the comma), the "2" of "the2" and the "9" of "x9"
    expect(index.startsOf(vocabulary.members(new Set([DIGIT_RUN])))).toEqual([21, 24, 40, 43]);
    expect(index.startsOf(vocabulary.members(new Set(['the', DIGIT_RUN])))).toEqual([5, 17, 21, 24, 37, 40, 43]);
  });

  it('skips words whose first letter and length no wanted word has', () => {
    const vocabulary = new WordVocabulary([new Set(['march', 'may'])]);
    const index = new WordStarts('Mayday, MAY, March; marches; mar', vocabulary);
    expect(index.startsOf(vocabulary.members(new Set(['may'])))).toEqual([8]);
    expect(index.startsOf(vocabulary.members(new Set(['march', 'may'])))).toEqual([8, 13]);
  });

  it('finds a word of the text in its vocabulary in any case without cutting it out, as the vocabulary grows', () => {
    const vocabulary = new WordVocabulary([new Set(['may'])]);
    const words = Array.from({ length: 300 }, (_, i) => `w${i.toString(36).replace(/\d/g, (d) => 'abcdefghij'[Number(d)]!)}`);
    vocabulary.add(new Set(words)); // several rehashes
    const text = `MAY may ${words.map((w) => w.toUpperCase()).join(' ')} mayday wa`;
    for (const m of text.matchAll(/[A-Za-z]+/g)) {
      expect(vocabulary.idAt(text, m.index, m.index + m[0].length), m[0]).toBe(vocabulary.id(m[0].toLowerCase()) ?? -1);
    }
    expect(vocabulary.idAt('xMAYx', 1, 4)).toBe(vocabulary.id('may'));
    expect(vocabulary.idAt('mayday', 0, 6)).toBe(-1);
  });
});

/** The word-led scan finds what a global scan finds, and the text holds more than one match. */
function expectSameMatches(re: RegExp, text: string): void {
  const a: string[] = [];
  const b: string[] = [];
  forEachMatch(re, text, (m) => a.push(`${m.index}:${m[0]}`));
  forEachWordLedMatch(re, text, (m) => b.push(`${m.index}:${m[0]}`));
  expect(b).toEqual(a);
  expect(a.length).toBeGreaterThan(1);
}

describe('word-led scans (word-scan.ts)', () => {
  it('find the same matches as forEachMatch, by first words where readable and globally otherwise', () => {
    const readable = /(?<![A-Za-z])(?:may|june)(?![A-Za-z])/gi;
    const unreadable = /(?:may|june)(?![A-Za-z])/gi; // no guard: "dismay" matches too
    const digits = /(?<![\w.])\d+(?:st|nd|rd|th)\b/g;
    registerWordLed([readable, unreadable, null]);
    expect(isWordLed(readable)).toBe(true);
    expect(isWordLed(unreadable)).toBe(false);
    const text = '𠮷 May, dismay; JUNE 1st and 22nd of june, mayday 3.5th';
    expect(wordLedStarts(readable, text)).toEqual([3, 16, 37]); // UTF-16 units: "𠮷" is two
    expect(wordLedStarts(unreadable, text)).toBeNull();
    // digits: registered on first use, after the text's index was built for the others
    for (const re of [readable, unreadable, digits]) {
      expectSameMatches(re, text);
    }
  });
});

describe('space-led scans (word-scan.ts)', () => {
  it('find a cue after a name where the whitespace before its first words starts, as forEachMatch does', () => {
    const cue = /(?<!\s)\s+(?:has\s+|have\s+)?(?:agreed|signed)\s+with\b/g;
    const digitLed = /(?<!\s)\s+\d+\s+units\b/g;
    const notReadable = /(?<!\s)\s+\w*agreed\b/g; // a letter class first: scanned globally
    const text = ' Acme  has agreed with B; 𠮷野家\u3000signed with C,(signed with D)\tAcme\u00a0\u00a0have\nsigned with E 12 units and Zed 3 units, it disagreed';
    expect(isWordLed(cue)).toBe(true);
    expect(isWordLed(digitLed)).toBe(true);
    expect(isWordLed(notReadable)).toBe(false);
    for (const re of [cue, digitLed, notReadable]) {
      expectSameMatches(re, text);
    }
  });
});
