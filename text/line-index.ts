/**
 * Where the lines of one text start and end, found once per text.
 *
 * `text.lastIndexOf('\n', pos - 1) + 1` rescans back to the line start on every call: on a
 * document that is one long line (an HTML page flattened, a PDF dump) a call per sentence costs
 * the length of everything before it, quadratic in the document. Here each lookup is a binary
 * search over the line breaks, found in one pass.
 */
export class LineIndex {
  /** Positions (UTF-16) of every "\n", in order. */
  private readonly breaks: Int32Array;

  constructor(readonly text: string) {
    let count = 0;
    for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) count++;
    this.breaks = new Int32Array(count);
    let k = 0;
    for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) this.breaks[k++] = i;
  }

  /** Start of the line holding `pos`: just after the last "\n" before `pos` (0 when none). */
  startOf(pos: number): number {
    const i = this.breaksBefore(pos);
    return i === 0 ? 0 : this.breaks[i - 1]! + 1;
  }

  /** End of the line holding `pos`: the first "\n" at or after `pos` (the text's length when none). */
  endOf(pos: number): number {
    const i = this.breaksBefore(pos);
    return i < this.breaks.length ? this.breaks[i]! : this.text.length;
  }

  /** How many breaks lie before `pos`. */
  private breaksBefore(pos: number): number {
    let lo = 0;
    let hi = this.breaks.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this.breaks[mid]! < pos) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }
}

/** The last few texts' indexes (an extractor asks about the same document many times in a row). */
const recent: LineIndex[] = [];
const RECENT = 2;

/** The line index of `text`, built on first use and kept while the text is among the last two asked about. */
export function lineIndexOf(text: string): LineIndex {
  for (const index of recent) if (index.text === text) return index;
  const index = new LineIndex(text);
  recent.unshift(index);
  if (recent.length > RECENT) recent.pop();
  return index;
}

/** `text.lastIndexOf('\n', pos - 1) + 1`, without rescanning the line on every call. */
export function lineStartOf(text: string, pos: number): number {
  return lineIndexOf(text).startOf(pos);
}
