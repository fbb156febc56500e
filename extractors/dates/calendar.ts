/** Small Gregorian calendar helpers (UTC day numbers; no time zones involved). */

const DAY_MS = 86_400_000;

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

export function isValidDate(year: number | undefined, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  // an unknown year: accept 29 February (it exists in some year)
  return day <= daysInMonth(year ?? 2024, month);
}

/** Days since 1970-01-01. */
export function dayNumber(year: number, month: number, day: number): number {
  return Math.round(Date.UTC(year, month - 1, day) / DAY_MS);
}

export function fromDayNumber(n: number): { year: number; month: number; day: number } {
  const d = new Date(n * DAY_MS);
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}

/** ISO weekday, Monday = 1 … Sunday = 7. */
export function isoWeekday(year: number, month: number, day: number): number {
  const w = new Date(Date.UTC(year, month - 1, day)).getUTCDay();
  return w === 0 ? 7 : w;
}

/** Month arithmetic: (2025, 12) + 1 → (2026, 1). */
export function addMonths(year: number, month: number, k: number): { year: number; month: number } {
  const idx = year * 12 + (month - 1) + k;
  return { year: Math.floor(idx / 12), month: (idx % 12) + 1 };
}

/** Japanese fiscal year (April–March) that contains a date, labelled by its starting year. */
export function fiscalYearOf(year: number, month: number): number {
  return month >= 4 ? year : year - 1;
}

export function quarterOf(month: number): 1 | 2 | 3 | 4 {
  return (Math.floor((month - 1) / 3) + 1) as 1 | 2 | 3 | 4;
}

/** Two-digit year → four digits (RECORDS.md: '25 → 2025); 51–99 read as 19xx ("98年"). */
export function expandTwoDigitYear(yy: number): number {
  return yy <= 50 ? 2000 + yy : 1900 + yy;
}
