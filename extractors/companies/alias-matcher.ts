/**
 * Dictionary lookup of company aliases in normalised text: one Aho–Corasick automaton over
 * Latin-case-folded aliases, then the case and boundary rules of boundaries.ts, then a
 * leftmost-longest, non-overlapping selection.
 */
import { compileMatcher, type Matcher } from './aho-corasick.ts';
import { foldString, isKanjiLike, isKatakana, NAKAGURO } from '../../text/chars.ts';
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

/** Up to this many aliases, the automaton's root shares the hash table (aho-corasick.ts). */
const SMALL = 64;

export class AliasMatcher {
  private readonly matcher: Matcher;
  private readonly entries: CompiledEntry[][];

  /**
   * @param entries aliases; entries whose folded text is claimed by another entity are dropped
   *   when they are variants (validation has already rejected real collisions).
   */
  constructor(
    entries: readonly AliasEntry[],
    private readonly boundaries: Boundaries,
    /** Aliases shorter than this (UTF-16 units) are never matched. */
    minLength = 2,
  ) {
    const byKey = new Map<string, CompiledEntry[]>();
    const ordered = [
      ...entries.filter((e) => !e.variant && !e.lowPriority),
      ...entries.filter((e) => e.variant && !e.lowPriority),
      ...entries.filter((e) => e.lowPriority),
    ];
    for (const e of ordered) {
      if (e.text.length < minLength) continue;
      const key = foldString(e.text);
      const list = byKey.get(key);
      if (list && e.lowPriority) continue;
      const compiled: CompiledEntry = { ...e, cls: caseClassOf(e.text) };
      if (!list) byKey.set(key, [compiled]);
      else if (list.every((x) => x.entity === e.entity) || !e.variant) {
        if (!list.some((x) => x.text === e.text)) list.push(compiled);
      }
    }
    const keys = [...byKey.keys()];
    this.entries = keys.map((k) => byKey.get(k)!);
    // a few names (the discovered names or an abbreviation of one document) need no direct
    // root array: allocating it for every document cost more than it saves
    this.matcher = compileMatcher(keys, { directRoot: keys.length > SMALL });
  }

  get patternCount(): number {
    return this.matcher.patternCount;
  }

  /** Every alias occurrence in [from, to) that passes the case and boundary rules (overlapping). */
  candidates(text: string, from = 0, to = text.length): AliasMatch[] {
    const out: AliasMatch[] = [];
    this.matcher.scan(
      text,
      (id, start, end) => {
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
      },
      from,
      to,
    );
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
