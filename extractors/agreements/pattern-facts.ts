/**
 * Static facts about the vocabulary's regular expressions, read off their source once at
 * load time so that the scans can skip a pattern on a document where it cannot match:
 *
 * - WIDE / requiresWide: every match needs a CJK character, so a document without one (most
 *   English ones) skips the pattern (WordMatcher.narrow, PatternCue.wide, orgPatterns' wide);
 * - requiredLiterals / requiredLiteralList: literals one of which every match contains, so a
 *   text without any skips the pattern (orgPatterns' required, CompiledRelation.needs);
 * - bmpVariant (with text/chars.ts ASTRAL): the same regex without the `u` flag, which V8 runs faster and which
 *   matches alike on a text without astral characters.
 *
 * Every analysis is conservative: a construct it does not understand counts as "needs
 * nothing", so a pattern is skipped only where it provably has no match.
 */
import { escapeRegex } from '../../text/regex.ts';

/**
 * CJK characters (radicals, kana, CJK punctuation, ideographs). No character of this range
 * has a case variant, so a literal of it matches only itself, with or without the `i` flag.
 * A document without any (most English ones) cannot match a word or pattern that needs one:
 * the scans skip those (WordMatcher.narrow, PatternCue.wide).
 */
export const WIDE = /[\u2E80-\u9FFF]/;

/** The placeholders of relation patterns (vocabulary-compile.ts: PLACEHOLDER_FIRST…LAST) are no literals. */
const PLACEHOLDER_CHAR = /[\uE000-\uF8FF]/;

/**
 * Whether every match of the pattern holds a CJK character (WIDE): some top-level element
 * that is not optional is a literal of that range, or a group all of whose alternatives are
 * such. Conservative: classes, escapes and lookarounds count as not needing one.
 */
