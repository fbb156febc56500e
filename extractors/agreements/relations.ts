/**
 * Relation patterns (seeds/agreements/relations.yaml) run on a "flat" view of the clause in
 * which every unit is one placeholder character; the slots {A}/{B} of a pattern capture runs
 * of placeholders, which map back to units.
 */
import { forEachMatch } from '../../text/regex.ts';
import type { Unit } from './model.ts';
import { ASTRAL } from './pattern-facts.ts';
import { PLACEHOLDER_FIRST, PLACEHOLDER_LAST } from './vocabulary-compile.ts';
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

/** Flatten [start, end): units become placeholders; alias brackets and 社 disappear. */
export function flatten(text: string, start: number, end: number, units: readonly Unit[]): Flat {
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
      out += text.slice(cursor, u.start);
    }
    piece(u.start);
    out += String.fromCharCode(PLACEHOLDER_FIRST + k);
    cursor = u.alias ? u.end : u.nameEnd;
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
 * (Measured and not kept: looking for a pattern's needed words clause by clause only when the
 * whole document has them. Searching each document once per needed word cost as much as the
 * clause searches it saved: 233 ms against 229 ms, English bench corpus, one thread.)
 */
export function matchRelations(flat: Flat, units: readonly Unit[], relations: readonly CompiledRelation[]): RelationMatch[] {
  const out: RelationMatch[] = [];
  if (units.length === 0) return out;
  const astral = ASTRAL.test(flat.text);
  let lower: string | null = null;
  for (const relation of relations) {
    const needs = relation.needs;
    if (needs) {
      lower ??= flat.text.toLowerCase();
      // (a plain loop: some() with a closure per relation and clause cost more)
      let found = false;
      for (let k = 0; k < needs.length && !found; k++) found = lower.includes(needs[k]!);
      if (!found) continue;
    }
    forEachMatch(relation.bmp && !astral ? relation.bmp : relation.regex, flat.text, (m) => {
      const A: Unit[] = [];
      const B: Unit[] = [];
      relation.slots.forEach((slot, i) => (slot === 'A' ? A : B).push(...unitsOf(m[i + 1] ?? '', units)));
      const last = m.index + m[0].length - 1;
      const lastCode = flat.text.charCodeAt(last);
      const lastUnit = lastCode >= PLACEHOLDER_FIRST && lastCode <= PLACEHOLDER_LAST ? units[lastCode - PLACEHOLDER_FIRST] : undefined;
      out.push({ relation, A, B, start: flatPos(flat, m.index), end: lastUnit ? lastUnit.end : flatPos(flat, last) + 1 });
    });
  }
  return out;
}
