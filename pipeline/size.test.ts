/** --max-doc-size values and how sizes are shown. */
import { describe, expect, it } from 'vitest';
import { formatBytes, parseSize } from './size.ts';

describe('parseSize', () => {
  it.each([
    ['50MB', 50 * 1024 ** 2],
    ['64 mb', 64 * 1024 ** 2],
    ['1.5GB', 1.5 * 1024 ** 3],
    ['500k', 500 * 1024],
    ['1KiB', 1024],
    ['1048576', 1048576],
    ['12 bytes', 12],
  ])('%s → %d bytes', (text, bytes) => expect(parseSize(text)).toBe(bytes));

  it.each(['', 'lots', '-5MB', '0', '5 parsecs', 'MB', '1e6'])('"%s" is not a size', (text) => expect(parseSize(text)).toBeNull());
});

describe('formatBytes', () => {
  it.each([
    [12, '12 bytes'],
    [1536, '1.5 KB'],
    [50 * 1024 ** 2, '50 MB'],
    [104857600, '100 MB'],
    [125778060, '120.0 MB'],
  ])('%d → %s', (n, text) => expect(formatBytes(n)).toBe(text));
});
