/**
 * isPersonSurname: a capitalised alias after a title or a given name (the lists are
 * company-discovery.yaml `person_names`; here a small table of each).
 */
import { describe, expect, it } from 'vitest';
import { isBeforePersonTitle, isPersonSurname } from './person-names.ts';

const lists = { personTitles: new Set(['Mr', 'Dr', 'Ms']), givenNames: new Set(['Henry', 'Bill', 'Walter']), personTitlesAfter: ['大統領', '氏'] };

/** [text with the alias written as «Alias», is it a person's surname?] */
const CASES: [string, boolean][] = [
  ['Mr. «Honda» founded it', true],
  ['Dr «Porsche» designed it', true],
  ["Henry «Ford»'s line", true],
  ['Walter P. «Chrysler» founded it', true],
  ['said Bill «Ford».', true],
  // not a person
  ['in Kentucky. «Ford» said', false], // a sentence before, not a title
  ['Will «Tesla» cut prices?', false], // not a listed given name
  ['rival «Tesla»', false], // lower-case word
  ['«Ford» said', false], // start of the text
  ['Henry-«Ford»', false], // no space before
  ['Mr.«Honda»', false],
  ['HENRY «Ford»', false], // not a capitalised given name
  ['Henry. «Ford»', false], // a given name does not end a sentence before a name
  ['Mr. «honda»', false], // not capitalised
];

describe('person surnames', () => {
  it.each(CASES)('%s → %s', (written, person) => {
    const start = written.indexOf('«');
    const text = written.replace('«', '').replace('»', '');
    expect(isPersonSurname(text, start, lists)).toBe(person);
  });
});

describe('titles after a name', () => {
  it.each([
    ['フォード«»大統領', true],
    ['フォード«»氏は', true],
    ['フォード«»は', false],
    ['トヨタ«»さん', false], // how Japanese business writing names a company
    ['フォード«»', false],
  ] as [string, boolean][])('%s → %s', (written, person) => {
    const end = written.indexOf('«');
    expect(isBeforePersonTitle(written.replace('«»', ''), end, lists)).toBe(person);
  });
});
