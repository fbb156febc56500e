/**
 * The rule tester for the extractors' case tables (extractors/cases.ts; one `cases.ts` per
 * extractor folder). Each case's text goes through the library's `createExtractor` — the code
 * of `extract-text` — so the records checked are exactly the public ones (RECORDS.md).
 *
 *   const ex = await createExtractor();
 *   const problems = await checkCase(ex, 'dates', aCase);   // [] when the case holds
 *
 * A problem names the case, its text, what was wrong, and every record of the kind found.
 */
import type { Case, CaseKind } from '../extractors/cases.ts';
import type { Extractor, TextRecords } from '../pipeline/library.ts';

type AnyRecord = Record<string, unknown>;

const isObject = (v: unknown): v is AnyRecord => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Whether `actual` has what `expected` gives (see extractors/cases.ts for the rules). */
export function matches(expected: unknown, actual: unknown): boolean {
  if (typeof expected === 'number' && typeof actual === 'number') {
    return expected === actual || Math.abs(expected - actual) <= 1e-9 * Math.max(Math.abs(expected), Math.abs(actual));
  }
  if (Array.isArray(expected)) {
    if (!Array.isArray(actual) || actual.length !== expected.length) return false;
    if (expected.every((e) => typeof e === 'string')) {
      const want = [...expected].sort();
      const got = [...actual].map(String).sort();
      return want.every((e, i) => e === got[i]);
    }
    return expected.every((e, i) => matches(e, actual[i]));
  }
  if (isObject(expected)) {
    if (!isObject(actual)) return false;
    return Object.entries(expected).every(([k, v]) => (v === undefined ? actual[k] === undefined : matches(v, actual[k])));
  }
  return expected === actual;
}

/** The records `spec` picks out: a surface string, or fields (agreements: by party set). */
function found(spec: unknown, records: readonly AnyRecord[]): AnyRecord[] {
  const fields: AnyRecord = typeof spec === 'string' ? { text: spec } : (spec as AnyRecord);
  return records.filter((r) => matches(fields, r));
}

/** A record in one line: its surface (or parties) and the fields a case can check. */
export function describeRecord(kind: CaseKind, r: AnyRecord): string {
  if (kind === 'agreements') {
    const { evidence: _evidence, ...rest } = r;
    return JSON.stringify(rest);
  }
  const { text, start, end, ...rest } = r;
  return `${JSON.stringify(text)} [${start},${end}) ${JSON.stringify(rest)}`;
}

/** An expectation as written; a key given as `undefined` (must be absent) shows as "(absent)". */
const show = (spec: unknown): string => JSON.stringify(spec, (_k, v: unknown) => (v === undefined ? '(absent)' : v));

export function caseName(c: Case<unknown>): string {
  return c.name ?? c.text;
}

/** What is wrong with one case: [] when every `expect` is found and no `reject` is. */
export async function checkCase<E>(extractor: Extractor, kind: CaseKind, c: Case<E>): Promise<string[]> {
  const out: TextRecords = await extractor.extract(c.text, { referenceDate: c.referenceDate ?? null });
  const records = out[kind] as unknown as AnyRecord[];
  const problems: string[] = [];
  for (const e of c.expect) if (found(e, records).length === 0) problems.push(`missing ${show(e)}`);
  for (const r of c.reject ?? []) for (const hit of found(r, records)) problems.push(`rejected ${show(r)} but found ${describeRecord(kind, hit)}`);
  if (c.expect.length === 0 && (c.reject ?? []).length === 0) problems.push('the case checks nothing (no expect, no reject)');
  if (problems.length === 0) return [];
  const listed = records.length === 0 ? ['  (none)'] : records.map((r) => `  ${describeRecord(kind, r)}`);
  return [
    `case ${JSON.stringify(caseName(c))}${c.referenceDate ? ` (referenceDate ${c.referenceDate})` : ''}`,
    `text: ${c.text}`,
    ...problems.map((p) => `✗ ${p}`),
    `${kind} found:`,
    ...listed,
  ];
}
