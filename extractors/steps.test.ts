import { describe, expect, it } from 'vitest';
import { finish, stepAll, stepEach, type Steps } from './steps.ts';

/** A document's steps that log each step as `name:k` and return the count (or throw at `failAt`). */
function* logged(name: string, steps: number, log: string[], failAt = -1): Steps<number> {
  for (let k = 0; k < steps; k++) {
    if (k === failAt) throw new Error(`${name} failed at ${k}`);
    log.push(`${name}:${k}`);
    yield;
  }
  return steps;
}

describe('finish', () => {
  it('runs one document to its end and returns its result', () => {
    const log: string[] = [];
    expect(finish(logged('a', 3, log))).toBe(3);
    expect(log).toEqual(['a:0', 'a:1', 'a:2']);
  });
  it('throws the error of its steps', () => {
    expect(() => finish(logged('a', 3, [], 1))).toThrow('a failed at 1');
  });
});

describe('stepAll', () => {
  it('takes one step of every open document per round, in order', () => {
    const log: string[] = [];
    expect(stepAll([logged('a', 2, log), logged('b', 3, log), logged('c', 1, log)])).toEqual([2, 3, 1]);
    expect(log).toEqual(['a:0', 'b:0', 'c:0', 'a:1', 'b:1', 'b:2']);
  });
  it('gives a failing document its error and lets the others finish', () => {
    const log: string[] = [];
    const out = stepAll([logged('a', 3, log), logged('b', 3, log, 1), logged('c', 3, log)]);
    expect(out[0]).toBe(3);
    expect(out[1]).toBeInstanceOf(Error);
    expect((out[1] as Error).message).toBe('b failed at 1');
    expect(out[2]).toBe(3);
    expect(log).toEqual(['a:0', 'b:0', 'c:0', 'a:1', 'c:1', 'a:2', 'c:2']);
  });
  it('wraps a thrown non-Error', () => {
    // eslint-disable-next-line require-yield
    function* bad(): Steps<number> {
      throw 'plain string';
    }
    const [r] = stepAll([bad()]);
    expect(r).toBeInstanceOf(Error);
    expect((r as Error).message).toBe('plain string');
  });
  it('returns nothing for no documents', () => {
    expect(stepAll([])).toEqual([]);
  });
});

describe('stepEach', () => {
  it('uses each result in order and answers null, or the error of a failing document', () => {
    const used: string[] = [];
    const out = stepEach([logged('a', 1, []), logged('b', 2, [], 0), logged('c', 2, [])], (r, k) => used.push(`${k}=${r}`));
    expect(used).toEqual(['0=1', '2=2']);
    expect(out[0]).toBeNull();
    expect((out[1] as Error).message).toBe('b failed at 0');
    expect(out[2]).toBeNull();
  });
});
