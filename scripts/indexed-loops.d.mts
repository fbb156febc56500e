// Types of scripts/indexed-loops.mjs, for its test (test/indexed-loops.test.ts).
import type ts from 'typescript';

export function indexForOfLoops(program: ts.Program, fileName: string): { text: string; rewritten: number };
export function indexedLoopsPlugin(root: string, entryPoints: string[]): unknown;
