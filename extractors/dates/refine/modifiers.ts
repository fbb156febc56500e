/**
 * Words around a date that belong to its mention: Japanese suffixes (2026年末, 2023年後半,
 * 2027年以降, 2024年頃), English prefixes (late 2023, mid-2027, the end of 2028, around 2025)
 * and suffixes (2027 onward, 2030 and beyond), and a weekday after a day (8月27日(水)).
 */
import type { Grammar } from '../grammar.ts';
import type { Candidate, PointKind } from '../model.ts';
import { jaSuffixModifierAt } from '../rules/ja-parts.ts';

export interface ModifierPatterns {
  enPrefix: RegExp;
  enSuffix: RegExp;
  weekdayAfter: RegExp;
}

export function compileModifierPatterns(g: Grammar): ModifierPatterns {
  return {
    // at the end of the text before the date: "… the end of ", "… mid-", "… around "
    // ("the end of the third quarter": the date's own "the" may stand between)
    enPrefix: new RegExp(`(?<![A-Za-z])(?<w>${g.alt.enPrefixModifiers})(?<j>[ \\t]+|[ \\t]*-[ \\t]*)(?<the>the[ \\t]+)?$`, 'i'),
    enSuffix: new RegExp(`[ \\t]+(?<w>${g.alt.enSuffixModifiers})(?![A-Za-z])`, 'iy'),
    weekdayAfter: new RegExp(
      `\\s?(?:\\(\\s?(?:[${g.alt.jaWeekdayChars}](?:曜日?)?(?:・祝)?|(?:${g.alt.enWeekdays})\\.?)\\s?\\)|[、,の]?\\s?[${g.alt.jaWeekdayChars}]曜日?)`,
      'iy',
    ),
  };
}

const PREFIX_KINDS: ReadonlySet<PointKind> = new Set([
  'century',
  'decade',
  'year',
  'fiscal_year',
  'half',
  'fiscal_half',
  'quarter',
  'fiscal_quarter',
  'month',
  'week',
]);

/** "2025年12月4日(木)", "8月27日水曜日", "2018-7-6 (Fri)": the weekday joins the day's span. */
export function attachWeekday(c: Candidate, text: string, p: ModifierPatterns): void {
  if (c.from.kind !== 'day' || c.open || c.from.weekday !== undefined) return;
  const last = c.to ?? c.from;
  if (last.kind !== 'day') return;
  p.weekdayAfter.lastIndex = c.end;
  const m = p.weekdayAfter.exec(text);
  if (m) c.end += m[0].length;
}

/**
 * A season (rules/seasons.ts) is a range of months that takes the modifiers of one date:
 * 今夏以降, 秋頃, late summer, mid-summer 2026 (no other range does: 2025~26年以降 is read
 * by the range rules).
 */
const isSeason = (c: Candidate) => c.rule.startsWith('ja.season') || c.rule.startsWith('en.season');

/** Japanese suffix modifiers, at most two in a row (2026年末頃, 3月末以降). */
export function attachJaSuffixes(c: Candidate, text: string, g: Grammar): void {
  if (c.to && !isSeason(c)) return;
  for (let n = 0; n < 2 && !c.open; n++) {
    const found = jaSuffixModifierAt(text, c.end, c.from.kind, g);
    if (!found) return;
    const mod = found.modifier;
    if (mod.half !== undefined) {
      if (c.from.kind === 'year') c.from.kind = 'half';
      else if (c.from.kind === 'fiscal_year') c.from.kind = 'fiscal_half';
      else return;
      c.from.half = mod.half;
    } else if (mod.mod === 'after' || mod.mod === 'before') {
      c.open = mod.mod;
    } else if (mod.mod && mod.mod !== 'none' && c.mod === undefined) {
      c.mod = mod.mod;
    }
    c.end += found.length;
    c.rule += `+${mod.text}`;
  }
}

/** English modifiers before (late 2023, the end of 2028) and after (2027 onward) a date. */
export function attachEnModifiers(c: Candidate, text: string, g: Grammar, p: ModifierPatterns): void {
  if ((c.to && !isSeason(c)) || c.open) return;
  p.enSuffix.lastIndex = c.end;
  const s = p.enSuffix.exec(text);
  if (s) {
    const mod = g.en.suffixModifiers.get(s.groups!.w!.toLowerCase().replace(/\s+/g, ' '));
    if (mod) {
      c.open = mod;
      c.end += s[0].length;
      c.rule += '+suffix';
    }
  }
  if (c.mod !== undefined) return;
  const lo = Math.max(0, c.start - 24);
  const pm = p.enPrefix.exec(text.slice(lo, c.start));
  if (!pm) return;
  const mod = g.en.prefixModifiers.get(pm.groups!.w!.toLowerCase().replace(/\s+/g, ' '));
  if (!mod) return;
  // ("the end of the third quarter", not "late the fourth quarter")
  if (pm.groups!.the && !/\bof$/i.test(pm.groups!.w!)) return;
  const hyphen = pm.groups!.j!.includes('-');
  if (mod.hyphenOnly && !hyphen) return;
  if (!mod.approx && !PREFIX_KINDS.has(c.from.kind)) return;
  if (mod.approx && hyphen) return;
  c.start = lo + pm.index;
  if (!c.open) c.mod = mod.mod;
  c.rule += '+prefix';
}
