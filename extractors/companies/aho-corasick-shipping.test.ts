/**
 * Worker threads take the automata the main thread compiled (structured-cloned typed arrays)
 * instead of compiling the same dictionary again: a matcher made from a shipped automaton must
 * report exactly what a freshly compiled one reports.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { automataToShip, compileMatcher, useShippedAutomata, type Matcher } from './aho-corasick.ts';

const SEEDS = path.resolve(import.meta.dirname, '../../seeds/articles');
const texts = readdirSync(SEEDS).map((f) => readFileSync(path.join(SEEDS, f), 'utf8'));
texts.push('𠮷野家 and CATL, catl-like CATLs; ＣＡＴＬ トヨタ自動車');

function matches(m: Matcher, text: string): number[] {
  const out: number[] = [];
  m.scan(text, (id, start, end) => out.push(id, start, end));
  return out;
}

/** Every 2- to 5-character window of the seeds, deduplicated: a few thousand patterns. */
function patterns(): string[] {
  const set = new Set<string>(['𠮷野家', 'catl', 'トヨタ']);
  for (const t of texts) for (let i = 0; i + 5 < t.length; i += 37) for (let n = 2; n <= 5; n++) set.add(t.slice(i, i + n));
  return [...set];
}

describe('shipping compiled automata to worker threads', () => {
  it('a matcher from a structured-cloned automaton reports the same matches as a fresh one', () => {
    const ps = patterns();
    expect(ps.length).toBeGreaterThan(256);
    const fresh = compileMatcher(ps);
    const shippedCopy = structuredClone(automataToShip());
    expect(shippedCopy.size).toBeGreaterThan(0);
    useShippedAutomata(shippedCopy);
    const fromShipped = compileMatcher(ps);
    for (const t of texts) expect(matches(fromShipped, t)).toEqual(matches(fresh, t));
    expect(fromShipped.stateCount).toBe(fresh.stateCount);
  });

  it('compileMatcher takes the shipped automaton for the same patterns, and only for them', () => {
    const ps = patterns().slice(0, 400).concat(['zz-only-here']);
    const original = compileMatcher(ps);
    const [key, automaton] = [...automataToShip()].at(-1)!;
    // A tampered copy: the pattern 'zz-only-here' no longer ends anywhere. If compileMatcher
    // compiled again instead of taking the shipped copy, it would still be found.
    const tampered = structuredClone(automaton);
    tampered.output = tampered.output.map((id) => (id === ps.length - 1 ? -1 : id));
    const unended = (s: number) => (automaton.output[s] === ps.length - 1 ? automaton.dictLink[s]! : s);
    tampered.firstOut = tampered.firstOut.map(unended);
    tampered.rowFirstOut = tampered.rowFirstOut.map(unended);
    useShippedAutomata(new Map([[key, tampered]]));
    const found = (m: Matcher, id: number) => matches(m, 'a zz-only-here b').filter((_, i) => i % 3 === 0).includes(id);
    expect(found(original, ps.length - 1)).toBe(true);
    expect(found(compileMatcher(ps), ps.length - 1)).toBe(false);
    // other patterns: compiled as usual
    const others = [...ps.slice(0, 399), 'x', 'zz-only-here'];
    expect(found(compileMatcher(others), others.length - 1)).toBe(true);
  });
});
