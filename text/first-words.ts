/**
 * The words a regular expression's matches can start with, read from its source.
 *
 * A rule such as `(?<![A-Za-z])(?:(?<wd>monday|…)\.?,?\s+)?(?<mon>january|…)(?![A-Za-z])`
 * only ever matches at the start of one of a few dozen words. Scanning the whole text with it
 * tries every position; trying it (sticky) only where one of those words starts finds the same
 * matches for a fraction of the cost (word-index.ts and word-scan.ts; used by the date rules,
 * the agreement scans and the company discovery rules).
 *
 * `firstWords(re)` returns those words in lower case, or null when it cannot prove the claim:
 * every match must start with an ASCII letter that the pattern itself requires not to follow
 * another letter (a leading `(?<![A-Za-z…])`, `\b` or `^`), and the pattern must end the first
 * run of letters itself (a non-letter, `(?![A-Za-z])`, `\b` or `$` after it), so that the
 * matched word is the whole word of the text at that position. Anything it does not read
 * (a back-reference, a letter class such as \w inside the first word, too many paths) gives
 * null, and the caller keeps its global scan. Written by hand: no regex-AST library on npm
 * answers "first word of every match"; regexpp/regjsparser would only replace the parser below.
 *
 * Letters are ASCII: with the i and u flags, "ſ" and "K" (U+212A) also match s and k, which
 * NFKC-normalised text (what the extractors read) no longer contains.
 */

type Node =
  | { t: 'char'; c: string }
  | { t: 'class'; letters: Set<string>; digits: number; other: boolean; oneCase?: boolean }
  | { t: 'group'; kind: 'plain' | 'ahead' | 'notAhead' | 'behind' | 'notBehind'; alts: Node[][] }
  | { t: 'quant'; node: Node; min: number; max: number }
  | { t: 'boundary' }
  | { t: 'notBoundary' }
  | { t: 'lineStart' }
  | { t: 'lineEnd' };

const LETTERS = 'abcdefghijklmnopqrstuvwxyz';
const LETTER_PROPERTIES = new Set(['L', 'Letter', 'Alphabetic', 'Alpha']);
/** Properties with the letters of one case only. */
const CASED_LETTER_PROPERTIES = new Set(['Lu', 'Uppercase_Letter', 'Ll', 'Lowercase_Letter']);
const NUMBER_PROPERTIES = new Set(['N', 'Number', 'Nd', 'Decimal_Number']);
const DIGITS = '0123456789';
/** The first "word" of a match that starts with a digit: the index lists every run of digits. */
export const DIGIT_RUN = '#';
const MAX_PATHS = 20000;
/** A first word longer than this (a repeated letter, say) is not enumerated. */
const MAX_WORD = 40;
/** A class with more letters than this inside the first word is not enumerated. */
const MAX_CLASS_LETTERS = 4;

class Unreadable extends Error {}

