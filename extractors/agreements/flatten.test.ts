/**
 * flatten / flatPos: the flat view of a clause (units as placeholder characters) and the way
 * back from a flat position to the normalised text, against the per-character position array
 * it replaced.
 */
import { describe, expect, it } from 'vitest';
import type { Unit } from './model.ts';
import { flatPos, flatten } from './relations.ts';
import { PLACEHOLDER_FIRST } from './vocabulary-compile.ts';

/** A unit with only the fields flatten reads. */
function unit(start: number, end: number, nameEnd = end, alias = false): Unit {
  return { start, end, nameEnd, alias } as Unit;
}

/** The reference: one normalised position per flat character (what flatten used to return). */
function positions(text: string, start: number, end: number, units: readonly Unit[]): { text: string; pos: number[] } {
  let out = '';
  const pos: number[] = [];
  let cursor = start;
  units.forEach((u, k) => {
    if (u.start < cursor) return;
    out += text.slice(cursor, u.start);
    for (let i = cursor; i < u.start; i++) pos.push(i);
    out += String.fromCharCode(PLACEHOLDER_FIRST + k);
    pos.push(u.start);
    cursor = u.alias ? u.end : u.nameEnd;
  });
  out += text.slice(cursor, end);
  for (let i = cursor; i < end; i++) pos.push(i);
  return { text: out, pos };
}

const P = (k: number) => String.fromCharCode(PLACEHOLDER_FIRST + k);

describe('flatten', () => {
  const text = 'トヨタ自動車(トヨタ)はパナソニック社と提携した';
  it.each([
    ['no units', [], 'トヨタ自動車(トヨタ)はパナソニック社と提携した'],
    ['a unit with its alias bracket skipped', [unit(0, 11, 6, true)], `${P(0)}はパナソニック社と提携した`],
    ['a unit ending at its name (社 included)', [unit(12, 19, 19)], `トヨタ自動車(トヨタ)は${P(0)}と提携した`],
    ['two units', [unit(0, 11, 6, true), unit(12, 19, 19)], `${P(0)}は${P(1)}と提携した`],
    ['a unit at the very end', [unit(22, 25, 25)], `トヨタ自動車(トヨタ)はパナソニック社と提携${P(0)}`],
    ['a unit inside the one before is skipped', [unit(0, 11, 11), unit(7, 10, 10)], `${P(0)}はパナソニック社と提携した`],
  ])('%s', (_name, units, flat) => {
    const f = flatten(text, 0, text.length, units);
    expect(f.text).toBe(flat);
    const ref = positions(text, 0, text.length, units);
    expect([...f.text].map((_, i) => flatPos(f, i))).toEqual(ref.pos);
  });

  it('maps every flat position back as the per-character array did (random clauses and units)', () => {
    let seed = 11;
    const random = (n: number) => ((seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) % n);
    const letters = 'abcdefg あいう社(';
    for (let round = 0; round < 300; round++) {
      const length = 1 + random(60);
      let t = '';
      for (let i = 0; i < length; i++) t += letters[random(letters.length)];
      const start = random(5);
      const end = Math.max(start, length - random(5));
      const units: Unit[] = [];
      let at = start + random(4);
      while (at < end && units.length < 8) {
        const nameEnd = Math.min(end, at + 1 + random(6));
        const uEnd = Math.min(end, nameEnd + random(3));
        // now and then a unit that starts inside the one before (skipped by both)
        units.push(unit(at, uEnd, nameEnd, random(3) === 0));
        at = random(5) === 0 ? Math.max(start, at - 1) : uEnd + random(4);
      }
      const f = flatten(t, start, end, units);
      const ref = positions(t, start, end, units);
      expect(f.text).toBe(ref.text);
      for (let i = 0; i < f.text.length; i++) expect(flatPos(f, i)).toBe(ref.pos[i]);
    }
  });
});
