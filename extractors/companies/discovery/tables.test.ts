/**
 * The nationality-prefix regex leads with a lookahead on the prefixes' first characters (a
 * speed-up: the costly lookbehind then runs only where a prefix can start). It must find
 * exactly what the regex without it finds, on the seed articles and on hand-made cases.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { normalise } from '../../../text/normalise.ts';
import { defaultSeedsDir } from '../../../text/seed-files.ts';
import { forEachMatch } from '../../../text/regex.ts';
import { createCompanyExtractor } from '../index.ts';

const { tables } = createCompanyExtractor({ seedsDir: defaultSeedsDir() }).companyResources;

function matches(re: RegExp, text: string): [number, string][] {
  const out: [number, string][] = [];
  forEachMatch(re, text, (m) => out.push([m.index, m[0]]));
  return out;
}

describe('the nationality-prefix regex', () => {
  const fast = tables.nationality!;
  const plain = new RegExp(fast.source.replace(/^\(\?=\[[^\]]*\]\)/, ''), fast.flags);

  it('leads with a lookahead on first characters, and is otherwise the plain regex', () => {
    expect(fast.source.startsWith('(?=[')).toBe(true);
    expect(plain.source.startsWith('(?<!')).toBe(true);
  });

  it.each([
    ['米ポリポアと提携', [[0, '米']]],
    ['独BASFが出資', [[0, '独']]],
    // (a country of two characters or more with の: a name follows; ja-rules.ts keeps it only as a party of a deal)
    ['中国CATLとスウェーデンのノースボルト', [[0, '中国'], [7, 'スウェーデンの']]],
    ['タイタン・シリコン', []], // a katakana country only before Latin or after の: タイタン is one word
    ['日米ポリポア', []], // after a kanji: part of a word
    // (a kanji word after の too: ja-rules.ts keeps it only when it ends with a company word, 「米国の海南鉱業」)
    ['米国の電池', [[0, '米国の']]],
    ['米国電池', []], // a kanji word right after a country: one compound
  ] as const)('%s', (text, expected) => {
    expect(matches(fast, text)).toEqual(expected);
    expect(matches(plain, text)).toEqual(expected);
  });

  it('finds the same matches as the plain regex in every seed article', () => {
    const dir = path.join(defaultSeedsDir(), 'articles');
    for (const f of readdirSync(dir)) {
      const text = normalise(readFileSync(path.join(dir, f), 'utf8')).text;
      expect(matches(fast, text)).toEqual(matches(plain, text));
    }
  });
});
