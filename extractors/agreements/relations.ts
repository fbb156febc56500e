/**
 * Relation patterns (seeds/agreements/relations.yaml) run on a "flat" view of the clause in
 * which every unit is one placeholder character; the slots {A}/{B} of a pattern capture runs
 * of placeholders, which map back to units.
 */
import { compileMatcher, type Matcher } from '../companies/aho-corasick.ts';
import type { Unit } from './model.ts';
import { JA_COUNTRY_PREFIX, PLACEHOLDER_FIRST, PLACEHOLDER_LAST } from './vocabulary-compile.ts';
import type { CompiledRelation } from './vocabulary.ts';

export interface Flat {
  text: string;
  /**
   * The flat text in pieces (a run of text, or one placeholder), each by where it starts in the
   * flat text and in the normalised text, ascending: flatPos maps a flat position back. (Not
   * one number per character: that array was the agreements' largest allocation.)
   */
  flatStarts: number[];
  textStarts: number[];
}

/** A place in brackets after a name: 「(広島市)」「(本社・名古屋市)」「(東京・港)」 (sticky). */
const PLACE_NOTE = /\((?:本社[・:]?\s?)?(?:[^()、。\s]{1,10}?[市区町村県府都州省]|[^()、。\s]{1,4}・[^()、。\s]{1,5})\)/y;

/**
 * A Japanese country prefix right before a name, after a particle, a verb or a comma: 「韓国LGエナジーソリューションとの」
 * 「と米GMが」「出資する独ダイムラートラックの」 (read on the last few characters before the name; the longest prefix is 7 characters).
 */
const JA_PREFIX_BEFORE_NAME = new RegExp(`(?:^|[はがとにをでもるたの、・「])(${JA_COUNTRY_PREFIX})$`);

/** How many characters of a country prefix end at `at` (0 when none), looked for from `from` on. */
function countryPrefixBefore(text: string, from: number, at: number): number {
  if (text.charCodeAt(at - 1) < 0x3000) return 0;
  const m = JA_PREFIX_BEFORE_NAME.exec(text.slice(Math.max(from, at - 9), at));
  return m ? m[1]!.length : 0;
}

/**
 * Flatten [start, end): units become placeholders; a country prefix before a Japanese name
 * (「韓国LG」 reads 「LG」), alias brackets, 社 and a kind of company inside a
 * list ("and oil company B") disappear. After a
 * unit, a match of `reportedSelf` (sticky: "said it had") is left out, so that the unit reads as
 * the subject of the verb after it ("Rivian said it had picked B" as "Rivian had picked B").
 */
export function flatten(text: string, start: number, end: number, units: readonly Unit[], reportedSelf: RegExp | null = null): Flat {
  let out = '';
  const flatStarts: number[] = [];
  const textStarts: number[] = [];
  const piece = (textStart: number) => {
    flatStarts.push(out.length);
    textStarts.push(textStart);
  };
  let cursor = start;
  const max = Math.min(units.length, PLACEHOLDER_LAST - PLACEHOLDER_FIRST + 1);
  for (let k = 0; k < max; k++) {
    const u = units[k]!;
    if (u.start < cursor) continue;
    if (u.start > cursor) {
      piece(cursor);
      out += text.slice(cursor, u.start - countryPrefixBefore(text, cursor, u.start));
    }
    piece(u.start);
    out += String.fromCharCode(PLACEHOLDER_FIRST + k);
    cursor = u.alias ? u.end : u.nameEnd;
    // (a place note after a Japanese name is left out too: 「瀬戸内海汽船（広島市）が」「テラモーターズ（東京・港）が」)
    if (text.charCodeAt(cursor) === 0x28) {
      PLACE_NOTE.lastIndex = cursor;
      if (PLACE_NOTE.test(text) && PLACE_NOTE.lastIndex <= end) cursor = PLACE_NOTE.lastIndex;
    }
    if (reportedSelf && text.charCodeAt(cursor) === 0x20) {
      reportedSelf.lastIndex = cursor;
      if (reportedSelf.test(text) && reportedSelf.lastIndex <= end) cursor = reportedSelf.lastIndex;
    }
    // (a kind of company before the next member of a list is left out: "A and oil company B" reads "A and B")
    const kind = u.kindBeforeNext;
    if (kind && kind.start >= cursor && kind.end <= end) {
      piece(cursor);
      out += text.slice(cursor, kind.start);
      cursor = kind.end;
    }
  }
  if (end > cursor) {
    piece(cursor);
    out += text.slice(cursor, end);
  }
  return { text: out, flatStarts, textStarts };
}

