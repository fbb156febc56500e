/**
 * Precision, recall and F1 as score.py reports them: ratios rounded to four places the way
 * Python's round() does (to the nearest, a value exactly halfway going to the even digit).
 */

export interface Prf {
  tp: number;
  fp: number;
  fn: number;
  p: number;
  r: number;
  f1: number;
}

/**
 * x rounded to `digits` decimal places, halfway cases to even (Python's round(x, digits) and
 * format(x, '.Nf')). A double is exactly halfway between two such decimals only when it is an
 * odd multiple of 2^-(digits+1) (e.g. 1/32 for four places); every other value is rounded to
 * the nearest by toFixed, which works on the exact binary value as Python does.
 * For |x| < 2^30 (ratios and counts).
 */
export function roundHalfEven(x: number, digits: number): number {
  const halves = x * 2 ** (digits + 1); // exact: a power of two
  if (Number.isInteger(halves) && Math.abs(halves) % 2 === 1) {
    const scaled = Math.floor(x * 10 ** digits); // exact for such x: an odd multiple of a half
    return (scaled % 2 === 0 ? scaled : scaled + 1) / 10 ** digits;
  }
  return Number(x.toFixed(digits));
}

/** Python's format(x, '.3f') (and the like): the text of roundHalfEven. */
export function formatFixed(x: number, digits: number): string {
  return roundHalfEven(x, digits).toFixed(digits);
}

/** score.py prf(): an empty side counts as perfect (no system output and nothing to find: P = 1). */
export function prf(tp: number, fp: number, fn: number): Prf {
  const p = tp + fp ? tp / (tp + fp) : fn ? 0 : 1;
  const r = tp + fn ? tp / (tp + fn) : 1;
  const f = p + r ? (2 * p * r) / (p + r) : 0;
  return { tp, fp, fn, p: roundHalfEven(p, 4), r: roundHalfEven(r, 4), f1: roundHalfEven(f, 4) };
}

/** n / d rounded to four places; null when there is nothing to divide by. */
export function ratio(n: number, d: number): number | null {
  return d ? roundHalfEven(n / d, 4) : null;
}
