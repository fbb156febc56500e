/**
 * Position → segment lookup (binary search over the document's segments, which are sorted
 * and do not overlap).
 */
import type { DocContext } from '../types.ts';
import type { Segment, Token } from '../../text/types.ts';

export class SegmentIndex {
  private readonly starts: Int32Array;
  private readonly byLang = new Map<Segment['lang'], [number, number][]>();
  /** tokensAround results of this document, by window. */
  private readonly windows = new Map<number, Token[]>();

  constructor(private readonly ctx: DocContext) {
    this.starts = Int32Array.from(ctx.segments, (s) => s.start);
  }

  /** The segment containing position `pos`, or null (blank lines between segments). */
  at(pos: number): Segment | null {
    const segs = this.ctx.segments;
    let lo = 0;
    let hi = segs.length - 1;
    let found = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (this.starts[mid]! <= pos) {
        found = mid;
        lo = mid + 1;
      } else {
        hi = mid - 1;
      }
    }
    if (found < 0) return null;
    const s = segs[found]!;
    return pos < s.end ? s : null;
  }

  /** Maximal stretches [start, end) of consecutive segments in language `lang`. */
  stretches(lang: Segment['lang']): [number, number][] {
    let cached = this.byLang.get(lang);
    if (!cached) {
      cached = [];
      let open: [number, number] | null = null;
      for (const s of this.ctx.segments) {
        if (s.lang !== lang) {
          open = null;
          continue;
        }
        if (open) open[1] = s.end;
        else cached.push((open = [s.start, s.end]));
      }
      this.byLang.set(lang, cached);
    }
    return cached;
  }

  /** Tokens overlapping [start, end) (empty when the document was not tokenised). */
  tokensOver(start: number, end: number): Token[] {
    if (this.ctx.tokensAround) {
      // a window is tokenised afresh on each call, and the cleaning, the judging and the
      // rules of one document often ask for the same one: ask once (callers never mutate)
      const key = start * (this.ctx.norm.text.length + 1) + end;
      let toks = this.windows.get(key);
      if (!toks) this.windows.set(key, (toks = this.ctx.tokensAround(start, end)));
      return toks;
    }
    const out: Token[] = [];
    const first = this.at(start);
    if (!first) return out;
    for (let i = first.index; i < this.ctx.segments.length; i++) {
      const seg = this.ctx.segments[i]!;
      if (seg.start >= end) break;
      const toks = this.ctx.tokens.get(seg.index);
      if (!toks) continue;
      for (const t of toks) if (t.end > start && t.start < end) out.push(t);
    }
    return out;
  }
}
