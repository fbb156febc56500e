/** eras.yaml: an era's years end at `last`, or at `written_until` (plans written before it ended); a bad entry fails with file:line. */
import { cpSync, mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { defaultSeedsDir, ResourceError } from '../../text/seed-files.ts';
import { loadGrammar } from './vocabulary.ts';

function seedsWithEras(eras: string): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'eras-'));
  cpSync(path.join(defaultSeedsDir(), 'dates'), path.join(dir, 'dates'), { recursive: true });
  writeFileSync(path.join(dir, 'dates', 'eras.yaml'), eras);
  return dir;
}

describe('eras.yaml', () => {
  it('written_until extends the years an era is read for', () => {
    const g = loadGrammar(seedsWithEras('eras:\n  - { name: 平成, start: 1989, last: 2019, written_until: 2030 }\nfirst_year: [元]\n'));
    expect(g.eras.get('平成')).toEqual({ start: 1989, last: 2030 });
  });

  it.each([
    ['without last', 'eras:\n  - { name: 令和, start: 2019 }\n  - { name: 平成, start: 1989, written_until: 2030 }\nfirst_year: [元]\n'],
    ['before last', 'eras:\n  - { name: 平成, start: 1989, last: 2019, written_until: 2010 }\nfirst_year: [元]\n'],
  ])('written_until %s fails with file:line', (_name, yaml) => {
    const dir = seedsWithEras(yaml);
    expect(() => loadGrammar(dir)).toThrow(ResourceError);
    expect(() => loadGrammar(dir)).toThrow(/eras\.yaml:\d+: .*written_until needs a last, and is a year from it on/);
  });
});
