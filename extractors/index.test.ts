import { appendFileSync, cpSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createExtractors } from './index.ts';
import type { CompanyExtractor } from './companies/index.ts';
import { defaultSeedsDir } from '../text/seed-files.ts';

describe('createExtractors: a second setup in one process', () => {
  const seeds = mkdtempSync(path.join(os.tmpdir(), 'ev-reuse-'));
  cpSync(defaultSeedsDir(), seeds, { recursive: true });
  afterAll(() => rmSync(seeds, { recursive: true, force: true }));

  it('gets the same extractors while their seed files are unchanged', () => {
    const first = createExtractors({ seedsDir: seeds });
    const second = createExtractors({ seedsDir: seeds });
    expect(second.map((e) => e.id)).toEqual(first.map((e) => e.id));
    second.forEach((e, i) => expect(e).toBe(first[i]));
  });

  it('builds again the extractors whose files changed, and only those', () => {
    const before = createExtractors({ seedsDir: seeds });
    appendFileSync(path.join(seeds, 'companies/companies.yaml'), '\n  - id: reuse_test_company\n    name: Reuse Test Battery\n    country: JP\n    sector: battery_materials\n    ja: [リユーステスト電池]\n');
    const after = createExtractors({ seedsDir: seeds });
    const byId = (es: typeof before, id: string) => es.find((e) => e.id === id)!;
    expect(byId(after, 'companies')).not.toBe(byId(before, 'companies'));
    for (const e of before.filter((x) => !x.resources.includes('companies/companies.yaml'))) expect(byId(after, e.id)).toBe(e);
    // the rebuilt one has the new company
    const ids = (es: typeof before) => (byId(es, 'companies') as CompanyExtractor).companyResources.dict.entities.map((e) => e.id);
    expect(ids(after)).toContain('reuse_test_company');
    expect(ids(before)).not.toContain('reuse_test_company');
  });

  it('builds again with other options, and for another seeds folder', () => {
    const a = createExtractors({ seedsDir: seeds });
    const b = createExtractors({ seedsDir: seeds, kuromojiCache: false });
    expect(b[0]).not.toBe(a[0]);
    const c = createExtractors({ seedsDir: defaultSeedsDir(), kuromojiCache: false });
    expect(c[0]).not.toBe(b[0]);
    // each is kept: going back to one gets its extractors again
    expect(createExtractors({ seedsDir: seeds })[0]).toBe(a[0]);
    expect(createExtractors({ seedsDir: seeds, kuromojiCache: false })[0]).toBe(b[0]);
  });
});
