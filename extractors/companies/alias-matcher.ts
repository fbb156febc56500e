/**
 * Dictionary lookup of company aliases in normalised text: one Aho–Corasick automaton over
 * Latin-case-folded aliases, then the case and boundary rules of boundaries.ts, then a
 * leftmost-longest, non-overlapping selection.
 */
import { compileMatcher, type Matcher } from './aho-corasick.ts';
import { foldString, isKanjiLike, isKatakana, NAKAGURO } from '../../text/chars.ts';
import { codePointLength } from '../../text/normalise.ts';
import { caseClassOf, caseMatches, type Boundaries, type CaseClass, type EdgeVerdict } from './boundaries.ts';

export interface AliasEntry {
  /** Alias text as it appears in normalised documents. */
  text: string;
  /** Index of the entity in the caller's entity table. */
  entity: number;
  ambiguous: boolean;
  /** Generated spelling variant (メルセデスベンツ from メルセデス・ベンツ): dropped on conflict. */
  variant?: boolean;
  /** Low-priority source (IPADIC's known organisations): dropped when any other entry has its text. */
  lowPriority?: boolean;
}

interface CompiledEntry extends AliasEntry {
  cls: CaseClass;
}

export interface AliasMatch {
  start: number;
  end: number;
  entity: number;
  /** Every alias entry that matched here is ambiguous. */
  ambiguous: boolean;
  left: EdgeVerdict;
  right: EdgeVerdict;
}

/** Spelling variants generated from an alias: ・ dropped in katakana, "-" ↔ " " in Latin. */
export function aliasVariants(alias: string): string[] {
  const out: string[] = [];
  if (alias.includes('・')) {
    let ok = true;
    for (let i = 0; i < alias.length; i++) {
      if (alias.charCodeAt(i) !== NAKAGURO) continue;
      if (!isKatakana(alias.charCodeAt(i - 1)) || !isKatakana(alias.charCodeAt(i + 1))) ok = false;
    }
    if (ok) out.push(alias.replaceAll('・', ''));
  }
  if (/[A-Za-z]-[A-Za-z]/.test(alias)) out.push(alias.replace(/([A-Za-z])-([A-Za-z])/g, '$1 $2'));
  return out;
}

/**
 * Up to this many aliases (the discovered names or an abbreviation of one document) there is
 * no automaton: each is searched for with indexOf in the folded text. Compiling one per
 * document cost more than its scan saves, and fed the compiler's feedback for the dictionary's
 * automaton with tiny ones (repeated deoptimisation).
 */
const SMALL = 64;

/** The folded text of the last call (the same document is searched by several small matchers). */
let lastText = '';
let lastFolded = '';
function foldedText(text: string): string {
  if (text !== lastText) {
    lastText = text;
    lastFolded = foldString(text);
  }
  return lastFolded;
}

export class AliasMatcher {
  /** The automaton, or null for a few aliases (`keys`, searched directly). */
  private readonly matcher: Matcher | null;
  private readonly keys: string[];
  private readonly entries: CompiledEntry[][];

  /**
   * @param entries aliases; entries whose folded text is claimed by another entity are dropped
   *   when they are variants (validation has already rejected real collisions).
   */
  constructor(
    entries: readonly AliasEntry[],
    private readonly boundaries: Boundaries,
    /** Aliases shorter than this (code points) are never matched. */
    minLength = 2,
  ) {
    const byKey = new Map<string, CompiledEntry[]>();
    // Entries in three rounds: the aliases, then their variants, then the low-priority ones.
    // (Indexed loops and an object literal, not filters and a spread: this runs at every start,
    // on the dictionary's ~15,000 entries in V8's interpreter, and once a document on its
    // discovered names; 32 → 15 ms at start-up. Code points are counted only for a text that
    // could be short in them, not for every entry three rounds over.)
    for (let round = 0; round < 3; round++) {
      for (let i = 0; i < entries.length; i++) {
        const e = entries[i]!;
        if ((e.lowPriority ? 2 : e.variant ? 1 : 0) !== round || e.text.length < minLength || (e.text.length < 2 * minLength && codePointLength(e.text) < minLength)) continue;
        const key = foldString(e.text);
        const list = byKey.get(key);
        if (list && round === 2) continue;
        const compiled: CompiledEntry = { text: e.text, entity: e.entity, ambiguous: e.ambiguous, variant: e.variant, lowPriority: e.lowPriority, cls: caseClassOf(e.text) };
        if (!list) byKey.set(key, [compiled]);
        else if (!e.variant || list.every((x) => x.entity === e.entity)) {
          if (!list.some((x) => x.text === e.text)) list.push(compiled);
        }
      }
    }
    const keys = [...byKey.keys()];
    this.keys = keys;
    this.entries = keys.map((k) => byKey.get(k)!);
    this.matcher = keys.length > SMALL ? compileMatcher(keys) : null;
  }