/** The normalised-text position of flat position `i` (0 ≤ i < flat.text.length). */
export function flatPos(flat: Flat, i: number): number {
  const starts = flat.flatStarts;
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid]! <= i) lo = mid;
    else hi = mid - 1;
  }
  return flat.textStarts[lo]! + (i - starts[lo]!);
}

export interface RelationMatch {
  relation: CompiledRelation;
  A: Unit[];
  B: Unit[];
  /** Normalised-text range of the whole match. */
  start: number;
  end: number;
}

function unitsOf(slot: string, units: readonly Unit[]): Unit[] {
  const out: Unit[] = [];
  for (let i = 0; i < slot.length; i++) {
    const c = slot.charCodeAt(i);
    if (c >= PLACEHOLDER_FIRST && c <= PLACEHOLDER_LAST) {
      const u = units[c - PLACEHOLDER_FIRST];
      if (u) out.push(u);
    }
  }
  return out;
}

/**
 * The needed literals of a relation list (CompiledRelation.needs) in one automaton: a clause is
 * scanned once for all of them, instead of once per literal and relation (~45 searches of each
 * English clause, most of matchRelations' own time). The automaton reports every occurrence,
 * overlapping ones included, so a literal is seen exactly when the lower-cased text includes it.
 * Each literal seen marks the lists of the relations that need it, so a clause visits only the
 * relations with a literal of each of their lists, not every one of the list's (163 English
 * relations, a handful of them candidates).
 */
interface NeedsIndex {
  matcher: Matcher | null;
  /** Per literal id, the lists that hold it: relation index × 8 + the list's number. */
  listsOf: Int32Array[];
  /** Per literal, whether the clause being read holds it; and those it holds, in the order first seen. */
  seen: Uint8Array;
  seenList: number[];
  /** Per relation, a bit per list of it that a literal seen so far belongs to; and the relations with any. */
  lists: Uint8Array;
  touched: number[];
  /** Per relation, the bits of all its lists. */
  full: Uint8Array;
  /** The relations that need no literal (tried on every clause). */
  always: number[];
  /** The candidates of the clause read last (reused: read before the next call). */
  out: number[];
  onMatch: (id: number) => void;
}

const needsIndexes = new WeakMap<readonly CompiledRelation[], NeedsIndex>();

function needsIndexOf(relations: readonly CompiledRelation[]): NeedsIndex {
  let index = needsIndexes.get(relations);
  if (index) return index;
  const literals: string[] = [];
  const users: number[][] = [];
  const idOf = new Map<string, number>();
  const full = new Uint8Array(relations.length);
  relations.forEach((r, i) => {
    (r.needs ?? []).forEach((list, g) => {
      full[i]! |= 1 << g;
      for (const l of list) {
        let id = idOf.get(l);
        if (id === undefined) {
          idOf.set(l, (id = literals.push(l) - 1));
          users.push([]);
        }
        const code = i * 8 + g;
        if (!users[id]!.includes(code)) users[id]!.push(code);
      }
    });
  });
  const seen = new Uint8Array(literals.length);
  const seenList: number[] = [];
  // (an occurrence only marks its literal: a common literal occurs many times in a clause)
  const onMatch = (id: number): void => {
    if (seen[id] === 0) {
      seen[id] = 1;
      seenList.push(id);
    }
  };
  // The literals are lower-cased (CompiledRelation.needs) and the matcher folds the scanned
  // text's Latin letters as it reads (no lower-cased copy of every clause).
  index = {
    matcher: literals.length > 0 ? compileMatcher(literals) : null,
    listsOf: users.map((u) => Int32Array.from(u)),
    seen,
    seenList,
    lists: new Uint8Array(relations.length),
    touched: [],
    full,
    always: relations.flatMap((r, i) => (r.needs ? [] : [i])),
    out: [],
    onMatch,
  };
  needsIndexes.set(relations, index);
  return index;
}

