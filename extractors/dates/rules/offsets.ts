/**
 * Offsets from the document date: 3日後, 二年前, 2か月前, 2週間後, 2年1か月21日前 (mentions only
 * with a document date, like every relative date). An offset that counts from another event
 * (発売から2年後, 設立の3年前) or is part of a range/decimal (1~1.5年後) is not read, nor are
 * words that merely start with 前/後 (前半, 前後, 前倒し, 後期 — seeds/dates/ja.yaml).
 * The value has the finest unit written: 二年前 → a year, 2か月前 → a month, 3日後 → a day.
 */
import type { Grammar, OffsetUnit } from '../grammar.ts';
import type { Point } from '../model.ts';
import type { DateRule, Built } from './rule.ts';
import { KANJI_SMALL } from './ja-parts.ts';
import { num } from './rule.ts';
import { isAsciiDigit } from '../../../text/chars.ts';
import { endsWithAny, startsWithAny } from './text-context.ts';

type Groups = Record<string, string | undefined>;

const KANJI_NUMERAL_CHARS = '〇一二三四五六七八九十百千';

function jaOffset(g: Grammar): DateRule {
  const n = `\\d{1,3}|${KANJI_SMALL}`;
  const u = g.alt.jaOffsetUnits;
  return {
    id: 'ja.offset',
    needs: [...g.ja.offsetDirections.keys()],
    pattern: new RegExp(
      `(?<n1>${n})\\s?(?<u1>${u})(?:と?(?<n2>${n})\\s?(?<u2>${u}))?(?:と?(?<n3>${n})\\s?(?<u3>${u}))?\\s?(?<dir>${g.alt.jaOffsetDirections})`,
      'dg',
    ),
    build(m, { text, grammar }): Built | null {
      const gr = m.groups as Groups;
      const start = m.index;
      const end = start + m[0].length;
      if (start > 0) {
        const c = text.charCodeAt(start - 1);
        if (isAsciiDigit(c) || KANJI_NUMERAL_CHARS.includes(text[start - 1]!)) return null;
        if (endsWithAny(text, start, grammar.ja.offsetNotAfter)) return null;
      }
      if (startsWithAny(text, end, grammar.ja.offsetNotBefore)) return null;
      const sign = grammar.ja.offsetDirections.get(gr.dir!);
      if (sign === undefined) return null;
      const total: Record<OffsetUnit, number> = { year: 0, month: 0, week: 0, day: 0 };
      const seen = new Set<OffsetUnit>();
      for (const [ns, us] of [
        [gr.n1, gr.u1],
        [gr.n2, gr.u2],
        [gr.n3, gr.u3],
      ] as const) {
        if (ns === undefined || us === undefined) continue;
        const unit = grammar.ja.offsetUnits.get(us);
        const v = num(ns);
        if (unit === undefined || v === undefined || seen.has(unit)) return null;
        seen.add(unit);
        total[unit] = v;
      }
      const months = sign * (12 * total.year + total.month);
      const days = sign * (7 * total.week + total.day);
      let from: Point;
      if (seen.has('day') || seen.has('week')) {
        from = { kind: 'day', rel: months ? { unit: 'day', offset: days, months } : { unit: 'day', offset: days } };
      } else if (seen.has('month')) {
        from = { kind: 'month', rel: { unit: 'month', offset: months } };
      } else {
        from = { kind: 'year', rel: { unit: 'year', offset: sign * total.year } };
      }
      return { from };
    },
  };
}

export function offsetRules(g: Grammar): DateRule[] {
  return [jaOffset(g)];
}
