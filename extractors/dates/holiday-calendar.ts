/**
 * Dates of movable holidays (春節, 清明, 中秋節, Easter, Eid al-Fitr …) from the maintained
 * library date-holidays, given the rules of seeds/dates/holidays.yaml. The library (with its
 * lunar, solar-term, Easter and Islamic calendars) loads on the first holiday mention only.
 */
import { lazyRequire } from '../../text/lazy-require.ts';

interface HolidayInstance {
  setHoliday(rule: string, opts: { name: { en: string }; type: string }): boolean;
  getHolidays(year: number): { date: string; rule: string }[];
}
type HolidaysCtor = new () => HolidayInstance;

const load = lazyRequire<HolidaysCtor | { default: HolidaysCtor }>('date-holidays');

let engine: HolidayInstance | null = null;
const known = new Set<string>();
const byYear = new Map<number, Map<string, { month: number; day: number }>>();

function holidays(): HolidayInstance {
  if (!engine) {
    const mod = load();
    const Ctor = (typeof mod === 'function' ? mod : mod.default) as HolidaysCtor;
    engine = new Ctor();
  }
  return engine;
}

/** The day of `rule` in `year` (Gregorian month and day), or null when the library has none. */
export function holidayDate(rule: string, year: number): { month: number; day: number } | null {
  if (year < 1000 || year > 2999) return null;
  const hd = holidays();
  if (!known.has(rule)) {
    if (!hd.setHoliday(rule, { name: { en: rule }, type: 'public' })) return null;
    known.add(rule);
    byYear.clear();
  }
  let days = byYear.get(year);
  if (!days) {
    days = new Map();
    for (const h of hd.getHolidays(year)) {
      const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(h.date);
      if (m && !days.has(h.rule)) days.set(h.rule, { month: Number(m[2]), day: Number(m[3]) });
    }
    byYear.set(year, days);
  }
  return days.get(rule) ?? null;
}