const ascending = (a: number, b: number): number => a - b;

/**
 * The relations of `relations` that `text` can match, in list order: those that need nothing
 * (tried on every clause) and those the text holds a literal of each list of (Latin case folded).
 * The array is reused by the next call.
 */
function relationsNeeded(relations: readonly CompiledRelation[], text: string): readonly number[] {
  const needs = needsIndexOf(relations);
  const { seen, seenList, lists, touched, full, out } = needs;
  for (let k = 0; k < seenList.length; k++) seen[seenList[k]!] = 0;
  seenList.length = 0;
  needs.matcher?.scan(text, needs.onMatch);
  out.length = 0;
  for (let k = 0; k < needs.always.length; k++) out.push(needs.always[k]!);
  touched.length = 0;
  for (let k = 0; k < seenList.length; k++) {
    const codes = needs.listsOf[seenList[k]!]!;
    for (let j = 0; j < codes.length; j++) {
      const r = codes[j]! >> 3;
      if (lists[r] === 0) touched.push(r);
      lists[r]! |= 1 << (codes[j]! & 7);
    }
  }
  for (let k = 0; k < touched.length; k++) {
    const r = touched[k]!;
    if (lists[r] === full[r]) out.push(r);
    lists[r] = 0;
  }
  if (out.length > 1) out.sort(ascending);
  return out;
}

/** Per relation, whether `text` passes its needs check (what matchRelations runs; for tests). */
export function relationsToTry(relations: readonly CompiledRelation[], text: string): boolean[] {
  const tried = new Set(relationsNeeded(relations, text));
  return relations.map((_, r) => tried.has(r));
}

/** `astral`: the document holds an astral character (the relations' own `u` regexes run, not their bmpVariant). */
export function matchRelations(flat: Flat, units: readonly Unit[], relations: readonly CompiledRelation[], astral: boolean): RelationMatch[] {
  const out: RelationMatch[] = [];
  if (units.length === 0) return out;
  for (const r of relationsNeeded(relations, flat.text)) {
    const relation = relations[r]!;
    // (forEachMatch's loop written out: a callback per relation tried was a closure allocated
    // for each of ~20 relations of every clause, 5% of an English run's allocation)
    const re = relation.bmp && !astral ? relation.bmp : relation.regex;
    re.lastIndex = 0;
    for (let m = re.exec(flat.text); m !== null; m = re.exec(flat.text)) {
      if (m[0].length === 0) {
        re.lastIndex++;
        continue;
      }
      out.push(relationMatch(relation, m, flat, units));
    }
  }
  return out;
}

function relationMatch(relation: CompiledRelation, m: RegExpExecArray, flat: Flat, units: readonly Unit[]): RelationMatch {
  const A: Unit[] = [];
  const B: Unit[] = [];
  relation.slots.forEach((slot, i) => (slot === 'A' ? A : B).push(...unitsOf(m[i + 1] ?? '', units)));
  const last = m.index + m[0].length - 1;
  const lastCode = flat.text.charCodeAt(last);
  const lastUnit = lastCode >= PLACEHOLDER_FIRST && lastCode <= PLACEHOLDER_LAST ? units[lastCode - PLACEHOLDER_FIRST] : undefined;
  return { relation, A, B, start: flatPos(flat, m.index), end: lastUnit ? lastUnit.end : flatPos(flat, last) + 1 };
}
