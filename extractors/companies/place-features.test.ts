/**
 * isBeforePlaceFeature: an alias followed by a geographic feature word names the place (the
 * lists are company-discovery.yaml `place_features`; here a small table of each).
 */
import { describe, expect, it } from 'vitest';
import { isBeforePlaceFeature } from './place-features.ts';

const lists = { placeFeaturesJa: ['川流域', '盆地', '川', '湖', '山'], placeFeaturesEn: ['rain forest', 'rainforest', 'river', 'basin'] };

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
  // not a place
  ['アマゾン«»は', false],
  ['スズキ«»湖西工場', false], // 湖 starts a longer kanji word (湖西)
  ['トヨタ«»山口', false],
  ['Amazon«» Riverside', false], // not a whole word
  ['Amazon«» said', false],
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
