/**
 * Anaphoric dates (RECORDS.md §2): 同日, 翌月, 前年, その週末, the same year, the following
 * month, the next day. They carry no calendar part of their own; anchor.ts counts them from the
 * nearest preceding date mention that has the unit they need (a day for 同日 and weeks, a month
 * for 同月, a year for 同年), and records them with value null when there is none.
 * Comparisons (前年比, 前年同期比, 前日比) and other words (同年代, 翌年度) are not read
 * (seeds/dates/ja.yaml `anaphora_not_before`).
 */
import type { Anaphor, Grammar } from '../grammar.ts';
import type { Built, DateRule } from './rule.ts';
import { startsWithAny } from './text-context.ts';

function built(a: Anaphor): Built {
  const ana = { unit: a.unit, offset: a.offset, ...(a.weekend ? { weekend: true } : {}) };
  const kind = a.unit === 'week' ? 'day' : a.unit;
  return { from: { kind, ana } };
}

function jaAnaphora(g: Grammar): DateRule {
  return {
    id: 'ja.anaphora',
    // not inside a longer kanji word (共同日本, 協同月報): a kanji before 同/翌/前 is another word
    pattern: new RegExp(`(?<![\\u4e00-\\u9fff々])(?<w>${g.alt.jaAnaphora})`, 'dg'),
    build(m, { text, grammar }) {
      const w = m.groups!.w!;
      const a = grammar.ja.anaphora.get(w);
      if (!a) return null;
      if (startsWithAny(text, m.index + m[0].length, grammar.ja.anaphoraNotBefore)) return null;
      return built(a);
    },
  };
}

/**
 * 「同月29日」「翌月5日」: a day of the month an anaphor names (counted like 同月 alone, then the
 * day set); longer than the anaphor alone, so it wins over it.
 */
function jaAnaphoricMonthDay(g: Grammar): DateRule {
  return {
    id: 'ja.anaphora.month_day',
    pattern: new RegExp(`(?<![\\u4e00-\\u9fff々])(?<w>${g.alt.jaAnaphora})\\s?(?<d>[0-3]?\\d)\\s?日`, 'dg'),
    build(m, { grammar }) {
      const a = grammar.ja.anaphora.get(m.groups!.w!);
      const day = Number(m.groups!.d);
      if (!a || a.unit !== 'month' || day < 1 || day > 31) return null;
      return { from: { kind: 'day', day, ana: { unit: a.unit, offset: a.offset } } };
    },
  };
}

const CLAUSE_END = /^\s*(?:[.,;:!?)]|$|\n)/;

function enAnaphora(g: Grammar): DateRule {
  return {
    id: 'en.anaphora',
    latinWord: true,
    pattern: new RegExp(`(?<![A-Za-z])(?<w>${g.alt.enAnaphora})(?![A-Za-z])`, 'gid'),
    build(m, { text, grammar }) {
      const a = grammar.en.anaphora.get(m.groups!.w!.toLowerCase().replace(/\s+/g, ' '));
      if (!a) return null;
      if (a.final && !CLAUSE_END.test(text.slice(m.index + m[0].length, m.index + m[0].length + 3))) return null;
      return built(a);
    },
  };
}

export function anaphoraRules(g: Grammar): DateRule[] {
  return [jaAnaphora(g), jaAnaphoricMonthDay(g), enAnaphora(g)];
}
