/**
 * A relative day written right before the holiday it falls on is one mention (like a weekday
 * next to its date): "明日父の日", "明日清明", "tomorrow Christmas Eve" name one day, counted from
 * the document date like the relative word.
 */
import type { Candidate } from '../model.ts';

const isRelativeDay = (c: Candidate) => !c.to && !c.open && c.from.kind === 'day' && c.from.rel?.unit === 'day' && c.from.day === undefined;
const isHoliday = (c: Candidate) => !c.to && !c.open && /^(?:ja|en)\.holiday/.test(c.rule) && c.from.year === undefined;

export function mergeHolidayDays(cands: readonly Candidate[], text: string): Candidate[] {
  const out: Candidate[] = [];
  for (let i = 0; i < cands.length; i++) {
    const a = cands[i]!;
    const b = cands[i + 1];
    if (b && isRelativeDay(a) && isHoliday(b) && /^[ \t]?$/.test(text.slice(a.end, b.start))) {
      out.push({ ...a, end: b.end, rule: `${a.rule}+holiday` });
      i++;
      continue;
    }
    out.push(a);
  }
  return out;
}
