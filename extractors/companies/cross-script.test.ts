/** Cross-script subsidiaries (cross-script.ts): signatures from a small in-memory dictionary. */
import { describe, expect, it } from 'vitest';
import { mergeCrossScript, signatureEnv, subsidiarySignatures, type SignatureEnv } from './cross-script.ts';
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
  ['Europe', 'ヨーロッパ', '欧州'],
];
const WORDS: Array<string[]> = [
  ['Motor', 'Motors', 'モーター'],
  ['Energy', 'エナジー'],
  ['Sales', 'セールス'],
];

function env(aliases: Record<string, string> = ALIASES): SignatureEnv {
  const regionGroups = new Map<string, number>();
  REGIONS.forEach((g, i) => g.forEach((w) => regionGroups.set(w, i)));
  const wordGroups = new Map<string, number>();
  WORDS.forEach((g, i) => g.forEach((w) => wordGroups.set(w.toLowerCase(), i)));
  const names = Object.keys(aliases).sort((a, b) => b.length - a.length);
  return {
    regionGroups,
    wordGroups,
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
      return ids.size === 0 || ids.size > 3 ? null : [...ids].sort().join('|');
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
  ['Toyota Motor Europe', 'トヨタ・モーター・ヨーロッパ'], // a business word in both scripts
  ['Toyota Motor Europe', 'トヨタモーターヨーロッパ'],
  ['Toyota Motor Sales USA', 'トヨタモーターセールスUSA'], // two, written solid
  ['Panasonic Energy North America', 'パナソニック・エナジー・ノースアメリカ'],
];

/** [name A, name B]: two companies (or no signature on one side). */
const DIFFERENT: Array<[string, string]> = [
  ['BASF TODA America', 'BASF戸田カナダ'], // another region
  ['BASF America', 'BASF戸田アメリカ'], // another set of parents
  ['Panasonic Energy North America', 'パナソニック北米'], // a business word on one side only
  ['Toyota Motor Sales USA', 'トヨタ・モーター・アメリカ'],
  ['Toyota Energy Europe', 'トヨタ・モーター・ヨーロッパ'], // another business word
  ['Panasonic Motor Europe', 'パナソニック・モーターズ・ジャパン'],
  ['Toyota Tsusho America', 'トヨタアメリカ'],
  ['BASF TODA', 'BASF戸田'], // no region
  ['Amerika Motors', 'アメリカ'], // a region alone is no subsidiary
];

/** Whether the two names have a signature in common. */
function shareSignature(a: string, b: string, e: SignatureEnv): boolean {
  const sb = subsidiarySignatures(b, e);
  return subsidiarySignatures(a, e).some((s) => sb.includes(s));
}

describe('subsidiarySignatures', () => {
  const e = env();
  it.each(SAME)('%s = %s', (a, b) => {
    expect(subsidiarySignatures(a, e)).not.toEqual([]);
    expect(shareSignature(a, b, e)).toBe(true);
  });
  it.each(DIFFERENT)('%s ≠ %s', (a, b) => {
    expect(shareSignature(a, b, e)).toBe(false);
  });
  it('a stem of two companies (戸田工業, 戸田建設) may be either: one signature each', () => {
    const two = env({ ...ALIASES, 戸田建設: 'toda-construction' });
    expect(subsidiarySignatures('BASF戸田アメリカ', two)).toEqual(['basf+toda-construction@1', 'basf+toda-kogyo@1']);
    expect(subsidiarySignatures('BASF TODA America', two)).toEqual(['basf+toda-kogyo@1']);
    expect(shareSignature('BASF戸田アメリカ', 'BASF TODA America', two)).toBe(true);
    expect(shareSignature('BASF戸田アメリカ', 'BASF TODA Canada', two)).toBe(false);
  });
  it('a stem of four companies or more names none', () => {
    const many = env({ ...ALIASES, 戸田建設: 'a', 戸田電機: 'b', 戸田化学: 'c' });
    expect(subsidiarySignatures('BASF戸田アメリカ', many)).toEqual([]);
  });
  it('a business word inside a parent alias gives a second signature with it', () => {
    expect(subsidiarySignatures('Toyota Motor North America', e)).toEqual(['toyota@0', 'toyota+w0@0']);
    expect(subsidiarySignatures('トヨタ・モーター・北米', e)).toEqual(['toyota+w0@0']);
  });
  it('a Latin region must be a word of its own', () => {
    expect(subsidiarySignatures('BASF TODAAmerica', env())).toEqual([]);
  });
  it('katakana written solid is business words only when they cover it', () => {
    expect(subsidiarySignatures('トヨタモーターズXヨーロッパ', e)).toEqual([]);
    expect(subsidiarySignatures('トヨタセールスモータ・ヨーロッパ', e)).toEqual([]);
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
    if (found.size === 0 || found.size > 3) return null;
    return [...found].map((i) => res.dict.entities[i]!.id).sort().join('|');
  };
  it('companyByStem finds what a walk over every alias finds, for the stems of every alias', () => {
    const stems = new Set<string>();
    for (const key of res.aliasIndex.keys()) for (let n = 1; n < key.length && n <= 4; n++) stems.add(key.slice(0, n));
    const differ = [...stems].filter((s) => fast.companyByStem(s) !== walk(s));
    expect(differ).toEqual([]);
    expect([...stems].filter((s) => fast.companyByStem(s) !== null).length).toBeGreaterThan(10);
  });
});
