/**
 * Runs the number scanner over a recognizers-text number suite (JSONL, code-point spans) and
 * reports per-case results. Used by external.test.ts; also runnable:
 *   npx tsx text/numbers/external-suite.ts ../shared/eval/external/recognizers-text.number.ja.dev.jsonl
 */
import { readFileSync } from 'node:fs';
import { normalise } from '../normalise.ts';
import { defaultSeedsDir } from '../seed-files.ts';
import { loadNonNumeralWords } from './vocabulary.ts';
import { scanNumbers, type NumberMatch, type ScanOptions } from './scanner.ts';

/** The scanner options of the general number model (all forms on, the seed word list). */
export function generalScanOptions(seedsDir = defaultSeedsDir()): ScanOptions {
  return { nonNumeralWords: loadNonNumeralWords(seedsDir) };
}

export interface SuiteCase {
  id: string;
  text: string;
  spans: { start: number; end: number; text: string; resolution?: { value?: string } | null }[];
  meta: { dotnet_not_supported?: boolean; resolution_suspect?: unknown[] };
}

export interface CaseResult {
  id: string;
  text: string;
  ok: boolean;
  expected: string[];
  got: string[];
  /** Expected numbers in the case, and how many of them were found with exactly their value. */
  expectedCount: number;
  exactValues: number;
}

export function loadSuite(file: string): SuiteCase[] {
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as SuiteCase)
    .filter((c) => !c.meta.dotnet_not_supported && !(c.meta.resolution_suspect && c.meta.resolution_suspect.length > 0));
}

function close(a: number, b: number): boolean {
  return Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));
}

/** A case passes when every expected number is found (overlapping span, equal value) and nothing else is. */
export function runCase(c: SuiteCase, options: ScanOptions): CaseResult {
  const norm = normalise(c.text);
  const found: (NumberMatch & { cp: { start: number; end: number } })[] = scanNumbers(norm.text, options).map((m) => ({
    ...m,
    cp: norm.toOriginal(m.start, m.end),
  }));
  const expected = c.spans.filter((s) => s.resolution && s.resolution.value !== undefined);
  const used = new Set<number>();
  let ok = true;
  for (const s of expected) {
    const want = Number(s.resolution!.value);
    const k = found.findIndex(
      (f, idx) => !used.has(idx) && f.cp.start < s.end && s.start < f.cp.end && f.value !== null && close(f.value, want),
    );
    if (k < 0) ok = false;
    else used.add(k);
  }
  if (used.size !== found.length) ok = false;
  const cps = [...c.text];
  return {
    id: c.id,
    text: c.text,
    ok,
    expected: expected.map((s) => `${s.text}=${s.resolution!.value}`),
    expectedCount: expected.length,
    exactValues: used.size,
    got: found.map((f) => `${cps.slice(f.cp.start, f.cp.end).join('')}=${f.value ?? `[${f.min},${f.max})`}`),
  };
}

export function runSuite(file: string, options: ScanOptions): { results: CaseResult[]; accuracy: number } {
  const results = loadSuite(file).map((c) => runCase(c, options));
  return { results, accuracy: results.filter((r) => r.ok).length / results.length };
}

if (process.argv[1] && import.meta.url.endsWith(process.argv[1].replace(/^.*\//, ''))) {
  for (const file of process.argv.slice(2)) {
    const { results, accuracy } = runSuite(file, generalScanOptions());
    for (const r of results.filter((x) => !x.ok)) console.log(`mismatch ${r.id} ${JSON.stringify(r.text)} want ${JSON.stringify(r.expected)} got ${JSON.stringify(r.got)}`);
    console.log(`${file}: ${results.filter((r) => r.ok).length}/${results.length} = ${accuracy.toFixed(3)}`);
  }
}
