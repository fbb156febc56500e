/**
 * Regular-expression helpers shared by the extractors: escaping a literal, an alternation of
 * literal words (longest first, optionally sharing a guard), and the guarded loop over every match of a global regex.
 */

/** A literal string as regex source (every syntax character and "/" escaped). */
export function escapeRegex(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}

/** A literal word as regex source: escaped, a run of spaces matching any run of whitespace. */
export function literalWord(word: string): string {
  return escapeRegex(word).replace(/ +/g, '\\s+');
}

/**
 * Alternation of literal words, without duplicates and longest first (ties in alphabetical
 * order), so that a longer word wins over its prefix. `source` writes each word's pattern
 * (default: literalWord; callers add boundaries or variant characters).
 *
 * `lead`: a zero-width guard (a lookbehind such as a word boundary) for the words it `applies`
 * to. Consecutive such words share one: the guard depends only on the position, so
 * `(?<!x)(?:a|b)` tries a and b in the same order as `(?<!x)a|(?<!x)b`, and V8 checks it once
 * per position instead of once per word.
 */
export function wordAlternation(
  words: Iterable<string>,
  source: (word: string) => string = literalWord,
  lead?: { guard: string; applies: (word: string) => boolean },
): string {
  const uniq = [...new Set(words)].sort((a, b) => b.length - a.length || a.localeCompare(b));
  if (!lead) return uniq.map(source).join('|');
  const alts: string[] = [];
  let run: string[] = [];
  const flush = () => {
    if (run.length > 0) alts.push(`${lead.guard}(?:${run.join('|')})`);
    run = [];
  };
  for (const w of uniq) {
    if (lead.applies(w)) run.push(source(w));
    else {
      flush();
      alts.push(source(w));
    }
  }
  flush();
  return alts.join('|');
}

/**
 * Call `visit` with every match of the global regex `re` in `text`, in order, from the start.
 * An empty match is skipped (the search moves on by one unit), so the loop always ends; the
 * search resumes after each match whatever `visit` does with `re.lastIndex`.
 */
export function forEachMatch(re: RegExp, text: string, visit: (m: RegExpExecArray) => void): void {
  re.lastIndex = 0;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    const next = re.lastIndex;
    if (m[0].length === 0) {
      re.lastIndex = next + 1;
      continue;
    }
    visit(m);
    re.lastIndex = next;
  }
}

/**
 * Every match of the global regex `re` in `text` that starts at one of `starts` (ascending), in
 * order, tried sticky there: the same matches as forEachMatch when every match of `re` starts
 * at one of them (a match's end moves the next search past it, as a global scan's would).
 */
export function forEachMatchAt(re: RegExp, text: string, starts: readonly number[], visit: (m: RegExpExecArray) => void): void {
  const sticky = stickyOf(re);
  let from = 0; // where the global scan would search next
  for (const p of starts) {
    if (p < from) continue;
    sticky.lastIndex = p;
    const m = sticky.exec(text);
    if (m === null) continue;
    if (m[0].length === 0) {
      from = p + 1;
      continue;
    }
    visit(m);
    from = p + m[0].length;
  }
}

const STICKY = new WeakMap<RegExp, RegExp>();

/** The same regex, sticky instead of global (one per regex). */
export function stickyOf(re: RegExp): RegExp {
  let s = STICKY.get(re);
  if (!s) STICKY.set(re, (s = new RegExp(re.source, re.flags.replace('g', '') + 'y')));
  return s;
}
