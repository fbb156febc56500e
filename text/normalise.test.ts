import { describe, expect, it } from 'vitest';
import { CodePointIndex, codePointLength, normalise, normaliseWithMaps } from './normalise.ts';

/** Original code-point slice for a normalised UTF-16 range. */
function originalOf(original: string, start: number, end: number): string {
  const n = normalise(original);
  const o = n.toOriginal(start, end);
  return new CodePointIndex(original).slice(o.start, o.end);
}

describe('normalise: NFKC + Japanese rules with an offset map', () => {
  const cases: { name: string; original: string; normalised: string }[] = [
    { name: 'half-width katakana with voiced mark composes', original: 'ｶﾞｿﾘﾝ', normalised: 'ガソリン' },
    { name: 'square company sign expands', original: '㍿トヨタ', normalised: '株式会社トヨタ' },
    { name: 'circled digit', original: '①②', normalised: '12' },
    { name: 'full-width digits and letters', original: '２０ＧＷｈ', normalised: '20GWh' },
    { name: 'wave dash and full-width tilde', original: '2027年〜2030年～', normalised: '2027年~2030年~' },
    { name: 'hyphen-like dashes', original: 'A‐B–C−D', normalised: 'A-B-C-D' },
    { name: 'ideographic space and brackets', original: '日産（NISSAN）\u3000社', normalised: '日産(NISSAN) 社' },
    { name: 'outside the BMP is kept', original: '𠮷野家', normalised: '𠮷野家' },
    { name: 'kanji numerals are not rewritten', original: '一汽と二〇二五年', normalised: '一汽と二〇二五年' },
    { name: 'combining dakuten composes', original: 'か\u3099', normalised: 'が' },
  ];
  it.each(cases)('$name', ({ original, normalised }) => {
    expect(normalise(original).text).toBe(normalised);
  });

  it('maps spans through surrogate pairs (𠮷野家)', () => {
    const original = '𠮷野家とNIOが提携';
    const n = normalise(original);
    const i = n.text.indexOf('NIO');
    expect(n.toOriginal(i, i + 3)).toEqual({ start: 4, end: 7 }); // 𠮷 is one code point
    expect(originalOf(original, i, i + 3)).toBe('NIO');
    expect(originalOf(original, 0, 2)).toBe('𠮷');
  });

  it('maps an expansion back to the single original character (㍿)', () => {
    const original = 'A㍿B';
    const n = normalise(original);
    expect(n.text).toBe('A株式会社B');
    expect(n.toOriginal(1, 5)).toEqual({ start: 1, end: 2 });
    expect(n.toOriginal(2, 3)).toEqual({ start: 1, end: 2 }); // part of an expansion → the whole character
    expect(n.toOriginal(5, 6)).toEqual({ start: 2, end: 3 });
  });

  it('maps a composition back to both original code points (ｶﾞ)', () => {
    const n = normalise('xｶﾞy');
    expect(n.text).toBe('xガy');
    expect(n.toOriginal(1, 2)).toEqual({ start: 1, end: 3 });
    expect(n.toOriginal(2, 3)).toEqual({ start: 3, end: 4 });
  });

  it('full-width number with unit maps to the full-width original', () => {
    const original = '容量は２０ＧＷｈ。';
    const n = normalise(original);
    const i = n.text.indexOf('20GWh');
    expect(originalOf(original, i, i + 5)).toBe('２０ＧＷｈ');
  });

  it('inverse map finds the normalised position of an original code point', () => {
    const n = normalise('𠮷①㍿x');
    expect(n.fromOriginal(0)).toBe(0);
    expect(n.fromOriginal(1)).toBe(2); // ① → "1" at UTF-16 index 2
    expect(n.fromOriginal(2)).toBe(3);
    expect(n.fromOriginal(3)).toBe(7);
    expect(n.fromOriginal(4)).toBe(8);
  });

  it('round-trips every single-character span of a mixed text', () => {
    const original = 'ｱｲ①𠮷野家㍿ＡＢ〜x\ny';
    const n = normalise(original);
    const cps = new CodePointIndex(original);
    for (let i = 0; i < n.text.length; i++) {
      const o = n.toOriginal(i, i + 1);
      expect(o.end).toBeGreaterThan(o.start);
      expect(o.end).toBeLessThanOrEqual(codePointLength(original));
      expect(cps.slice(o.start, o.end).length).toBeGreaterThan(0);
    }
  });

  it('rejects ranges outside the text', () => {
    expect(() => normalise('abc').toOriginal(2, 9)).toThrow(RangeError);
  });

  // The definition, one cluster (a code point and the combining marks after it) at a time,
  // without normalise's shortcuts: text and map must come out the same on random mixtures of
  // what the shortcuts decide on (stable units, marks after them, surrogates, expansions).
  function reference(original: string): { text: string; map: [number, number][] } {
    const marks = /^[\u0300-\u036f\u3099-\u309c\uff9e\uff9f\u1ab0-\u1aff\u20d0-\u20ff\ufe20-\ufe2f\ufe00-\ufe0f]$/u;
    const cps = [...original];
    let text = '';
    const map: [number, number][] = [];
    for (let i = 0; i < cps.length; ) {
      let j = i + 1;
      while (j < cps.length && marks.test(cps[j]!)) j++;
      const mapped = cps.slice(i, j).join('').normalize('NFKC').replace(/[\u301C\uFF5E\u3030]/g, '~').replace(/[\u2010\u2011\u2012\u2013\u2212]/g, '-');
      text += mapped;
      for (let k = 0; k < mapped.length; k++) map.push([i, j]);
      i = j;
    }
    // then a run of spaces between Latin letters is one space, mapped to the whole run
    const runs = /(?<=[A-Za-z]) {2,}(?=[A-Za-z])/g;
    let out = '';
    const outMap: [number, number][] = [];
    let from = 0;
    for (let m = runs.exec(text); m !== null; m = runs.exec(text)) {
      out += text.slice(from, m.index) + ' ';
      outMap.push(...map.slice(from, m.index), [map[m.index]![0], map[m.index + m[0].length - 1]![1]]);
      from = m.index + m[0].length;
    }
    return { text: out + text.slice(from), map: [...outMap, ...map.slice(from)] };
  }
  it('agrees with the cluster-by-cluster definition on random text', () => {
    const pieces = ['a', 'Z', ' ', '  ', '\u3000', '\n', '\t', '.', 'か', 'ガ', 'ｶ', 'ﾞ', 'ﾟ', '\u3099', '\u0301', '\ufe0f', 'é', 'e\u0301', '日', '𠮷', '㍿', '①', '（', '２', '〜', '−', '、', '「', 'ー', '\u00a0', 'ﬁ'];
    let seed = 7;
    const next = () => ((seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 2 ** 32);
    for (let round = 0; round < 300; round++) {
      const original = Array.from({ length: 1 + Math.floor(next() * 30) }, () => pieces[Math.floor(next() * pieces.length)]).join('');
      const n = normalise(original);
      const ref = reference(original);
      expect(n.text, JSON.stringify(original)).toBe(ref.text);
      for (let k = 0; k < ref.map.length; k++) {
        const o = n.toOriginal(k, k + 1);
        expect([o.start, o.end], `${JSON.stringify(original)} unit ${k}`).toEqual(ref.map[k]);
      }
    }
  });
});

describe('normalise: a run of spaces between Latin letters', () => {
  it.each([
    ['Toyota  Motor signed', 'Toyota Motor signed', 'Toyota Motor', 'Toyota  Motor'],
    ['Sony\u00a0\u00a0 Honda Mobility', 'Sony Honda Mobility', 'Sony Honda', 'Sony\u00a0\u00a0 Honda'],
    ['𠮷野家 and Tesla   Inc.', '𠮷野家 and Tesla Inc.', 'Tesla Inc.', 'Tesla   Inc.'],
    ['ＡＢＣ　　Ｃｏｒｐ', 'ABC Corp', 'ABC Corp', 'ＡＢＣ　　Ｃｏｒｐ'],
  ])('%j reads as %j; a span maps back to the run', (original, expected, span, surface) => {
    const n = normalise(original);
    expect(n.text).toBe(expected);
    const at = n.text.indexOf(span);
    const o = n.toOriginal(at, at + span.length);
    expect([...original].slice(o.start, o.end).join('')).toBe(surface);
    expect(n.fromOriginal(o.start)).toBe(at);
  });

  it('leaves runs after a period, before a digit, and of tabs or line breaks', () => {
    for (const text of ['End.  Next', 'up  10', '10  GWh', 'a\t\tb', 'a\n\nb', 'a \n b']) expect(normalise(text).text).toBe(text);
  });
});

describe('CodePointIndex', () => {
  it('slices by code points', () => {
    const s = '𠮷野家𠮷';
    const idx = new CodePointIndex(s);
    expect(idx.length).toBe(4);
    expect(idx.slice(1, 3)).toBe('野家');
    expect(idx.slice(3, 4)).toBe('𠮷');
  });
});

describe('normalise: a text that maps to itself needs no per-unit maps', () => {
  const texts: { text: string; identity: boolean }[] = [
    { text: '', identity: true },
    { text: 'Panasonic and Toyota signed a deal.\n', identity: true },
    { text: 'Toyota’s “EV” plan — €5bn, 20°C, ©2025', identity: true },
    { text: 'and so on … (an ellipsis becomes "...")', identity: false },
    { text: 'トヨタとパナソニックが提携した。', identity: true },
    { text: 'e\u0301 (a combining mark)', identity: false },
    { text: '𠮷野家 (outside the BMP)', identity: false },
    { text: 'ＧＷｈ (full width)', identity: false },
    { text: '2024–2025 (an en dash becomes "-")', identity: false },
    { text: '\ud800 (a lone surrogate)', identity: false },
    { text: 'End.  Two spaces after a period, 10  GWh before a digit', identity: true },
  ];
  it.each(texts)('$text', ({ text, identity }) => {
    const fast = normalise(text);
    const full = normaliseWithMaps(text);
    expect(fast.constructor.name === 'IdentityText').toBe(identity);
    expect(fast.text).toBe(full.text);
    for (let s = 0; s <= full.text.length; s++) for (let e = s; e <= full.text.length; e++) expect(fast.toOriginal(s, e)).toEqual(full.toOriginal(s, e));
    for (let cp = 0; cp <= codePointLength(text); cp++) expect(fast.fromOriginal(cp)).toBe(full.fromOriginal(cp));
    expect(() => fast.toOriginal(0, full.text.length + 1)).toThrow(RangeError);
    expect(() => fast.fromOriginal(codePointLength(text) + 1)).toThrow(RangeError);
  });
});
