import { describe, expect, it } from 'vitest';
import { LineIndex, lineIndexOf, lineStartOf } from './line-index.ts';

/** What the index replaces: a scan back (and forward) from `pos` on every call. */
function scanned(text: string, pos: number): { start: number; end: number } {
  const end = text.indexOf('\n', pos);
  return { start: pos === 0 ? 0 : text.lastIndexOf('\n', pos - 1) + 1, end: end < 0 ? text.length : end };
}

describe('LineIndex', () => {
  it.each([
    ['', 0, 0, 0],
    ['one line', 4, 0, 8],
    ['a\nbc\n\nd', 0, 0, 1],
    ['a\nbc\n\nd', 1, 0, 1], // at the break itself: the line it ends
    ['a\nbc\n\nd', 2, 2, 4],
    ['a\nbc\n\nd', 5, 5, 5], // an empty line
    ['a\nbc\n\nd', 7, 6, 7], // the end of the text
    ['\nx', 0, 0, 0],
    ['𠮷野家\n吉野家', 5, 5, 8], // UTF-16 positions (𠮷 is two units)
  ])('%j at %i: line [%i, %i)', (text, pos, start, end) => {
    const index = new LineIndex(text);
    expect([index.startOf(pos), index.endOf(pos)]).toEqual([start, end]);
  });

  it('agrees with scanning back and forward at every position', () => {
    let seed = 7;
    const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    for (let round = 0; round < 50; round++) {
      let text = '';
      for (let i = 0; i < 60; i++) text += random() < 0.15 ? '\n' : random() < 0.5 ? 'あ' : 'a';
      const index = new LineIndex(text);
      for (let pos = 0; pos <= text.length; pos++) expect({ start: index.startOf(pos), end: index.endOf(pos) }).toEqual(scanned(text, pos));
    }
  });

  it('keeps the index of a text while it is asked about, and builds one per text', () => {
    const a = 'x\ny';
    const b = 'p\nq\nr';
    expect(lineIndexOf(a)).toBe(lineIndexOf(a));
    expect(lineIndexOf(b)).not.toBe(lineIndexOf(a));
    expect(lineStartOf(b, 4)).toBe(4);
    expect(lineStartOf(a, 3)).toBe(2);
  });
});
