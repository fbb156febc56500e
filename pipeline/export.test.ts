/** Export file names: one per document, never outside the output folder. */
import { describe, expect, it } from 'vitest';
import { exportFileNames } from './export.ts';

describe('exportFileNames', () => {
  it.each([
    ['a unique name keeps <name>.json', [{ id: 1, name: 'a.txt' }], ['a.txt.json']],
    ['a shared name gets the document id', [{ id: 1, name: 'x.txt' }, { id: 2, name: 'x.txt' }], ['x.txt.1.json', 'x.txt.2.json']],
    ['names that differ only in case are shared (case-insensitive file systems)', [{ id: 1, name: 'A.txt' }, { id: 2, name: 'a.txt' }], ['A.txt.1.json', 'a.txt.2.json']],
    ['a folder part is dropped', [{ id: 3, name: '../../etc/passwd' }], ['passwd.json']],
    ['a Windows folder part is dropped', [{ id: 3, name: '..\\..\\evil.txt' }], ['evil.txt.json']],
    ['".." becomes document-<id>', [{ id: 4, name: '..' }], ['document-4.json']],
    ['an empty name becomes document-<id>', [{ id: 5, name: '' }], ['document-5.json']],
    ['control characters are replaced', [{ id: 6, name: 'a\nb.txt' }], ['a_b.txt.json']],
    ['a name that equals another document\'s made-up name still gets its own file', [{ id: 1, name: 'x.txt' }, { id: 2, name: 'x.txt' }, { id: 3, name: 'x.txt.1' }], ['x.txt.1.json', 'x.txt.2.json', 'x.txt.1.3.json']],
    ['𠮷 and other non-BMP names are kept', [{ id: 7, name: '𠮷野家.txt' }], ['𠮷野家.txt.json']],
  ])('%s', (_what, docs, expected) => {
    const names = exportFileNames(docs);
    expect(docs.map((d) => names.get(d.id))).toEqual(expected);
    expect(new Set(names.values()).size).toBe(docs.length);
    for (const n of names.values()) expect(n).not.toMatch(/[\\/]/);
  });
});
