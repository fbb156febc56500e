import { describe, expect, it } from 'vitest';
import { markSpans, type Span } from './highlight.ts';

const span = (start: number, end: number, id: string, rank = 1): Span => ({
  start,
  end,
  rank,
  open: (part) => `<m${part ? ` p=${part}` : ''} id=${id}>`,
  close: '</m>',
});

describe('markSpans', () => {
  it.each([
    ['no spans', 'abc', [], 'abc'],
    ['one span', 'abcdef', [span(1, 3, 'a')], 'a<m id=a>bc</m>def'],
    ['code points: 𠮷 is one', '𠮷野家の株', [span(0, 3, 'a')], '<m id=a>𠮷野家</m>の株'],
    ['after 𠮷', '𠮷野家の株', [span(4, 5, 'a')], '𠮷野家の<m id=a>株</m>'],
    ['nested', 'abcdef', [span(1, 5, 'o', 0), span(2, 3, 'i')], 'a<m id=o>b<m id=i>c</m>de</m>f'],
    ['same extent: outer rank first', 'abc', [span(0, 3, 'i', 1), span(0, 3, 'o', 0)], '<m id=o><m id=i>abc</m></m>'],
    ['crossing spans: the later one is split', 'abcdef', [span(0, 3, 'a'), span(2, 5, 'b')], '<m id=a>ab<m id=b>c</m></m><m p=1 id=b>de</m>f'],
    ['adjacent', 'abcd', [span(0, 2, 'a'), span(2, 4, 'b')], '<m id=a>ab</m><m id=b>cd</m>'],
    ['escapes text', '<script>x</script>', [span(8, 9, 'a')], '&lt;script&gt;<m id=a>x</m>&lt;/script&gt;'],
    ['drops empty or out-of-range spans', 'ab', [span(1, 1, 'a'), span(1, 9, 'b')], 'ab'],
  ])('%s', (_name, text, spans, expected) => {
    expect(markSpans(text, spans)).toBe(expected);
  });
});
