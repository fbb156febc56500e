/**
 * A weekday written next to the date it names is part of that date's mention: "Friday 7/6",
 * "今週の金曜日(6月15日)"; a weekday next to a relative week names a day of that week:
 * "next week Sunday", "Tuesday next week", "Friday of this week".
 */
import type { Candidate } from '../model.ts';

const isBareWeekday = (c: Candidate) =>
  !c.to &&
  !c.open &&
  c.from.weekday !== undefined &&
  c.from.day === undefined &&
  c.from.nth === undefined &&
  (c.from.rel === undefined || c.from.rel.unit === 'week');

/** A day the text states (with or without its month and year): 7/6, 6月15日, the 21st. */
const isStatedDay = (c: Candidate) => !c.to && !c.open && c.from.kind === 'day' && c.from.day !== undefined && c.from.weekday === undefined;

const isRelWeek = (c: Candidate) => !c.to && !c.open && c.from.kind === 'week' && c.from.rel?.unit === 'week';

const BEFORE_DATE = /^[ \t]*[,、]?[ \t]*(?:the[ \t]+)?(\()?[ \t]*$/i;
const WEEK_THEN_DAY = /^[ \t]*(?:の|on|from)?[ \t]*$/i;
const DAY_THEN_WEEK = /^[ \t]+(?:of[ \t]+)?$/i;

export function mergeWeekdays(cands: readonly Candidate[], text: string): Candidate[] {
  const out: Candidate[] = [];
  for (let i = 0; i < cands.length; i++) {
    const a = cands[i]!;
    const b = cands[i + 1];
    if (b && b.start - a.end <= 8) {
      const between = text.slice(a.end, b.start);
      if (isBareWeekday(a) && isStatedDay(b)) {
        const m = BEFORE_DATE.exec(between);
        if (m) {
          let end = b.end;
          if (m[1] && text[end] === ')') end++;
          out.push({ ...b, start: a.start, end, rule: `${b.rule}+weekday` });
          i++;
          continue;
        }
      }
      const weekThenDay = isRelWeek(a) && isBareWeekday(b) && b.from.rel === undefined && WEEK_THEN_DAY.test(between);
      const dayThenWeek = isBareWeekday(a) && a.from.rel === undefined && isRelWeek(b) && DAY_THEN_WEEK.test(between);
      if (weekThenDay || dayThenWeek) {
        const week = weekThenDay ? a : b;
        const day = weekThenDay ? b : a;
        out.push({
          start: a.start,
          end: b.end,
          rule: `${day.rule}+week`,
          from: { kind: 'day', weekday: day.from.weekday!, rel: { ...week.from.rel! } },
          priority: Math.min(a.priority, b.priority),
        });
        i++;
        continue;
      }
    }
    out.push(a);
  }
  return out;
}
