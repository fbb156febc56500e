/** Mentions must not overlap: keep the longest candidate, then the more specific rule (earlier). */
import type { Candidate } from '../model.ts';

export function resolveOverlaps(cands: readonly Candidate[]): Candidate[] {
  const order = [...cands].sort(
    (a, b) => b.end - b.start - (a.end - a.start) || a.priority - b.priority || a.start - b.start,
  );
  const kept: Candidate[] = []; // sorted by start
  for (const c of order) {
    // first kept candidate that ends after c starts
    let lo = 0;
    let hi = kept.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (kept[mid]!.end <= c.start) lo = mid + 1;
      else hi = mid;
    }
    if (lo < kept.length && kept[lo]!.start < c.end) continue;
    kept.splice(lo, 0, c);
  }
  return kept;
}
