/**
 * The build's for-of rewrite (scripts/indexed-loops.mjs): which loops it indexes, and that each
 * rewritten function returns what the loop as written returns. Every case is a small module with
 * a `run()`; both versions are transpiled and run.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import ts from 'typescript';
import { afterAll, describe, expect, it } from 'vitest';
import { indexForOfLoops } from '../scripts/indexed-loops.mjs';

interface Case {
  name: string;
  source: string;
  /** how many of its for-of loops are indexed */
  rewritten: number;
}

const CASES: Case[] = [
  { name: 'array', rewritten: 1, source: 'export function run() { let s = 0; for (const x of [1, 2, 3]) s += x; return s; }' },
  { name: 'readonly array parameter', rewritten: 1, source: 'function sum(xs: readonly number[]) { let s = 0; for (const x of xs) { s += x; } return s; }\nexport function run() { return sum([4, 5]); }' },
  { name: 'tuple', rewritten: 1, source: "export function run() { const out: unknown[] = []; for (const x of [1, 'a'] as const) out.push(x); return out; }" },
  { name: 'typed array', rewritten: 1, source: 'export function run() { const out: number[] = []; for (const b of new Uint8Array([7, 8, 255])) out.push(b); return out; }' },
  { name: 'union of arrays', rewritten: 1, source: "export function run(flag = true) { const xs: number[] | string[] = flag ? [1, 2] : ['a']; const out: unknown[] = []; for (const x of xs) out.push(x); return out; }" },
  { name: 'elements pushed during the loop are visited', rewritten: 1, source: 'export function run() { const a = [1, 2]; const out: number[] = []; for (const x of a) { if (x < 5) a.push(x + 2); out.push(x); } return out; }' },
  { name: 'holes read as undefined', rewritten: 1, source: 'export function run() { const out: unknown[] = []; for (const x of [1, , 3]) out.push(x === undefined ? "hole" : x); return out; }' },
  { name: 'the iterable is evaluated once', rewritten: 1, source: 'let calls = 0;\nfunction list() { calls++; return [1, 2, 3]; }\nexport function run() { let s = 0; for (const x of list()) s += x; return [s, calls]; }' },
  { name: "an 'in' operator in the iterable", rewritten: 1, source: "export function run() { const o = { k: 1 }; const out: number[] = []; for (const x of 'k' in o ? [1, 2] : [3]) out.push(x); return out; }" },
  { name: 'the body declares the loop variable again', rewritten: 1, source: 'export function run() { const out: number[] = []; for (const x of [1, 2]) { const x = 10; out.push(x); } return out; }' },
  { name: 'closures capture each element', rewritten: 1, source: 'export function run() { const fns: (() => number)[] = []; for (const x of [1, 2, 3]) fns.push(() => x); return fns.map((f) => f()); }' },
  { name: 'a let binding reassigned in the body', rewritten: 1, source: 'export function run() { const out: number[] = []; for (let x of [1, 2]) { x *= 10; out.push(x); } return out; }' },
  { name: 'destructuring', rewritten: 2, source: "export function run() { const out: unknown[] = []; for (const [k, v] of [['a', 1], ['b', 2]] as [string, number][]) out.push(k + v); for (const { id } of [{ id: 3 }]) out.push(id); return out; }" },
  { name: 'labels, break and continue', rewritten: 2, source: 'export function run() { const out: number[] = []; outer: for (const a of [1, 2, 3, 4]) { for (const b of [1, 2, 3]) { if (b === 2) continue outer; if (a === 4) break outer; out.push(a * 10 + b); } } return out; }' },
  { name: 'nested loops without blocks', rewritten: 2, source: 'export function run() { const out: number[] = []; for (const a of [1, 2]) for (const b of [10, 20]) out.push(a + b); return out; }' },
  { name: 'return from inside', rewritten: 1, source: 'function find(xs: number[]) { for (const x of xs) if (x > 1) return x; return -1; }\nexport function run() { return [find([1, 2, 3]), find([])]; }' },
  // left as written
  { name: 'a string (code points, not code units)', rewritten: 0, source: "export function run() { const out: string[] = []; for (const c of '\u{20BB7}野家') out.push(c); return out; }" },
  { name: 'a Map and a Set', rewritten: 0, source: "export function run() { const out: unknown[] = []; for (const [k, v] of new Map([['a', 1]])) out.push(k, v); for (const x of new Set([2, 2, 3])) out.push(x); return out; }" },
  { name: 'a generator and an iterator', rewritten: 0, source: 'function* gen() { yield 1; yield 2; }\nexport function run() { const out: number[] = []; for (const x of gen()) out.push(x); for (const [i, x] of [5, 6].entries()) out.push(i, x); return out; }' },
  { name: 'a possibly undefined array (its `?? []` is an array)', rewritten: 1, source: 'function pick(): number[] | undefined { return undefined; }\nexport function run() { const xs = pick(); let s = 0; for (const x of xs ?? [1]) s += x; const out: unknown[] = [s]; try { for (const x of xs as number[] | undefined) s += x; } catch (e) { out.push(e instanceof TypeError); } return out; }' },
  { name: 'an untyped value and a for await', rewritten: 0, source: 'export async function run(xs: any = [1, 2]) { let s = 0; for (const x of xs) s += x; for await (const y of [3]) s += y; return s; }' },
  { name: 'a loop without a declaration', rewritten: 0, source: 'export function run() { let x = 0; let s = 0; for (x of [1, 2]) s += x; return [s, x]; }' },
];

const dir = mkdtempSync(path.join(tmpdir(), 'indexed-loops-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const files = CASES.map((c, i) => {
  const file = path.join(dir, `case${i}.ts`);
  writeFileSync(file, c.source);
  return file;
});
const program = ts.createProgram(files, { strict: true, target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.ESNext, noEmit: true, types: [] });

/** The module's run(), transpiled to CommonJS and evaluated. */
async function runModule(source: string): Promise<unknown> {
  const js = ts.transpileModule(source, { compilerOptions: { target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.CommonJS } }).outputText;
  const exports: { run?: () => unknown } = {};
  new Function('exports', js)(exports);
  return await exports.run!();
}

describe('indexed for-of loops (the build)', () => {
  it.each(CASES.map((c, i) => [c.name, c, files[i]!] as const))('%s', async (_name, c, file) => {
    const { text, rewritten } = indexForOfLoops(program, file);
    expect(rewritten).toBe(c.rewritten);
    expect((text.match(/for \(let loop\$i\d+ = 0/g) ?? []).length).toBe(c.rewritten);
    expect(await runModule(text)).toEqual(await runModule(c.source));
  });

  it('a string, not split into code units, is what the kept loop gives', async () => {
    expect(await runModule(CASES.find((c) => c.name.startsWith('a string'))!.source)).toEqual(['\u{20BB7}', '野', '家']);
  });

  it('stops on a file that already uses its names', () => {
    const file = path.join(dir, 'clash.ts');
    writeFileSync(file, 'export const loop$i0 = 1;');
    const withClash = ts.createProgram([file], { noEmit: true, types: [] });
    expect(() => indexForOfLoops(withClash, file)).toThrow(/already uses the name prefix loop\$/);
  });
});
