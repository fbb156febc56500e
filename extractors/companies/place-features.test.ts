/**
 * isBeforePlaceFeature: an alias followed by a geographic feature word names the place (the
 * lists are company-discovery.yaml `place_features`; here a small table of each).
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadDiscoveryPatterns } from './discovery-patterns.ts';
import { isBeforePlaceFeature } from './place-features.ts';

const lists = { placeFeaturesJa: ['川流域', '盆地', '川', '湖', '山'], placeFeaturesEn: ['rain forest', 'rainforest', 'river', 'basin', 'lake'] };

/** [text with the alias's end written as «», is the alias the place?] */
const CASES: [string, boolean][] = [
  ['アマゾン«»川', true],
  ['アマゾン«»川流域では', true],
  ['アマゾン«»盆地の', true],
  ['アマゾン«»川クルーズ', true], // katakana after the feature word: still the river
  ['the Amazon«» rainforest', true],
  ['the Amazon«» rain forest.', true],
  ['the Amazon«» River', true], // any case
  ['the Amazon«» basin,', true],
  ['the Amazon«» River basin', true], // a lower-case word after it
  ['the Amazon«» River. It', true],
  // not a place
  ['アマゾン«»は', false],
  ['スズキ«»湖西工場', false], // 湖 starts a longer kanji word (湖西)
  ['トヨタ«»山口', false],
  ['Amazon«» Riverside', false], // not a whole word
  ['Amazon«» said', false],
  ['the Ford«» River Rouge Complex', false], // a capitalised word after it: a longer name (a plant)
  ['the GM«» Lake Orion plant', false],
  ['Amazon«»river', false], // no space: not the next word
  ['アマゾン«» river', false], // an English word after a Japanese name
  ['Amazon«»', false],
];

describe('geographic feature words after a name', () => {
  it.each(CASES)('%s → %s', (written, place) => {
    const end = written.indexOf('«');
    expect(isBeforePlaceFeature(written.replace('«»', ''), end, lists)).toBe(place);
  });
});

describe('the place_features list in company-discovery.yaml', () => {
  it('is read from the seed file, and a malformed English word fails with file:line', () => {
    const seed = readFileSync(fileURLToPath(new URL('../../seeds/companies/company-discovery.yaml', import.meta.url)), 'utf8');
    const head = seed.slice(0, seed.indexOf('\nplace_features:') + 1);
    const dir = mkdtempSync(path.join(os.tmpdir(), 'place-features-'));
    try {
      const file = path.join(dir, 'company-discovery.yaml');
      writeFileSync(file, `${head}place_features:\n  ja: [川, 盆地]\n  en: [rainforest, river]\n`);
      const patterns = loadDiscoveryPatterns(file);
      expect(isBeforePlaceFeature('アマゾン盆地', 4, patterns)).toBe(true);
      expect(isBeforePlaceFeature('the Amazon River', 10, patterns)).toBe(true);
      expect(isBeforePlaceFeature('アマゾン湖', 4, patterns)).toBe(false);
      writeFileSync(file, `${head}place_features:\n  ja: [川]\n  en: [rainforest, River]\n`);
      const line = head.split('\n').length + 2;
      expect(() => loadDiscoveryPatterns(file)).toThrow(new RegExp(`company-discovery\\.yaml:${line}: place_features\\.en\\.1: an English feature word is written in lower case`));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
