/**
 * runRules skips the "ja." rules for a text without kana or kanji and the "en." rules for a
 * text without Latin letters. That is only safe if every match of such a rule contains that
 * script: checked here on every match of every rule over the seed articles and the public
 * date and number suites (Japanese and English).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { defaultSeedsDir } from '../../../pipeline/resources.ts';
import { normalise } from '../../../pipeline/stages/normalise.ts';
import { createDateFinder } from '../find.ts';
import { grammarFor } from '../vocabulary.ts';
import { applicable } from './rule.ts';

const EXTERNAL = path.resolve(import.meta.dirname, '../../../../shared/eval/external');
const SUITES = ['recognizers-text.date.ja.dev', 'recognizers-text.date.en.dev', 'chrono.date.ja.dev', 'recognizers-text.number.en.dev', 'recognizers-text.number.ja.dev'];

function texts(): string[] {
  const seeds = path.join(defaultSeedsDir(), 'articles');
  const out = readdirSync(seeds).map((f) => readFileSync(path.join(seeds, f), 'utf8'));
  for (const s of SUITES) {
    const file = path.join(EXTERNAL, `${s}.jsonl`);
    if (!existsSync(file)) continue;
    for (const line of readFileSync(file, 'utf8').split('\n')) if (line.trim()) out.push((JSON.parse(line) as { text: string }).text);
  }
  return out.map((t) => normalise(t).text);
}

const scriptOf = (s: string) => ({ japanese: /[\u3040-\u30ff\u3400-\u9fff]/.test(s), latin: /[A-Za-z]/.test(s) });

describe('date rule gating by script', () => {
  it('every match of a "ja." rule contains kana or kanji, every match of an "en." rule a Latin letter', () => {
    const finder = createDateFinder(grammarFor());
    const corpus = texts();
    expect(corpus.length).toBeGreaterThan(4);
    let matches = 0;
    const wrong: string[] = [];
    for (const text of corpus) {
      for (const rule of finder.rules) {
        const re = new RegExp(rule.pattern.source, rule.pattern.flags);
        for (const m of text.matchAll(re)) {
          if (m[0].length === 0) continue;
          matches++;
          if (!applicable(rule, scriptOf(m[0]))) wrong.push(`${rule.id}: "${m[0]}"`);
        }
      }
    }
    expect(matches).toBeGreaterThan(1000);
    expect(wrong).toEqual([]);
  });

  it.each([
    ['ja.date', { japanese: false, latin: true }, false],
    ['ja.date', { japanese: true, latin: false }, true],
    ['en.month_day_year', { japanese: true, latin: false }, false],
    ['num.ymd', { japanese: false, latin: false }, true],
  ] as const)('%s with %o → %s', (id, script, expected) => {
    expect(applicable({ id, pattern: /x/g, build: () => null }, script)).toBe(expected);
  });

  it('a rule can opt out of the default (en.year: "2027" has no letters)', () => {
    const year = createDateFinder(grammarFor()).rules.find((r) => r.id === 'en.year')!;
    expect(applicable(year, { japanese: true, latin: false })).toBe(true);
  });
});
