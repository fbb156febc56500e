import { mkdtempSync, rmSync, writeFileSync, readdirSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'derived-cache-'));
});
afterEach(() => {
  vi.resetModules();
  rmSync(dir, { recursive: true, force: true });
});

/** derived-cache.ts as a fresh thread has it (nothing in memory), with or without a disk cache. */
async function fresh(withDisk: boolean) {
  vi.resetModules();
  (await import('./disk-cache.ts')).useDiskCache(withDisk ? { dir: path.join(dir, 'cache'), codeId: 'build-1' } : null);
  return import('./derived-cache.ts');
}

const never = (): never => {
  throw new Error('made again');
};

describe('facts read from patterns (derived-cache.ts)', () => {
  it('are made once per kind and key', async () => {
    const m = await fresh(false);
    let calls = 0;
    const make = () => (calls++, [['agreed'], ['with']]);
    expect(m.derived('relation-needs', 'a/g', make)).toEqual([['agreed'], ['with']]);
    expect(m.derived('relation-needs', 'a/g', make)).toEqual([['agreed'], ['with']]);
    expect(m.derived('first-words', 'a/g', () => null)).toBeNull();
    expect(calls).toBe(1);
  });

  it('a worker thread takes the facts the main thread used, and only those', async () => {
    const main = await fresh(false);
    main.derived('relation-needs', 'x/gu', () => [['出資']]);
    main.derived('first-words', 'y/g', () => ['signed']);
    const shipped = structuredClone(main.derivedToShip());
    const worker = await fresh(false);
    worker.useShippedDerived(shipped);
    expect(worker.derived('relation-needs', 'x/gu', never)).toEqual([['出資']]);
    expect(worker.derived('first-words', 'y/g', never)).toEqual(['signed']);
    // a key the main thread never used is made in the worker
    expect(worker.derived('first-words', 'z/g', () => ['other'])).toEqual(['other']);
  });

  it('the disk cache keeps them for the next run; a damaged entry is made again', async () => {
    const first = await fresh(true);
    first.readDerivedFromDisk();
    first.derived('relation-needs', 'x/gu', () => [['供給']]);
    first.writeDerivedToDisk();
    const kept = readdirSync(path.join(dir, 'cache', 'derived-facts'));
    expect(kept).toHaveLength(1);
    const second = await fresh(true);
    second.readDerivedFromDisk();
    expect(second.derived('relation-needs', 'x/gu', never)).toEqual([['供給']]);
    writeFileSync(path.join(dir, 'cache', 'derived-facts', kept[0]!), 'garbage');
    const third = await fresh(true);
    third.readDerivedFromDisk();
    expect(third.derived('relation-needs', 'x/gu', () => [['again']])).toEqual([['again']]);
  });

  it('without a disk cache nothing is read or written', async () => {
    const m = await fresh(false);
    m.readDerivedFromDisk();
    m.derived('relation-needs', 'x/gu', () => [['a']]);
    m.writeDerivedToDisk();
    expect(readdirSync(dir)).toHaveLength(0);
  });
});
