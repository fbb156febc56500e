/** Cross-script subsidiaries (cross-script.ts): signatures from a small in-memory dictionary. */
import { describe, expect, it } from 'vitest';
import { mergeCrossScript, signatureEnv, subsidiarySignature, type SignatureEnv } from './cross-script.ts';
import { CompanyResources } from './vocabulary.ts';
import { aliasKey } from './dictionary.ts';
import { defaultSeedsDir } from '../../text/seed-files.ts';

const ALIASES: Record<string, string> = {
  BASF: 'basf',
  Toda: 'toda-kogyo',
  TODA: 'toda-kogyo',
  戸田工業: 'toda-kogyo',
  'Toyota Motor': 'toyota',
  Toyota: 'toyota',
  トヨタ自動車: 'toyota',
  トヨタ: 'toyota',
  日亜化学工業: 'nichia',
  Panasonic: 'panasonic',
  パナソニック: 'panasonic',
};
const REGIONS: Array<string[]> = [
  ['North America', 'ノースアメリカ', '北米'],
  ['America', 'USA', 'アメリカ', '米国'],
  ['Canada', 'カナダ'],
  ['Japan', 'ジャパン'],
];

function env(aliases: Record<string, string> = ALIASES): SignatureEnv {
  const regionGroups = new Map<string, number>();
  REGIONS.forEach((g, i) => g.forEach((w) => regionGroups.set(w, i)));
  const names = Object.keys(aliases).sort((a, b) => b.length - a.length);
  return {
    regionGroups,
    strip: (n) => n.replace(/\s*(?:LLC|Inc\.|Corporation|株式会社)$/u, ''),
    dictionaryMatches: (part) => {
      const out: Array<{ start: number; end: number; id: string }> = [];
      for (let i = 0; i < part.length; ) {
        const hit = names.find((a) => part.startsWith(a, i) && !/[A-Za-z]/.test(part[i + a.length] ?? ''));
        if (hit) {
          out.push({ start: i, end: i + hit.length, id: aliases[hit]! });
          i += hit.length;
        } else i++;
      }
      return out;
    },
    companyByStem: (piece) => {
      const ids = new Set(Object.entries(aliases).filter(([a]) => a.length > piece.length && a.startsWith(piece) && /^\p{Script=Han}{2}$/u.test(a.slice(piece.length))).map(([, id]) => id));
      return ids.size === 1 ? [...ids][0]! : null;
    },
  };
}

/** [name A, name B]: one company. */
const SAME: Array<[string, string]> = [
  ['BASF TODA America LLC', 'BASF戸田アメリカ'],
  ['BASF TODA America', 'BASF戸田米国'],
  ['Toyota Motor North America', 'トヨタ自動車北米'],
  ['Toyota Motor North America, Inc.'.replace(', Inc.', ' Inc.'), 'Toyota North America'],
  ['Panasonic Canada', 'パナソニックカナダ'],
  ['Panasonic of North America', 'パナソニックノースアメリカ'],
  ['Panasonic Japan', 'パナソニック・ジャパン'],
];

/** [name A, name B]: two companies (or no signature on one side). */
const DIFFERENT: Array<[string, string]> = [
  ['BASF TODA America', 'BASF戸田カナダ'], // another region
  ['BASF America', 'BASF戸田アメリカ'], // another set of parents
  ['Panasonic Energy North America', 'パナソニック北米'], // a word that is no company
  ['Toyota Tsusho America', 'トヨタアメリカ'],
  ['BASF TODA', 'BASF戸田'], // no region
  ['Amerika Motors', 'アメリカ'], // a region alone is no subsidiary
];

describe('subsidiarySignature', () => {
  const e = env();
  it.each(SAME)('%s = %s', (a, b) => {
    const sa = subsidiarySignature(a, e);
    expect(sa).not.toBeNull();
    expect(subsidiarySignature(b, e)).toBe(sa);
  });
  it.each(DIFFERENT)('%s ≠ %s', (a, b) => {
    const sa = subsidiarySignature(a, e);
    const sb = subsidiarySignature(b, e);
    expect(sa !== null && sa === sb).toBe(false);
  });
  it('a stem of two companies (戸田工業, 戸田建設) names neither', () => {
    const two = env({ ...ALIASES, 戸田建設: 'toda-construction' });
    expect(subsidiarySignature('BASF戸田アメリカ', two)).toBeNull();
    expect(subsidiarySignature('BASF TODA America', two)).toBe('basf+toda-kogyo@1');
  });
  it('a Latin region must be a word of its own', () => {
    expect(subsidiarySignature('BASF TODAAmerica', env())).toBeNull();
  });
});

describe('mergeCrossScript', () => {
  it('the later company joins the earlier one with its names; dictionary companies stay', () => {
    const a = { discovered: true, names: new Set(['BASF TODA America']) };
    const b = { discovered: true, names: new Set(['BASF戸田アメリカ']) };
    const c = { discovered: true, names: new Set(['BASF戸田カナダ']) };
    const d = { discovered: false, names: new Set(['BASF']) };
    const mentions = [a, d, b, c, b].map((entity) => ({ entity }));
    mergeCrossScript(mentions, env());
    expect(mentions.map((m) => m.entity)).toEqual([a, d, a, c, a]);
    expect([...a.names]).toEqual(['BASF TODA America', 'BASF戸田アメリカ']);
  });
});

describe('signatureEnv on the shipped dictionary', () => {
  const res = CompanyResources.load(defaultSeedsDir());
  const fast = signatureEnv(res);
  const nameSuffixes = new Set(res.legal.jaNameSuffix.map((s) => aliasKey(s)));
  /** companyByStem as a walk over the whole alias index (what the sorted keys replaced). */
  const walk = (piece: string): string | null => {
    const stem = aliasKey(piece);
    if (stem.length < 2) return null;
    const found = new Set<number>();
    for (const [key, index] of res.aliasIndex) {
      if (key.length <= stem.length || !key.startsWith(stem)) continue;
      const rest = key.slice(stem.length);
      if (/^\p{Script=Han}{2}$/u.test(rest) || nameSuffixes.has(rest)) found.add(index);
    }
    return found.size === 1 ? res.dict.entities[[...found][0]!]!.id : null;
  };
  it('companyByStem finds what a walk over every alias finds, for the stems of every alias', () => {
    const stems = new Set<string>();
    for (const key of res.aliasIndex.keys()) for (let n = 1; n < key.length && n <= 4; n++) stems.add(key.slice(0, n));
    const differ = [...stems].filter((s) => fast.companyByStem(s) !== walk(s));
    expect(differ).toEqual([]);
    expect([...stems].filter((s) => fast.companyByStem(s) !== null).length).toBeGreaterThan(10);
  });
});
