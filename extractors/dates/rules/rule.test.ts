/**
 * runRules skips the "ja." rules for a text without kana or kanji and the "en." rules for a
 * text without Latin letters. That is only safe if every match of such a rule contains that
 * script: checked here on every match of every rule over the seed articles and the public
 * date and number suites (Japanese and English). The same holds for the literals a rule
 * `needs`.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { itIfShared } from '../../../test/shared.ts';
import { defaultSeedsDir } from '../../../text/seed-files.ts';
import { normalise } from '../../../text/normalise.ts';
import { createDateFinder } from '../find.ts';
import { grammarFor } from '../vocabulary.ts';
import { applicable, LATIN_WORD_START, runRules, startsOf, type DateRule } from './rule.ts';
import { firstWords } from '../../../text/first-words.ts';
import { WordStarts, WordVocabulary } from '../../../text/word-index.ts';
import { jaRules } from './ja.ts';
import { startGuard } from './ja-parts.ts';

const EXTERNAL = path.resolve(import.meta.dirname, '../../../../shared/eval/external');
const SUITES = ['recognizers-text.date.ja.dev', 'recognizers-text.date.en.dev', 'chrono.date.ja.dev', 'recognizers-text.number.en.dev', 'recognizers-text.number.ja.dev'];

/** Every way a guarded rule's match can start (year, month, 第, 最, kanji and relative words). */
const FORMS = [
  '売上は第3四半期に伸びた。2025年第1四半期、今年の第2四半期、令和6年度第4四半期。',
  '3月第2週、十二月の第一週、最終週、最後の週、2025年5月第3週、同年6月最終週。',
  '十二月一日~三日、5月1日から7日、2025年3月3日(月)~5日、昨年の4月1日-2日。',
  '5~6月、5月から7月、2024年10~12月期、今年度4-6月、R6年1~3月。',
  '2025年3月期、令和6年3月期、25年12月期の決算。',
];

function texts(): string[] {
  const seeds = path.join(defaultSeedsDir(), 'articles');
  const out = [...FORMS, ...readdirSync(seeds).map((f) => readFileSync(path.join(seeds, f), 'utf8'))];
  for (const s of SUITES) {
    const file = path.join(EXTERNAL, `${s}.jsonl`);
    if (!existsSync(file)) continue;
    for (const line of readFileSync(file, 'utf8').split('\n')) if (line.trim()) out.push((JSON.parse(line) as { text: string }).text);
  }
  return out.map((t) => normalise(t).text);
}

/** English forms each first-word rule can start with: weekdays, holidays, numbers in words, digits, quarters. */
const FIRST_WORD_FORMS = [
  'On Monday, March 3, 2025 and Tue., 4 March; the 21st of May; on the first; for 3 days; in two weeks; three weeks ago; 5 days later.',
  'This Christmas, next Labor Day, Thanksgiving 2025, Lunar New Year, Mid-Autumn Festival, Martin Luther King Day, St. Patrick\'s Day, int\'l workers day.',
  'The following day, the same week, that year, the previous day; the week after next; this weekend, last weekend; next spring, the summer of 2024.',
  'Q3 2025, 3Q25, H1 2026, 2H 2025, FY2025, fiscal 2024; in the nineties; year two thousand and five; the 1990s; 21st century; nineteenth-century.',
  'Yesterday, today, tomorrow; upcoming Friday; the third Tuesday of July; 2025-03-04, 3/4/2025, 4.3.2025; 28-nov; 16. Nov. 2016.',
  '𠮷野家は2025年3月、Monday 5 May 2025にthe following weekと発表した。',
];

/** Count the non-empty matches of `rule` in `text`; add to `wrong` those not starting at one of `starts`. */
function matchesStartingOutside(rule: DateRule, text: string, starts: ReadonlySet<number>, wrong: string[]): number {
  let n = 0;
  for (const m of text.matchAll(new RegExp(rule.pattern.source, rule.pattern.flags))) {
    if (m[0].length === 0) continue;
    n++;
    if (!starts.has(m.index)) wrong.push(`${rule.id}: "${m[0]}"`);
  }
  return n;
}

