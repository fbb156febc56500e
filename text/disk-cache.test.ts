/**
 * The start-up cache (disk-cache.ts): entries keyed by their inputs and the build's id, never
 * read across builds, ignored when damaged or unwritable; seed files and the company automaton
 * come back from it exactly as parsed or compiled.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import v8 from 'node:v8';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { z } from 'zod';
import { buildIdBeside, readCacheEntry, useDiskCache, writeCacheEntry } from './disk-cache.ts';
import { loadYaml } from './seed-files.ts';
import type { Automaton } from '../extractors/companies/aho-corasick.ts';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'disk-cache-'));
  useDiskCache({ dir: path.join(dir, 'cache'), codeId: 'build-1' });
});
afterEach(() => {
  useDiskCache(null);
  rmSync(dir, { recursive: true, force: true });
});

const entries = (kind: string) => {
  try {
    return readdirSync(path.join(dir, 'cache', kind));
  } catch {
    return [];
  }
};

describe('disk cache entries', () => {
  it('gives back what was written, for the same kind, key and build only', () => {
    writeCacheEntry('k', 'key-a', 'hello');
    expect(readCacheEntry('k', 'key-a')?.toString()).toBe('hello');
    expect(readCacheEntry('k', 'key-b')).toBeNull();
    expect(readCacheEntry('other', 'key-a')).toBeNull();
    useDiskCache({ dir: path.join(dir, 'cache'), codeId: 'build-2' });
    expect(readCacheEntry('k', 'key-a')).toBeNull(); // a new build never reads an older build's entry
    useDiskCache(null);
    expect(readCacheEntry('k', 'key-a')).toBeNull(); // no cache at all
    writeCacheEntry('k', 'key-c', 'x'); // and nothing written
    useDiskCache({ dir: path.join(dir, 'cache'), codeId: 'build-1' });
    expect(readCacheEntry('k', 'key-c')).toBeNull();
    expect(entries('k').every((f) => f.endsWith('.bin'))).toBe(true); // no temporary file left
  });

  it('keeps the most recently written entries of a kind', () => {
    for (let i = 0; i < 5; i++) writeCacheEntry('few', `key-${i}`, `v${i}`, 3);
    expect(entries('few')).toHaveLength(3);
    expect(readCacheEntry('few', 'key-4')?.toString()).toBe('v4');
  });

  it('goes on without when the folder cannot be made', () => {
    const notAFolder = path.join(dir, 'file');
    writeFileSync(notAFolder, ''); // a file where the folder should be (fails for root too)
    useDiskCache({ dir: notAFolder, codeId: 'b' });
    expect(() => writeCacheEntry('k', 'key', 'v')).not.toThrow();
    expect(readCacheEntry('k', 'key')).toBeNull();
  });

  it('reads the build id beside a built module, and none beside the sources', () => {
    writeFileSync(path.join(dir, 'build-id'), 'abc123\n');
    expect(buildIdBeside(new URL(`file://${dir}/cli.mjs`).href)).toBe('abc123');
    expect(buildIdBeside(import.meta.url)).toBeNull();
  });
});

describe('seed files through the cache', () => {
  const schema = z.object({ names: z.array(z.string()), limit: z.number().default(3) }).strict();

  it('a second load takes the parsed data from the cache, and an edited file is parsed again', () => {
    const file = path.join(dir, 'x.yaml');
    writeFileSync(file, 'names: [a, b]\n');
    const first = loadYaml(file, () => schema);
    expect(first.data).toEqual({ names: ['a', 'b'], limit: 3 });
    expect(entries('seed-files')).toHaveLength(1);
    // make the entry say something else: if the second load parsed the file, it would not see it
    const [entry] = entries('seed-files');
    writeFileSync(path.join(dir, 'cache', 'seed-files', entry!), JSON.stringify({ names: ['from-cache'], limit: 3 }));
    // nor is it validated: the schema (and zod with it, text/lazy-zod.ts) is not even asked for
    let schemaAsked = 0;
    const second = loadYaml(file, () => (schemaAsked++, schema));
    expect(second.data).toEqual({ names: ['from-cache'], limit: 3 });
    expect(schemaAsked).toBe(0);
    expect(second.hash).toBe(first.hash);
    expect(second.lineOf(['names', 1])).toBe(1); // lines are still found (the file is parsed for them)
    writeFileSync(file, 'names: [a, b, c]\n');
    expect(loadYaml(file, () => schema).data).toEqual({ names: ['a', 'b', 'c'], limit: 3 });
  });

  it('a damaged entry is ignored', () => {
    const file = path.join(dir, 'y.yaml');
    writeFileSync(file, 'names: [a]\n');
    loadYaml(file, () => schema);
    const [entry] = entries('seed-files');
    writeFileSync(path.join(dir, 'cache', 'seed-files', entry!), '{ not json');
    expect(loadYaml(file, () => schema).data).toEqual({ names: ['a'], limit: 3 });
  });

  it('an invalid file still fails with its line, cache or not', () => {
    const file = path.join(dir, 'z.yaml');
    writeFileSync(file, 'names: [a]\nlimit: many\n');
    expect(() => loadYaml(file, () => schema)).toThrow(/z\.yaml:2: limit/);
    expect(entries('seed-files')).toHaveLength(0);
  });
});

describe('a list file that only grew at its end', () => {
  const schema = z.object({ companies: z.array(z.object({ id: z.string(), ja: z.array(z.string()).optional() }).strict()) }).strict();
  const head = '# header\ncompanies:\n  - id: a\n  - id: b\n';
  const full = (file: string) => JSON.parse(JSON.stringify(loadYaml(file, () => schema).data));

  it('is read from the cached items and the new ones, and gives what a full parse gives', () => {
    const file = path.join(dir, 'companies.yaml');
    writeFileSync(file, head);
    loadYaml(file, () => schema);
    expect(entries('seed-files-latest')).toHaveLength(1);
    // the cached items are taken as they are: a changed cached item shows the new items were parsed alone
    const [entry] = entries('seed-files');
    writeFileSync(path.join(dir, 'cache', 'seed-files', entry!), JSON.stringify({ companies: [{ id: 'a' }, { id: 'cached-b' }] }));
    writeFileSync(file, `${head}\n  # added\n  - id: c\n    ja: [シー]\n`);
    expect(loadYaml(file, () => schema).data).toEqual({ companies: [{ id: 'a' }, { id: 'cached-b' }, { id: 'c', ja: ['シー'] }] });
    expect(loadYaml(file, () => schema).lineOf(['companies', 2, 'ja'])).toBe(8);
  });

  it('is parsed in full after any other edit: lines that continue the last item, another indentation, an earlier change', () => {
    const file = path.join(dir, 'companies.yaml');
    for (const [before, after, expected] of [
      [head, `${head}    ja: [ビー]\n`, { companies: [{ id: 'a' }, { id: 'b', ja: ['ビー'] }] }],
      [head, head.replace('id: a', 'id: z') + '  - id: c\n', { companies: [{ id: 'z' }, { id: 'b' }, { id: 'c' }] }],
    ] as const) {
      writeFileSync(file, before);
      loadYaml(file, () => schema);
      writeFileSync(file, after);
      expect(full(file)).toEqual(expected);
    }
    writeFileSync(file, head);
    loadYaml(file, () => schema);
    writeFileSync(file, `${head}- id: c\n`); // (not the list's indentation: YAML's own verdict, from the full parse)
    expect(() => loadYaml(file, () => schema)).toThrow(/companies\.yaml:5/);
  });

  it('still fails with the new item\'s line when the new item is invalid', () => {
    const file = path.join(dir, 'companies.yaml');
    writeFileSync(file, head);
    loadYaml(file, () => schema);
    writeFileSync(file, `${head}  - id: c\n    en: [C]\n`);
    let message = '';
    try {
      loadYaml(file, () => schema);
    } catch (e) {
      message = (e as Error).message;
    }
    expect(message).toMatch(/companies\.yaml:5: companies\.2/);
  });
});

describe('the company automaton through the cache', () => {
  it('a fresh thread takes the compiled automaton from the cache and matches the same', async () => {
    const patterns = Array.from({ length: 400 }, (_, i) => `name${i}`).concat(['𠮷野家', 'トヨタ']);
    const text = 'name1 and name399, 𠮷野家 トヨタ name12x';
    const scan = (m: { scan: (t: string, f: (id: number, s: number, e: number) => void) => void }) => {
      const out: number[] = [];
      m.scan(text, (id, s, e) => out.push(id, s, e));
      return out;
    };
    /** aho-corasick.ts as a fresh thread has it (nothing compiled in memory), with this cache. */
    const fresh = async () => {
      vi.resetModules();
      (await import('./disk-cache.ts')).useDiskCache({ dir: path.join(dir, 'cache'), codeId: 'build-1' });
      return import('../extractors/companies/aho-corasick.ts');
    };
    const compiled = scan((await fresh()).compileMatcher(patterns));
    expect(entries('automaton')).toHaveLength(1);
    expect(scan((await fresh()).compileMatcher(patterns))).toEqual(compiled);
    // the entry is what a fresh thread uses: in a tampered copy pattern 1 ends nowhere
    const [entry] = entries('automaton');
    const file = path.join(dir, 'cache', 'automaton', entry!);
    const automaton = v8.deserialize(readFileSync(file)) as Automaton;
    const tampered = { ...automaton, output: automaton.output.map((id) => (id === 1 ? -1 : id)), firstOut: automaton.firstOut.map((st) => (automaton.output[st] === 1 ? automaton.dictLink[st]! : st)) };
    writeFileSync(file, v8.serialize(tampered));
    const ids = (found: number[]) => found.filter((_, i) => i % 3 === 0);
    expect(ids(compiled)).toContain(1);
    expect(ids(scan((await fresh()).compileMatcher(patterns)))).not.toContain(1);
    writeFileSync(file, 'garbage');
    expect(scan((await fresh()).compileMatcher(patterns))).toEqual(compiled); // damaged: compiled again
    vi.resetModules();
  });
});