  get patternCount(): number {
    return this.keys.length;
  }

  /**
   * What the automaton's scan reports, for a few aliases: every occurrence of every alias in
   * [from, to) of the folded text, in order of end, then longest first.
   */
  private scanFew(text: string, onMatch: (id: number, start: number, end: number) => void, from: number, to: number): void {
    const folded = foldedText(text);
    const hits: number[] = [];
    for (let id = 0; id < this.keys.length; id++) {
      const key = this.keys[id]!;
      if (key.length === 0) continue;
      for (let i = folded.indexOf(key, from); i >= 0 && i + key.length <= to; i = folded.indexOf(key, i + 1)) hits.push(id, i);
    }
    const order = Array.from({ length: hits.length / 2 }, (_, k) => 2 * k);
    const endOf = (k: number) => hits[k + 1]! + this.keys[hits[k]!]!.length;
    order.sort((a, b) => endOf(a) - endOf(b) || hits[a + 1]! - hits[b + 1]!);
    for (const k of order) onMatch(hits[k]!, hits[k + 1]!, endOf(k));
  }

  /** Every alias occurrence in [from, to) that passes the case and boundary rules (overlapping). */
  candidates(text: string, from = 0, to = text.length): AliasMatch[] {
    const out: AliasMatch[] = [];
    const onMatch = (id: number, start: number, end: number) => {
      const list = this.entries[id]!;
      let entity = -1;
      let ambiguous = true;
      let lowPriority = false;
      for (const e of list) {
        if (!caseMatches(e.text, e.cls, text, start, end)) continue;
        if (entity === -1) {
          entity = e.entity;
          lowPriority = !!e.lowPriority;
        } else if (entity !== e.entity) continue;
        if (!e.ambiguous) ambiguous = false;
      }
      if (entity === -1) return;
      const left = this.boundaries.left(text, start, text.charCodeAt(start));
      if (left === 'reject') return;
      let right = this.boundaries.right(text, end, text.charCodeAt(end - 1));
      // a known organisation's full name of three kanji or more may be followed by a
      // facility or department (九州電力東京支社, 日立造船因島工場)
      if (right === 'reject' && lowPriority && end - start >= 3 && isKanjiLike(text.charCodeAt(end - 1)) && isKanjiLike(text.charCodeAt(end))) right = 'ok';
      if (right === 'reject') return;
      out.push({ start, end, entity, ambiguous, left, right });
    };
    if (this.matcher) this.matcher.scan(text, onMatch, from, to);
    else this.scanFew(text, onMatch, from, to);
    return out;
  }
}

/**
 * Leftmost-longest, non-overlapping selection: sort by start, then longer first, and keep a
 * match when it does not overlap the previously kept one.
 */
export function selectLeftmostLongest<T extends { start: number; end: number }>(matches: readonly T[]): T[] {
  const sorted = [...matches].sort((a, b) => a.start - b.start || b.end - a.end);
  const out: T[] = [];
  let lastEnd = -1;
  for (const m of sorted) {
    if (m.start < lastEnd) continue;
    out.push(m);
    lastEnd = m.end;
  }
  return out;
}
