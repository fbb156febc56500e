/**
 * The bench's adversarial-input row: texts made of one short unit repeated (blank lines, runs of
 * spaces after a period, "Tesla and ", 株式会社, digits and commas, …) extracted at two sizes, n
 * and 4n characters. A rule whose regex backtracks over a run costs O(n²) there and shows as a
 * growth far over ×4: a run of 80,000 blank lines took 2.9 s in the agreement scan's "It opens a
 * sentence" pattern before it was rewritten, 46 ms after. One such file stalls a batch.
 */
import type { Extractor } from '../library.ts';

/** Units a scraped page or a table export can repeat thousands of times. */
export const ADVERSARIAL_UNITS: readonly string[] = [
  '\n', ' ', '　', '\t', '\u00a0', '. \n', '.  ', ' \t\n　', '。\n', '、', 'と', '年', '電', 'ア', '一', '二〇', '１２', '（', '（株', '株式会社', 'パナソニック',
  '2024年3月', '1～', '10GWh', '100億', 'a ', 'A ', 'Alpha Beta ', 'and ', 'Tesla and ', 'Tesla, ', "Tesla's ", 'Inc. ', 'deal with ', 'joint venture with ',
  'signed ', 'of the ', 'March ', 'Q1 ', '2024 ', '2024-', '1/', '1,', '1.', '1 ', '1% ', '$1 ', '10 GWh ', '-', '(a ', '([', '| ', 'a: ', '"a" ', 'co-op ',
  'http://a.b/', 'a@b.', 'abcdefghij', 'ABCDEFGHIJ', 'トヨタand',
];

export interface AdversarialResult {
  unit: string;
  ms: number;
  msLarge: number;
}

function textOf(unit: string, chars: number): string {
  return unit.repeat(Math.ceil(chars / unit.length)).slice(0, chars);
}

async function timeExtract(text: string, extractor: Extractor): Promise<number> {
  const t0 = performance.now();
  await extractor.extract(text, { referenceDate: '2024-06-01' });
  return performance.now() - t0;
}

/** Each unit repeated to `chars` and to 4 × `chars` characters, extracted in this thread (the library's extractor, as extract-text). */
export async function adversarialRuns(extractor: Extractor, chars: number): Promise<AdversarialResult[]> {
  await timeExtract('トヨタは2024年にTeslaと提携した。', extractor); // warm up
  const out: AdversarialResult[] = [];
  for (const unit of ADVERSARIAL_UNITS) {
    // each text twice, the faster run kept: a collection in the bench's large heap can double one
    const best = async (text: string) => Math.min(await timeExtract(text, extractor), await timeExtract(text, extractor));
    const ms = await best(textOf(unit, chars));
    const msLarge = await best(textOf(unit, 4 * chars));
    out.push({ unit, ms, msLarge });
  }
  return out;
}

/**
 * Growth from n to 4n characters (linear: ×4), over at least 10 ms: a text done in 2 ms shows
 * ×8 from one young-generation collection in its larger run; a quadratic rule is far above it.
 */
export function growthOf(r: AdversarialResult): number {
  return r.msLarge / Math.max(r.ms, 10);
}

/** The bench row's figures: the largest growth (growthOf) and the slowest large text. */
export function adversarialSummary(results: readonly AdversarialResult[]): { worstGrowth: AdversarialResult; slowest: AdversarialResult } {
  const growth = growthOf;
  const worstGrowth = results.reduce((a, b) => (growth(b) > growth(a) ? b : a));
  const slowest = results.reduce((a, b) => (b.msLarge > a.msLarge ? b : a));
  return { worstGrowth, slowest };
}
