/**
 * The decompressed-dictionary cache: read back exactly what was written, and ignored (null)
 * when the source files change, the version changes, a cached file is truncated, or it is
 * turned off.
 */
import { mkdirSync, mkdtempSync, truncateSync, utimesSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterEach, describe, expect, it } from 'vitest';
import { readCachedDictionary, writeCachedDictionary } from './kuromoji-cache.ts';
import { setRuntimeOptions } from '../options.ts';

const FILES = ['a.dat.gz', 'b.dat.gz'];

function fakeInstall(version = '0.1.2'): string {
  const root = mkdtempSync(path.join(os.tmpdir(), 'kcache-'));
  const dict = path.join(root, 'node_modules', 'kuromoji', 'dict');
  mkdirSync(dict, { recursive: true });
  writeFileSync(path.join(dict, '..', 'package.json'), JSON.stringify({ version }));
  writeFileSync(path.join(dict, 'a.dat.gz'), gzipSync(Buffer.from('alpha'.repeat(100))));
  writeFileSync(path.join(dict, 'b.dat.gz'), gzipSync(Buffer.from([1, 2, 3, 4, 5, 6, 7, 8])));
  return dict;
}

function buffers(): Record<string, SharedArrayBuffer> {
  const out: Record<string, SharedArrayBuffer> = {};
  for (const [f, bytes] of [['a.dat.gz', Buffer.from('alpha'.repeat(100))], ['b.dat.gz', Buffer.from([1, 2, 3, 4, 5, 6, 7, 8])]] as const) {
    const s = new SharedArrayBuffer(bytes.length);
    new Uint8Array(s).set(bytes);
    out[f] = s;
  }
  return out;
}

const bytesOf = (b: Record<string, SharedArrayBuffer> | null) => (b ? Object.fromEntries(Object.entries(b).map(([k, v]) => [k, Buffer.from(v).toString('hex')])) : null);

describe('kuromoji dictionary cache', () => {
  afterEach(() => {
    setRuntimeOptions({});
  });

  it('reads back what was written', async () => {
    const dict = fakeInstall();
    expect(readCachedDictionary(dict, FILES)).toBeNull();
    await writeCachedDictionary(dict, FILES, buffers());
    expect(bytesOf(readCachedDictionary(dict, FILES))).toEqual(bytesOf(buffers()));
  });

  it('is ignored when a source file changes', async () => {
    const dict = fakeInstall();
    await writeCachedDictionary(dict, FILES, buffers());
    utimesSync(path.join(dict, 'b.dat.gz'), new Date(), new Date(Date.now() + 5000));
    expect(readCachedDictionary(dict, FILES)).toBeNull();
  });

  it('is ignored when kuromoji is another version', async () => {
    const dict = fakeInstall();
    await writeCachedDictionary(dict, FILES, buffers());
    writeFileSync(path.join(dict, '..', 'package.json'), JSON.stringify({ version: '9.9.9' }));
    expect(readCachedDictionary(dict, FILES)).toBeNull();
  });

  it('is ignored when a cached file was cut short', async () => {
    const dict = fakeInstall();
    await writeCachedDictionary(dict, FILES, buffers());
    truncateSync(path.join(dict, '..', '..', '.cache', 'ev-extract', 'kuromoji-dict', 'a.dat.gz.bin'), 10);
    expect(readCachedDictionary(dict, FILES)).toBeNull();
  });

  it('is neither read nor written with the option kuromojiCache: false', async () => {
    const dict = fakeInstall();
    setRuntimeOptions({ kuromojiCache: false });
    await writeCachedDictionary(dict, FILES, buffers());
    setRuntimeOptions({});
    expect(readCachedDictionary(dict, FILES)).toBeNull();
    await writeCachedDictionary(dict, FILES, buffers());
    setRuntimeOptions({ kuromojiCache: false });
    expect(readCachedDictionary(dict, FILES)).toBeNull();
  });
});