function isLetter(c: string): boolean {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

/** A small parser for the regex syntax the rules use (ES2018+, without the v flag's set notation). */
class Parser {
  private i = 0;
  constructor(
    private readonly src: string,
    /** The u or v flag: \p{…} is a property escape (an identity escape without it). */
    private readonly unicode = false,
  ) {}

  parse(): Node[][] {
    const alts = this.alternatives();
    if (this.i < this.src.length) throw new Unreadable(`unexpected ")" at ${this.i}`);
    return alts;
  }

  private alternatives(): Node[][] {
    const alts: Node[][] = [[]];
    while (this.i < this.src.length) {
      const c = this.src[this.i]!;
      if (c === ')') break;
      if (c === '|') {
        this.i++;
        alts.push([]);
        continue;
      }
      const atom = this.atom();
      alts[alts.length - 1]!.push(this.quantified(atom));
    }
    return alts;
  }

  private quantified(atom: Node): Node {
    const s = this.src;
    let min: number, max: number;
    const c = s[this.i];
    if (c === '?') [min, max] = [0, 1];
    else if (c === '*') [min, max] = [0, Infinity];
    else if (c === '+') [min, max] = [1, Infinity];
    else if (c === '{') {
      const m = /^\{(\d+)(,(\d*))?\}/.exec(s.slice(this.i));
      if (!m) return atom; // a literal "{"
      min = Number(m[1]);
      max = m[2] === undefined ? min : m[3] === '' ? Infinity : Number(m[3]);
      this.i += m[0].length - 1;
    } else return atom;
    this.i++;
    if (s[this.i] === '?') this.i++; // lazy: the same strings
    return { t: 'quant', node: atom, min, max };
  }

  private atom(): Node {
    const s = this.src;
    const c = s[this.i]!;
    if (c === '(') return this.group();
    if (c === '[') return this.charClass();
    if (c === '\\') return this.escape();
    this.i++;
    if (c === '.') return { t: 'class', letters: new Set(LETTERS), digits: 10, other: true };
    if (c === '^') return { t: 'lineStart' };
    if (c === '$') return { t: 'lineEnd' };
    return { t: 'char', c };
  }

  private group(): Node {
    const s = this.src;
    this.i++; // (
    let kind: 'plain' | 'ahead' | 'notAhead' | 'behind' | 'notBehind' = 'plain';
    if (s.startsWith('?:', this.i)) this.i += 2;
    else if (s.startsWith('?=', this.i)) [kind, this.i] = ['ahead', this.i + 2];
    else if (s.startsWith('?!', this.i)) [kind, this.i] = ['notAhead', this.i + 2];
    else if (s.startsWith('?<=', this.i)) [kind, this.i] = ['behind', this.i + 3];
    else if (s.startsWith('?<!', this.i)) [kind, this.i] = ['notBehind', this.i + 3];
    else if (s.startsWith('?<', this.i)) {
      const close = s.indexOf('>', this.i);
      if (close < 0) throw new Unreadable('unterminated group name');
      this.i = close + 1;
    } else if (s[this.i] === '?') throw new Unreadable(`unknown group at ${this.i}`);
    const alts = this.alternatives();
    if (s[this.i] !== ')') throw new Unreadable('unterminated group');
    this.i++;
    return { t: 'group', kind, alts };
  }

  /** One escape outside a class. */
  private escape(): Node {
    const s = this.src;
    const e = s[this.i + 1];
    if (e === undefined) throw new Unreadable('trailing backslash');
    if (e === 'b') return (this.i += 2), { t: 'boundary' };
    if (e === 'B') return (this.i += 2), { t: 'notBoundary' };
    if (e === 'k' || (e >= '1' && e <= '9')) throw new Unreadable('back-reference');
    const set = this.classEscape();
    if (set) return { t: 'class', ...set };
    return { t: 'char', c: this.escapedChar() };
  }

  /** \d \D \s \S \w \W at this.i (moved past), or null. */
  private classEscape(): ClassSet | null {
    const e = this.src[this.i + 1];
    const none = new Set<string>();
    const all = new Set(LETTERS);
    let out: ClassSet | null = null;
    if (e === 'd') out = { letters: none, digits: 10, other: false };
    else if (e === 's') out = { letters: none, digits: 0, other: true };
    else if (e === 'w') out = { letters: all, digits: 10, other: true }; // "_"
    else if (e === 'D' || e === 'S') out = { letters: all, digits: e === 'S' ? 10 : 0, other: true };
    else if (e === 'W') out = { letters: none, digits: 0, other: true };
    if (out) this.i += 2;
    else if (e === 'p' && this.unicode) out = this.propertyEscape();
    return out;
  }

  /**
   * \p{L} and the like at this.i (moved past): the letter properties match every ASCII letter,
   * the number properties every digit, and both match other characters too. A property of one
   * case (Lu, Ll) is read as all letters (the letters are case-folded) but marked, so that it
   * neither guards a start nor is complemented. Any other property, and \P{…}, is not read.
   */
  private propertyEscape(): ClassSet {
    const m = /^\\p\{([A-Za-z_]+)\}/.exec(this.src.slice(this.i));
    const name = m?.[1];
    let out: ClassSet | null = null;
    if (name && LETTER_PROPERTIES.has(name)) out = { letters: new Set(LETTERS), digits: 0, other: true };
    else if (name && CASED_LETTER_PROPERTIES.has(name)) out = { letters: new Set(LETTERS), digits: 0, other: true, oneCase: true };
    else if (name && NUMBER_PROPERTIES.has(name)) out = { letters: new Set<string>(), digits: 10, other: true };
    if (!out) throw new Unreadable(`\\p escape ${m?.[0] ?? ''}`);
    this.i += m![0].length;
    return out;
  }

  /** The character an escape at this.i stands for (moved past). */
  private escapedChar(): string {
    const s = this.src;
    const e = s[this.i + 1]!;
    const simple: Record<string, string> = { n: '\n', r: '\r', t: '\t', f: '\f', v: '\v', '0': '\0' };
    if (e in simple) return (this.i += 2), simple[e]!;
    if (e === 'u' || e === 'x') {
      const m = e === 'x' ? /^\\x([0-9a-fA-F]{2})/.exec(s.slice(this.i)) : /^\\u(?:\{([0-9a-fA-F]+)\}|([0-9a-fA-F]{4}))/.exec(s.slice(this.i));
      if (!m) throw new Unreadable('bad \\u or \\x escape');
      this.i += m[0].length;
      return String.fromCodePoint(parseInt(m[1] ?? m[2]!, 16));
    }
    if (e === 'p' || e === 'P' || e === 'c') throw new Unreadable(`\\${e} escape`);
    this.i += 2;
    return e; // an identity escape: \. \- \/ \( …
  }

  private charClass(): Node {
    const s = this.src;
    this.i++; // [
    const negated = s[this.i] === '^';
    if (negated) this.i++;
    const letters = new Set<string>();
    const digits = new Set<string>();
    let other = false;
    let oneCase = false;
    while (this.i < s.length && s[this.i] !== ']') {
      let lo: string;
      if (s[this.i] === '\\') {
        const set = this.classEscape();
        if (set) {
          for (const l of set.letters) letters.add(l);
          if (set.digits === 10) for (const d of DIGITS) digits.add(d);
          other ||= set.other;
          oneCase ||= set.oneCase === true;
          continue;
        }
        lo = this.escapedChar();
      } else lo = s[this.i++]!;
      let hi = lo;
      if (s[this.i] === '-' && s[this.i + 1] !== ']' && this.i + 1 < s.length) {
        this.i++;
        if (s[this.i] === '\\') {
          if (this.classEscape()) throw new Unreadable('range to a class escape');
          hi = this.escapedChar();
        } else hi = s[this.i++]!;
      }
      addRange(lo, hi, letters, digits, (o) => (other ||= o));
    }
    if (s[this.i] !== ']') throw new Unreadable('unterminated class');
    this.i++;
    if (!negated) return { t: 'class', letters, digits: digits.size, other, oneCase };
    if (oneCase) throw new Unreadable('the complement of a one-case letter property');
    // the complement: every letter and digit not listed; other characters, since no class lists them all
    return { t: 'class', letters: new Set([...LETTERS].filter((l) => !letters.has(l))), digits: 10 - digits.size, other: true };
  }
}

interface ClassSet {
  /** The ASCII letters it matches, in lower case. */
  letters: Set<string>;
  /** How many of the ten ASCII digits it matches. */
  digits: number;
  /** Whether it matches anything else. */
  other: boolean;
  /** Its letters are of one case only (\p{Lu}): not all of a letter's cases are matched. */
  oneCase?: boolean;
}

function addRange(lo: string, hi: string, letters: Set<string>, digits: Set<string>, other: (o: boolean) => void): void {
  const a = lo.codePointAt(0)!;
  const b = hi.codePointAt(0)!;
  if (b < a) throw new Unreadable('range out of order');
  for (let cp = a; cp <= b; cp++) {
    const ch = String.fromCodePoint(cp);
    if (isLetter(ch)) letters.add(ch.toLowerCase());
    else if (ch >= '0' && ch <= '9') digits.add(ch);
    else other(true);
    if (cp > 0x7a && b - cp > 0) {
      other(true); // the rest of a long range has no ASCII letter
      break;
    }
  }
}

/** Which of letters (1) and digits (2) a lookbehind's alternatives reject: [A-Za-z], \w, [0-9A-Za-z.,$]… */
function guardOf(alts: Node[][]): number {
  let g = 0;
  for (const seq of alts) {
    const n = seq.length === 1 ? seq[0]! : null;
    if (n?.t !== 'class') continue;
    if (n.letters.size === 26 && !n.oneCase) g |= LETTERS_GUARDED;
    if (n.digits === 10) g |= DIGITS_GUARDED;
  }
  return g;
}

const LETTERS_GUARDED = 1;
const DIGITS_GUARDED = 2;

/** What follows in the pattern after the node being looked at. */
interface Cont {
  seq: readonly Node[];
  i: number;
  next: Cont | null;
}

/**
 * Every word a match can start with (lower case), or null when that cannot be shown from the
 * pattern (see the file comment). Cached per source and flags.
 */
export function firstWords(re: RegExp): ReadonlySet<string> | null {
  const key = `${re.flags}/${re.source}`;
  if (CACHE.has(key)) return CACHE.get(key)!;
  let words: Set<string> | null = new Set();
  try {
    const alts = new Parser(re.source, re.unicode || re.flags.includes('v')).parse();
    const out = words;
    let paths = 0;
    // `word`: the letters read so far of the first word; `guard`: what the start cannot follow (bits)
    const step = (k: Cont | null, word: string, guard: number): void => {
      if (++paths > MAX_PATHS || word.length > MAX_WORD) throw new Unreadable('too many paths');
      if (k === null) throw new Unreadable(word === '' ? 'a match may be empty' : 'the pattern may end inside the first word');
      if (k.i >= k.seq.length) return step(k.next, word, guard);
      const node = k.seq[k.i]!;
      const rest: Cont = { seq: k.seq, i: k.i + 1, next: k.next };
      const letter = (l: string) => {
        if (word === '' && !(guard & LETTERS_GUARDED)) throw new Unreadable('a match may start inside a word');
        step(rest, word + l, guard);
      };
      const digit = () => {
        if (word !== '') out.add(word);
        else if (guard & DIGITS_GUARDED) out.add(DIGIT_RUN);
        else throw new Unreadable('a match may start inside a number');
      };
      const other = () => {
        if (word === '') throw new Unreadable('a match may start with neither a letter nor a digit');
        out.add(word);
      };
      switch (node.t) {
        case 'char':
          if (isLetter(node.c)) letter(node.c.toLowerCase());
          else if (node.c >= '0' && node.c <= '9') digit();
          else other();
          return;
        case 'class':
          if (node.other) other();
          if (node.digits > 0) digit();
          if (node.letters.size > MAX_CLASS_LETTERS) throw new Unreadable('a letter class inside the first word');
          for (const l of node.letters) letter(l);
          return;
        case 'group':
          if (node.kind === 'plain') {
            for (const seq of node.alts) step({ seq, i: 0, next: rest }, word, guard);
            return;
          }
          if (node.kind === 'notBehind' && word === '') return step(rest, word, guard | guardOf(node.alts));
          if (node.kind === 'notAhead' && word !== '' && guardOf(node.alts) & LETTERS_GUARDED) {
            out.add(word);
            return;
          }
          return step(rest, word, guard); // other assertions: zero-width, not relied on
        case 'quant': {
          if (node.min === 0) step(rest, word, guard);
          if (node.max === 0) return;
          const again: Cont = node.max > 1 ? { seq: [{ ...node, min: Math.max(0, node.min - 1), max: node.max - 1 }], i: 0, next: rest } : rest;
          return step({ seq: [node.node], i: 0, next: again }, word, guard);
        }
        case 'boundary':
          if (word === '') return step(rest, word, guard | LETTERS_GUARDED | DIGITS_GUARDED);
          out.add(word); // \b after a letter: a non-word character (or the end) follows
          return;
        case 'lineStart':
          if (word === '') return step(rest, word, guard | LETTERS_GUARDED | DIGITS_GUARDED);
          throw new Unreadable('^ inside the first word');
        case 'lineEnd':
          if (word === '') throw new Unreadable('a match may be empty');
          out.add(word);
          return;
        case 'notBoundary':
          return step(rest, word, guard);
      }
    };
    for (const seq of alts) step({ seq, i: 0, next: null }, '', 0);
  } catch (e) {
    // RangeError: a zero-width loop ((?:x?)*) recursing past the stack before MAX_PATHS
    if (!(e instanceof Unreadable) && !(e instanceof RangeError)) throw e;
    words = null;
  }
  CACHE.set(key, words);
  return words;
}

/** By flags and source (the scans cache per regex object: text/word-scan.ts). */
const CACHE = new Map<string, Set<string> | null>();
