import { describe, expect, it } from 'vitest';
import { buildContext } from './context.ts';
import { LazyTokens } from './stages/tokenize.ts';

describe('buildContext', () => {
  it('tokenises Japanese with kuromoji and English with compromise, on demand', async () => {
    const ctx = await buildContext('𠮷野家はトヨタ自動車と提携した。\n\nToyota signed a deal.');
    const tokens = ctx.tokens as LazyTokens;
    expect(tokens.ms).toBe(0); // nothing tokenised yet
    const [ja, en] = ctx.segments;
    const jaTokens = ctx.tokens.get(ja!.index)!;
    expect(jaTokens.map((t) => t.surface)).toContain('トヨタ自動車');
    const toyota = jaTokens.find((t) => t.surface === 'トヨタ自動車')!;
    expect(ctx.norm.text.slice(toyota.start, toyota.end)).toBe('トヨタ自動車');
    expect(toyota.detail).toMatch(/^固有名詞,組織/);
    const enTokens = ctx.tokens.get(en!.index)!;
    expect(enTokens.map((t) => ctx.norm.text.slice(t.start, t.end))).toEqual(['Toyota', 'signed', 'a', 'deal']);
    // offsets of tokens after a character outside the BMP map back to the right code points
    const o = ctx.norm.toOriginal(toyota.start, toyota.end);
    expect(Array.from(ctx.norm.original).slice(o.start, o.end).join('')).toBe('トヨタ自動車');
  });

  it('eager tokenisation tokenises every segment', async () => {
    const ctx = await buildContext('日産は発表した。\nNissan announced.');
    const tokens = (ctx.tokens as LazyTokens).all();
    expect([...tokens.keys()].sort()).toEqual([0, 1]);
  });
});
