import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildContext } from '../../pipeline/context.ts';
import { ResourceError, defaultSeedsDir } from '../../text/seed-files.ts';
import { runExtractors } from '../../pipeline/stages/extract.ts';
import { createQuantityExtractor } from './index.ts';

describe('quantity extractor (pipeline integration)', () => {
  const extractor = createQuantityExtractor({ seedsDir: defaultSeedsDir() });

  it('declares its id, version and seed files', () => {
    expect(extractor.id).toBe('quantities');
    expect(extractor.version).toMatch(/^\d+\.\d+\.\d+$/);
    expect(extractor.resources).toEqual(['quantities/units.yaml', 'quantities/modifiers.yaml', 'quantities/numeral-words.yaml']);
  });

  it('pushes records whose normalised ranges map back to the original text', async () => {
    const original = '𠮷野家は約２０ＧＷｈの工場に最大４１億ユーロを投じる。\n\nThe plant covers over 60,000 square meters.';
    const ctx = await buildContext(original, { tokens: false });
    const found = runExtractors(ctx, [extractor]);
    const cps = Array.from(original);
    const got = found.quantities.map((q) => {
      const o = ctx.norm.toOriginal(q.start, q.end);
      return { text: cps.slice(o.start, o.end).join(''), kind: q.kind, value: q.value, unit: q.unit, mod: q.mod, rule: q.rule };
    });
    expect(got).toEqual([
      { text: '約２０ＧＷｈ', kind: 'energy', value: 2e10, unit: 'Wh', mod: 'approx', rule: 'quantities/unit-after' },
      { text: '最大４１億ユーロ', kind: 'money', value: 4.1e9, unit: 'EUR', mod: 'max', rule: 'quantities/unit-after' },
      { text: 'over 60,000 square meters', kind: 'area', value: 60000, unit: 'm2', mod: 'more_than', rule: 'quantities/unit-after' },
    ]);
  });
});

describe('seed files: errors name the file and line', () => {
  function seedsWith(file: string, edit: (s: string) => string): string {
    const dir = mkdtempSync(path.join(tmpdir(), 'units-'));
    cpSync(defaultSeedsDir() + '/quantities', path.join(dir, 'quantities'), { recursive: true });
    const f = path.join(dir, file);
    writeFileSync(f, edit(readFileSync(f, 'utf8')));
    return dir;
  }

  it('rejects an unknown kind', () => {
    const dir = seedsWith('quantities/units.yaml', (s) => s.replace('kind: energy, unit: Wh, factor: 1,', 'kind: enrgy, unit: Wh, factor: 1,'));
    expect(() => createQuantityExtractor({ seedsDir: dir })).toThrow(ResourceError);
    expect(() => createQuantityExtractor({ seedsDir: dir })).toThrow(/units\.yaml:\d+: units\.0\.kind/);
  });

  it('rejects a money unit that is not an ISO code', () => {
    const dir = seedsWith('quantities/units.yaml', (s) => s.replace('unit: HUF,', 'unit: Forint,'));
    expect(() => createQuantityExtractor({ seedsDir: dir })).toThrow(/ISO 4217/);
  });

  it('rejects a form listed under two entries', () => {
    const dir = seedsWith('quantities/units.yaml', (s) => s.replace('after: [ユーロ', 'after: [ドル, ユーロ'));
    expect(() => createQuantityExtractor({ seedsDir: dir })).toThrow(/"ドル" is already a form/);
  });

  it('rejects an unknown modifier', () => {
    const dir = seedsWith('quantities/modifiers.yaml', (s) => s.replace('{ text: 約, mod: approx }', '{ text: 約, mod: about }'));
    expect(() => createQuantityExtractor({ seedsDir: dir })).toThrow(/modifiers\.yaml:\d+: prefix\.ja\.0\.mod/);
  });
});
