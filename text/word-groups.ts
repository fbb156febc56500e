/**
 * Word lists grouped by a code unit, so that a scan tests only the words that share the
 * character at hand (the first or last of a candidate) instead of the whole list.
 */

/** A word's first UTF-16 unit. */
export const firstUnit = (w: string): number => w.charCodeAt(0);

/** A word's last UTF-16 unit. */
export const lastUnit = (w: string): number => w.charCodeAt(w.length - 1);

/** Words grouped by each unit `units` gives for them (a word once per group), each group in list order. */
export function groupByUnits(words: readonly string[], units: (w: string) => number | readonly number[]): Map<number, string[]> {
  const out = new Map<number, string[]>();
  for (const w of words) {
    const u = units(w);
    for (const c of typeof u === 'number' ? [u] : new Set(u)) {
      const group = out.get(c);
      if (group) group.push(w);
      else out.set(c, [w]);
    }
  }
  return out;
}