export function requiresWide(source: string): boolean {
  let i = 0;
  // one alternation up to `)` or the end; true when every alternative requires a wide char
  const alternation = (): boolean => {
    let all = true;
    for (;;) {
      let required = false;
      while (i < source.length && source[i] !== '|' && source[i] !== ')') {
        const c = source[i]!;
        let wide = false;
        if (c === '\\') {
          i += escapeLength(source, i);
        } else if (c === '[') {
          i = skipClass(source, i);
        } else if (c === '(') {
          const look = /^\(\?(?:=|!|<=|<!)/.test(source.slice(i, i + 4));
          i += source.startsWith('(?:', i) ? 3 : source.startsWith('(?<', i) && !look ? source.indexOf('>', i) + 1 - i : source[i + 1] === '?' ? (look ? (source[i + 2] === '<' ? 4 : 3) : 2) : 1;
          wide = alternation() && !look;
          i++; // ')'
        } else {
          wide = WIDE.test(c);
          i++;
        }
        const q = quantifierAt(source, i);
        i = q.end;
        if (wide && !q.optional) required = true;
      }
      all &&= required;
      if (source[i] !== '|') return all;
      i++;
    }
  };
  const result = alternation();
  return i >= source.length && result;
}

/**
 * A regex of literals one of which every match of the pattern contains (requiredLiteralList),
 * or null. A text without one cannot match, so the scans skip the pattern there (V8 would
 * try it at every position).
 */
export function requiredLiterals(source: string, flags: string): RegExp | null {
  const found = requiredLiteralList(source);
  return found ? new RegExp(found.map(escapeRegex).join('|'), flags.replace(/[gy]/g, '')) : null;
}

/** Function words: in most clauses, so a poor literal to require (requiredLiteralList). */
const FUNCTION_WORDS = new Set(['for', 'in', 'of', 'to', 'with', 'and', 'by', 'on', 'at', 'from', 'the', 'a', 'an', 'as', 'is', 'was', 'are', 'were', 'that', 'which', 'its', 'their', 'has', 'have', 'had', 'or']);

/**
 * Literals one of which every match of the pattern contains: a run of plain characters, or a
 * group of plain literal alternatives ("(?:研究所|機構|大学)"), that the pattern's (single)
 * alternative requires; of several, the one whose shortest literal is longest. Null when
 * there is none or the pattern has a top-level alternation.
 */
export function requiredLiteralList(source: string): string[] | null {
  return requiredLiteralLists(source)?.[0] ?? null;
}

/**
 * Every list of literals that the pattern's (single) alternative requires, one of each list in
 * every match: runs of plain characters, and groups of plain literal alternatives. The best
 * first (the one whose shortest literal is longest; a function word, " for " or " in ", is in
 * most clauses and counts as one character), then in pattern order. Null when there is none
 * or the pattern has a top-level alternation.
 */
export function requiredLiteralLists(source: string): string[][] | null {
  const found: string[][] = [];
  let run = '';
  let i = 0;
  while (i < source.length) {
    const c = source[i]!;
    let literals: string[] | null = null;
    let char: string | null = null;
    if (c === '|' || c === ')') return null;
    if (c === '\\') i += escapeLength(source, i);
    else if (c === '[') i = skipClass(source, i);
    else if (c === '(') {
      const close = groupEnd(source, i);
      if (close < 0) return null;
      const inner = /^\((?:\?:)?([^\\()[\]{}.*+?^$]*)\)$/.exec(source.slice(i, close + 1));
      if (inner && !inner[1]!.split('|').includes('') && !PLACEHOLDER_CHAR.test(inner[1]!)) literals = inner[1]!.split('|');
      else literals = groupLiterals(source, i, close);
      i = close + 1;
    } else {
      if (!/[{}.*+?^$]/.test(c) && !PLACEHOLDER_CHAR.test(c)) char = c;
      i++;
    }
    const { end, quantified, optional } = quantifierAt(source, i);
    i = end;
    if (char !== null && !quantified) run += char;
    else {
      if (run) found.push([run]);
      run = '';
    }
    if (literals && !optional) found.push(literals);
  }
  if (run) found.push([run]);
  if (found.length === 0) return null;
  const best = found.reduce((b, l, k) => (literalWeight(l) > literalWeight(found[b]!) ? k : b), 0);
  return [found[best]!, ...found.filter((_, k) => k !== best)];
}

/**
 * A group that is no lookaround ("(?:fits|(?:is )?powered by|runs? on)"): one literal of each of
 * its alternatives' best lists, when every alternative has one — every match of the group holds
 * one of them. Null otherwise.
 */
function groupLiterals(source: string, open: number, close: number): string[] | null {
  const head = /^\((?:\?:|\?<[A-Za-z_$][\w$]*>)?/.exec(source.slice(open, close))![0];
  if (source[open + 1] === '?' && head.length === 1) return null; // (?= (?! (?<= (?<!
  const out = new Set<string>();
  for (const alt of topLevelAlternatives(source.slice(open + head.length, close))) {
    const best = alt === '' ? null : requiredLiteralLists(alt)?.[0];
    if (!best) return null;
    for (const l of best) out.add(l);
  }
  return [...out];
}

/** A pattern's top-level alternatives (split at the | outside groups and classes). */
function topLevelAlternatives(source: string): string[] {
  const out: string[] = [];
  let from = 0;
  let depth = 0;
  for (let i = 0; i < source.length; i++) {
    const c = source[i]!;
    if (c === '\\') i++;
    else if (c === '[') i = skipClass(source, i) - 1;
    else if (c === '(') depth++;
    else if (c === ')') depth--;
    else if (c === '|' && depth === 0) {
      out.push(source.slice(from, i));
      from = i + 1;
    }
  }
  out.push(source.slice(from));
  return out;
}

/** A list's worth as a filter: its shortest literal's length (a function word counts as one character, whitespace as none). */
export function literalWeight(literals: readonly string[]): number {
  return Math.min(...literals.map((l) => (l.trim() === '' ? 0 : FUNCTION_WORDS.has(l.trim().toLowerCase()) ? 1 : l.length)));
}

/**
 * The same regex without the `u` flag, when the two match alike on any NFKC-normalised text
 * without astral characters (no UTF-16 surrogates): its source has no Unicode escapes and
 * every non-ASCII character of it is a BMP punctuation or symbol character without case
 * variants (’, €), which matches only itself in both modes. Without astral characters, code
 * points and code units coincide; the remaining difference, \w and \b under `iu` (ſ, K), is
 * folded away by NFKC (see compileRegex). V8 runs `iu` patterns with \b several times slower.
 * Null when the regex has no `u` flag or the source does not qualify.
 */
export function bmpVariant(re: RegExp): RegExp | null {
  if (!re.flags.includes('u') || /\\[pPu]\{/.test(re.source)) return null;
  for (const c of re.source) {
    if (c <= '\x7f') continue;
    if (c.length > 1 || !/^[\p{P}\p{S}]$/u.test(c) || c.toLowerCase() !== c || c.toUpperCase() !== c) return null;
  }
  return new RegExp(re.source, re.flags.replace('u', ''));
}

const BMP_VARIANTS = new WeakMap<RegExp, RegExp | null>();

/**
 * `re`, or its bmpVariant (made once per regex) when the text it runs on holds no astral
 * character: `astral` is ASTRAL.test of that text, or of the whole document it is cut from
 * (asked once per document: a piece of a text without one has none either).
 */
export function regexFor(re: RegExp, astral: boolean): RegExp {
  if (astral) return re;
  let bmp = BMP_VARIANTS.get(re);
  if (bmp === undefined) BMP_VARIANTS.set(re, (bmp = bmpVariant(re)));
  return bmp ?? re;
}

/** Index of the `)` closing the group opened at `open`, or -1. */
function groupEnd(source: string, open: number): number {
  let depth = 0;
  for (let i = open; i < source.length; i++) {
    const c = source[i]!;
    if (c === '\\') i++;
    else if (c === '[') i = skipClass(source, i) - 1;
    else if (c === '(') depth++;
    else if (c === ')' && --depth === 0) return i;
  }
  return -1;
}

/**
 * The quantifier after an element ending at `i`, if any: where it ends (a lazy `?` included),
 * and whether it makes the element optional (?, *, {0,…}).
 */
function quantifierAt(source: string, i: number): { end: number; quantified: boolean; optional: boolean } {
  const q = source[i];
  let end = i;
  let optional = false;
  if (q === '?' || q === '*') {
    optional = true;
    end++;
  } else if (q === '+') end++;
  else if (q === '{' && /^\{\d+(?:,\d*)?\}/.test(source.slice(i))) {
    optional = /^\{0[,}]/.test(source.slice(i));
    end = source.indexOf('}', i) + 1;
  } else return { end, quantified: false, optional: false };
  if (source[end] === '?') end++; // lazy
  return { end, quantified: true, optional };
}

/** Length of the escape at `i`: \p{…}, \P{…}, \k<…>, \u{…} or \uXXXX, else two characters. */
function escapeLength(source: string, i: number): number {
  const kind = source[i + 1];
  return kind === 'p' || kind === 'P' || kind === 'u' || kind === 'k' ? skipEscape(source, i) : 2;
}

/** Length of the escape at `i` (\p{…}, \k<…>, \uXXXX, or two characters). */
function skipEscape(source: string, i: number): number {
  const brace = source[i + 2] === '{' || source[i + 2] === '<' ? source.indexOf(source[i + 2] === '{' ? '}' : '>', i) : -1;
  if (brace > 0) return brace + 1 - i;
  return source[i + 1] === 'u' ? 6 : 2;
}

/** Index just after the character class opened at `i`. */
function skipClass(source: string, i: number): number {
  let j = i + 1;
  if (source[j] === '^') j++;
  while (j < source.length && source[j] !== ']') j += source[j] === '\\' ? 2 : 1;
  return j + 1;
}
