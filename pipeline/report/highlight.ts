/**
 * Marks spans (code-point offsets, half-open) in a text as properly nested HTML elements.
 * Spans that contain one another nest; a span that crosses another is closed and reopened
 * around the boundary, so it becomes several elements with the same id (data-part="n").
 * The text between tags is escaped; offsets are code points, never UTF-16 units (𠮷 is one).
 */
import { escapeText } from './escape.ts';

export interface Span {
  start: number;
  end: number;
  /** Outer spans first when two spans share both ends (lower rank = outer). */
  rank: number;
  /** Opening tag; called again with a part number when the span is reopened after a crossing. */
  open: (part: number) => string;
  close: string;
}

interface Open {
  span: Span;
  parts: number;
}

export function markSpans(text: string, spans: readonly Span[]): string {
  const cps = Array.from(text);
  const sorted = spans
    .filter((s) => s.end > s.start && s.start >= 0 && s.end <= cps.length)
    .sort((a, b) => a.start - b.start || b.end - a.end || a.rank - b.rank);
  const out: string[] = [];
  const stack: Open[] = [];
  let pos = 0;
  const textTo = (p: number) => {
    if (p > pos) out.push(escapeText(cps.slice(pos, p).join('')));
    pos = p;
  };
  /** Close every open span that ends at or before p, reopening the ones it crossed. */
  const closeUntil = (p: number) => {
    while (stack.length > 0) {
      let end = Infinity;
      for (const o of stack) if (o.span.end < end) end = o.span.end;
      if (end > p) return;
      textTo(end);
      const reopen: Open[] = [];
      while (stack.length > 0 && stack.some((o) => o.span.end <= end)) {
        const top = stack.pop()!;
        out.push(top.span.close);
        if (top.span.end > end) reopen.push(top);
      }
      for (const o of reopen.reverse()) {
        o.parts += 1;
        out.push(o.span.open(o.parts));
        stack.push(o);
      }
    }
  };
  for (const s of sorted) {
    closeUntil(s.start);
    textTo(s.start);
    out.push(s.open(0));
    stack.push({ span: s, parts: 0 });
  }
  closeUntil(Infinity);
  textTo(cps.length);
  return out.join('');
}
