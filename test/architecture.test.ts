/**
 * The layers import one way: pipeline/ → extractors/ → text/.
 *  - extractors/** imports nothing from pipeline/;
 *  - text/** imports nothing from extractors/ or pipeline/;
 *  - no import cycle among the project's modules;
 *  - no source file (tests excluded) over 400 lines.
 * Tests (`*.test.ts`) and test fixtures (`test-fixtures.ts`) may import across layers (they
 * build a whole document context with the pipeline's tokenizer); the cycle check still reads them.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = path.resolve(import.meta.dirname, '..');
const LAYERS = ['text', 'extractors', 'pipeline'] as const;
type Layer = (typeof LAYERS)[number];
const MAX_LINES = 400;

/** Which layers a layer must not import. */
const FORBIDDEN: Record<Layer, readonly Layer[]> = {
  text: ['extractors', 'pipeline'],
  extractors: ['pipeline'],
  pipeline: [],
};

const isTest = (file: string): boolean => file.endsWith('.test.ts');
const isTestSupport = (file: string): boolean => isTest(file) || path.basename(file) === 'test-fixtures.ts';

function sourceFiles(dir: string): string[] {
  const out: string[] = [];
  for (const e of readdirSync(path.join(ROOT, dir), { withFileTypes: true })) {
    const rel = path.join(dir, e.name);
    if (e.isDirectory()) out.push(...sourceFiles(rel));
    else if (e.name.endsWith('.ts')) out.push(rel);
  }
  return out;
}

/** Static imports, `export … from`, side-effect imports and dynamic `import('…')`, with comments removed. */
export function importSpecifiers(source: string): string[] {
  const code = source.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:'"`\\])\/\/.*$/gm, '$1');
  const specs: string[] = [];
  const patterns = [
    /\b(?:import|export)\s+(?:type\s+)?[\w*{}\s,$]*?\bfrom\s*['"]([^'"]+)['"]/g,
    /\bimport\s*['"]([^'"]+)['"]/g,
    /\bimport\s*\(\s*['"]([^'"]+)['"]\s*\)/g,
  ];
  for (const re of patterns) for (const m of code.matchAll(re)) specs.push(m[1]!);
  return specs;
}

const layerOf = (file: string): Layer | null => (LAYERS as readonly string[]).includes(file.split(path.sep)[0]!) ? (file.split(path.sep)[0] as Layer) : null;

interface Edge {
  from: string;
  to: string;
  specifier: string;
}

function projectGraph(): { files: string[]; edges: Edge[] } {
  const files = LAYERS.flatMap((l) => sourceFiles(l));
  const known = new Set(files);
  const edges: Edge[] = [];
  for (const from of files) {
    for (const specifier of importSpecifiers(readFileSync(path.join(ROOT, from), 'utf8'))) {
      if (!specifier.startsWith('.')) continue;
      const to = path.normalize(path.join(path.dirname(from), specifier));
      if (known.has(to) || to.endsWith('.ts')) edges.push({ from, to, specifier });
    }
  }
  return { files, edges };
}

/** Every elementary cycle reachable by a depth-first search (one path per back edge). */
function findCycles(files: readonly string[], edges: readonly Edge[]): string[][] {
  const next = new Map<string, string[]>(files.map((f) => [f, []]));
  for (const e of edges) next.get(e.from)?.push(e.to);
  const state = new Map<string, 'open' | 'done'>();
  const stack: string[] = [];
  const cycles: string[][] = [];
  const visit = (f: string) => {
    state.set(f, 'open');
    stack.push(f);
    for (const t of next.get(f) ?? []) {
      if (state.get(t) === 'open') cycles.push([...stack.slice(stack.indexOf(t)), t]);
      else if (!state.has(t)) visit(t);
    }
    stack.pop();
    state.set(f, 'done');
  };
  for (const f of files) if (!state.has(f)) visit(f);
  return cycles;
}

describe('architecture', () => {
  const { files, edges } = projectGraph();

  it('reads the import specifiers of every kind', () => {
    const src = [
      "import type { A } from '../a.ts';",
      "import { b, type C } from './b.ts';",
      "export { d } from '../d.ts';",
      "export * from './e.ts';",
      "import './f.ts';",
      "const g = await import('../g.ts');",
      "// import { h } from './h.ts';",
      "/* import { i } from './i.ts'; */",
    ].join('\n');
    expect(importSpecifiers(src)).toEqual(['../a.ts', './b.ts', '../d.ts', './e.ts', './f.ts', '../g.ts']);
    expect(files.length).toBeGreaterThan(100);
    expect(edges.length).toBeGreaterThan(100);
  });

  it('imports one way: pipeline → extractors → text', () => {
    const offences = edges
      .filter((e) => !isTestSupport(e.from))
      .filter((e) => {
        const from = layerOf(e.from);
        const to = layerOf(e.to);
        return from !== null && to !== null && FORBIDDEN[from].includes(to);
      })
      .map((e) => `${e.from} imports ${e.specifier}`);
    expect(offences).toEqual([]);
  });

  it('has no import cycle', () => {
    expect(findCycles(files, edges).map((c) => c.join(' → '))).toEqual([]);
  });

  it(`has no source file over ${MAX_LINES} lines`, () => {
    const long = files
      .filter((f) => !isTest(f))
      .map((f) => ({ f, lines: readFileSync(path.join(ROOT, f), 'utf8').split('\n').length - 1 }))
      .filter(({ lines }) => lines > MAX_LINES)
      .map(({ f, lines }) => `${f}: ${lines} lines`);
    expect(long).toEqual([]);
  });
});
