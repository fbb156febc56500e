// Types of scripts/indexed-loops.mjs, for its test (test/indexed-loops.test.ts).
import type ts from 'typescript';

export function indexForOfLoops(program: ts.Program, fileName: string): { text: string; loops: number; rewritten: number };
export function buildProgram(root: string, entryPoints: string[]): ts.Program;
export function indexedLoopsPlugin(root: string, entryPoints: string[], stats?: { loops: number; rewritten: number }): unknown;