const scriptOf = (s: string) => ({ japanese: /[\u3040-\u30ff\u3400-\u9fff]/.test(s), latin: /[A-Za-z]/.test(s) });

describe('date rule gating by script', () => {
  itIfShared('every match of a "ja." rule contains kana or kanji, every match of an "en." rule a Latin letter', { files: ['eval/external'] }, () => {
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
          // (a rule reading its script around the match: the text next to it, within its lookaround)
          const seen = rule.scriptAround ? text.slice(Math.max(0, m.index - 40), m.index + m[0].length + 40) : m[0];
          if (!applicable(rule, scriptOf(seen))) wrong.push(`${rule.id}: "${m[0]}"`);
        }
      }
    }
    expect(matches).toBeGreaterThan(1000);
    expect(wrong).toEqual([]);
  });

  itIfShared('every match of a rule with `needs` contains one of them (in lower case for an i rule)', { files: ['eval/external'] }, () => {
    const finder = createDateFinder(grammarFor());
    const corpus = [...texts(), 'the 2nd week of May; week 3; the third quarter; 19th-century; the week after next; Jan. \'25; the 20th of next month; FY2025; fiscal 2024; Fiscal 2023; 2025年の第2週; 第3四半期; 3月期; 1990年代; 21世紀; 3日後; 金曜日; 今週末; 5月1日~3日; 今年の夏'];
    let matches = 0;
    const wrong: string[] = [];
    for (const rule of finder.rules) {
      if (!rule.needs) continue;
      for (const text of corpus) {
        for (const m of text.matchAll(new RegExp(rule.pattern.source, rule.pattern.flags))) {
          if (m[0].length === 0) continue;
          matches++;
          const s = rule.pattern.ignoreCase ? m[0].toLowerCase() : m[0];
          if (!rule.needs.some((n) => s.includes(n))) wrong.push(`${rule.id}: "${m[0]}"`);
        }
      }
    }
    expect(matches).toBeGreaterThan(100);
    expect(wrong).toEqual([]);
  });

  itIfShared('every match of a rule with a `head` (latinWord: a Latin word start) starts where the head matches', { files: ['eval/external'] }, () => {
    const finder = createDateFinder(grammarFor());
    const corpus = [...texts(), "Mar 3-5, 2025; March to May 2026; Sept. 2025; Sept-2025; May the 3rd; Jan. '25; marketing May 2024", 'on the first, for 3, in two weeks, the week after next, this Christmas, next Monday, the following day, Week 3, in the nineties, year two thousand and five, 新型EVはnext spring発売、the day before yesterday、last weekend、Labor Day 2025、Diwali'];
    let matches = 0;
    const wrong: string[] = [];
    expect(finder.rules.filter((r) => r.latinWord).length).toBeGreaterThanOrEqual(15);
    for (const rule of finder.rules) {
      const head = rule.head ?? (rule.latinWord ? LATIN_WORD_START : undefined);
      if (!head) continue;
      for (const text of corpus) {
        matches += matchesStartingOutside(rule, text, new Set(startsOf(head, text)), wrong);
      }
    }
    expect(matches).toBeGreaterThan(50);
    expect(wrong).toEqual([]);
  });

  itIfShared('every match of a rule with an `anchor` has one of its literals at most `within` after its start', { files: ['eval/external'] }, () => {
    const finder = createDateFinder(grammarFor());
    const corpus = [...texts(), 'さらいねん3月~5月、おととしの5月1日-3日、ことし、令和元年度の十二月の二十一日~二十三日(月)、一九九九年、二千二十五年十二月、R 6 年 1 月 ~ 3 月、昨年度、同年十二月 の 三十一 日 ( 火 ) から 2 日'];
    let matches = 0;
    const wrong: string[] = [];
    for (const rule of finder.rules) {
      if (!rule.anchor) continue;
      for (const text of corpus) {
        for (const m of text.matchAll(new RegExp(rule.pattern.source, rule.pattern.flags))) {
          if (m[0].length === 0) continue;
          matches++;
          const at = rule.anchor.literals.map((l) => m[0].indexOf(l)).filter((i) => i !== -1);
          if (!at.length || Math.min(...at) > rule.anchor.within) wrong.push(`${rule.id}: "${m[0]}"`);
          if (rule.anchor.first !== undefined && !rule.anchor.first.includes(m[0][0]!)) wrong.push(`${rule.id} starts with ${m[0][0]}`);
        }
      }
    }
    expect(matches).toBeGreaterThan(300);
    expect(wrong).toEqual([]);
  });

  it('runRules finds the same candidates as a global scan by every rule (first words, heads, anchors)', () => {
    const grammar = grammarFor();
    const rules = createDateFinder(grammar).rules;
    expect(rules.filter((r) => r.anchor).length).toBeGreaterThanOrEqual(5);
    expect(rules.filter((r) => r.head).length).toBeGreaterThanOrEqual(5);
    expect(rules.filter((r) => firstWords(r.pattern)).length).toBeGreaterThanOrEqual(30);
    let candidates = 0;
    for (const text of [...texts(), ...FIRST_WORD_FORMS, '2025年のnext Monday、新型EVはthe following dayにon the first発表、Christmas 2025と5月5日-7日', "From Mar 3-5, 2025 to March-May 2026 (marketing in May 2024, Sept. '25); may may May 5 May 5, 2025"]) {
      const fast = runRules(rules, { text, grammar });
      expect(fast).toEqual(runRules(rules, { text, grammar }, 'global'));
      candidates += fast.length;
    }
    expect(candidates).toBeGreaterThan(100);
  });

  it('every match of a rule tried at its first words starts at one of them (seeds, forms, and the public suites when present)', () => {
    const rules = createDateFinder(grammarFor()).rules.filter((r) => !r.anchor && firstWords(r.pattern));
    const vocabulary = new WordVocabulary(rules.map((r) => firstWords(r.pattern)!));
    let matches = 0;
    const wrong: string[] = [];
    for (const text of [...texts(), ...FIRST_WORD_FORMS]) {
      const index = new WordStarts(text, vocabulary);
      for (const rule of rules) {
        matches += matchesStartingOutside(rule, text, new Set(index.startsOf(vocabulary.members(firstWords(rule.pattern)!))), wrong);
      }
    }
    expect(matches).toBeGreaterThan(100);
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

describe('start guards of the Japanese rules', () => {
  itIfShared('change no match (guarded vs unguarded rules over the seeds and the public suites)', { files: ['eval/external'] }, () => {
    const grammar = grammarFor();
    const guarded = jaRules(grammar);
    const plain = jaRules(grammar, { guards: false });
    expect(guarded.filter((r, i) => r.pattern.source !== plain[i]!.pattern.source).length).toBeGreaterThanOrEqual(5);
    const corpus = texts();
    let matches = 0;
    let guardedMatches = 0;
    for (const [i, rule] of guarded.entries()) {
      for (const text of corpus) {
        const a = [...text.matchAll(new RegExp(rule.pattern.source, rule.pattern.flags))].map((m) => `${m.index}:${m[0]}`);
        const b = [...text.matchAll(new RegExp(plain[i]!.pattern.source, plain[i]!.pattern.flags))].map((m) => `${m.index}:${m[0]}`);
        expect(a, `${rule.id} on "${text.slice(0, 40)}"`).toEqual(b);
        matches += a.length;
        if (rule.pattern.source !== plain[i]!.pattern.source) guardedMatches += a.length;
      }
    }
    expect(matches).toBeGreaterThan(300);
    expect(guardedMatches).toBeGreaterThan(30);
  });

  it.each([
    ['年月', '(?=[年月])'],
    ['a-]b', '(?=[a\\-\\]b])'],
    ['𠮷', ''],
  ])('startGuard(%s) = %s', (chars, expected) => {
    expect(startGuard(chars)).toBe(expected);
  });
});
