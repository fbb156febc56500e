/**
 * Two dates joined by a connective are one range mention, connective included (RECORDS.md §2):
 * 2027年〜2030年, 2025年1月~7月, 2027年から2030年, 2027 to 2030, between 2027 and 2030,
 * January to July 2023. The part that leaves its year (or month) out takes it from the other.
 */
import type { Grammar } from '../grammar.ts';
import type { Candidate, Point } from '../model.ts';
import { escapeRegex } from '../../../text/regex.ts';
import { movesDate } from '../rules/ja-parts.ts';

export interface RangePatterns {
  ja: RegExp;
  en: RegExp;
  between: RegExp;
  /** 「AからBに先送り」: after the second date, a change from one date to the other. */
  jaChange: RegExp | null;
}

export function compileRangePatterns(g: Grammar): RangePatterns {
  const ja = g.ja.connectives.map(escapeRegex).join('|');
  const en = g.en.connectives
    .filter((c) => !c.yearsOnly)
    .map((c) => c.text)
    .sort((a, b) => b.length - a.length)
    .map(escapeRegex)
    .join('|');
  return {
    ja: new RegExp(`^[ \\t]?(?:${ja})[ \\t]?$`),
    en: new RegExp(`^[ \\t]*(?<c>${en})[ \\t]*$`, 'i'),
    between: /(?<![A-Za-z])between[ \t]+$/i,
    jaChange: g.ja.changeAfter,
  };
}

/** A sortable key of a point's start: [year, sub-year position in months]. */
function order(p: Point): number | null {
  if (p.year === undefined) return null;
  switch (p.kind) {
    case 'day':
    case 'week':
      return p.month === undefined ? null : p.year * 400 + p.month * 32 + (p.day ?? 0);
    case 'month':
      return p.month === undefined ? null : p.year * 400 + p.month * 32;
    case 'quarter':
    case 'fiscal_quarter':
      return p.year * 400 + ((p.quarter ?? 1) * 3 - 2) * 32;
    case 'half':
    case 'fiscal_half':
      return p.year * 400 + ((p.half ?? 1) * 6 - 5) * 32;
    default:
      return p.year * 400;
  }
}

const isRelative = (p: Point) => p.rel !== undefined || p.sameYear === true || p.weekday !== undefined;

/** Fill the year (and month) one part leaves out from the other part; false when incompatible. */
function shareCalendar(a: Point, b: Point): boolean {
  // 来週の水曜日から金曜日, next week Wednesday to Friday: the bare end is in the same week
  if (a.weekday !== undefined && b.weekday !== undefined && a.rel?.unit === 'week' && b.rel === undefined && b.day === undefined) {
    b.rel = { ...a.rel };
    if (b.rel.dir !== undefined && b.weekday < a.weekday) delete b.rel.dir;
  }
  if (isRelative(a) || isRelative(b)) return true;
  if (b.year === undefined && a.year !== undefined && b.kind !== 'century') {
    b.year = a.year;
    if (b.kind === 'day' && b.month === undefined) b.month = a.month;
    const oa = order(a);
    const ob = order(b);
    if (oa !== null && ob !== null && ob < oa) b.year += 1; // 11月~2月, 12月28日~1月4日
  } else if (a.year === undefined && b.year !== undefined && a.kind !== 'century') {
    a.year = b.year;
    const oa = order(a);
    const ob = order(b);
    if (oa !== null && ob !== null && oa > ob) a.year -= 1;
  } else if (b.kind === 'day' && b.month === undefined && a.month !== undefined) {
    b.month = a.month;
  }
  const oa = order(a);
  const ob = order(b);
  return oa === null || ob === null || oa < ob || (oa === ob && a.kind !== b.kind);
}

export function mergeRanges(cands: readonly Candidate[], text: string, p: RangePatterns): Candidate[] {
  const out: Candidate[] = [];
  for (let i = 0; i < cands.length; i++) {
    const a = cands[i]!;
    const b = cands[i + 1];
    if (b && !a.to && !b.to && !a.open && !b.open && b.start - a.end <= 12) {
      const between = text.slice(a.end, b.start);
      // (「AからBに先送り」 moves a date: the から is no connective)
      let ok = p.ja.test(between) && !movesDate(p.jaChange, between, text, b.end);
      if (!ok) {
        const m = p.en.exec(between);
        if (m) {
          const conn = m.groups!.c!.toLowerCase();
          ok = conn !== 'and' || p.between.test(text.slice(Math.max(0, a.start - 12), a.start));
        }
      }
      const from = { ...a.from };
      const to = { ...b.from };
      if (ok && (from.kind === 'century') === (to.kind === 'century') && shareCalendar(from, to)) {
        out.push({
          start: a.start,
          end: b.end,
          rule: `range(${a.rule},${b.rule})`,
          from,
          to,
          priority: Math.min(a.priority, b.priority),
          ...(a.mod ? { mod: a.mod } : {}),
          ...(a.fallbackStart !== undefined ? { fallbackStart: a.fallbackStart } : {}),
        });
        i++;
        continue;
      }
    }
    out.push(a);
  }
  return out;
}
