/**
 * A news dateline, "GENEVA, June 8, 2023 — …", "BELMONT, N.C., February 16, 2023 – …", "TOKYO, Jan. 5
 * (Reuters) - …": the city (and state) before the date, the dash (or a wire's /PRNewswire/) after
 * it. dates.ts reads a dateline's date as the story's; units-en.ts reads the company after one as
 * its sentence's subject.
 */
const CITY = String.raw`[A-Z][A-Za-z.'’ -]{1,40}(?:,\s*[A-Z][A-Za-z.'’ -]{1,30})?,\s*`;
const DASH = String.raw`\s*(?:\([^)]{1,20}\)\s*)?(?:[—–]|-{1,2}|\/\s?[A-Za-z ]{2,30}\s?\/)`;

/** The text before a date ends with a line's dateline city. */
export const DATELINE_BEFORE = new RegExp(`(?:^|\\n)[ \\t]*${CITY}$`);
/** The text after a date opens with a dateline's dash. */
export const DATELINE_AFTER = new RegExp(`^${DASH}`);
/** A whole English dateline opening a sentence, up to the first word after its dash. */
export const EN_DATELINE = new RegExp(`^${CITY}[A-Z][a-z]{2,8}\\.?\\s+\\d{1,2}(?:,?\\s*\\d{4})?${DASH}\\s*`);
